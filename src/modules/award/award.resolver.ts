import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { foundRows } from '../../loaders';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/pagination';
import { listCost } from '../../common/query-cost';
import { Application } from '../application/application.entity';
import { Budget } from '../application/application.types';
import { Call } from '../call/call.entity';
import { ConsortiumRole } from '../consortium/consortium.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Source } from '../source/source.entity';
import { approvedBudgetOf } from './grant-terms';
import { Award } from './award.entity';
import { AwardFilter, AwardOrder } from './award.inputs';
import { AwardService } from './award.service';
import { AwardConnection } from './award.types';

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => AwardConnection, {
    description:
      'Grant decisions with their amounts; public. Newest decision first, in the order of its list. Grants published without an amount (the 14 of 2018) are not awards: see Call.publishedDecisions.',
  })
  async awards(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AwardFilter, { nullable: true }) filter?: AwardFilter | null,
    @Arg('orderBy', () => AwardOrder, { nullable: true }) orderBy?: AwardOrder | null,
  ): Promise<AwardConnection> {
    return AwardConnection.from(await new AwardService(ctx).list(filter, orderBy, page));
  }

  @FieldResolver(() => Application)
  application(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Application | null> {
    return ctx.loaders.application.load(award.applicationId);
  }

  @FieldResolver(() => Call)
  call(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Call | null> {
    return ctx.loaders.call.load(award.callId);
  }

  @FieldResolver(() => Budget, {
    nullable: true,
    description:
      "The approved budget of eligible costs by category, VAT excluded: the application's at the decision, as approved changes move it. Null where none is on record (the seeded grants).",
  })
  approvedBudget(@Root() award: Award): Budget | null {
    return approvedBudgetOf(award);
  }

  @FieldResolver(() => Municipality, { description: 'The project administrator that receives the grant.' })
  async leadMunicipality(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Municipality | null> {
    const members = await this.membersOf(award, ctx);
    const lead = members.find((member) => member.role === ConsortiumRole.LEAD);
    return lead ? ctx.loaders.municipality.load(lead.municipalityCode) : null;
  }

  @FieldResolver(() => [Municipality], {
    description: 'Every municipality of the project, the lead first.',
    // As many as a consortium has members.
    complexity: listCost(20),
  })
  async municipalities(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Municipality[]> {
    const members = await this.membersOf(award, ctx);
    const municipalities = await ctx.loaders.municipality.loadMany(
      members.map((member) => member.municipalityCode),
    );
    return foundRows(municipalities);
  }

  @FieldResolver(() => [Source], {
    complexity: listCost(5),
    description: 'The publications the award is taken from; empty for a decision recorded in this service.',
  })
  async sources(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return (await ctx.loaders.sourcesOfAward.load(award.id)).map((citation) => citation.source!);
  }

  private async membersOf(award: Award, ctx: RequestContext) {
    const application = await ctx.loaders.application.load(award.applicationId);
    return application ? ctx.loaders.membersOfConsortium.load(application.consortiumId) : [];
  }
}
