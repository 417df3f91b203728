import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContextFor, RequestContext } from '../../context';
import { AppError, badInput, notFound, unauthenticated } from '../../common/errors';
import { languagesFromHeader } from '../../common/language';
import { sendError, sendRouteError } from '../../http/errors';
import { type Document, documentUrl } from './document.entity';
import { AWARD_OWNER } from './award-documents';
import { type AttachTarget, documentRecord, DocumentService } from './document.service';
import { type DocumentStorage, StoredObjectTooLargeError } from './storage/document-storage';

export interface DocumentRouteOptions {
  contextFor: ContextFor;
  storage: DocumentStorage;
  /** The largest file an upload may carry (DOCUMENT_MAX_BYTES). */
  maxBytes: number;
}

/** The metadata an upload answers with, as GraphQL's Document type has it. */
const metadata = (document: Document) => ({
  id: document.id,
  kind: document.kind,
  fileName: document.fileName,
  mediaType: document.mediaType,
  byteSize: document.byteSize,
  sha256: document.sha256,
  uploadedAt: document.uploadedAt.toISOString(),
  url: documentUrl(document),
});

/** Documents are never public: without a token every document route answers 401, whatever the id. */
async function signedInContext(request: FastifyRequest, contextFor: ContextFor): Promise<RequestContext> {
  const ctx = await contextFor(request, languagesFromHeader(request.headers['accept-language']));
  if (ctx.viewer.userId === null) {
    throw unauthenticated({
      en: 'Documents are for signed-in officials and administrators: send a bearer token',
      fi: 'Asiakirjat ovat vain kirjautuneille viranhaltijoille ja ylläpitäjille: lähetä tunniste (bearer token)',
      sv: 'Dokumenten är endast för inloggade tjänstemän och administratörer: skicka en token (bearer token)',
    });
  }
  return ctx;
}

const mebibytes = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100;

/** Fastify's and busboy's refusals of the form itself, by their codes. */
const formLimitCodes = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

/**
 * What an upload's failure answers: a file past the limit is 413, a malformed form 400, a body that is
 * not a form 415 (all BAD_USER_INPUT, as the HTTP layer answers a body too large); typed errors as they
 * are. The connection is closed when the body was not read to its end, so that the rest is not parsed as
 * another request.
 */
function uploadFailure(reply: FastifyReply, error: unknown, maxBytes: number): FastifyReply {
  if (!reply.request.raw.complete) void reply.header('connection', 'close');
  const code = (error as { code?: unknown }).code;
  if (error instanceof StoredObjectTooLargeError) {
    const limit = mebibytes(maxBytes);
    return sendError(
      reply,
      badInput(
        {
          en: `The file is larger than ${limit} MiB`,
          fi: `Tiedosto on suurempi kuin ${limit} MiB`,
          sv: `Filen är större än ${limit} MiB`,
        },
        'file',
      ),
      { status: 413 },
    );
  }
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return sendError(
      reply,
      badInput({
        en: 'Send the document as multipart/form-data',
        fi: 'Lähetä asiakirja muodossa multipart/form-data',
        sv: 'Skicka dokumentet som multipart/form-data',
      }),
      { status: 415 },
    );
  }
  if (typeof code === 'string' && formLimitCodes.has(code)) {
    return sendRouteError(
      reply,
      badInput({
        en: 'The form has one file, `file`, after the fields `kind` (and `ownerType`, `ownerId`)',
        fi: 'Lomakkeessa on yksi tiedosto, `file`, kenttien `kind` (sekä `ownerType`, `ownerId`) jälkeen',
        sv: 'Formuläret har en fil, `file`, efter fälten `kind` (och `ownerType`, `ownerId`)',
      }),
    );
  }
  if (!(error instanceof AppError) && reply.request.raw.destroyed) {
    // The client went away mid-upload: nothing was kept, and nobody is left to answer.
    reply.request.log.info({ err: error }, 'upload aborted by the client');
    throw badInput({
      en: 'The upload was interrupted',
      fi: 'Lähetys keskeytyi',
      sv: 'Överföringen avbröts',
    });
  }
  if (error instanceof AppError) return sendRouteError(reply, error);
  throw error;
}

/** Where an upload's record is named: in the path, or in the form's fields before the file. */
interface FromFields {
  fromFields(service: DocumentService, fields: Record<string, unknown>): Promise<AttachTarget>;
}
type TargetFinder = { fromPath(service: DocumentService): Promise<AttachTarget> } | FromFields;

/** A form field's value as text (undefined when absent or a file). */
function fieldValue(fields: Record<string, unknown>, name: string): string | undefined {
  const part = fields[name] as { type?: string; value?: unknown } | undefined;
  return part?.type === 'field' && typeof part.value === 'string' ? part.value : undefined;
}

const noFile = () =>
  badInput(
    {
      en: 'The form needs a file in the field `file`, after the other fields',
      fi: 'Lomakkeella on oltava tiedosto kentässä `file` muiden kenttien jälkeen',
      sv: 'Formuläret behöver en fil i fältet `file`, efter de andra fälten',
    },
    'file',
  );

/**
 * Uploads and downloads of documents (README "Documents and attachments"):
 * - `POST /awards/{awardId}/documents`: multipart/form-data with the field `kind` and then one `file`,
 *   streamed to the storage; 201 with the document's metadata.
 * - `POST /documents`: the same for any registered owner, with `ownerType` and `ownerId` before `file`.
 * - `GET /documents/{id}`: the bytes, to whoever may see the record the document belongs to.
 * A record the caller may not see or attach to is 404 exactly like a missing one; without a token, 401.
 */
export async function documentRoutes(app: FastifyInstance, options: DocumentRouteOptions) {
  const { contextFor, storage, maxBytes } = options;
  // In this plugin only: no other route takes a form.
  await app.register(fastifyMultipart, {
    throwFileSizeLimit: false,
    // One more byte than allowed, so that the storage's count sees a file too large and refuses it.
    limits: { fileSize: maxBytes + 1, files: 1, fields: 3, fieldSize: 200, parts: 4, headerPairs: 50 },
  });

  /** An upload to the record `targetOf` finds (before the file is read), refused as uploadFailure says. */
  async function upload(request: FastifyRequest, reply: FastifyReply, find: TargetFinder) {
    let document: Document;
    try {
      const service = new DocumentService(await signedInContext(request, contextFor));
      // An id in the path is checked before the body is read: a stranger's bytes are never stored.
      const early = 'fromPath' in find ? await find.fromPath(service) : undefined;
      const file = await request.file();
      if (!file || file.fieldname !== 'file') throw noFile();
      const target = early ?? (await (find as FromFields).fromFields(service, file.fields));
      document = await service.attach(
        target,
        fieldValue(file.fields, 'kind'),
        { fileName: file.filename ?? '', bytes: file.file },
        storage,
        maxBytes,
      );
    } catch (error) {
      return uploadFailure(reply, error, maxBytes);
    }
    return reply
      .code(201)
      .header('location', documentUrl(document))
      .send({ document: metadata(document) });
  }

  app.post<{ Params: { awardId: string } }>('/awards/:awardId/documents', (request, reply) =>
    upload(request, reply, { fromPath: (service) => service.target(AWARD_OWNER, request.params.awardId) }),
  );

  app.post('/documents', (request, reply) =>
    upload(request, reply, {
      fromFields: (service, fields) =>
        service.target(fieldValue(fields, 'ownerType'), fieldValue(fields, 'ownerId')),
    }),
  );

  app.get<{ Params: { id: string } }>('/documents/:id', async (request, reply) => {
    const ctx = await signedInContext(request, contextFor);
    const document = await new DocumentService(ctx).visible(request.params.id);
    if (!document) throw notFound(documentRecord);
    const etag = `"${document.sha256}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', 'private, no-cache')
      .header('x-content-type-options', 'nosniff');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const bytes = await storage.get(document.storageKey);
    return reply
      .type(document.mediaType)
      .header('content-length', String(document.byteSize))
      .header('content-disposition', contentDisposition(document.fileName))
      .send(bytes);
  });
}

/** `attachment` with the name twice: ASCII for old clients, and UTF-8 (RFC 6266, RFC 8187). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
