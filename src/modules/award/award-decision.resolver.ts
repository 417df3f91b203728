import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Language } from '../../common/language';
import { Application } from '../application/application.entity';
import { Call } from '../call/call.entity';
import { Award } from './award.entity';
import { DecideAwardInput } from './award-decision.inputs';
import { AwardDecisionService } from './award-decision.service';
import { decisionFacts, renderDecisionDocument } from './decision-document';
import { DecisionList, decisionEntries, renderDecisionList } from './decision-list';

@Resolver(() => Award)
export class AwardDecisionResolver {
  @Mutation(() => Award, {
    description:
      'Administrators: AMOUNT_EXCEEDS_REQUEST above the request, APPROPRIATION_EXCEEDED beyond what the call has left.',
  })
  decideAward(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('input', () => DecideAwardInput) input: DecideAwardInput,
  ): Promise<Award> {
    return new AwardDecisionService(ctx).decideAward(applicationId, input);
  }

  @FieldResolver(() => String, {
    description:
      'The grant decision as a Markdown document in Finnish (default), Swedish or, as an unofficial courtesy, English: recipient and the other municipalities, project, maximum amount and share of eligible costs, period, conditions, payment, reporting, recovery and how to request a review. Also GET /awards/{id}/decision.md?lang=fi|sv|en.',
  })
  async decisionDocument(
    @Root() award: Award,
    @Ctx() ctx: RequestContext,
    @Arg('lang', () => Language, { defaultValue: Language.FI }) lang: Language,
  ): Promise<string> {
    return renderDecisionDocument(await decisionFacts(ctx, award), lang);
  }

  @Mutation(() => Application, { description: 'Administrators: rejects an application, giving the reason.' })
  rejectApplication(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('reason') reason: string,
  ): Promise<Application> {
    return new AwardDecisionService(ctx).rejectApplication(applicationId, reason);
  }
}

/** The published decision list of a call. */
@Resolver(() => Call)
export class CallDecisionListFields {
  @FieldResolver(() => DecisionList, {
    description:
      'The grants worded as the press release words them, in Swedish (default) or Finnish; a grant published without an amount says so.',
  })
  async decisionList(
    @Root() call: Call,
    @Ctx() ctx: RequestContext,
    @Arg('lang', () => Language, { defaultValue: Language.SV }) lang: Language,
  ): Promise<DecisionList> {
    return renderDecisionList(call, await decisionEntries(ctx.manager, call.id), lang);
  }
}
