import { type EntityManager, In } from 'typeorm';
import { Application, NO_RANKING_SCORE } from '../application/application.entity';
import { Criterion } from '../call/call.entity';
import { exactMeanWeightedScore } from './evaluation-score';
import { CriterionScore, Evaluation, EvaluationStatus } from './evaluation.entity';

/** Millionths of a point: exact enough to rank by, and an integer to compare and to put in a cursor. */
const RANKING_SCALE = 1_000_000;

/**
 * Writes an application's `rankingScore` from its counted evaluations (submitted, not voided), in the
 * caller's transaction: the submission or voiding that changed them. The column is the evaluation
 * module's record on the application's row (see first-submission.ts for the pattern), a derived value
 * whose changes the evaluation's own audit event already tells, so it is written without one.
 */
export async function recordRankingScore(
  manager: EntityManager,
  application: Pick<Application, 'id' | 'callId'>,
): Promise<void> {
  const evaluations = await manager.findBy(Evaluation, {
    applicationId: application.id,
    status: EvaluationStatus.SUBMITTED,
  });
  const criteria = await manager.findBy(Criterion, { callId: application.callId });
  const scores =
    evaluations.length > 0
      ? await manager.findBy(CriterionScore, { evaluationId: In(evaluations.map((e) => e.id)) })
      : [];
  const mean = exactMeanWeightedScore(
    evaluations.map((evaluation) => scores.filter((score) => score.evaluationId === evaluation.id)),
    criteria,
  );
  const rankingScore = mean === null ? NO_RANKING_SCORE : Math.round(mean * RANKING_SCALE);
  await manager.update(Application, application.id, { rankingScore });
}
