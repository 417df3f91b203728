import { listCost } from '../../common/query-cost';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { foundRows } from '../../loaders';
import type { RequestContext } from '../../context';
import { hasText, LocalizedText } from '../../common/localized-text';
import { Call } from '../call/call.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Source } from '../source/source.entity';
import { Award } from './award.entity';
import { PublishedDecision } from './published-decision.entity';

@Resolver(() => PublishedDecision)
export class PublishedDecisionResolver {
  @FieldResolver(() => Call)
  call(@Root() decision: PublishedDecision, @Ctx() ctx: RequestContext): Promise<Call | null> {
    return ctx.loaders.call.load(decision.callId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the publication states the amount; false means grantedAmount is unknown, not zero.',
  })
  amountPublished(@Root() decision: PublishedDecision): boolean {
    return decision.grantedAmount !== null;
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description:
      'The project administrator that receives the grant; null where the publication does not say which recipient it is (the joint project of Nokia and Lempäälä in 2018).',
  })
  async lead(@Root() decision: PublishedDecision, @Ctx() ctx: RequestContext): Promise<Municipality | null> {
    return decision.leadCode ? ctx.loaders.municipality.load(decision.leadCode) : null;
  }

  @FieldResolver(() => [Municipality], {
    complexity: listCost(20),
    description:
      'The municipalities the publication names as recipients, the lead first. A grant to "X and the other municipalities named in the application" names only X and those it lists.',
  })
  async recipients(@Root() decision: PublishedDecision, @Ctx() ctx: RequestContext): Promise<Municipality[]> {
    const recipients = await ctx.loaders.recipientsOfPublishedDecision.load(decision.id);
    return foundRows(
      await ctx.loaders.municipality.loadMany(recipients.map((recipient) => recipient.municipalityCode)),
    );
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description: 'The project as the publication names it; null where it names none.',
  })
  projectName(@Root() decision: PublishedDecision): LocalizedText | null {
    return decision.projectName && hasText(decision.projectName) ? decision.projectName : null;
  }

  @FieldResolver(() => [LocalizedText], {
    complexity: listCost(10),
    description: 'Conditions the publication attaches to the grant, in its words.',
  })
  conditions(@Root() decision: PublishedDecision): LocalizedText[] {
    return decision.conditionList.map((condition) => LocalizedText.of(condition));
  }

  @FieldResolver(() => Award, {
    nullable: true,
    description: 'The award recorded in this service for this grant; null where there is none (2018).',
  })
  async award(@Root() decision: PublishedDecision, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return decision.awardId ? ctx.loaders.award.load(decision.awardId) : null;
  }

  @FieldResolver(() => [Source], {
    description: 'The publications the grant is taken from.',
    complexity: listCost(5),
  })
  async sources(@Root() decision: PublishedDecision, @Ctx() ctx: RequestContext): Promise<Source[]> {
    return (await ctx.loaders.sourcesOfPublishedDecision.load(decision.id)).map(
      (citation) => citation.source!,
    );
  }
}

/** A call's grants as the ministry published them. */
@Resolver(() => Call)
export class CallPublishedDecisionFields {
  @FieldResolver(() => [PublishedDecision], {
    complexity: listCost(50),
    description:
      "The call's grants as the ministry published them, by decision day and in each publication's order, amounts or not. Empty where no decision was published.",
  })
  publishedDecisions(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<PublishedDecision[]> {
    return ctx.loaders.publishedDecisionsOfCall.load(call.id);
  }
}
