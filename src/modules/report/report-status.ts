import { StateMachine } from '../../common/state-machine';

export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}

export enum ReportKind {
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}

/**
 * Every move a report may make: the lead submits it (a new report starts SUBMITTED), an administrator
 * approves it or returns it with a reason, and a returned report is amended and submitted again.
 */
export const reportStatuses = new StateMachine<ReportStatus>(
  'Report',
  { en: 'A report', fi: 'Raportti', sv: 'En rapport' },
  {
    SUBMITTED: [ReportStatus.APPROVED, ReportStatus.RETURNED],
    RETURNED: [ReportStatus.SUBMITTED],
    APPROVED: [],
  },
);
