import { StateMachine } from '../../common/state-machine';
import { EvaluationStatus } from './evaluation.entity';

/**
 * An evaluation is a draft until submitted, and final after, unless an administrator voids it (a conflict
 * of interest found after submitting): the whole state machine.
 */
export const evaluationStatuses = new StateMachine<EvaluationStatus>(
  'Evaluation',
  { en: 'An evaluation', fi: 'Arviointi', sv: 'En bedömning' },
  {
    DRAFT: [EvaluationStatus.SUBMITTED],
    SUBMITTED: [EvaluationStatus.VOIDED],
    VOIDED: [],
  },
);
