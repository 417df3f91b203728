import { StateMachine } from '../../common/state-machine';
import { EvaluationStatus } from './evaluation.entity';

/** An evaluation is a draft until submitted, and final after: the whole state machine. */
export const evaluationStatuses = new StateMachine<EvaluationStatus>(
  'Evaluation',
  { en: 'An evaluation', fi: 'Arviointi', sv: 'En bedömning' },
  {
    DRAFT: [EvaluationStatus.SUBMITTED],
    SUBMITTED: [],
  },
);
