import { AppError, ErrorCode } from '../../common/errors';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Every move an application may make, and nothing else: the one table all mutations consult. */
export const applicationTransitions: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  DRAFT: [ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN],
  SUBMITTED: [ApplicationStatus.UNDER_REVIEW, ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED],
  UNDER_REVIEW: [ApplicationStatus.AWARDED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN],
  AWARDED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

export const canTransition = (from: ApplicationStatus, to: ApplicationStatus): boolean =>
  applicationTransitions[from].includes(to);

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError(
      ErrorCode.INVALID_STATE_TRANSITION,
      `An application cannot move from ${from} to ${to}`,
      {
        from,
        to,
      },
    );
  }
}

/** Statuses whose applications the public may read (issue: until finer rules, only decided grants). */
export const publicStatuses: readonly ApplicationStatus[] = [ApplicationStatus.AWARDED];
