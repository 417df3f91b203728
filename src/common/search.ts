/**
 * The form names are searched in: lower case, diacritics removed, so that "träskända", "Träskända" and
 * "TRASKANDA" all match on SQLite (whose LOWER and LIKE only fold ASCII) as on MariaDB.
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A LIKE pattern for "contains", with wildcards in user input escaped by `!`; pair it with `ESCAPE '!'`
 * (a backslash would need escaping differently in MySQL and SQLite literals).
 */
export const likeContains = (text: string): string =>
  `%${searchKey(text).replace(/[!%_]/g, (c) => `!${c}`)}%`;
