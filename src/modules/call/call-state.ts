import { StateMachine } from '../../common/state-machine';
import { CallState } from './call.entity';

/** Every move an administrator may make with a call; OPEN and CLOSED follow from the clock instead. */
export const callStates = new StateMachine<CallState>('Call', 'A call', {
  DRAFT: [CallState.PUBLISHED],
  PUBLISHED: [CallState.DECIDED],
  DECIDED: [],
});
