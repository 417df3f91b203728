import type { EntityManager } from 'typeorm';
import { Args, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { hasRole, Role } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import { LocalizedText } from '../../common/localized-text';
import type { Money } from '../../common/money';
import { PageArgs } from '../../common/pagination';
import { listCost } from '../../common/query-cost';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { type HistoryField, historyFields, HistoryService, recordSnapshot } from '../audit/history.service';
import { HistoryEntryConnection } from '../audit/history.types';
import { Call, CallCondition, Criterion, Question, Sector, Theme } from './call.entity';

type Localized = { fi: string | null; sv: string | null; en: string | null };

/** The snapshot's JSON: the call and its lists as they were published. */
interface PublishedContent {
  publishedAt: string;
  title: Localized;
  description: Localized;
  appropriation: Money | null;
  opensAt: string | null;
  closesAt: string | null;
  decisionDate: string | null;
  projectDeadline: string | null;
  minMunicipalities: number;
  maxGrantShare: number;
  excludedSectors: Sector[];
  requiresMaturityAssessment: boolean;
  themes: (Omit<Theme, 'title'> & { title: Localized })[];
  criteria: (Omit<Criterion, 'title'> & { title: Localized })[];
  questions: (Omit<Question, 'text'> & { text: Localized })[];
  conditions: Localized[];
}

const PUBLISHED = { entityType: 'Call', action: 'publishCall' };

const localized = (text: LocalizedText): Localized => ({ fi: text.fi, sv: text.sv, en: text.en });

/** Takes the snapshot of a call as it is published, in the publication's transaction. */
export async function recordPublishedSnapshot(
  manager: EntityManager,
  ctx: RequestContext,
  call: Call,
  lists: { themes: Theme[]; criteria: Criterion[]; questions: Question[]; conditions: CallCondition[] },
): Promise<void> {
  const content: PublishedContent = {
    publishedAt: (call.publishedAt ?? ctx.clock.now()).toISOString(),
    title: localized(call.title),
    description: localized(call.description),
    appropriation: call.appropriation,
    opensAt: call.opensAt?.toISOString() ?? null,
    closesAt: call.closesAt?.toISOString() ?? null,
    decisionDate: call.decisionDate,
    projectDeadline: call.projectDeadline,
    minMunicipalities: call.minMunicipalities,
    maxGrantShare: call.maxGrantShare,
    excludedSectors: call.excludedSectorList,
    requiresMaturityAssessment: call.requiresMaturityAssessment,
    themes: lists.themes.map((theme) => ({ ...theme, title: localized(theme.title) })),
    criteria: lists.criteria.map((criterion) => ({ ...criterion, title: localized(criterion.title) })),
    questions: lists.questions.map((question) => ({ ...question, text: localized(question.text) })),
    conditions: lists.conditions.map((condition) => localized(condition.text)),
  };
  await recordSnapshot(manager, ctx, { ...PUBLISHED, entityId: call.id }, content);
}

/** A call exactly as published, however its texts were corrected or its rules changed before the first submission. */
@ObjectType({ description: 'A call exactly as it was published, however it has changed since.' })
export class PublishedCall {
  @Field(() => DateTimeScalar)
  publishedAt: Date;

  @Field(() => LocalizedText)
  title: LocalizedText;

  @Field(() => LocalizedText)
  description: LocalizedText;

  @Field(() => DecimalScalar, { nullable: true })
  appropriation: Money | null;

  @Field(() => DateTimeScalar, { nullable: true })
  opensAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closesAt: Date | null;

  @Field(() => DateScalar, { nullable: true })
  decisionDate: string | null;

  @Field(() => DateScalar, { nullable: true })
  projectDeadline: string | null;

  @Field(() => Int)
  minMunicipalities: number;

  @Field(() => Float)
  maxGrantShare: number;

  @Field(() => [Sector])
  excludedSectors: Sector[];

  @Field()
  requiresMaturityAssessment: boolean;

  @Field(() => [Theme], { complexity: listCost(10) })
  themes: Theme[];

  @Field(() => [Criterion], { complexity: listCost(10) })
  criteria: Criterion[];

  @Field(() => [Question], { complexity: listCost(10) })
  questions: Question[];

  @Field(() => [LocalizedText], { complexity: listCost(10) })
  conditions: LocalizedText[];

  static from(json: string): PublishedCall {
    const content = JSON.parse(json) as PublishedContent;
    const instant = (value: string | null) => (value === null ? null : new Date(value));
    return Object.assign(new PublishedCall(), {
      ...content,
      publishedAt: new Date(content.publishedAt),
      title: LocalizedText.of(content.title),
      description: LocalizedText.of(content.description),
      opensAt: instant(content.opensAt),
      closesAt: instant(content.closesAt),
      themes: content.themes.map((theme) =>
        Object.assign(new Theme(), { ...theme, title: LocalizedText.of(theme.title) }),
      ),
      criteria: content.criteria.map((criterion) =>
        Object.assign(new Criterion(), { ...criterion, title: LocalizedText.of(criterion.title) }),
      ),
      questions: content.questions.map((question) =>
        Object.assign(new Question(), { ...question, text: LocalizedText.of(question.text) }),
      ),
      conditions: content.conditions.map((condition) => LocalizedText.of(condition)),
    });
  }
}

const field = (name: string): HistoryField<'record'> => ({ name, permission: 'record' });

/** The call's audited fields as the API names them; every one is public once the call is. */
const callFields: Record<string, HistoryField<'record'>> = {
  key: field('key'),
  year: field('year'),
  stage: field('stage'),
  state: field('status'),
  title: field('title'),
  description: field('description'),
  notes: field('notes'),
  appropriation: field('appropriation'),
  opensAt: field('opensAt'),
  closesAt: field('closesAt'),
  decisionDate: field('decisionDate'),
  projectDeadline: field('projectDeadline'),
  minMunicipalities: field('minMunicipalities'),
  excludedSectorList: field('excludedSectors'),
  requiresMaturityAssessment: field('requiresMaturityAssessment'),
  proposalCallId: field('proposalCallId'),
  publishedAt: field('publishedAt'),
  themes: field('themes'),
  criteria: field('criteria'),
  questions: field('questions'),
  conditions: field('conditions'),
};

/**
 * A draft call is the administrators' alone, and so is how it was drafted: to anyone else a call's
 * history starts at its publication.
 */
const SINCE_PUBLICATION =
  'EXISTS (SELECT 1 FROM grant_call hc WHERE hc.id = event.entityId AND hc.publishedAt IS NOT NULL AND event.occurredAt >= hc.publishedAt)';

@Resolver(() => Call)
export class CallHistoryFields {
  @FieldResolver(() => PublishedCall, {
    nullable: true,
    description:
      'The call exactly as published; null for a draft and for calls kept from before this service.',
  })
  async asPublished(@Root() call: Call, @Ctx() ctx: RequestContext): Promise<PublishedCall | null> {
    const snapshot = await ctx.loaders.latestSnapshotOf(PUBLISHED.entityType, PUBLISHED.action).load(call.id);
    return snapshot ? PublishedCall.from(snapshot.content) : null;
  }

  @FieldResolver(() => HistoryEntryConnection, {
    description:
      'Changes over time from the audit log, oldest first; to anyone but administrators from its publication on.',
  })
  async history(
    @Root() call: Call,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
  ): Promise<HistoryEntryConnection> {
    const condition = hasRole(ctx.viewer, Role.ADMIN) ? undefined : SINCE_PUBLICATION;
    const show = historyFields(callFields, {}, new Set(['record'] as const));
    return HistoryEntryConnection.from(
      await new HistoryService(ctx).of({ entityType: 'Call', condition }, call.id, page, show),
    );
  }
}
