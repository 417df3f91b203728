import path from 'node:path';

/** A type of file the service takes: its media type and the file-name extensions it may have. */
export interface AcceptedType {
  mediaType: string;
  extensions: string[];
}

const pdf = { mediaType: 'application/pdf', extensions: ['.pdf'] };
const png = { mediaType: 'image/png', extensions: ['.png'] };
const jpeg = { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] };
const docx = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['.docx'],
};
const xlsx = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['.xlsx'],
};
const odt = { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['.odt'] };
const ods = { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['.ods'] };
const csv = { mediaType: 'text/csv; charset=utf-8', extensions: ['.csv'] };
const text = { mediaType: 'text/plain; charset=utf-8', extensions: ['.txt'] };

/** Every type the service takes, in the order the README lists them. */
const acceptedTypes: AcceptedType[] = [pdf, png, jpeg, docx, xlsx, odt, ods, csv, text];
export const acceptedMediaTypes = acceptedTypes.map((type) => type.mediaType);

/** How many of a file's first bytes `detectMediaType` wants to see (fewer when the file is shorter). */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Buffer, bytes: number[]) =>
  head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);

/** The names of the entries whose local headers lie in `head` (a ZIP file's first bytes). */
function zipEntryNames(head: Buffer): string[] {
  const names: string[] = [];
  let at = head.indexOf('PK\x03\x04', 0, 'latin1');
  while (at >= 0 && at + 30 <= head.length) {
    const nameLength = head.readUInt16LE(at + 26);
    if (at + 30 + nameLength > head.length) break;
    names.push(head.toString('utf8', at + 30, at + 30 + nameLength));
    at = head.indexOf('PK\x03\x04', at + 30 + nameLength, 'latin1');
  }
  return names;
}

/**
 * ODF packages begin with an entry `mimetype`, stored uncompressed, that holds the media type; OOXML
 * packages have their parts under `word/` (a document) or `xl/` (a workbook). Any other ZIP is refused.
 */
function zipType(head: Buffer): AcceptedType | null {
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (head.toString('latin1', 30, 30 + nameLength) === 'mimetype' && head.readUInt16LE(8) === 0) {
    const start = 30 + nameLength + extraLength;
    const declared = head.toString('latin1', start, start + head.readUInt32LE(18));
    return [odt, ods].find((type) => type.mediaType === declared) ?? null;
  }
  const names = zipEntryNames(head);
  if (names.some((name) => name.startsWith('word/'))) return docx;
  if (names.some((name) => name.startsWith('xl/'))) return xlsx;
  return null;
}

/** Plain text: no NUL and no other control character but tab, line feed, form feed and carriage return. */
const looksLikeText = (head: Buffer) =>
  !head.some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d);

/** Whether `head` is UTF-8, allowing a character cut off at its end (the rest is checked as it arrives). */
function isUtf8Start(head: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The type of a file by its content — the first bytes (`head`, up to SNIFF_BYTES) — never by the name or
 * the type the client declared: PDF, PNG, JPEG, OOXML (docx, xlsx) and ODF (odt, ods) by their
 * signatures; CSV or plain text only as a fallback for a file named `.csv` or `.txt` whose bytes are
 * UTF-8 text (the rest of the file is checked as it is stored, see utf8Checked). Null: not one we take.
 */
export function detectMediaType(head: Buffer, fileName: string): AcceptedType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return pdf; // %PDF-
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return jpeg;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) && head.length >= 30) return zipType(head);
  const extension = path.extname(fileName).toLowerCase();
  const fallback = [csv, text].find((type) => type.extensions.includes(extension));
  if (fallback && looksLikeText(head) && isUtf8Start(head)) return fallback;
  return null;
}

/** Whether a file's name carries one of its type's extensions (case aside). */
export const nameFits = (type: AcceptedType, fileName: string) =>
  type.extensions.includes(path.extname(fileName).toLowerCase());

/** Whether a type is text, whose every byte must then be UTF-8 (see utf8Checked). */
export const isText = (type: AcceptedType) => type === csv || type === text;
