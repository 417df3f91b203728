import type { Criterion } from '../call/call.entity';
import type { CriterionScore } from './evaluation.entity';

type Weighted = Pick<Criterion, 'id' | 'weight'>;

/** Scores and means are shown to three decimals: enough to rank, without float noise in the API. */
const rounded = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * One evaluation's score on the criteria's scale: Σ(score × weight) / Σ(weight) over the criteria it
 * scores, unrounded so that means of it are exact. Null when it scores none (a fresh draft).
 */
function exactWeightedScore(
  scores: Pick<CriterionScore, 'criterionId' | 'score'>[],
  criteria: Weighted[],
): number | null {
  const weights = new Map(criteria.map((criterion) => [criterion.id, criterion.weight]));
  let weighted = 0;
  let totalWeight = 0;
  for (const { criterionId, score } of scores) {
    const weight = weights.get(criterionId);
    if (weight === undefined) continue;
    weighted += score * weight;
    totalWeight += weight;
  }
  return totalWeight > 0 ? weighted / totalWeight : null;
}

/** {@link exactWeightedScore}, rounded for display. */
export function weightedScore(
  scores: Pick<CriterionScore, 'criterionId' | 'score'>[],
  criteria: Weighted[],
): number | null {
  const exact = exactWeightedScore(scores, criteria);
  return exact === null ? null : rounded(exact);
}

/**
 * The unrounded mean of the evaluations' weighted scores (each a list of its scores), leaving out those
 * that score no criterion; null when none does.
 */
export function exactMeanWeightedScore(
  scoreLists: Pick<CriterionScore, 'criterionId' | 'score'>[][],
  criteria: Weighted[],
): number | null {
  const weighted = scoreLists
    .map((scores) => exactWeightedScore(scores, criteria))
    .filter((score): score is number => score !== null);
  return weighted.length === 0 ? null : weighted.reduce((sum, score) => sum + score, 0) / weighted.length;
}

/** {@link exactMeanWeightedScore}, rounded for display. */
export function meanWeightedScore(
  scoreLists: Pick<CriterionScore, 'criterionId' | 'score'>[][],
  criteria: Weighted[],
): number | null {
  const exact = exactMeanWeightedScore(scoreLists, criteria);
  return exact === null ? null : rounded(exact);
}

/** The plain mean of some numbers, rounded like every score; null for none. */
export function mean(values: number[]): number | null {
  return values.length === 0 ? null : rounded(values.reduce((sum, value) => sum + value, 0) / values.length);
}
