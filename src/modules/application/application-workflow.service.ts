import { type EntityManager, In } from 'typeorm';
import { isConsortiumOfficial } from '../../auth/access';
import { restrictCalls } from '../../auth/visibility';
import type { RequestContext } from '../../context';
import {
  badInput,
  callNotOpen,
  invalidTransition,
  notEligible,
  notFound,
  versionConflict,
  records,
} from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import { toLocalizedText } from '../../common/localized-text-input';
import { storableSum } from '../../common/money';
import { insertAudited, updateAudited } from '../audit/audit.service';
import { recordSubmittedSnapshot } from './application-history';
import { findForUpdate, inTransaction } from '../../common/transaction';
import { Call, CallStage, CallStatus, Question, Theme } from '../call/call.entity';
import { callStatusAt } from '../call/call.service';
import { ApplicationStatus, applicationStatuses } from './application-status';
import { Answer, Application } from './application.entity';
import type {
  ApplicationFieldsInput,
  CreateApplicationInput,
  UpdateApplicationInput,
} from './application.inputs';
import { EligibilityService } from './eligibility.service';
import { recordFirstSubmission } from './first-submission';
import { retallied } from './funding-tallies';
import { partnersJoining } from './proposal-partners';
import { ConsortiumService } from '../consortium/consortium.service';
import { helsinkiDate } from '../../common/time-zone';

/** The fields an audit event reports for an application. */
const auditedFields: Extract<keyof Application, string>[] = [
  'status',
  'referenceNumber',
  'submittedAt',
  'themeId',
  'sector',
  'projectName',
  'summary',
  'requestedAmount',
  'budgetStaff',
  'budgetTravel',
  'budgetPremises',
  'budgetPurchasedServices',
  'budgetOther',
  'totalBudget',
  'projectStart',
  'projectEnd',
  'maturityLevel',
  'maturityAssessedOn',
  'maturityNotes',
  'contactName',
  'contactEmail',
  'contactPhone',
  'proposalId',
  'allowPublication',
];

/** Calls in which drafts may be started and edited: published, before the window closes. */
const draftingStatuses = [CallStatus.PUBLISHED, CallStatus.OPEN];

const notOpen = (call: Call, now: Date) => {
  const status = callStatusAt(call, now);
  const messages = {
    en: `The call "${call.key}" is ${status}, not open for applications`,
    fi: `Haku "${call.key}" on tilassa ${status} eikä ota vastaan hakemuksia`,
    sv: `Utlysningen "${call.key}" har status ${status} och tar inte emot ansökningar`,
  };
  return callNotOpen(messages, {
    callKey: call.key,
    status,
  });
};

/** The days a consortium's members must be valid on for a call: its opening and closing days in Helsinki. */
function callDays(call: Call, now: Date): string[] {
  const days = [call.opensAt, call.closesAt]
    .filter((instant): instant is Date => instant !== null)
    .map(helsinkiDate);
  return days.length ? days : [helsinkiDate(now)];
}

/** `allowPublication` is a proposer's choice: on an APPLICATION call it can only stay false. */
function assertPublicationChoice(call: Call, fields: Partial<Application>): void {
  if (fields.allowPublication && call.stage !== CallStage.PROPOSAL)
    throw badInput(
      {
        en: 'Only a proposal (in a PROPOSAL call) can be published in the summary of proposals',
        fi: 'Vain ehdotuksen (PROPOSAL-haussa) voi julkaista ehdotusten yhteenvedossa',
        sv: 'Endast ett förslag (i en PROPOSAL-utlysning) kan publiceras i sammanställningen av förslag',
      },
      'input.allowPublication',
    );
}

/**
 * An application from draft to submission: applicants of a member municipality create, edit, submit
 * and withdraw; administrators invite a proposal into the linked application call. Every move consults
 * the status table (application-status.ts), runs in one transaction and writes its audit event there.
 */
export class ApplicationWorkflowService {
  constructor(private readonly ctx: RequestContext) {}

  async create(input: CreateApplicationInput): Promise<Application> {
    const now = this.ctx.clock.now();
    const call = await this.ctx.loaders.call.load(parseId(input.callId, 'callId'));
    if (!call) throw notFound(records.call);
    const consortiumId = parseId(input.consortiumId, 'consortiumId');
    const consortium = await this.ctx.loaders.consortium.load(consortiumId);
    if (!consortium || !(await isConsortiumOfficial(this.ctx, consortiumId)))
      throw notFound(records.consortium);
    if (!draftingStatuses.includes(callStatusAt(call, now))) throw notOpen(call, now);
    const id = newId();
    await inTransaction(this.ctx, async ({ manager }) => {
      const application = Application.draft({
        id,
        callId: call.id,
        consortiumId,
        createdById: this.ctx.viewer.userId,
        createdAt: now,
      });
      await this.applyFields(manager, application, input);
      assertPublicationChoice(call, application);
      await insertAudited(manager, this.ctx, Application, application, 'createApplication', {
        fields: ['callId', 'consortiumId', ...auditedFields],
        extraChanges: () => this.saveAnswers(manager, application, input),
      });
    });
    return this.reload(id);
  }

  async update(id: string, expectedVersion: number, input: UpdateApplicationInput): Promise<Application> {
    const application = await this.requireOwn(id);
    await inTransaction(this.ctx, async ({ manager }) => {
      const current = await this.lock(manager, application.id);
      if (current.version !== expectedVersion) {
        throw versionConflict(
          {
            en: `The application is at version ${current.version}, not ${expectedVersion}: reload it and apply your changes again`,
            fi: `Hakemuksen versio on ${current.version} eikä ${expectedVersion}: lataa hakemus uudelleen ja tee muutoksesi uudestaan`,
            sv: `Ansökan har version ${current.version}, inte ${expectedVersion}: läs in den på nytt och gör dina ändringar igen`,
          },
          { current: current.version, expected: expectedVersion },
        );
      }
      if (current.status !== ApplicationStatus.DRAFT) {
        // An edit keeps the status: the move it asks for is from the status to itself.
        const messages = {
          en: `Only a draft can be changed; this one is ${current.status}`,
          fi: `Vain luonnosta voi muuttaa; tämän hakemuksen tila on ${current.status}`,
          sv: `Endast ett utkast kan ändras; den här ansökan har status ${current.status}`,
        };
        throw invalidTransition(messages, {
          entity: 'Application',
          from: current.status,
          to: current.status,
        });
      }
      const call = await this.callOf(manager, current);
      const now = this.ctx.clock.now();
      if (!draftingStatuses.includes(callStatusAt(call, now))) throw notOpen(call, now);
      const changes: Partial<Application> = {};
      await this.applyFields(manager, changes, input);
      assertPublicationChoice(call, changes);
      const version = current.version;
      await updateAudited(
        manager,
        this.ctx,
        Application,
        current,
        { ...changes, version: version + 1, updatedAt: now },
        'updateApplication',
        {
          fields: auditedFields,
          // The version comes after the answers, where the event has always reported it.
          extraChanges: async (row) => ({
            ...(await this.saveAnswers(manager, row, input)),
            version: [version, row.version],
          }),
        },
      );
    });
    return this.reload(application.id);
  }

  /**
   * DRAFT → SUBMITTED inside the call's window (to the second: 16:14:59 is in, 16:15:00 is out), with
   * no eligibility issue left. The reference number is the call's next, taken under a row lock.
   */
  async submit(id: string): Promise<Application> {
    const application = await this.requireOwn(id);
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      const current = await this.lock(manager, application.id);
      applicationStatuses.assert(current.status, ApplicationStatus.SUBMITTED);
      const now = this.ctx.clock.now();
      const unlocked = await this.callOf(manager, current);
      if (callStatusAt(unlocked, now) !== CallStatus.OPEN) throw notOpen(unlocked, now);
      const issues = await new EligibilityService(tx).issuesOf(current);
      if (issues.length) {
        throw notEligible(issues);
      }
      await recordFirstSubmission(manager, current.consortiumId, now);
      // Every submission to a call takes its turn on the call's row for the next reference number: lock it
      // last, after the rules are read, so that the turn is short on a deadline day.
      const call = await findForUpdate(manager, Call, current.callId);
      if (!call) throw notFound(records.call);
      if (callStatusAt(call, now) !== CallStatus.OPEN) throw notOpen(call, now);
      call.referenceSequence += 1;
      await manager.getRepository(Call).update(
        { id: call.id },
        {
          referenceSequence: call.referenceSequence,
          // The first submission fixes the call's rules (see first-submission.ts).
          ...(call.firstSubmittedAt === null && { firstSubmittedAt: now }),
        },
      );
      const submitted = await this.move(
        manager,
        current,
        {
          status: ApplicationStatus.SUBMITTED,
          submittedAt: now,
          referenceNumber: `${call.key}-${String(call.referenceSequence).padStart(4, '0')}`,
        },
        now,
        'submitApplication',
      );
      // The application as submitted, readable however it changes later (`asSubmitted`).
      await recordSubmittedSnapshot(manager, this.ctx, submitted);
    });
    return this.reload(application.id);
  }

  /** To WITHDRAWN from any status the table allows it from, i.e. until a decision is made. */
  async withdraw(id: string): Promise<Application> {
    const application = await this.requireOwn(id);
    await inTransaction(this.ctx, async ({ manager }) => {
      const current = await this.lock(manager, application.id);
      applicationStatuses.assert(current.status, ApplicationStatus.WITHDRAWN);
      await this.move(
        manager,
        current,
        { status: ApplicationStatus.WITHDRAWN },
        this.ctx.clock.now(),
        'withdrawApplication',
      );
    });
    return this.reload(application.id);
  }

  /**
   * Administrators: the second stage of a two-stage call. A submitted proposal becomes a draft
   * application of the same consortium in the APPLICATION call that follows the proposal's call, with
   * its fields, and its answers carried over to the questions of the same code.
   */
  async inviteProposal(proposalId: string, callId: string): Promise<Application> {
    const id = newId();
    const now = this.ctx.clock.now();
    await inTransaction(this.ctx, async (tx) => {
      const { manager } = tx;
      const proposal = await this.lock(manager, parseId(proposalId, 'proposalId'));
      const proposalCall = await this.callOf(manager, proposal);
      if (proposalCall.stage !== CallStage.PROPOSAL)
        throw badInput(
          {
            en: 'This is an application, not a proposal',
            fi: 'Tämä on hakemus eikä ehdotus',
            sv: 'Detta är en ansökan, inte ett förslag',
          },
          'proposalId',
        );
      if (![ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW].includes(proposal.status)) {
        const messages = {
          en: `A ${proposal.status} proposal cannot be invited`,
          fi: `Ehdotusta, jonka tila on ${proposal.status}, ei voi kutsua jatkoon`,
          sv: `Ett förslag med status ${proposal.status} kan inte bjudas in`,
        };
        throw invalidTransition(messages, {
          entity: 'Application',
          from: proposal.status,
          to: null,
        });
      }
      const call = await manager.getRepository(Call).findOneBy({ id: parseId(callId, 'callId') });
      if (!call || call.stage !== CallStage.APPLICATION || call.proposalCallId !== proposalCall.id) {
        throw badInput(
          {
            en: `The call must be the APPLICATION call that follows "${proposalCall.key}"`,
            fi: `Haun on oltava hakua "${proposalCall.key}" seuraava APPLICATION-haku`,
            sv: `Utlysningen ska vara den APPLICATION-utlysning som följer på "${proposalCall.key}"`,
          },
          'callId',
        );
      }
      if ([CallStatus.CLOSED, CallStatus.DECIDED].includes(callStatusAt(call, now))) throw notOpen(call, now);
      if (await manager.getRepository(Application).existsBy({ proposalId: proposal.id, callId: call.id })) {
        const messages = {
          en: 'This proposal has been invited already',
          fi: 'Tämä ehdotus on jo kutsuttu jatkoon',
          sv: 'Det här förslaget har redan bjudits in',
        };
        throw invalidTransition(messages, {
          entity: 'Application',
          from: proposal.status,
          to: null,
        });
      }
      const [proposalTheme, themes] = await Promise.all([
        proposal.themeId ? manager.getRepository(Theme).findOneBy({ id: proposal.themeId }) : null,
        manager.getRepository(Theme).findBy({ callId: call.id }),
      ]);
      // Partners found at the workshop join the application in a consortium of its own (see
      // ConsortiumService.copyWithNewMembers); without any, the proposal's consortium applies as it is.
      const partners = await partnersJoining(tx, proposal, id);
      const consortiumId = partners.length
        ? await new ConsortiumService(tx).copyWithNewMembers(
            proposal.consortiumId,
            partners,
            callDays(call, now),
            'inviteProposal',
          )
        : proposal.consortiumId;
      const application: Application = {
        ...proposal,
        id,
        consortiumId,
        allowPublication: false,
        callId: call.id,
        themeId: themes.find((theme) => theme.code === proposalTheme?.code)?.id ?? null,
        referenceNumber: null,
        status: ApplicationStatus.DRAFT,
        submittedAt: null,
        proposalId: proposal.id,
        version: 1,
        createdById: this.ctx.viewer.userId,
        createdAt: now,
        updatedAt: now,
      };
      await insertAudited(manager, this.ctx, Application, application, 'inviteProposal', {
        fields: ['callId', 'consortiumId', ...auditedFields],
        extraChanges: async (row) => ({
          answers: [null, await this.carryAnswers(manager, proposal, row)],
          ...(partners.length && { partnersJoined: [null, partners] }),
        }),
      });
    });
    return this.reload(id);
  }

  /**
   * Moves a locked application to a new status (with what goes with it), a new version and `at` as its
   * update time, with its audit event, and moves the funding tallies by what that changes.
   */
  private move(
    manager: EntityManager,
    current: Application,
    changes: Partial<Application> & Pick<Application, 'status'>,
    at: Date,
    action: string,
  ): Promise<Application> {
    return retallied(manager, { applicationIds: [current.id] }, () =>
      updateAudited(
        manager,
        this.ctx,
        Application,
        current,
        { ...changes, version: current.version + 1, updatedAt: at },
        action,
      ),
    );
  }

  /** The application if the caller may see it and acts for a member; otherwise the same as missing. */
  private async requireOwn(id: string): Promise<Application> {
    const application = await this.ctx.loaders.application.load(parseId(id));
    if (!application || !(await isConsortiumOfficial(this.ctx, application.consortiumId))) {
      throw notFound(records.application);
    }
    return application;
  }

  private async lock(manager: EntityManager, id: string): Promise<Application> {
    const application = await findForUpdate(manager, Application, id);
    if (!application) throw notFound(records.application);
    return application;
  }

  private async callOf(manager: EntityManager, application: Application): Promise<Call> {
    return manager.getRepository(Call).findOneByOrFail({ id: application.callId });
  }

  private async reload(id: string): Promise<Application> {
    const { loaders } = this.ctx;
    loaders.application.clear(id);
    loaders.answersOfApplication.clear(id);
    const application = await loaders.application.load(id);
    if (!application) throw notFound(records.application);
    return application;
  }

  /** Applies the input's fields to the entity; omitted fields stay, the budget total is the sum. */
  private async applyFields(
    manager: EntityManager,
    application: Partial<Application>,
    input: ApplicationFieldsInput,
  ): Promise<void> {
    if (input.themeId !== undefined) {
      const themeId = input.themeId === null ? null : parseId(input.themeId, 'themeId');
      if (themeId && !(await this.themeIsVisible(manager, themeId))) {
        throw badInput(
          { en: 'There is no such theme', fi: 'Tällaista teemaa ei ole', sv: 'Det finns inget sådant tema' },
          'themeId',
        );
      }
      application.themeId = themeId;
    }
    if (input.sector !== undefined) application.sector = input.sector;
    if (input.projectName !== undefined) application.projectName = toLocalizedText(input.projectName);
    if (input.summary !== undefined) application.summary = input.summary?.trim() || null;
    if (input.requestedAmount != null) application.requestedAmount = input.requestedAmount;
    if (input.budget !== undefined) {
      const budget = input.budget ?? {};
      application.budgetStaff = budget.staff ?? null;
      application.budgetTravel = budget.travel ?? null;
      application.budgetPremises = budget.premises ?? null;
      application.budgetPurchasedServices = budget.purchasedServices ?? null;
      application.budgetOther = budget.other ?? null;
      const parts = [
        budget.staff,
        budget.travel,
        budget.premises,
        budget.purchasedServices,
        budget.other,
      ].filter((part): part is string => part != null);
      application.totalBudget = parts.length ? storableSum(parts, 'input.budget') : null;
    }
    if (input.projectStart !== undefined) application.projectStart = input.projectStart;
    if (input.projectEnd !== undefined) application.projectEnd = input.projectEnd;
    if (input.maturityAssessment !== undefined) {
      application.maturityLevel = input.maturityAssessment?.level ?? null;
      application.maturityAssessedOn = input.maturityAssessment?.assessedOn ?? null;
      application.maturityNotes = input.maturityAssessment?.notes?.trim() || null;
    }
    if (input.allowPublication != null) application.allowPublication = input.allowPublication;
    if (input.contact !== undefined) {
      application.contactName = input.contact?.name?.trim() || null;
      application.contactEmail = input.contact?.email?.trim() || null;
      application.contactPhone = input.contact?.phone?.trim() || null;
    }
  }

  /**
   * A theme exists for the caller only as part of a call they may see: a draft call's theme is no
   * applicant's to name, and accepting it would both tell that it exists and show it on the application.
   */
  private async themeIsVisible(manager: EntityManager, themeId: string): Promise<boolean> {
    const query = manager
      .getRepository(Theme)
      .createQueryBuilder('theme')
      .innerJoin(Call, 'call', 'call.id = theme.callId')
      .where('theme.id = :themeId', { themeId });
    restrictCalls(query, this.ctx.viewer, 'call');
    return query.getExists();
  }

  /** Upserts the given answers (an empty text removes one); each must answer a question of this call. */
  private async saveAnswers(
    manager: EntityManager,
    application: Application,
    input: ApplicationFieldsInput,
  ): Promise<Record<string, [unknown, unknown]>> {
    if (!input.answers?.length) return {};
    const questionIds = input.answers.map((answer, index) =>
      parseId(answer.questionId, `answers.${index}.questionId`),
    );
    const questions = await manager
      .getRepository(Question)
      .findBy({ id: In(questionIds), callId: application.callId });
    const known = new Set(questions.map((question) => question.id));
    const seen = new Set<string>();
    questionIds.forEach((questionId, index) => {
      const field = `answers.${index}.questionId`;
      if (!known.has(questionId)) {
        const messages = {
          en: "This is not a question of the application's call",
          fi: 'Tämä ei ole hakemuksen haun kysymys',
          sv: 'Detta är inte en fråga i ansökans utlysning',
        };
        throw badInput(messages, field);
      }
      if (seen.has(questionId)) {
        const messages = {
          en: 'The question is answered twice',
          fi: 'Kysymykseen on vastattu kahdesti',
          sv: 'Frågan har besvarats två gånger',
        };
        throw badInput(messages, field);
      }
      seen.add(questionId);
    });
    const repository = manager.getRepository(Answer);
    const existing = await repository.findBy({ applicationId: application.id, questionId: In(questionIds) });
    const before = new Map(existing.map((answer) => [answer.questionId, answer]));
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [index, answer] of input.answers.entries()) {
      const questionId = questionIds[index];
      const old = before.get(questionId);
      const text = answer.text.trim();
      if (!text) {
        if (old) await repository.delete({ id: old.id });
      } else if (old) {
        if (old.text !== text) await repository.update({ id: old.id }, { text });
      } else {
        await repository.insert({ id: newId(), applicationId: application.id, questionId, text });
      }
      if ((old?.text ?? null) !== (text || null))
        changes[`answer:${questionId}`] = [old?.text ?? null, text || null];
    }
    return changes;
  }

  /** Copies the proposal's answers to the new application's questions of the same code. */
  private async carryAnswers(
    manager: EntityManager,
    proposal: Application,
    application: Application,
  ): Promise<string[]> {
    const [answers, oldQuestions, newQuestions] = await Promise.all([
      manager.getRepository(Answer).findBy({ applicationId: proposal.id }),
      manager.getRepository(Question).findBy({ callId: proposal.callId }),
      manager.getRepository(Question).findBy({ callId: application.callId }),
    ]);
    const codeOf = new Map(oldQuestions.map((question) => [question.id, question.code]));
    const carried = answers
      .map((answer) => ({
        answer,
        target: newQuestions.find((question) => question.code === codeOf.get(answer.questionId)),
      }))
      .filter((pair): pair is { answer: Answer; target: Question } => pair.target !== undefined);
    if (carried.length) {
      await manager.getRepository(Answer).insert(
        carried.map(({ answer, target }) => ({
          id: newId(),
          applicationId: application.id,
          questionId: target.id,
          text: answer.text,
        })),
      );
    }
    return carried.map(({ target }) => target.code);
  }
}
