import { StateMachine } from '../../common/state-machine';

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Every move an application may make, and nothing else: the one table all mutations consult. */
export const applicationStatuses = new StateMachine<ApplicationStatus>(
  'Application',
  { en: 'An application', fi: 'Hakemus', sv: 'En ansökan' },
  {
    DRAFT: [ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN],
    SUBMITTED: [ApplicationStatus.UNDER_REVIEW, ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED],
    UNDER_REVIEW: [ApplicationStatus.AWARDED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN],
    AWARDED: [],
    REJECTED: [],
    WITHDRAWN: [],
  },
);
