import { StateMachine } from '../../common/state-machine';
import { CallState } from './call.entity';

/** Every move an administrator may make with a call; OPEN and CLOSED follow from the clock instead. */
export const callStates = new StateMachine<CallState>(
  'Call',
  { en: 'A call', fi: 'Haku', sv: 'En utlysning' },
  {
    DRAFT: [CallState.PUBLISHED],
    PUBLISHED: [CallState.DECIDED],
    DECIDED: [],
  },
);
