import { StateMachine } from '../../common/state-machine';
import { ApplicationStatus } from '../application/application-status';
import { PartnerOfferStatus, WorkshopInvitationStatus } from './workshop.entity';

const { REGISTERED, DECLINED, ATTENDED, NO_SHOW } = WorkshopInvitationStatus;

/**
 * A workshop invitation, the whole state machine. Registering again while REGISTERED replaces the
 * participants (REGISTERED → REGISTERED); a consortium that declined may still register, one that
 * registered may still decline, both until registration closes (a rule of time, in the service).
 * Attendance is recorded once, for a registered proposal, from the workshop's start on.
 */
export const workshopInvitationStatuses = new StateMachine<WorkshopInvitationStatus>(
  'WorkshopInvitation',
  { en: 'A workshop invitation', fi: 'Työpajakutsu', sv: 'En inbjudan till workshoppen' },
  {
    INVITED: [REGISTERED, DECLINED],
    REGISTERED: [REGISTERED, DECLINED, ATTENDED, NO_SHOW],
    DECLINED: [REGISTERED],
    ATTENDED: [],
    NO_SHOW: [],
  },
);

/** An offer to join a proposal: decided once by the proposal's lead; an accepted one joins at the invitation. */
export const partnerOfferStatuses = new StateMachine<PartnerOfferStatus>(
  'PartnerOffer',
  { en: 'An offer to join', fi: 'Liittymistarjous', sv: 'Ett erbjudande att delta' },
  {
    OFFERED: [PartnerOfferStatus.ACCEPTED, PartnerOfferStatus.DECLINED],
    ACCEPTED: [PartnerOfferStatus.JOINED],
    DECLINED: [],
    JOINED: [],
  },
);

/** Proposals that count as received: submitted and not withdrawn (drafts and withdrawn ones do not). */
export const receivedProposalStatuses = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.UNDER_REVIEW,
  ApplicationStatus.AWARDED,
  ApplicationStatus.REJECTED,
];
