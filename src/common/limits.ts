import type { Messages } from './errors';

/**
 * How much the API accepts, in one place: the inputs declare their limits with these constants, the
 * README's table of limits lists them, and test/limits.test.ts writes each maximum and one past it on
 * SQLite and on MariaDB.
 *
 * Lengths are in characters, i.e. Unicode code points, which is what MariaDB counts in a VARCHAR(n):
 * "ä" is one character, and so is "😀" although JavaScript's `length` says 2. A limit must fit its
 * column on every engine: a VARCHAR(n) takes n characters on MariaDB; every longer text is MEDIUMTEXT
 * there (16 MiB, which TEXT at 64 KiB is not: 20 000 emoji are 80 000 bytes). SQLite stores any length.
 */

/** Names and titles, each language: VARCHAR(255). */
export const NAME_MAX_CHARS = 255;
/** An e-mail address: the longest that RFC 5321 and the address check allow (VARCHAR(255)). */
export const EMAIL_MAX_CHARS = 254;
/** A phone number: an optional "+" and 5–30 digits, spaces, dashes or brackets (VARCHAR(64)). */
export const PHONE_MAX_CHARS = 31;
/** Summaries, descriptions, notes, comments, conditions of a grant, reasons for a rejection (MEDIUMTEXT). */
export const LONG_TEXT_MAX_CHARS = 20_000;
/** What a reviewer says when declaring a conflict of interest: briefly (MEDIUMTEXT). */
export const CONFLICT_REASON_MAX_CHARS = 2_000;
/** How a municipality describes its adoption of a funded project's result: briefly (MEDIUMTEXT). */
export const ADOPTION_DESCRIPTION_MAX_CHARS = 2_000;
/** What partner a proposal looking for partners seeks: briefly (MEDIUMTEXT). */
export const PARTNER_WISH_MAX_CHARS = 2_000;
/**
 * The texts of a call's form: theme and criterion titles, questions and conditions, each language
 * (MEDIUMTEXT). Shorter than LONG_TEXT_MAX_CHARS because a call carries up to a hundred of them and its
 * audit event holds them all twice (see AUDIT_CHANGES_MAX_BYTES).
 */
export const FORM_TEXT_MAX_CHARS = 2_000;
/** An answer to a question; a question's own `maxLength` can only be shorter (MEDIUMTEXT). */
export const ANSWER_MAX_CHARS = 10_000;
/** A reviewer's comment on one criterion (MEDIUMTEXT). */
export const SCORE_COMMENT_MAX_CHARS = 10_000;
/** One example of a theme (kept with the others as JSON, MEDIUMTEXT). */
export const THEME_EXAMPLE_MAX_CHARS = 500;
/** Codes of themes, criteria and questions: lower-case letters, digits and dashes (VARCHAR(64)). */
export const CODE_MAX_CHARS = 64;
/** A call key such as "2019-2": letters, digits and dashes (VARCHAR(32)). */
export const CALL_KEY_MAX_CHARS = 32;
/** The ministry's record number of a decision (VARCHAR(64)). */
export const DECISION_NUMBER_MAX_CHARS = 64;
/** The audit log's entity type and id filters, as long as the columns they compare with (VARCHAR(64)). */
export const AUDIT_FILTER_MAX_CHARS = 64;
/** Statistics Finland codes: three digits for a municipality, two for a region. */
export const MUNICIPALITY_CODE_CHARS = 3;
export const REGION_CODE_CHARS = 2;
/** A wall-clock time in Helsinki, "YYYY-MM-DDTHH:MM:SS" at the longest. */
export const WALL_CLOCK_MAX_CHARS = 19;
/**
 * A search term. Beyond some length a "contains" search means nothing, and SQLite refuses LIKE patterns
 * over 50 000 bytes; 200 characters stay far below that after normalising and escaping.
 */
export const SEARCH_MAX_CHARS = 200;
/** A page cursor: far longer than any cursor the API hands out, short enough to decode for nothing. */
export const CURSOR_MAX_CHARS = 4_096;

/** How many items a list input may have. */
export const LIST_MAX = {
  themes: 50,
  themeExamples: 50,
  criteria: 50,
  questions: 100,
  conditions: 50,
  answers: 100,
  scores: 100,
  consortiumMembers: 400,
  partners: 50,
  indicators: 50,
  workshopParticipants: 20,
  proposals: 500,
} as const;

/** Euros are DECIMAL(14,2): at most 12 digits before the point and 2 after it, never negative. */
export const MONEY_INTEGER_DIGITS = 12;
export const MONEY_DECIMALS = 2;

/**
 * The longest audit event (its `changes` JSON, MEDIUMTEXT) any mutation can write. An event holds the
 * before and after of every field it changed, so it is bounded by twice the audited texts of a record at
 * their limits, at 6 bytes a character (JSON writes a control character as \u0001). The worst are an
 * application edit touching its texts and 100 answers (≈ 12.5 MB) and a call edit touching its texts,
 * 100 questions and 50 conditions (≈ 12.3 MB). 12 MiB also keeps the INSERT, with the driver's escaping,
 * below MariaDB's default max_allowed_packet of 16 MiB. test/limits.test.ts recomputes these bounds.
 */
export const AUDIT_CHANGES_MAX_BYTES = 12 * 1024 * 1024;

/**
 * Limits of arguments that are plain strings, by schema coordinate, or by argument name for one that
 * means the same on every field (`after` is the cursor of every connection).
 */
export const stringArgumentLimits: Readonly<Record<string, number>> = {
  after: CURSOR_MAX_CHARS,
  'Query.call(key:)': CALL_KEY_MAX_CHARS,
  'Query.municipality(code:)': MUNICIPALITY_CODE_CHARS,
  'Mutation.rejectApplication(reason:)': LONG_TEXT_MAX_CHARS,
  'Mutation.declareConflictAfterSubmission(reason:)': CONFLICT_REASON_MAX_CHARS,
  'Mutation.voidEvaluation(reason:)': CONFLICT_REASON_MAX_CHARS,
  'Mutation.declareConflictOfInterest(reason:)': CONFLICT_REASON_MAX_CHARS,
  'Mutation.approveChangeRequest(reason:)': LONG_TEXT_MAX_CHARS,
  'Mutation.rejectChangeRequest(reason:)': LONG_TEXT_MAX_CHARS,
  'Mutation.returnPaymentRequest(reason:)': LONG_TEXT_MAX_CHARS,
  'Mutation.returnReport(reason:)': LONG_TEXT_MAX_CHARS,
};

/** The number of characters (code points) of a text, as MariaDB counts them. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const loneSurrogate = /\p{Cs}/u;

/**
 * Whether a text can be stored as it is: within `max` characters, and valid Unicode (a lone surrogate
 * would become "�" on the way to either database, and the text would not read back as it was written).
 * Returns the reason it cannot, or null.
 */
export function textProblem(text: string, max: number): Messages | null {
  if (loneSurrogate.test(text)) {
    return {
      en: 'This text is not valid Unicode: it has a lone surrogate',
      fi: 'Teksti ei ole kelvollista Unicodea: siinä on pariton korvausmerkki (surrogate)',
      sv: 'Texten är inte giltig Unicode: den innehåller ett ensamt surrogattecken',
    };
  }
  const count = characterCount(text);
  if (count > max) {
    return {
      en: `This text is too long: at most ${max} characters, and it has ${count}`,
      fi: `Teksti on liian pitkä: enintään ${max} merkkiä, ja siinä on ${count}`,
      sv: `Texten är för lång: högst ${max} tecken, och den har ${count}`,
    };
  }
  return null;
}

/** A class, as decorators see it. */
export type InputClass = abstract new (...args: never[]) => unknown;

const declaredLimits = new Map<InputClass, Map<string, number>>();

/**
 * Declares the longest text an input field accepts, in characters: for a String, each String of a
 * list, or each language of a LocalizedTextInput. Checked before the resolver runs (see
 * enforceTextLimits), as BAD_USER_INPUT with the field's path, e.g. "input.projectName.fi".
 */
export function MaxChars(max: number): PropertyDecorator {
  return (prototype, property) => {
    const target = prototype.constructor as InputClass;
    const limits = declaredLimits.get(target) ?? new Map<string, number>();
    limits.set(String(property), max);
    declaredLimits.set(target, limits);
  };
}

/** The limit a class (or a class it extends) declares for a property. */
export function declaredLimit(target: InputClass, property: string): number | undefined {
  for (let type: unknown = target; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    const limit = declaredLimits.get(type as InputClass)?.get(property);
    if (limit !== undefined) return limit;
  }
  return undefined;
}
