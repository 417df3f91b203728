import { records } from '../../common/errors';
import { DocumentKind } from '../document/document.entity';
import { registerDocumentOwner } from '../document/document-owners';
import { grantRecordDocuments } from './grant-documents';
import { Report } from './report.entity';
import { ReportStatus } from './report-status';

export const REPORT_OWNER = 'REPORT';

/** Reports take annexes (POST /documents with ownerType REPORT); called once, at start. */
export const registerReportDocuments = () =>
  registerDocumentOwner(
    REPORT_OWNER,
    grantRecordDocuments(Report, [DocumentKind.ANNEX], records.report, ReportStatus.APPROVED),
  );
