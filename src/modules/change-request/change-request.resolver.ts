import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { foundRows } from '../../loaders';
import type { RequestContext } from '../../context';
import { parseId } from '../../common/ids';
import { listCost } from '../../common/query-cost';
import { Budget } from '../application/application.types';
import { Award } from '../award/award.entity';
import { Municipality } from '../municipality/municipality.entity';
import { type AwardTermsRecord, ChangeRequest, ChangeRequestKind } from './change-request.entity';
import { RequestChangeInput } from './change-request.inputs';
import { budgetRecordOf, budgetTotal, ChangeRequestService } from './change-request.service';
import { AwardTerms } from './change-request.types';

@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  @Query(() => ChangeRequest, {
    nullable: true,
    description:
      "A change request the caller may see (its grant's consortium's officials and administrators); otherwise null.",
  })
  changeRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ChangeRequest | null> {
    return ctx.loaders.changeRequest.load(parseId(id));
  }

  @Mutation(() => ChangeRequest, {
    description:
      "Officials of the grant's lead municipality: asks to change one kind of the award's terms, with a justification. One open request of a kind per award.",
  })
  requestChange(
    @Ctx() ctx: RequestContext,
    @Arg('awardId', () => ID) awardId: string,
    @Arg('input', () => RequestChangeInput) input: RequestChangeInput,
  ): Promise<ChangeRequest> {
    return new ChangeRequestService(ctx).request(awardId, input);
  }

  @Mutation(() => ChangeRequest, {
    description: "Officials of the grant's lead municipality: takes back a request not yet decided.",
  })
  withdrawChangeRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ChangeRequest> {
    return new ChangeRequestService(ctx).withdraw(id);
  }

  @Mutation(() => ChangeRequest, {
    description:
      'Administrators: approves a submitted request and changes the award (or its consortium) accordingly, the rules checked again.',
  })
  approveChangeRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<ChangeRequest> {
    return new ChangeRequestService(ctx).approve(id, reason);
  }

  @Mutation(() => ChangeRequest, {
    description: 'Administrators: rejects a submitted request, giving the reason.',
  })
  rejectChangeRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<ChangeRequest> {
    return new ChangeRequestService(ctx).reject(id, reason);
  }

  @FieldResolver(() => Award)
  award(@Root() request: ChangeRequest, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return ctx.loaders.award.load(request.awardId);
  }

  @FieldResolver(() => Budget, {
    nullable: true,
    description: 'MOVE_BUDGET: the budget asked for, every category; null for other kinds.',
  })
  budget(@Root() request: ChangeRequest): Budget | null {
    return request.kind === ChangeRequestKind.MOVE_BUDGET ? budgetOf(budgetRecordOf(request)) : null;
  }

  @FieldResolver(() => [Municipality], {
    description: 'CHANGE_MEMBERS: municipalities to add.',
    complexity: listCost(20),
  })
  async addMunicipalities(
    @Root() request: ChangeRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<Municipality[]> {
    return foundRows(await ctx.loaders.municipality.loadMany(request.addMunicipalityCodes));
  }

  @FieldResolver(() => [Municipality], {
    description: 'CHANGE_MEMBERS: other implementers to remove.',
    complexity: listCost(20),
  })
  async removeMunicipalities(
    @Root() request: ChangeRequest,
    @Ctx() ctx: RequestContext,
  ): Promise<Municipality[]> {
    return foundRows(await ctx.loaders.municipality.loadMany(request.removeMunicipalityCodes));
  }

  @FieldResolver(() => AwardTerms, {
    nullable: true,
    description: "The award's terms just before this request was applied; null unless APPROVED.",
  })
  termsBefore(@Root() request: ChangeRequest): AwardTerms | null {
    return request.termsBefore === null ? null : termsOf(JSON.parse(request.termsBefore) as AwardTermsRecord);
  }
}

@Resolver(() => AwardTerms)
export class AwardTermsResolver {
  @FieldResolver(() => [Municipality], { description: 'The lead first.', complexity: listCost(20) })
  async municipalities(@Root() terms: AwardTerms, @Ctx() ctx: RequestContext): Promise<Municipality[]> {
    return foundRows(await ctx.loaders.municipality.loadMany(terms.municipalityCodes));
  }
}

export function termsOf(record: AwardTermsRecord): AwardTerms {
  return {
    projectStart: record.projectStart,
    projectEnd: record.projectEnd,
    approvedBudget: budgetTotal(record.budget) === null ? null : budgetOf(record.budget),
    municipalityCodes: record.municipalityCodes,
  };
}

const budgetOf = (budget: ReturnType<typeof budgetRecordOf>): Budget => ({
  ...budget,
  total: budgetTotal(budget),
});
