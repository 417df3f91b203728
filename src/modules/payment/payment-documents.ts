import { records } from '../../common/errors';
import { DocumentKind } from '../document/document.entity';
import { registerDocumentOwner } from '../document/document-owners';
import { grantRecordDocuments } from '../report/grant-documents';
import { PaymentRequest } from './payment-request.entity';
import { PaymentRequestStatus } from './payment-request-status';

export const PAYMENT_REQUEST_OWNER = 'PAYMENT_REQUEST';

/**
 * Payment requests take ledger extracts and annexes (POST /documents with ownerType PAYMENT_REQUEST);
 * called once, at start.
 */
export const registerPaymentRequestDocuments = () =>
  registerDocumentOwner(
    PAYMENT_REQUEST_OWNER,
    grantRecordDocuments(
      PaymentRequest,
      [DocumentKind.LEDGER_EXTRACT, DocumentKind.ANNEX],
      records.paymentRequest,
      PaymentRequestStatus.APPROVED,
    ),
  );
