import { StateMachine } from '../../common/state-machine';
import { EvaluationStatus } from './evaluation.entity';

/** An evaluation is a draft until submitted, and final after: the whole state machine. */
export const evaluationStatuses = new StateMachine<EvaluationStatus>('Evaluation', 'An evaluation', {
  DRAFT: [EvaluationStatus.SUBMITTED],
  SUBMITTED: [],
});
