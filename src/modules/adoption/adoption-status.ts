import { StateMachine } from '../../common/state-machine';
import { AdoptionStatus } from './adoption.entity';

/** Recorded, then confirmed or declined once by the project's officials: the whole state machine. */
export const adoptionStatuses = new StateMachine<AdoptionStatus>(
  'Adoption',
  { en: 'An adoption', fi: 'Käyttöönotto', sv: 'Ett ibruktagande' },
  {
    PENDING: [AdoptionStatus.CONFIRMED, AdoptionStatus.DECLINED],
    CONFIRMED: [],
    DECLINED: [],
  },
);
