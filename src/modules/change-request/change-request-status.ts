import { StateMachine } from '../../common/state-machine';

export enum ChangeRequestStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * Every move a change request may make, and nothing else: an administrator approves or rejects a
 * submitted request, its lead municipality's officials may withdraw it until then; the rest is final.
 */
export const changeRequestStatuses = new StateMachine<ChangeRequestStatus>(
  'ChangeRequest',
  { en: 'A change request', fi: 'Muutoshakemus', sv: 'En ändringsansökan' },
  {
    SUBMITTED: [ChangeRequestStatus.APPROVED, ChangeRequestStatus.REJECTED, ChangeRequestStatus.WITHDRAWN],
    APPROVED: [],
    REJECTED: [],
    WITHDRAWN: [],
  },
);
