import path from 'node:path';

/** The longest file name kept, in characters (the column holds 255; room for any encoding's quirks). */
const FILE_NAME_MAX_CHARS = 200;

/**
 * An uploaded file's name as it is kept and sent back in Content-Disposition: its last path segment only,
 * in Unicode NFC, without control or bidirectional-override characters and the characters file systems
 * and headers trip over (`"*:<>?\|/`), spaces collapsed, no leading dots, at most FILE_NAME_MAX_CHARS
 * characters with the extension kept. `document` when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}|[\u200e\u200f\u202a-\u202e\u2066-\u2069"*:<>?|]/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const characters = [...cleaned];
  if (characters.length === 0) return 'document';
  if (characters.length <= FILE_NAME_MAX_CHARS) return cleaned;
  const extension = [...path.extname(cleaned)].slice(0, 16).join('');
  return (
    characters
      .slice(0, FILE_NAME_MAX_CHARS - extension.length)
      .join('')
      .trimEnd() + extension
  );
}
