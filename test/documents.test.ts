import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { Award } from '../src/modules/award/award.entity';
import { hasAgreement } from '../src/modules/document/award-documents';
import { Document } from '../src/modules/document/document.entity';
import { cleanFileName } from '../src/modules/document/file-name';
import { detectMediaType } from '../src/modules/document/media-type';
import { as, expectCode, expectOk, people } from './helpers/applying';
import { createAward, createClosedCall, createConsortium, type Person, signIn } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const MAX_BYTES = 256 * 1024;

const AWARD_DOCUMENTS = graphql(`
  query DocumentsOfAward($key: String!) {
    awards(filter: { callKey: $key }, first: 10) {
      nodes {
        id
        hasAgreement
        documents {
          id
          kind
          fileName
          mediaType
          byteSize
          sha256
          uploadedAt
          url
        }
      }
    }
  }
`);

interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdfBytes = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

/** Every file under a folder, relative to it (part files included). */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

describe('documents: uploaded over HTTP, streamed, typed by content, served only to who may see the grant', function () {
  let server: TestServer;
  let folder: string;
  let admin: Person;
  let helsinki: Person;
  let espoo: Person;
  let vantaa: Person;
  let callKey: string;
  let award: Award;

  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dk-documents-'));
    server = await startTestServer({
      env: { DOCUMENTS_DIR: folder, DOCUMENT_MAX_BYTES: String(MAX_BYTES) },
    });
    [admin, helsinki, espoo, vantaa] = await Promise.all(
      [people.admin, people.helsinki, people.espoo, people.vantaa].map((who) => signIn(server, who)),
    );
    const { call } = await createClosedCall(server.dataSource);
    callKey = call.key;
    // Helsinki leads, Espoo is a member; Vantaa is not in it.
    const consortium = await createConsortium(server.dataSource, { lead: '091', members: ['049'] });
    award = await createAward(server.dataSource, { callId: call.id, consortiumId: consortium.id });
  });
  after(async () => {
    await server?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  async function upload(
    who: Person | null,
    target: string,
    fields: Record<string, string>,
    file?: { name: string; bytes: Buffer },
  ): Promise<Answer> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file) form.append('file', new Blob([file.bytes]), file.name);
    const response = await fetch(`${server.origin}${target}`, {
      method: 'POST',
      headers: who ? { authorization: `Bearer ${who.token}` } : {},
      body: form,
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  async function download(who: Person | null, url: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.origin}${url}`, {
      headers: { ...headers, ...(who ? { authorization: `Bearer ${who.token}` } : {}) },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, bytes, headers: response.headers };
  }

  const documentRows = () => server.dataSource.getRepository(Document).findBy({ ownerId: award.id });

  it("stores a PDF streamed in, with the content's SHA-256, lists it in GraphQL and serves the same bytes back", async () => {
    expect(await hasAgreement(server.dataSource.manager, award.id)).to.equal(false);
    const bytes = pdfBytes(200 * 1024);
    const uploaded = await upload(
      helsinki,
      `/awards/${award.id}/documents`,
      { kind: 'AGREEMENT' },
      { name: '../../etc/Yhteistyösopimus: allekirjoitettu?.pdf', bytes },
    );
    expect(uploaded.status, JSON.stringify(uploaded.body)).to.equal(201);
    const { document } = uploaded.body;
    expect(document).to.deep.include({
      kind: 'AGREEMENT',
      fileName: 'Yhteistyösopimus allekirjoitettu.pdf',
      mediaType: 'application/pdf',
      byteSize: bytes.length,
      sha256: sha256(bytes),
      url: `/documents/${document.id}`,
    });
    expect(uploaded.headers.get('location')).to.equal(`/documents/${document.id}`);
    expect(await hasAgreement(server.dataSource.manager, award.id)).to.equal(true);

    // The stored file is the upload, under its key; nothing else is left in the folder.
    const [row] = await documentRows();
    expect(await filesUnder(folder)).to.deep.equal([row.storageKey]);
    const [event] = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ entityType: 'Document', entityId: document.id });
    expect(event).to.deep.include({ action: 'uploadDocument', actorId: helsinki.userId });

    // Listed for a member municipality's official (Espoo), who may also download it.
    const { awards } = expectOk(
      await server.query(AWARD_DOCUMENTS, { key: callKey }, { token: espoo.token }),
    );
    expect(awards.nodes).to.have.length(1);
    expect(awards.nodes[0].hasAgreement).to.equal(true);
    expect(awards.nodes[0].documents).to.deep.equal([document]);

    const served = await download(espoo, document.url);
    expect(served.status).to.equal(200);
    expect(served.bytes.equals(bytes)).to.equal(true);
    expect(served.headers.get('content-type')).to.equal('application/pdf');
    expect(served.headers.get('content-length')).to.equal(String(bytes.length));
    expect(served.headers.get('etag')).to.equal(`"${sha256(bytes)}"`);
    expect(served.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(served.headers.get('content-disposition')).to.equal(
      `attachment; filename="Yhteisty_sopimus allekirjoitettu.pdf"; filename*=UTF-8''Yhteisty%C3%B6sopimus%20allekirjoitettu.pdf`,
    );
    const again = await download(admin, document.url, { 'if-none-match': `"${sha256(bytes)}"` });
    expect(again.status).to.equal(304);
    expect(again.bytes.length).to.equal(0);
  });

  it('refuses a file over DOCUMENT_MAX_BYTES with 413, and keeps nothing of it', async () => {
    const before = await documentRows();
    const filesBefore = await filesUnder(folder);
    // One byte too many, and a body many times the limit (the server stops storing at the limit).
    for (const size of [MAX_BYTES + 1, MAX_BYTES * 8]) {
      const tooLarge = await upload(
        helsinki,
        `/awards/${award.id}/documents`,
        { kind: 'ANNEX' },
        { name: 'liite.pdf', bytes: pdfBytes(size) },
      );
      expect(tooLarge.status).to.equal(413);
      expect(tooLarge.body.errors[0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(tooLarge.body.errors[0].message).to.equal('The file is larger than 0.25 MiB');
      expect(await documentRows()).to.deep.equal(before);
      expect(await filesUnder(folder)).to.deep.equal(filesBefore);
    }

    // Exactly the limit is allowed.
    const atLimit = await upload(
      admin,
      `/awards/${award.id}/documents`,
      { kind: 'ANNEX' },
      { name: 'liite.pdf', bytes: pdfBytes(MAX_BYTES) },
    );
    expect(atLimit.status, JSON.stringify(atLimit.body)).to.equal(201);
    expect(atLimit.body.document.byteSize).to.equal(MAX_BYTES);
  });

  it('takes the type from the content: an executable named .pdf is 415, and so is a PNG named .pdf', async () => {
    const before = await documentRows();
    const filesBefore = await filesUnder(folder);
    const accepted: string[] = [];
    const forget = async (id: string) => {
      const repository = server.dataSource.getRepository(Document);
      accepted.push((await repository.findOneByOrFail({ id })).storageKey);
      await repository.delete({ id });
    };
    const executable = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      randomBytes(4096),
    ]);
    const refused = await upload(
      helsinki,
      `/awards/${award.id}/documents`,
      { kind: 'ANNEX' },
      { name: 'sopimus.pdf', bytes: executable },
    );
    expect(refused.status).to.equal(415);
    expect(refused.body.errors[0].extensions).to.deep.include({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      field: 'file',
      detected: null,
    });
    expect(refused.body.errors[0].extensions.accepted).to.include('application/pdf');

    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(512),
    ]);
    const misnamed = await upload(
      helsinki,
      `/awards/${award.id}/documents`,
      { kind: 'ANNEX' },
      { name: 'kuva.pdf', bytes: png },
    );
    expect(misnamed.status).to.equal(415);
    expect(misnamed.body.errors[0].extensions).to.deep.include({ detected: 'image/png' });
    const named = await upload(
      helsinki,
      `/awards/${award.id}/documents`,
      { kind: 'ANNEX' },
      { name: 'kuva.PNG', bytes: png },
    );
    expect(named.status, JSON.stringify(named.body)).to.equal(201);
    expect(named.body.document.mediaType).to.equal('image/png');
    await forget(named.body.document.id);

    // Text only as a fallback for .csv and .txt, and only when every byte is UTF-8 text.
    const csv = Buffer.from('kustannuslaji;summa\nhenkilöstö;1200,00\n', 'utf8');
    const text = await upload(
      helsinki,
      `/awards/${award.id}/documents`,
      { kind: 'ANNEX' },
      { name: 'kirjanpito.csv', bytes: csv },
    );
    expect(text.status, JSON.stringify(text.body)).to.equal(201);
    expect(text.body.document.mediaType).to.equal('text/csv; charset=utf-8');
    await forget(text.body.document.id);
    const latin1Late = Buffer.concat([Buffer.alloc(100_000, 'a'), Buffer.from('henkil\xf6st\xf6', 'latin1')]);
    const notUtf8 = await upload(
      helsinki,
      `/awards/${award.id}/documents`,
      { kind: 'ANNEX' },
      { name: 'kirjanpito.csv', bytes: latin1Late },
    );
    expect(notUtf8.status).to.equal(415);
    const textNamedPdf = await upload(
      helsinki,
      `/awards/${award.id}/documents`,
      { kind: 'ANNEX' },
      { name: 'muistio.pdf', bytes: csv },
    );
    expect(textNamedPdf.status).to.equal(415);

    // The rows of the accepted ones were removed above; their files and nothing else were added.
    expect(await documentRows()).to.deep.equal(before);
    expect(await filesUnder(folder)).to.deep.equal([...filesBefore, ...accepted].sort());
  });

  it("answers another municipality's official 404 on upload and download, exactly as for a missing record", async () => {
    const [row] = await documentRows();
    const bytes = pdfBytes(4096);
    const file = { name: 'liite.pdf', bytes };
    const missingAward = await upload(vantaa, `/awards/${randomUUID()}/documents`, { kind: 'ANNEX' }, file);
    const hiddenAward = await upload(vantaa, `/awards/${award.id}/documents`, { kind: 'ANNEX' }, file);
    expect(missingAward.status).to.equal(404);
    expect(hiddenAward).to.deep.include({ status: missingAward.status, body: missingAward.body });
    expect(missingAward.body.errors[0].extensions).to.deep.equal({ code: 'NOT_FOUND' });
    // A member official may see the grant's documents but not attach to it: only the lead makes them.
    const member = await upload(espoo, `/awards/${award.id}/documents`, { kind: 'ANNEX' }, file);
    expect(member).to.deep.include({ status: 404, body: missingAward.body });
    // The same through the generic route, and a malformed id is just as missing.
    const generic = await upload(
      vantaa,
      '/documents',
      { ownerType: 'AWARD', ownerId: award.id, kind: 'ANNEX' },
      file,
    );
    expect(generic).to.deep.include({ status: 404, body: missingAward.body });
    const malformed = await upload(vantaa, '/awards/not-an-id/documents', { kind: 'ANNEX' }, file);
    expect(malformed).to.deep.include({ status: 404, body: missingAward.body });

    const missingDocument = await download(vantaa, `/documents/${randomUUID()}`);
    const hiddenDocument = await download(vantaa, `/documents/${row.id}`);
    expect(missingDocument.status).to.equal(404);
    expect(hiddenDocument.status).to.equal(404);
    expect(hiddenDocument.bytes.toString()).to.equal(missingDocument.bytes.toString());
    expect(hiddenDocument.headers.get('etag')).to.equal(null);

    const hidden = await server.query(AWARD_DOCUMENTS, { key: callKey }, { token: vantaa.token });
    expect(hidden.data!.awards.nodes[0]).to.deep.equal({ id: award.id, hasAgreement: null, documents: null });
  });

  it('answers without a token 401 on every document route, whatever the id; GraphQL says FORBIDDEN', async () => {
    const [row] = await documentRows();
    const file = { name: 'liite.pdf', bytes: pdfBytes(1024) };
    for (const answer of [
      await upload(null, `/awards/${award.id}/documents`, { kind: 'ANNEX' }, file),
      await upload(null, `/awards/${randomUUID()}/documents`, { kind: 'ANNEX' }, file),
      await upload(null, '/documents', { ownerType: 'AWARD', ownerId: award.id, kind: 'ANNEX' }, file),
    ]) {
      expect(answer.status).to.equal(401);
      expect(answer.body.errors[0].extensions).to.deep.equal({ code: 'UNAUTHENTICATED' });
    }
    for (const id of [row.id, randomUUID()]) {
      const answer = await download(null, `/documents/${id}`);
      expect(answer.status).to.equal(401);
      expect(JSON.parse(answer.bytes.toString()).errors[0].extensions).to.deep.equal({
        code: 'UNAUTHENTICATED',
      });
    }
    const publicly = await server.query(AWARD_DOCUMENTS, { key: callKey });
    expect(publicly.data!.awards.nodes[0]).to.deep.equal({
      id: award.id,
      hasAgreement: null,
      documents: null,
    });
    expect(
      publicly.errors!.map((error) => [error.path?.at(-1), error.extensions?.code]),
    ).to.have.deep.members([
      ['hasAgreement', 'FORBIDDEN'],
      ['documents', 'FORBIDDEN'],
    ]);
  });

  it('keeps nothing of an upload the client aborts halfway, neither a row nor a part file', async () => {
    const before = await documentRows();
    const filesBefore = await filesUnder(folder);
    const boundary = `----dk${randomBytes(8).toString('hex')}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nANNEX\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="puolikas.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    );
    const body = pdfBytes(200 * 1024);
    const url = new URL(`${server.origin}/awards/${award.id}/documents`);
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        authorization: `Bearer ${helsinki.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + body.length + boundary.length + 8),
      },
    });
    request.on('error', () => undefined);
    request.write(head);
    await new Promise<void>((resolve) => request.write(body.subarray(0, body.length / 2), () => resolve()));
    // Until the server has the half: a part file exists while the upload is under way.
    const started = Date.now();
    while (!(await filesUnder(folder)).some((file) => file.endsWith('.part')) && Date.now() - started < 5000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await filesUnder(folder)).some((file) => file.endsWith('.part'))).to.equal(true);
    request.destroy();
    const aborted = Date.now();
    while ((await filesUnder(folder)).length !== filesBefore.length && Date.now() - aborted < 5000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await filesUnder(folder)).to.deep.equal(filesBefore);
    expect(await documentRows()).to.deep.equal(before);
  });

  it('refuses a kind the record does not take, a form without a file, and an unknown owner type', async () => {
    const file = { name: 'liite.pdf', bytes: pdfBytes(1024) };
    const ledger = await upload(helsinki, `/awards/${award.id}/documents`, { kind: 'LEDGER_EXTRACT' }, file);
    expect(ledger.status).to.equal(400);
    expect(ledger.body.errors[0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'kind' });
    const noKind = await upload(helsinki, `/awards/${award.id}/documents`, {}, file);
    expect(noKind.body.errors[0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'kind' });
    const noFile = await upload(helsinki, `/awards/${award.id}/documents`, { kind: 'ANNEX' });
    expect(noFile.status).to.equal(400);
    expect(noFile.body.errors[0].extensions).to.deep.equal({ code: 'BAD_USER_INPUT', field: 'file' });
    const unknownOwner = await upload(
      helsinki,
      '/documents',
      { ownerType: 'NOPE', ownerId: award.id, kind: 'ANNEX' },
      file,
    );
    expect(unknownOwner.status).to.equal(400);
    expect(unknownOwner.body.errors[0].extensions).to.deep.equal({
      code: 'BAD_USER_INPUT',
      field: 'ownerType',
    });
    const json = await fetch(`${server.origin}/awards/${award.id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${helsinki.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).to.equal(415);
    expect(((await json.json()) as any).errors[0].extensions.code).to.equal('BAD_USER_INPUT');

    // The generic route takes the owner from the fields; an administrator may attach too.
    const generic = await upload(
      admin,
      '/documents',
      { ownerType: 'AWARD', ownerId: award.id, kind: 'ANNEX' },
      file,
    );
    expect(generic.status, JSON.stringify(generic.body)).to.equal(201);
    const rows = await documentRows();
    expect(rows.find((row) => row.id === generic.body.document.id)).to.deep.include({
      ownerType: 'AWARD',
      uploadedById: admin.userId,
    });
  });

  it('lists the documents of a page of awards in statements that do not grow with the page', async () => {
    const { call } = await createClosedCall(server.dataSource);
    const consortium = await createConsortium(server.dataSource, { lead: '091', members: ['049'] });
    const statements: number[] = [];
    for (let count = 1; count <= 3; count += 1) {
      await createAward(server.dataSource, { callId: call.id, consortiumId: consortium.id });
      const answer = await server.query(AWARD_DOCUMENTS, { key: call.key }, { token: espoo.token });
      expect(expectOk(answer).awards.nodes).to.have.length(count);
      statements.push(answer.statements);
    }
    expect(statements[2]).to.equal(statements[1]);
    const forbidden = await as(server, people.vantaa, AWARD_DOCUMENTS, { key: call.key });
    expectCode({ ...forbidden, errors: forbidden.errors!.slice(0, 1) }, 'FORBIDDEN');
  });
});

describe('documents: what the content says, and file names', () => {
  /** A ZIP local file header with its name and (stored) data. */
  const entry = (name: string, data: string, stored = true) => {
    const header = Buffer.alloc(30);
    header.write('PK\x03\x04', 0, 'latin1');
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    return Buffer.concat([header, Buffer.from(name), Buffer.from(data, 'latin1')]);
  };

  it('knows OOXML and ODF packages by their entries, and refuses other ZIP files', () => {
    const docx = Buffer.concat([
      entry('[Content_Types].xml', '<Types/>'),
      entry('word/document.xml', '<w/>'),
    ]);
    const xlsx = Buffer.concat([entry('[Content_Types].xml', '<Types/>'), entry('xl/workbook.xml', '<x/>')]);
    const odt = entry('mimetype', 'application/vnd.oasis.opendocument.text');
    const ods = entry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    const zip = entry('readme.txt', 'hello');
    expect(detectMediaType(docx, 'a.docx')?.extensions).to.deep.equal(['.docx']);
    expect(detectMediaType(xlsx, 'a.xlsx')?.extensions).to.deep.equal(['.xlsx']);
    expect(detectMediaType(odt, 'a.odt')?.mediaType).to.equal('application/vnd.oasis.opendocument.text');
    expect(detectMediaType(ods, 'a.ods')?.mediaType).to.equal(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
    expect(detectMediaType(zip, 'a.docx')).to.equal(null);
    expect(detectMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'a.jpg')?.mediaType).to.equal('image/jpeg');
    expect(detectMediaType(Buffer.from('\x7fELF\x02\x01', 'latin1'), 'a.txt')).to.equal(null);
    expect(detectMediaType(Buffer.from('plain words'), 'a.txt')?.mediaType).to.equal(
      'text/plain; charset=utf-8',
    );
    expect(detectMediaType(Buffer.from('plain words'), 'a.md')).to.equal(null);
  });

  it('keeps only the last path segment of a file name, without control characters, within 200 characters', () => {
    expect(cleanFileName('C:\\Users\\x\\sopimus.pdf')).to.equal('sopimus.pdf');
    expect(cleanFileName('../..\u0000/a\u202eb\tc.pdf')).to.equal('ab c.pdf');
    expect(cleanFileName('...')).to.equal('document');
    expect(cleanFileName('.hidden.pdf')).to.equal('hidden.pdf');
    const long = cleanFileName(`${'ä'.repeat(300)}.pdf`);
    expect([...long]).to.have.length(200);
    expect(long.endsWith('ä.pdf')).to.equal(true);
  });
});
