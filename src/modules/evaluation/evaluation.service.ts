import type { EntityManager } from 'typeorm';
import { hasRole, Role } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import {
  amountExceedsRequest,
  badInput,
  conflictOfInterest,
  invalidTransition,
  notAssigned,
  notFound,
  type Messages,
  records,
} from '../../common/errors';
import { newId, parseId } from '../../common/ids';
import { canonicalMoney, compareMoney } from '../../common/money';
import { paginate, type Page, type PageArgs, sortValue } from '../../common/pagination';
import { type AuditOptions, deleteAudited, insertAudited, updateAudited } from '../audit/audit.service';
import { findForUpdate, forUpdate, inTransaction } from '../../common/transaction';
import { ApplicationStatus, applicationStatuses } from '../application/application-status';
import { Application } from '../application/application.entity';
import { Call, CallStatus, Criterion } from '../call/call.entity';
import { callStatusAt } from '../call/call.service';
import { ConsortiumMember } from '../consortium/consortium.entity';
import { User } from '../user/user.entity';
import { mean, meanWeightedScore, weightedScore } from './evaluation-score';
import {
  AssignmentEnd,
  CriterionScore,
  Evaluation,
  EvaluationStatus,
  Recommendation,
  ReviewAssignment,
} from './evaluation.entity';
import { evaluationStatuses } from './evaluation-status';
import { recordRankingScore } from './ranking-score';
import type { SaveEvaluationInput, ScoreInput } from './evaluation.inputs';
import type { EvaluationSummary } from './evaluation.types';

const notUnderReview = (application: Application) =>
  invalidTransition(
    {
      en: `The application is ${application.status}, not under review`,
      fi: `Hakemuksen tila on ${application.status}; se ei ole arvioitavana`,
      sv: `Ansökan har status ${application.status} och är inte under bedömning`,
    },
    {
      entity: 'Application',
      from: application.status,
      to: null,
    },
  );

const evaluationFields: ('comment' | 'recommendation' | 'recommendedAmount' | 'status' | 'submittedAt')[] = [
  'comment',
  'recommendation',
  'recommendedAmount',
  'status',
  'submittedAt',
];

const conflictReasonMissing: Messages = {
  en: 'Say briefly why there is a conflict of interest',
  fi: 'Kerro lyhyesti esteellisyyden syy',
  sv: 'Ange kort varför du är jävig',
};

/**
 * A reason the caller must give, trimmed: its length was checked as it came in (stringArgumentLimits),
 * and trimming only shortens it. Empty is BAD_USER_INPUT.
 */
function requiredReason(reason: string, messages: Messages): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw badInput(messages, 'reason');
  return trimmed;
}

/** Scores as the audit log keeps them: criterion id → score (comments are in the row itself). */
const scoreMap = (scores: Pick<CriterionScore, 'criterionId' | 'score'>[]) =>
  Object.fromEntries(scores.map((score) => [score.criterionId, score.score]));

/** An application and the one ranking place the decision meeting sees for it. */
export interface RankedEntry {
  rank: number;
  application: Application;
  weightedScore: number | null;
  evaluationCount: number;
}

/**
 * Reviewing: moving a closed call's submissions into review, assigning reviewers (with conflicts of
 * interest refused or declared), saving and submitting evaluations, and the summaries and ranking built
 * from submitted evaluations. Every mutation is one transaction with its audit event.
 */
export class EvaluationService {
  constructor(private readonly ctx: RequestContext) {}

  /** Moves every submitted application of a call that has closed to UNDER_REVIEW. */
  async startReview(callId: string): Promise<Application[]> {
    const id = parseId(callId, 'callId');
    const moved = await inTransaction(this.ctx, async ({ manager }) => {
      const call = await findForUpdate(manager, Call, id);
      if (!call) throw notFound(records.call);
      const status = callStatusAt(call, this.ctx.clock.now());
      if (status !== CallStatus.CLOSED) {
        const messages = {
          en: `Review starts once the call has closed; it is ${status}`,
          fi: `Arviointi alkaa vasta, kun haku on päättynyt; haun tila on ${status}`,
          sv: `Bedömningen börjar först när utlysningen har stängt; dess status är ${status}`,
        };
        throw invalidTransition(messages, {
          entity: 'Call',
          from: status,
          to: null,
        });
      }
      const submitted = await forUpdate(
        manager
          .getRepository(Application)
          .createQueryBuilder('application')
          .where('application.callId = :id AND application.status = :submitted', {
            id,
            submitted: ApplicationStatus.SUBMITTED,
          })
          .orderBy('application.referenceNumber', 'ASC')
          .addOrderBy('application.id', 'ASC'),
      ).getMany();
      for (const application of submitted) {
        applicationStatuses.assert(application.status, ApplicationStatus.UNDER_REVIEW);
        await updateAudited(
          manager,
          this.ctx,
          Application,
          application,
          {
            status: ApplicationStatus.UNDER_REVIEW,
            version: application.version + 1,
            updatedAt: this.ctx.clock.now(),
          },
          'startReview',
        );
      }
      return submitted;
    });
    moved.forEach((application) => this.ctx.loaders.application.clear(application.id));
    return moved;
  }

  /** Assigns a reviewer, refusing one who acts for a municipality of the consortium. */
  async assignReviewer(applicationId: string, reviewerId: string): Promise<ReviewAssignment> {
    const appId = parseId(applicationId, 'applicationId');
    const userId = parseId(reviewerId, 'reviewerId');
    const assignment = await inTransaction(this.ctx, async ({ manager }) => {
      const application = await this.lockApplication(manager, appId);
      if (application.status !== ApplicationStatus.UNDER_REVIEW) throw notUnderReview(application);
      const reviewer = await manager.findOneBy(User, { id: userId });
      if (!reviewer || !hasRole(reviewer, Role.REVIEWER)) {
        throw badInput(
          {
            en: 'No reviewer has this id; the person must have signed in with the reviewer role',
            fi: 'Yhdelläkään arvioijalla ei ole tätä tunnistetta; henkilön on pitänyt kirjautua arvioijan roolissa',
            sv: 'Ingen bedömare har denna identifierare; personen måste ha loggat in med bedömarrollen',
          },
          'reviewerId',
        );
      }
      const members = await manager.findBy(ConsortiumMember, { consortiumId: application.consortiumId });
      const shared = members
        .map((member) => member.municipalityCode)
        .filter((code) => reviewer.municipalityCodes.includes(code));
      if (shared.length > 0) {
        throw conflictOfInterest(
          {
            en: `The reviewer acts for a municipality of the applying consortium (${shared.join(', ')})`,
            fi: `Arvioija toimii hakevan konsortion jäsenkunnan puolesta (${shared.join(', ')})`,
            sv: `Bedömaren företräder en kommun i det ansökande konsortiet (${shared.join(', ')})`,
          },
          shared,
        );
      }
      const existing = await manager.findOneBy(ReviewAssignment, {
        applicationId: appId,
        reviewerId: userId,
      });
      if (existing && existing.endedAt === null) return existing;
      if (existing?.endReason === AssignmentEnd.CONFLICT_OF_INTEREST) {
        throw conflictOfInterest({
          en: 'The reviewer has declared a conflict of interest with this application',
          fi: 'Arvioija on ilmoittanut olevansa esteellinen tämän hakemuksen arvioinnissa',
          sv: 'Bedömaren har anmält jäv i fråga om denna ansökan',
        });
      }
      const values = {
        applicationId: appId,
        reviewerId: userId,
        assignedById: this.ctx.viewer.userId,
        assignedAt: this.ctx.clock.now(),
        endedAt: null,
        endReason: null,
        conflictDeclaration: null,
      };
      const audit = {
        fields: ['applicationId', 'reviewerId', 'assignedAt', 'endedAt', 'endReason'],
      } satisfies AuditOptions<ReviewAssignment>;
      // An ended assignment (not for a conflict of interest) is renewed in place: one row per pair.
      return existing
        ? updateAudited(manager, this.ctx, ReviewAssignment, existing, values, 'assignReviewer', audit)
        : insertAudited(
            manager,
            this.ctx,
            ReviewAssignment,
            Object.assign(new ReviewAssignment(), { id: newId(), ...values }),
            'assignReviewer',
            audit,
          );
    });
    this.ctx.loaders.activeAssignmentsOfApplication.clear(appId);
    this.ctx.loaders.application.clear(appId);
    return assignment;
  }

  /** Ends a reviewer's assignment; an evaluation already submitted stays on record. */
  async unassignReviewer(applicationId: string, reviewerId: string): Promise<ReviewAssignment> {
    const appId = parseId(applicationId, 'applicationId');
    const userId = parseId(reviewerId, 'reviewerId');
    return this.endAssignment(appId, userId, 'unassignReviewer', AssignmentEnd.UNASSIGNED, null);
  }

  /**
   * The caller recuses themselves: the assignment ends as a conflict of interest and a draft evaluation
   * is discarded. A submitted evaluation is final, so after submitting only an administrator can act.
   */
  async declareConflictOfInterest(applicationId: string, reason: string): Promise<ReviewAssignment> {
    const appId = parseId(applicationId, 'applicationId');
    const declaration = requiredReason(reason, conflictReasonMissing);
    const userId = this.ctx.viewer.userId;
    if (!userId) throw notAssigned();
    await this.requireVisible(appId);
    return this.endAssignment(
      appId,
      userId,
      'declareConflictOfInterest',
      AssignmentEnd.CONFLICT_OF_INTEREST,
      declaration,
    );
  }

  private async endAssignment(
    applicationId: string,
    reviewerId: string,
    action: string,
    endReason: AssignmentEnd,
    declaration: string | null,
  ): Promise<ReviewAssignment> {
    const assignment = await inTransaction(this.ctx, async ({ manager }) => {
      await this.lockApplication(manager, applicationId);
      const active = await manager.findOneBy(ReviewAssignment, { applicationId, reviewerId });
      if (!active || active.endedAt !== null) throw notAssigned();
      if (endReason === AssignmentEnd.CONFLICT_OF_INTEREST) {
        const own = await manager.findOneBy(Evaluation, { applicationId, reviewerId });
        if (own?.status === EvaluationStatus.SUBMITTED) {
          // Recusing would discard the evaluation; a submitted one is final.
          throw invalidTransition(
            {
              en: 'Your evaluation is already submitted; declare the conflict with declareConflictAfterSubmission, and an administrator decides',
              fi: 'Arviointisi on jo jätetty; ilmoita esteellisyydestä declareConflictAfterSubmission-toiminnolla, ja pääkäyttäjä ratkaisee asian',
              sv: 'Din bedömning har redan lämnats in; anmäl jävet med declareConflictAfterSubmission, så avgör en administratör saken',
            },
            { entity: 'Evaluation', from: own.status, to: null },
          );
        }
        if (own) {
          await manager.delete(CriterionScore, { evaluationId: own.id });
          await deleteAudited(manager, this.ctx, Evaluation, own, action, { fields: ['status'] });
        }
      }
      return updateAudited(
        manager,
        this.ctx,
        ReviewAssignment,
        active,
        { endedAt: this.ctx.clock.now(), endReason, conflictDeclaration: declaration },
        action,
      );
    });
    this.clearEvaluationLoaders(applicationId);
    return assignment;
  }

  /** Creates or replaces the caller's draft evaluation of an application. */
  async saveEvaluation(applicationId: string, input: SaveEvaluationInput): Promise<Evaluation> {
    const appId = parseId(applicationId, 'applicationId');
    const reviewerId = this.ctx.viewer.userId;
    if (!reviewerId) throw notAssigned();
    await this.requireVisible(appId);
    const evaluation = await inTransaction(this.ctx, async ({ manager }) => {
      const application = await this.lockApplication(manager, appId);
      await this.requireActiveAssignment(manager, appId, reviewerId);
      if (application.status !== ApplicationStatus.UNDER_REVIEW) throw notUnderReview(application);
      const criteria = await manager.findBy(Criterion, { callId: application.callId });
      const scores = this.checkScores(input.scores, criteria);
      const recommendedAmount = input.recommendedAmount ?? null;
      if (recommendedAmount !== null && compareMoney(recommendedAmount, application.requestedAmount) > 0) {
        throw amountExceedsRequest(
          {
            en: `The recommended amount is above the ${application.requestedAmount} euros requested`,
            fi: `Suositeltu summa ylittää haetun ${application.requestedAmount} euroa`,
            sv: `Det rekommenderade beloppet överskrider de ${application.requestedAmount} euro som söktes`,
          },
          {
            field: 'input.recommendedAmount',
            amount: canonicalMoney(recommendedAmount),
            requested: canonicalMoney(application.requestedAmount),
          },
        );
      }
      const existing = await manager.findOneBy(Evaluation, { applicationId: appId, reviewerId });
      // Only a draft can be saved over; a submitted evaluation is final.
      if (existing && existing.status !== EvaluationStatus.DRAFT) {
        const messages = {
          en: 'A submitted evaluation is final',
          fi: 'Jätetty arviointi on lopullinen',
          sv: 'En inlämnad bedömning är slutgiltig',
        };
        throw invalidTransition(messages, {
          entity: 'Evaluation',
          from: existing.status,
          to: EvaluationStatus.DRAFT,
        });
      }
      const previousScores = existing
        ? await manager.findBy(CriterionScore, { evaluationId: existing.id })
        : [];
      const now = this.ctx.clock.now();
      const values = {
        applicationId: appId,
        reviewerId,
        comment: input.comment?.trim() || null,
        recommendation: input.recommendation ?? null,
        recommendedAmount,
        status: EvaluationStatus.DRAFT,
        submittedAt: null,
        version: (existing?.version ?? 0) + 1,
        updatedAt: now,
      };
      const [beforeScores, afterScores] = [scoreMap(previousScores), scoreMap(scores)];
      const audit: AuditOptions<Evaluation> = {
        fields: evaluationFields,
        extraChanges:
          JSON.stringify(beforeScores) !== JSON.stringify(afterScores)
            ? { scores: [beforeScores, afterScores] }
            : {},
      };
      const saved = existing
        ? await updateAudited(manager, this.ctx, Evaluation, existing, values, 'saveEvaluation', audit)
        : await insertAudited(
            manager,
            this.ctx,
            Evaluation,
            Object.assign(new Evaluation(), { id: newId(), ...values, createdAt: now }),
            'saveEvaluation',
            audit,
          );
      if (existing) await manager.delete(CriterionScore, { evaluationId: saved.id });
      if (scores.length > 0) {
        await manager.insert(
          CriterionScore,
          scores.map((score) => ({
            id: newId(),
            evaluationId: saved.id,
            criterionId: score.criterionId,
            score: score.score,
            comment: score.comment?.trim() || null,
          })),
        );
      }
      return saved;
    });
    this.clearEvaluationLoaders(appId, evaluation.id);
    return evaluation;
  }

  /** Makes the caller's evaluation final: every criterion scored and a recommendation given. */
  async submitEvaluation(evaluationId: string): Promise<Evaluation> {
    const id = parseId(evaluationId);
    const reviewerId = this.ctx.viewer.userId;
    // Found before the transaction, so that its first read is the lock (see AwardDecisionService).
    const found = await this.ctx.manager.getRepository(Evaluation).findOneBy({ id });
    if (!found || found.reviewerId !== reviewerId) throw notFound(records.evaluation);
    const evaluation = await inTransaction(this.ctx, async ({ manager }) => {
      const application = await this.lockApplication(manager, found.applicationId);
      const evaluation = await findForUpdate(manager, Evaluation, id);
      if (!evaluation) throw notFound(records.evaluation);
      await this.requireActiveAssignment(manager, application.id, evaluation.reviewerId);
      evaluationStatuses.assert(evaluation.status, EvaluationStatus.SUBMITTED);
      if (application.status !== ApplicationStatus.UNDER_REVIEW) throw notUnderReview(application);
      const criteria = await manager.findBy(Criterion, { callId: application.callId });
      const scored = new Set(
        (await manager.findBy(CriterionScore, { evaluationId: id })).map((s) => s.criterionId),
      );
      const missing = criteria
        .filter((criterion) => !scored.has(criterion.id))
        .map((criterion) => criterion.code);
      if (missing.length > 0) {
        throw badInput(
          {
            en: `Score every criterion before submitting; missing: ${missing.sort().join(', ')}`,
            fi: `Pisteytä jokainen kriteeri ennen jättämistä; puuttuu: ${missing.sort().join(', ')}`,
            sv: `Poängsätt varje kriterium innan du lämnar in; saknas: ${missing.sort().join(', ')}`,
          },
          'scores',
        );
      }
      if (!evaluation.recommendation)
        throw badInput(
          {
            en: 'Give a recommendation before submitting',
            fi: 'Anna suositus ennen jättämistä',
            sv: 'Ge en rekommendation innan du lämnar in',
          },
          'recommendation',
        );
      if (
        evaluation.recommendation === Recommendation.FUND_PARTIALLY &&
        evaluation.recommendedAmount === null
      ) {
        throw badInput(
          {
            en: 'A partial funding recommendation needs a recommended amount',
            fi: 'Osittaisen rahoituksen suositukseen tarvitaan suositeltu summa',
            sv: 'En rekommendation om delfinansiering kräver ett rekommenderat belopp',
          },
          'recommendedAmount',
        );
      }
      const now = this.ctx.clock.now();
      const submitted = await updateAudited(
        manager,
        this.ctx,
        Evaluation,
        evaluation,
        {
          status: EvaluationStatus.SUBMITTED,
          submittedAt: now,
          updatedAt: now,
          version: evaluation.version + 1,
        },
        'submitEvaluation',
      );
      await recordRankingScore(manager, application);
      return submitted;
    });
    this.clearEvaluationLoaders(evaluation.applicationId, evaluation.id);
    return evaluation;
  }

  /**
   * A reviewer who finds a conflict of interest only after submitting says so: the declaration goes on
   * the evaluation, which still counts until an administrator voids it, and the assignment ends as a
   * conflict (the reviewer no longer sees the application or the others' scores). Before submitting,
   * `declareConflictOfInterest` is the way, and it discards the draft.
   */
  async declareConflictAfterSubmission(evaluationId: string, reason: string): Promise<Evaluation> {
    const id = parseId(evaluationId);
    const declaration = requiredReason(reason, conflictReasonMissing);
    const reviewerId = this.ctx.viewer.userId;
    // Only one's own evaluation: another's is NOT_FOUND, exactly like an id that does not exist.
    const found = await this.ctx.manager.getRepository(Evaluation).findOneBy({ id });
    if (!found || reviewerId === null || found.reviewerId !== reviewerId) throw notFound(records.evaluation);
    const evaluation = await inTransaction(this.ctx, async ({ manager }) => {
      await findForUpdate(manager, Application, found.applicationId);
      const evaluation = await findForUpdate(manager, Evaluation, id);
      if (!evaluation) throw notFound(records.evaluation);
      if (evaluation.status !== EvaluationStatus.SUBMITTED || evaluation.conflictDeclaredAt !== null) {
        throw invalidTransition(
          evaluation.status === EvaluationStatus.DRAFT
            ? {
                en: 'The evaluation is not submitted yet; declare the conflict with declareConflictOfInterest, which discards the draft',
                fi: 'Arviointia ei ole vielä jätetty; ilmoita esteellisyydestä declareConflictOfInterest-toiminnolla, joka hylkää luonnoksen',
                sv: 'Bedömningen har inte lämnats in ännu; anmäl jävet med declareConflictOfInterest, som förkastar utkastet',
              }
            : {
                en: 'A conflict of interest has already been declared for this evaluation, or it has been voided',
                fi: 'Tämän arvioinnin esteellisyys on jo ilmoitettu, tai arviointi on mitätöity',
                sv: 'Jäv har redan anmälts för denna bedömning, eller så har den ogiltigförklarats',
              },
          { entity: 'Evaluation', from: evaluation.status, to: null },
        );
      }
      const now = this.ctx.clock.now();
      const declared = await updateAudited(
        manager,
        this.ctx,
        Evaluation,
        evaluation,
        { conflictDeclaredAt: now, conflictDeclaration: declaration, updatedAt: now },
        'declareConflictAfterSubmission',
      );
      const assignment = await manager.findOneBy(ReviewAssignment, {
        applicationId: evaluation.applicationId,
        reviewerId: evaluation.reviewerId,
      });
      if (assignment && assignment.endedAt === null) {
        await updateAudited(
          manager,
          this.ctx,
          ReviewAssignment,
          assignment,
          { endedAt: now, endReason: AssignmentEnd.CONFLICT_OF_INTEREST, conflictDeclaration: declaration },
          'declareConflictAfterSubmission',
        );
      }
      return declared;
    });
    this.clearEvaluationLoaders(evaluation.applicationId, evaluation.id);
    return evaluation;
  }

  /**
   * Administrators set a submitted evaluation aside (a conflict of interest declared or found after it
   * was submitted): it stays on record as VOIDED, with who, when and why, and no longer counts in the
   * summary, the ranking or the WEIGHTED_SCORE order. Anything but a submitted one is
   * INVALID_STATE_TRANSITION (the state table).
   */
  async voidEvaluation(evaluationId: string, reason: string): Promise<Evaluation> {
    const id = parseId(evaluationId);
    const voidReason = requiredReason(reason, {
      en: 'Say briefly why the evaluation is voided',
      fi: 'Kerro lyhyesti, miksi arviointi mitätöidään',
      sv: 'Ange kort varför bedömningen ogiltigförklaras',
    });
    const found = await this.ctx.manager.getRepository(Evaluation).findOneBy({ id });
    if (!found) throw notFound(records.evaluation);
    const evaluation = await inTransaction(this.ctx, async ({ manager }) => {
      const application = await findForUpdate(manager, Application, found.applicationId);
      const evaluation = await findForUpdate(manager, Evaluation, id);
      if (!application || !evaluation) throw notFound(records.evaluation);
      evaluationStatuses.assert(evaluation.status, EvaluationStatus.VOIDED);
      const now = this.ctx.clock.now();
      const voided = await updateAudited(
        manager,
        this.ctx,
        Evaluation,
        evaluation,
        {
          status: EvaluationStatus.VOIDED,
          voidedAt: now,
          voidedById: this.ctx.viewer.userId,
          voidReason,
          updatedAt: now,
          version: evaluation.version + 1,
        },
        'voidEvaluation',
      );
      await recordRankingScore(manager, application);
      return voided;
    });
    this.clearEvaluationLoaders(evaluation.applicationId, evaluation.id);
    return evaluation;
  }

  /** The caller's current assignments, oldest first. */
  assignmentsOfViewer(page: PageArgs): Promise<Page<ReviewAssignment>> {
    const query = this.ctx.manager
      .getRepository(ReviewAssignment)
      .createQueryBuilder('assignment')
      .where('assignment.reviewerId = :reviewerId AND assignment.endedAt IS NULL', {
        reviewerId: this.ctx.viewer.userId,
      });
    return paginate(
      query,
      [
        { expression: 'assignment.assignedAt', direction: 'ASC', type: sortValue.instant },
        { expression: 'assignment.id', direction: 'ASC', type: sortValue.id },
      ],
      page,
    );
  }

  /** An evaluation's scores in the call's criterion order. */
  async scoresOf(evaluation: Evaluation): Promise<CriterionScore[]> {
    const [scores, application] = await Promise.all([
      this.ctx.loaders.scoresOfEvaluation.load(evaluation.id),
      this.applicationRow(evaluation.applicationId),
    ]);
    const criteria = application ? await this.ctx.loaders.criteriaOfCall.load(application.callId) : [];
    const position = new Map(criteria.map((criterion, index) => [criterion.id, index]));
    return [...scores].sort(
      (a, b) => (position.get(a.criterionId) ?? 0) - (position.get(b.criterionId) ?? 0),
    );
  }

  async weightedScoreOf(evaluation: Evaluation): Promise<number | null> {
    const [scores, application] = await Promise.all([
      this.ctx.loaders.scoresOfEvaluation.load(evaluation.id),
      this.applicationRow(evaluation.applicationId),
    ]);
    return application
      ? weightedScore(scores, await this.ctx.loaders.criteriaOfCall.load(application.callId))
      : null;
  }

  /**
   * The combined submitted evaluations of an application, for administrators and for reviewers who have
   * submitted their own; null for everyone else, so that nobody scores with the others' numbers in view.
   */
  async summaryOf(application: Application): Promise<EvaluationSummary | null> {
    if (!hasRole(this.ctx.viewer, Role.ADMIN)) {
      const own = await this.ctx.loaders.ownEvaluationOfApplication.load(application.id);
      if (own?.status !== EvaluationStatus.SUBMITTED) return null;
    }
    return this.summarise(application);
  }

  private async summarise(application: Pick<Application, 'id' | 'callId'>): Promise<EvaluationSummary> {
    const [evaluations, criteria] = await Promise.all([
      this.ctx.loaders.submittedEvaluationsOfApplication.load(application.id),
      this.ctx.loaders.criteriaOfCall.load(application.callId),
    ]);
    const scoreLists = await Promise.all(
      evaluations.map((e) => this.ctx.loaders.scoresOfEvaluation.load(e.id)),
    );
    return {
      count: evaluations.length,
      weightedScore: meanWeightedScore(scoreLists, criteria),
      criteria: criteria.map((criterion) => {
        const values = scoreLists
          .flat()
          .filter((s) => s.criterionId === criterion.id)
          .map((s) => s.score);
        return { criterion, mean: mean(values), count: values.length };
      }),
    };
  }

  /**
   * A call's applications (drafts and withdrawn ones aside) for the decision meeting: best weighted
   * score first, unscored ones last, ties by more evaluations, then by reference number.
   */
  async ranking(call: Call): Promise<RankedEntry[]> {
    const applications = await this.ctx.manager
      .getRepository(Application)
      .createQueryBuilder('application')
      .where('application.callId = :callId AND application.status NOT IN (:...left)', {
        callId: call.id,
        left: [ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN],
      })
      .getMany();
    const entries = await Promise.all(
      applications.map(async (application) => {
        const summary = await this.summarise(application);
        return { application, weightedScore: summary.weightedScore, evaluationCount: summary.count };
      }),
    );
    entries.sort(
      (a, b) =>
        (b.weightedScore ?? -Infinity) - (a.weightedScore ?? -Infinity) ||
        b.evaluationCount - a.evaluationCount ||
        (a.application.referenceNumber ?? '').localeCompare(b.application.referenceNumber ?? '') ||
        a.application.id.localeCompare(b.application.id),
    );
    return entries.map((entry, index) => ({ rank: index + 1, ...entry }));
  }

  /** The application row itself, for its call: reviewers see their own evaluation's application anyway. */
  private async applicationRow(id: string): Promise<Pick<Application, 'id' | 'callId'> | null> {
    return this.ctx.loaders.applicationCall.load(id);
  }

  /**
   * A reviewer acts only on an application they may see (auth/visibility.ts: assigned and not a draft, or
   * awarded): any other is NOT_FOUND, exactly like an id that does not exist, so that NOT_ASSIGNED tells
   * nothing the caller could not read anyway. Asked before the transaction, through the caller's loader.
   */
  private async requireVisible(applicationId: string): Promise<void> {
    if (!(await this.ctx.loaders.application.load(applicationId))) throw notFound(records.application);
  }

  /**
   * The application, locked. A draft is no reviewer's business: to anyone but an administrator it is
   * NOT_FOUND, exactly like an id that does not exist, so that NOT_ASSIGNED never reveals that it does.
   */
  private async lockApplication(manager: EntityManager, id: string): Promise<Application> {
    const application = await findForUpdate(manager, Application, id);
    const hidden = application?.status === ApplicationStatus.DRAFT && !hasRole(this.ctx.viewer, Role.ADMIN);
    if (!application || hidden) throw notFound(records.application);
    return application;
  }

  private async requireActiveAssignment(manager: EntityManager, applicationId: string, reviewerId: string) {
    const assignment = await manager.findOneBy(ReviewAssignment, { applicationId, reviewerId });
    if (!assignment || assignment.endedAt !== null) throw notAssigned();
  }

  /** Scores checked against the call's criteria: known criterion, once each, within its scale. */
  private checkScores(scores: ScoreInput[], criteria: Criterion[]): ScoreInput[] {
    const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
    const seen = new Set<string>();
    return scores.map((score, index) => {
      const criterion = byId.get(score.criterionId.toLowerCase());
      if (!criterion)
        throw badInput(
          {
            en: "This is not one of the call's criteria",
            fi: 'Tämä ei ole haun kriteeri',
            sv: 'Detta är inte ett av utlysningens kriterier',
          },
          `input.scores.${index}.criterionId`,
        );
      if (seen.has(criterion.id))
        throw badInput(
          {
            en: 'One score per criterion',
            fi: 'Kullekin kriteerille annetaan yksi pistemäärä',
            sv: 'Ett poängtal per kriterium',
          },
          `input.scores.${index}.criterionId`,
        );
      seen.add(criterion.id);
      if (
        !Number.isInteger(score.score) ||
        score.score < criterion.minScore ||
        score.score > criterion.maxScore
      ) {
        throw badInput(
          {
            en: `A score for ${criterion.code} is a whole number from ${criterion.minScore} to ${criterion.maxScore}`,
            fi: `Kriteerin ${criterion.code} pistemäärä on kokonaisluku väliltä ${criterion.minScore}–${criterion.maxScore}`,
            sv: `Poängtalet för ${criterion.code} är ett heltal från ${criterion.minScore} till ${criterion.maxScore}`,
          },
          `input.scores.${index}.score`,
        );
      }
      return { ...score, criterionId: criterion.id };
    });
  }

  private clearEvaluationLoaders(applicationId: string, evaluationId?: string): void {
    const { loaders } = this.ctx;
    loaders.activeAssignmentsOfApplication.clear(applicationId);
    loaders.application.clear(applicationId);
    loaders.evaluationsOfApplication.clear(applicationId);
    loaders.submittedEvaluationsOfApplication.clear(applicationId);
    loaders.ownEvaluationOfApplication.clear(applicationId);
    if (evaluationId) {
      loaders.evaluation.clear(evaluationId);
      loaders.scoresOfEvaluation.clear(evaluationId);
    }
  }
}
