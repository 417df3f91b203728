import { AppError, ErrorCode } from '../../common/errors';
import { CallState } from './call.entity';

/** Every move an administrator may make with a call; OPEN and CLOSED follow from the clock instead. */
export const callStateTransitions: Readonly<Record<CallState, readonly CallState[]>> = {
  DRAFT: [CallState.PUBLISHED],
  PUBLISHED: [CallState.DECIDED],
  DECIDED: [],
};

export function assertCallTransition(from: CallState, to: CallState): void {
  if (!callStateTransitions[from].includes(to)) {
    throw new AppError(ErrorCode.INVALID_STATE_TRANSITION, `A call cannot move from ${from} to ${to}`, {
      from,
      to,
    });
  }
}
