import { StateMachine } from '../../common/state-machine';

export enum PaymentRequestStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}

/**
 * Every move a payment request may make: the lead submits it (a new request starts SUBMITTED), an
 * administrator approves it (the payment is computed then) or returns it with a reason, and a returned
 * request is amended and submitted again. An approved request is paid and final.
 */
export const paymentRequestStatuses = new StateMachine<PaymentRequestStatus>(
  'PaymentRequest',
  { en: 'A payment request', fi: 'Maksatushakemus', sv: 'En utbetalningsansökan' },
  {
    SUBMITTED: [PaymentRequestStatus.APPROVED, PaymentRequestStatus.RETURNED],
    RETURNED: [PaymentRequestStatus.SUBMITTED],
    APPROVED: [],
  },
);
