import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../context';
import { badInput, invalidTransition, notFound, records } from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import { hasText } from '../../common/localized-text';
import { type LocalizedTextInput, toLocalizedText } from '../../common/localized-text-input';
import { helsinkiDate, helsinkiWallClockToInstant } from '../../common/time-zone';
import { parseDate } from '../../common/scalars';
import { recordPublishedSnapshot } from './call-history';
import { changedFields, insertAudited, updateAudited } from '../audit/audit.service';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { callStates } from './call-state';
import { Call, CallCondition, CallStage, CallState, Criterion, Question, Theme } from './call.entity';
import type { CallFieldsInput, CreateCallInput, UpdateCallInput } from './call.inputs';
import { callStatusAt, parseCallKey } from './call.service';

/** The questions and themes an update of a call removes, before their rows go. */
export interface RemovedCallListRows {
  questionIds: string[];
  themeIds: string[];
}
type ListRowRemovalHook = (manager: EntityManager, removed: RemovedCallListRows) => Promise<void>;
const listRowRemovalHooks: ListRowRemovalHook[] = [];

/**
 * Lets a module above this one clear its rows that point at a question or theme about to be removed,
 * in the same transaction: the application module removes draft answers and draft themes
 * (application/call-list-removal.ts, registered in src/schema.ts). Rules, and so these lists, change only
 * before a call's first submission, so only drafts can point at them.
 */
export function onCallListRowsRemoved(hook: ListRowRemovalHook): void {
  listRowRemovalHooks.push(hook);
}

const auditedCallFields: Extract<keyof Call, string>[] = [
  'key',
  'year',
  'stage',
  'state',
  'title',
  'description',
  'notes',
  'appropriation',
  'opensAt',
  'closesAt',
  'projectDeadline',
  'reportDueMonths',
  'interimReportDue',
  'latestProjectEnd',
  'minMunicipalities',
  'excludedSectorList',
  'requiresMaturityAssessment',
  'proposalCallId',
  'publishedAt',
];

/** A call with its lists, as one value: what an update starts from and produces. */
interface CallDraft {
  call: Call;
  themes: Theme[];
  criteria: Criterion[];
  questions: Question[];
  conditions: CallCondition[];
}

/**
 * What an applicant relies on once someone has submitted: everything but the texts. Two drafts with
 * the same fingerprint differ only in wording, which may still be corrected.
 */
function ruleFingerprint({ call, themes, criteria, questions, conditions }: CallDraft): string {
  return JSON.stringify([
    call.key,
    call.year,
    call.stage,
    call.appropriation,
    call.opensAt?.toISOString() ?? null,
    call.closesAt?.toISOString() ?? null,
    call.projectDeadline,
    call.minMunicipalities,
    [...call.excludedSectorList].sort(),
    call.requiresMaturityAssessment,
    call.proposalCallId,
    themes.map((theme) => theme.code),
    criteria.map((criterion) => [criterion.code, criterion.weight, criterion.minScore, criterion.maxScore]),
    questions.map((question) => [question.code, question.required, question.maxLength]),
    conditions.length,
  ]);
}

function wallClock(value: string, field: string): Date {
  parseDate(value.slice(0, 10), field);
  const [hours, minutes, seconds = 0] = value.slice(11).split(':').map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59)
    throw badInput(
      {
        en: 'The time of day is not valid',
        fi: 'Kellonaika ei kelpaa',
        sv: 'Klockslaget är inte giltigt',
      },
      field,
    );
  return helsinkiWallClockToInstant(value, field);
}

function assertUniqueCodes(items: { code: string }[], field: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.code))
      throw badInput(
        {
          en: `The code "${item.code}" is given twice`,
          fi: `Koodi "${item.code}" on annettu kahdesti`,
          sv: `Koden "${item.code}" har angetts två gånger`,
        },
        `${field}.${index}.code`,
      );
    seen.add(item.code);
  });
}

/** Reuses the id of the row with the same code, so that references to it survive a correction. */
function matchByCode<T extends { id: string; code: string }>(existing: T[], code: string): string {
  return existing.find((row) => row.code === code)?.id ?? newId();
}

/**
 * Administrators' work on calls: create, correct and publish. A call's rules are fixed from the first
 * submission on (INVALID_STATE_TRANSITION); its texts can still be corrected.
 */
export class CallAdminService {
  constructor(private readonly ctx: RequestContext) {}

  async create(input: CreateCallInput): Promise<Call> {
    const key = parseCallKey(input.key);
    const now = this.ctx.clock.now();
    const id = await inTransaction(this.ctx, async ({ manager }) => {
      if (await manager.getRepository(Call).existsBy({ key }))
        throw badInput(
          {
            en: `A call "${key}" exists already`,
            fi: `Haku "${key}" on jo olemassa`,
            sv: `Utlysningen "${key}" finns redan`,
          },
          'key',
        );
      const call = Call.draft({ key, year: input.year, stage: input.stage, createdAt: now });
      const draft = await this.apply(
        manager,
        { call, themes: [], criteria: [], questions: [], conditions: [] },
        input,
      );
      await insertAudited(manager, this.ctx, Call, draft.call, 'createCall', {
        fields: auditedCallFields,
        extraChanges: this.listChanges(null, draft),
      });
      await this.saveLists(manager, draft, { themes: [], criteria: [], questions: [], conditions: [], call });
      return call.id;
    });
    return this.reload(id);
  }

  async update(id: string, input: UpdateCallInput): Promise<Call> {
    const callId = parseId(id);
    await inTransaction(this.ctx, async ({ manager }) => {
      const before = await this.loadForUpdate(manager, callId);
      const after = await this.apply(manager, structuredCloneDraft(before), input);
      if (ruleFingerprint(before) !== ruleFingerprint(after) && before.call.firstSubmittedAt !== null) {
        throw invalidTransition(
          {
            en: 'Applications have been submitted to this call: its rules can no longer change, only its texts',
            fi: 'Hakuun on jo jätetty hakemuksia: sen ehtoja ei voi enää muuttaa, vain sen tekstejä',
            sv: 'Ansökningar har redan lämnats in till utlysningen: dess regler kan inte längre ändras, endast dess texter',
          },
          { entity: 'Call', from: callStatusAt(before.call, this.ctx.clock.now()), to: null },
        );
      }
      after.call.updatedAt = this.ctx.clock.now();
      const { id: _id, ...changes } = after.call;
      await updateAudited(manager, this.ctx, Call, before.call, changes, 'updateCall', {
        fields: auditedCallFields,
        extraChanges: this.listChanges(before, after),
      });
      await this.saveLists(manager, after, before);
    });
    return this.reload(callId);
  }

  /** DRAFT → PUBLISHED: the call becomes public, and opens and closes by its window from then on. */
  async publish(id: string): Promise<Call> {
    const callId = parseId(id);
    await inTransaction(this.ctx, async ({ manager }) => {
      const draft = await this.loadForUpdate(manager, callId);
      const { call } = draft;
      callStates.assert(call.state, CallState.PUBLISHED);
      const missing = (en: string, fi: string, sv: string, field: string) =>
        badInput(
          {
            en: `A call needs ${en} before it is published`,
            fi: `Haulla on oltava ${fi} ennen julkaisua`,
            sv: `En utlysning måste ha ${sv} innan den publiceras`,
          },
          field,
        );
      if (!hasText(call.title)) throw missing('a title', 'nimi', 'en rubrik', 'title');
      if (!call.opensAt) throw missing('an opening time', 'alkamisaika', 'en öppningstid', 'opensAt');
      if (!call.closesAt) throw missing('a closing time', 'päättymisaika', 'en sista tidpunkt', 'closesAt');
      const now = this.ctx.clock.now();
      await updateAudited(
        manager,
        this.ctx,
        Call,
        call,
        { state: CallState.PUBLISHED, publishedAt: now, updatedAt: now },
        'publishCall',
      );
      // The call as published, readable however it is corrected later (`asPublished`).
      await recordPublishedSnapshot(manager, this.ctx, call, draft);
    });
    return this.reload(callId);
  }

  private async reload(id: string): Promise<Call> {
    const { loaders } = this.ctx;
    for (const loader of [
      loaders.call,
      loaders.themesOfCall,
      loaders.criteriaOfCall,
      loaders.questionsOfCall,
      loaders.conditionsOfCall,
    ]) {
      loader.clear(id);
    }
    const call = await loaders.call.load(id);
    if (!call) throw notFound(records.call);
    return call;
  }

  private async loadForUpdate(manager: EntityManager, id: string): Promise<CallDraft> {
    const call = await findForUpdate(manager, Call, id);
    if (!call) throw notFound(records.call);
    const list = <T extends ObjectLiteral>(entity: new () => T) =>
      manager
        .getRepository(entity)
        .find({ where: { callId: id } as never, order: { position: 'ASC' } as never });
    return {
      call,
      themes: await list(Theme),
      criteria: await list(Criterion),
      questions: await list(Question),
      conditions: await list(CallCondition),
    };
  }

  /** The draft with the input's fields applied and checked; omitted fields stay as they were. */
  private async apply(manager: EntityManager, draft: CallDraft, input: CallFieldsInput): Promise<CallDraft> {
    const { call } = draft;
    const text = (value: LocalizedTextInput | null | undefined) =>
      value === undefined ? undefined : toLocalizedText(value);
    if (input.title !== undefined) {
      call.title = toLocalizedText(input.title);
      if (!hasText(call.title)) {
        const messages = {
          en: 'A call needs a title in at least one language',
          fi: 'Haulla on oltava nimi ainakin yhdellä kielellä',
          sv: 'En utlysning måste ha en rubrik på minst ett språk',
        };
        throw badInput(messages, 'title');
      }
    }
    call.description = text(input.description) ?? call.description;
    call.notes = text(input.notes) ?? call.notes;
    if (input.appropriation !== undefined) call.appropriation = input.appropriation;
    if (input.opensAt !== undefined)
      call.opensAt = input.opensAt === null ? null : wallClock(input.opensAt, 'opensAt');
    if (input.closesAt !== undefined)
      call.closesAt = input.closesAt === null ? null : wallClock(input.closesAt, 'closesAt');
    if (call.opensAt && call.closesAt && call.opensAt >= call.closesAt) {
      throw badInput(
        {
          en: 'A call closes after it opens',
          fi: 'Haku päättyy vasta alkamisensa jälkeen',
          sv: 'En utlysning stänger först efter att den har öppnat',
        },
        'closesAt',
      );
    }
    if (input.projectDeadline !== undefined) call.projectDeadline = input.projectDeadline;
    this.applyGrantTerms(call, input);
    if (input.minMunicipalities != null) call.minMunicipalities = input.minMunicipalities;
    if (input.excludedSectors != null) call.excludedSectorList = [...new Set(input.excludedSectors)];
    if (input.requiresMaturityAssessment != null)
      call.requiresMaturityAssessment = input.requiresMaturityAssessment;
    if (input.proposalCallId !== undefined)
      call.proposalCallId =
        input.proposalCallId === null ? null : parseId(input.proposalCallId, 'proposalCallId');
    if (call.proposalCallId) {
      const proposalCall = await manager.getRepository(Call).findOneBy({ id: call.proposalCallId });
      if (
        !proposalCall ||
        proposalCall.stage !== CallStage.PROPOSAL ||
        call.stage !== CallStage.APPLICATION
      ) {
        throw badInput(
          {
            en: 'Only an APPLICATION call can follow, and only a PROPOSAL call',
            fi: 'Vain APPLICATION-haku voi seurata toista hakua, ja vain PROPOSAL-hakua',
            sv: 'Endast en APPLICATION-utlysning kan följa på en annan, och endast på en PROPOSAL-utlysning',
          },
          'proposalCallId',
        );
      }
    }
    if (input.themes) {
      assertUniqueCodes(input.themes, 'themes');
      draft.themes = input.themes.map((theme, position) => ({
        id: matchByCode(draft.themes, theme.code),
        callId: call.id,
        code: theme.code,
        title: toLocalizedText(theme.title),
        examples: theme.examples ?? [],
        position,
      }));
    }
    if (input.criteria) {
      assertUniqueCodes(input.criteria, 'criteria');
      draft.criteria = input.criteria.map((criterion, position) => {
        if (criterion.minScore >= criterion.maxScore) {
          throw badInput(
            {
              en: 'A score scale runs from a lower minimum to a higher maximum',
              fi: 'Pisteasteikko kulkee pienemmästä vähimmäisarvosta suurempaan enimmäisarvoon',
              sv: 'En poängskala går från ett lägre minimum till ett högre maximum',
            },
            `criteria.${position}.maxScore`,
          );
        }
        return {
          id: matchByCode(draft.criteria, criterion.code),
          callId: call.id,
          code: criterion.code,
          title: toLocalizedText(criterion.title),
          weight: criterion.weight,
          minScore: criterion.minScore,
          maxScore: criterion.maxScore,
          position,
        };
      });
    }
    if (input.questions) {
      assertUniqueCodes(input.questions, 'questions');
      draft.questions = input.questions.map((question, position) => ({
        id: matchByCode(draft.questions, question.code),
        callId: call.id,
        code: question.code,
        text: toLocalizedText(question.text),
        required: question.required,
        maxLength: question.maxLength ?? null,
        position,
      }));
    }
    if (input.conditions) {
      draft.conditions = input.conditions.map((condition, position) => ({
        id: draft.conditions[position]?.id ?? newId(),
        callId: call.id,
        text: toLocalizedText(condition),
        position,
      }));
    }
    return draft;
  }

  /**
   * The terms the grants live by after the decision. They govern the grants' administration, not the
   * applications, so they may still be set once applications are in (they are not in ruleFingerprint).
   */
  private applyGrantTerms(call: Call, input: CallFieldsInput): void {
    if (input.reportDueMonths != null) call.reportDueMonths = input.reportDueMonths;
    if (input.interimReportDue !== undefined) call.interimReportDue = input.interimReportDue;
    if (input.latestProjectEnd !== undefined) call.latestProjectEnd = input.latestProjectEnd;
    if (call.projectDeadline && call.latestProjectEnd && call.latestProjectEnd < call.projectDeadline) {
      throw badInput(
        {
          en: "The latest project end is before the call's project deadline",
          fi: 'Hankkeen viimeisin mahdollinen päättymispäivä on ennen haun määräaikaa hankkeille',
          sv: 'Det senaste möjliga slutdatumet för projekten är före utlysningens tidsfrist för projekten',
        },
        'latestProjectEnd',
      );
    }
    const projectLimit = call.latestProjectEnd ?? call.projectDeadline;
    if (call.interimReportDue && projectLimit && call.interimReportDue > projectLimit) {
      throw badInput(
        {
          en: 'An interim report is due while the projects run, not after their last day',
          fi: 'Väliraportti annetaan hankkeiden aikana, ei niiden viimeisen päivän jälkeen',
          sv: 'En mellanrapport lämnas medan projekten pågår, inte efter deras sista dag',
        },
        'interimReportDue',
      );
    }
    const opensOn = call.opensAt && helsinkiDate(call.opensAt);
    if (call.interimReportDue && opensOn && call.interimReportDue <= opensOn) {
      throw badInput(
        {
          en: 'An interim report is due after the call opens',
          fi: 'Väliraportin määräpäivä on haun alkamisen jälkeen',
          sv: 'En mellanrapport ska lämnas efter att utlysningen har öppnat',
        },
        'interimReportDue',
      );
    }
  }

  /**
   * Writes the lists: rows matched by code are updated in place; removed rows go, after the hooks have
   * cleared what points at them (draft answers, a draft's theme: no submission exists then).
   */
  private async saveLists(manager: EntityManager, after: CallDraft, before: CallDraft): Promise<void> {
    const removed = <T extends { id: string }>(old: T[], next: T[]) =>
      old.filter((row) => !next.some((n) => n.id === row.id)).map((row) => row.id);
    const removedQuestions = removed(before.questions, after.questions);
    const removedThemes = removed(before.themes, after.themes);
    for (const hook of listRowRemovalHooks) {
      await hook(manager, { questionIds: removedQuestions, themeIds: removedThemes });
    }
    if (removedQuestions.length) await manager.getRepository(Question).delete(removedQuestions);
    if (removedThemes.length) await manager.getRepository(Theme).delete(removedThemes);
    const removedCriteria = removed(before.criteria, after.criteria);
    if (removedCriteria.length) await manager.getRepository(Criterion).delete(removedCriteria);
    const removedConditions = removed(before.conditions, after.conditions);
    if (removedConditions.length) await manager.getRepository(CallCondition).delete(removedConditions);
    // Positions change when rows are reordered; codes are unique per call, so rows are saved one by one.
    await manager.getRepository(Theme).save(after.themes);
    await manager.getRepository(Criterion).save(after.criteria);
    await manager.getRepository(Question).save(after.questions);
    await manager.getRepository(CallCondition).save(after.conditions);
  }

  private listChanges(before: CallDraft | null, after: CallDraft): Record<string, [unknown, unknown]> {
    const summary = (draft: CallDraft | null) => ({
      themes: draft?.themes.map((theme) => theme.code) ?? [],
      criteria:
        draft?.criteria.map((c) => ({
          code: c.code,
          weight: c.weight,
          minScore: c.minScore,
          maxScore: c.maxScore,
        })) ?? [],
      questions:
        draft?.questions.map((q) => ({
          code: q.code,
          required: q.required,
          maxLength: q.maxLength,
          text: q.text,
        })) ?? [],
      conditions: draft?.conditions.map((condition) => condition.text) ?? [],
    });
    const old = summary(before);
    const next = summary(after);
    return changedFields(old, next, ['themes', 'criteria', 'questions', 'conditions']);
  }
}

/** A deep copy, so that the update's "before" stays what was read. */
function structuredCloneDraft(draft: CallDraft): CallDraft {
  const copy = <T extends object>(row: T): T =>
    Object.assign(Object.create(Object.getPrototypeOf(row) as object) as T, structuredClone({ ...row }));
  return {
    call: copy(draft.call),
    themes: draft.themes.map(copy),
    criteria: draft.criteria.map(copy),
    questions: draft.questions.map(copy),
    conditions: draft.conditions.map(copy),
  };
}
