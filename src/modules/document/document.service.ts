import type { RequestContext } from '../../context';
import { badInput, type Messages, notFound, unsupportedMediaType } from '../../common/errors';
import { newId } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import { insertAudited } from '../audit/audit.service';
import { Document, DocumentKind } from './document.entity';
import { type DocumentOwner, documentOwner, documentOwnerTypes } from './document-owners';
import { cleanFileName } from './file-name';
import {
  acceptedMediaTypes,
  type AcceptedType,
  detectMediaType,
  isText,
  nameFits,
  SNIFF_BYTES,
} from './media-type';
import type { DocumentStorage } from './storage/document-storage';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record the caller may attach documents to, found and checked (see DocumentService.target). */
export interface AttachTarget {
  ownerType: string;
  ownerId: string;
  owner: DocumentOwner;
}

/** An uploaded file as it arrives: the name the client gave it, and its bytes. */
export interface Upload {
  fileName: string;
  bytes: AsyncIterable<Buffer>;
}

export const documentRecord: Messages = { en: 'The document', fi: 'Asiakirjaa', sv: 'Dokumentet' };

/** The first `size` bytes of a stream (fewer when it is shorter), and the whole stream again. */
async function withHead(
  bytes: AsyncIterable<Buffer>,
  size: number,
): Promise<{ head: Buffer; all: AsyncIterable<Buffer> }> {
  const iterator = bytes[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* all() {
    try {
      yield head;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // Left early (the storage failed): the source is let go of too.
      await iterator.return?.();
    }
  }
  return { head: head.subarray(0, size), all: all() };
}

const notText = (type: AcceptedType) =>
  unsupportedMediaType(
    {
      en: 'A .csv or .txt file must be UTF-8 text throughout',
      fi: '.csv- tai .txt-tiedoston on oltava kauttaaltaan UTF-8-tekstiä',
      sv: 'En .csv- eller .txt-fil måste vara UTF-8-text rakt igenom',
    },
    {
      field: 'file',
      detected: null,
      accepted: acceptedMediaTypes.filter((media) => media !== type.mediaType),
    },
  );

/** Whether text has a control character other than tab, line feed, form feed and carriage return. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) return true;
  }
  return false;
}

/** Text passes as it is, checked as it goes: UTF-8 and no control characters but tab, CR, LF, FF. */
async function* utf8Checked(bytes: AsyncIterable<Buffer>, type: AcceptedType): AsyncIterable<Buffer> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of bytes) {
    let decoded: string;
    try {
      decoded = decoder.decode(chunk, { stream: true });
    } catch {
      throw notText(type);
    }
    if (hasControlCharacter(decoded)) throw notText(type);
    yield chunk;
  }
  try {
    decoder.decode();
  } catch {
    throw notText(type);
  }
}

/** Uploading and reading documents; their HTTP routes are in document.route.ts. */
export class DocumentService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * The record a document is to be attached to, when the caller may: else NOT_FOUND exactly as for a
   * record that does not exist (a malformed id included). An owner type nobody registered is bad input.
   */
  async target(ownerType: unknown, ownerId: unknown): Promise<AttachTarget> {
    const owner = typeof ownerType === 'string' ? documentOwner(ownerType) : undefined;
    if (!owner) {
      const types = documentOwnerTypes().join(', ');
      throw badInput(
        {
          en: `ownerType is one of ${types}`,
          fi: `ownerType on jokin seuraavista: ${types}`,
          sv: `ownerType är ett av följande: ${types}`,
        },
        'ownerType',
      );
    }
    if (typeof ownerId !== 'string' || !uuidPattern.test(ownerId)) throw notFound(owner.record);
    const id = ownerId.toLowerCase();
    if (!(await owner.mayAttach(this.ctx, id))) throw notFound(owner.record);
    return { ownerType: ownerType as string, ownerId: id, owner };
  }

  /**
   * Stores an uploaded file and then records it, or neither: the bytes are streamed to the storage
   * (hashed and counted on the way, refused past `maxBytes`), and the row is written only once they are
   * kept; should the row fail, the bytes are removed again. The type comes from the content alone.
   */
  async attach(
    target: AttachTarget,
    kindValue: unknown,
    upload: Upload,
    storage: DocumentStorage,
    maxBytes: number,
  ): Promise<Document> {
    const kind = this.kindFor(target.owner, kindValue);
    const fileName = cleanFileName(upload.fileName);
    const { head, all } = await withHead(upload.bytes, SNIFF_BYTES);
    const type = detectMediaType(head, fileName);
    if (!type || !nameFits(type, fileName)) {
      throw unsupportedMediaType(
        type
          ? {
              en: `The file's content is ${type.mediaType}, which its name ${fileName} does not say: name it ${type.extensions.join(' or ')}`,
              fi: `Tiedoston sisältö on tyyppiä ${type.mediaType}, mutta nimi ${fileName} ei vastaa sitä: käytä päätettä ${type.extensions.join(' tai ')}`,
              sv: `Filens innehåll är av typen ${type.mediaType}, vilket namnet ${fileName} inte anger: använd ändelsen ${type.extensions.join(' eller ')}`,
            }
          : {
              en: 'The file is none of the accepted types (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV, plain text)',
              fi: 'Tiedosto ei ole mitään hyväksytyistä tyypeistä (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV, pelkkä teksti)',
              sv: 'Filen är inte av någon av de godtagna typerna (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, CSV, ren text)',
            },
        { field: 'file', detected: type?.mediaType ?? null, accepted: acceptedMediaTypes },
      );
    }
    const stored = await storage.put(isText(type) ? utf8Checked(all, type) : all, { maxBytes });
    try {
      return await inTransaction(this.ctx, async (tx) => {
        // Asked again in the transaction: the record may have gone, or the caller's rights with it.
        if (!(await target.owner.mayAttach(tx, target.ownerId))) throw notFound(target.owner.record);
        const document: Document = Object.assign(new Document(), {
          id: newId(),
          ownerType: target.ownerType,
          ownerId: target.ownerId,
          kind,
          fileName,
          mediaType: type.mediaType,
          byteSize: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: tx.viewer.userId!,
          uploadedAt: tx.clock.now(),
        });
        return insertAudited(tx.manager, tx, Document, document, 'uploadDocument');
      });
    } catch (error) {
      await storage.delete(stored.key);
      throw error;
    }
  }

  /** The document, when the caller may see the record it belongs to; else null, as for a missing one. */
  async visible(id: string): Promise<Document | null> {
    if (!uuidPattern.test(id)) return null;
    const document = await this.ctx.manager.getRepository(Document).findOneBy({ id: id.toLowerCase() });
    const owner = document ? documentOwner(document.ownerType) : undefined;
    if (!document || !owner) return null;
    const visible = await owner.visibleIds(this.ctx, [document.ownerId]);
    return visible.has(document.ownerId) ? document : null;
  }

  private kindFor(owner: DocumentOwner, value: unknown): DocumentKind {
    const kind = Object.values(DocumentKind).find((known) => known === value);
    if (!kind || !owner.kinds.includes(kind)) {
      const kinds = owner.kinds.join(', ');
      throw badInput(
        {
          en: `kind is one of ${kinds}`,
          fi: `kind on jokin seuraavista: ${kinds}`,
          sv: `kind är ett av följande: ${kinds}`,
        },
        'kind',
      );
    }
    return kind;
  }
}
