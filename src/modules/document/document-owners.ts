import type { RequestContext } from '../../context';
import type { Messages } from '../../common/errors';
import type { DocumentKind } from './document.entity';

/**
 * A kind of record documents can belong to, registered by the module that owns the record (an award
 * here; payment requests and reports in their modules), so that this module never imports theirs.
 */
export interface DocumentOwner {
  /** The kinds of document such a record takes. */
  kinds: DocumentKind[];
  /** The record as a refusal names it ("The award was not found"), as in `records` of common/errors. */
  record: Messages;
  /**
   * Of these ids, those whose documents the caller may see and download: one statement for any number
   * of ids. A record the caller may not see is treated exactly like a missing one.
   */
  visibleIds(ctx: RequestContext, ids: string[]): Promise<Set<string>>;
  /**
   * Whether the caller may attach a document to the record now. Asked before the bytes are read and
   * again in the transaction that records the document (ctx is then the transaction's).
   */
  mayAttach(ctx: RequestContext, id: string): Promise<boolean>;
}

const owners = new Map<string, DocumentOwner>();

/** Owner types are short upper-case words, stored in `document.ownerType` (VARCHAR(32)). */
const ownerTypePattern = /^[A-Z][A-Z_]{0,31}$/;

/** Registers a kind of record that documents can belong to; once per owner type, at start. */
export function registerDocumentOwner(ownerType: string, owner: DocumentOwner): void {
  if (!ownerTypePattern.test(ownerType)) throw new Error(`not an owner type: ${ownerType}`);
  if (owners.has(ownerType)) throw new Error(`document owner ${ownerType} is registered twice`);
  owners.set(ownerType, owner);
}

/** The registered owner of this type, if any. */
export const documentOwner = (ownerType: string): DocumentOwner | undefined => owners.get(ownerType);

/** The registered owner types, in the order they were registered. */
export const documentOwnerTypes = (): string[] => [...owners.keys()];
