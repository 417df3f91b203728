import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listCost } from '../../common/query-cost';
import { Award } from '../award/award.entity';
import { type AwardTermsRecord, ChangeRequest } from './change-request.entity';
import { termsOf } from './change-request.resolver';
import { budgetRecordOf } from './change-request.service';
import { AwardTerms } from './change-request.types';

// An award's change requests and its terms as decided live here, so that the change-request module
// imports the award module and not the other way round.

@Resolver(() => Award)
export class AwardChangeRequestFields {
  @FieldResolver(() => [ChangeRequest], {
    description:
      "Requests to change the award's terms, oldest first: for its consortium's officials and administrators (empty for others).",
    complexity: listCost(10),
  })
  changeRequests(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<ChangeRequest[]> {
    return ctx.loaders.changeRequestsOfAward.load(award.id);
  }

  @FieldResolver(() => AwardTerms, {
    description:
      "The terms as decided: the project period, approved budget and municipalities before any approved change request (the award's own fields are its terms now).",
  })
  async originalDecision(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<AwardTerms> {
    const kept = await ctx.loaders.originalTermsOfAward.load(award.id);
    if (kept !== null) return termsOf(JSON.parse(kept) as AwardTermsRecord);
    // Nothing changed yet: the terms as decided are the terms now.
    const application = await ctx.loaders.application.load(award.applicationId);
    const members = application ? await ctx.loaders.membersOfConsortium.load(application.consortiumId) : [];
    return termsOf({
      projectStart: award.projectStart,
      projectEnd: award.projectEnd,
      budget: budgetRecordOf(award),
      municipalityCodes: members.map((member) => member.municipalityCode),
    });
  }
}
