import { badInput } from './errors';
import { Language } from './language';

/** The programme's legal time zone: deadlines are wall-clock times here. */
export const PROGRAMME_TIME_ZONE = 'Europe/Helsinki';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: PROGRAMME_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function offsetMinutesAt(instant: Date): number {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    +parts.year,
    +parts.month - 1,
    +parts.day,
    +parts.hour,
    +parts.minute,
    +parts.second,
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** "HH:MM" of an instant read with a given offset. */
const clockAt = (instant: number, offsetMinutes: number): string =>
  new Date(instant + offsetMinutes * MINUTE).toISOString().slice(11, 16);

/**
 * The UTC instant of a Helsinki wall-clock time ("2020-10-05T16:15" → 13:15Z), right on either side of a
 * summer-time change:
 *
 * - In spring the clocks go from 03:00 to 04:00, and a time in between never happens: it is refused as
 *   BAD_USER_INPUT (with `field`), rather than moved silently to summer time.
 * - In autumn they go back from 04:00 to 03:00, and a time in between happens twice: it means the first
 *   time, still in summer time (2021-10-31T03:30 is 03:30+03:00, 00:30Z), so that a deadline given as
 *   that time has not passed when the clock first reads it.
 */
export function helsinkiWallClockToInstant(local: string, field?: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new RangeError(`Not a wall-clock time: ${local}`);
  const [y, mo, d, h, mi, s] = match.slice(1).map((v) => Number(v ?? 0));
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  // Helsinki changes its offset at most once within a day either side, so the offsets a day before and a
  // day after are every offset the wall-clock time can have been read with.
  const before = offsetMinutesAt(new Date(naive - DAY));
  const after = offsetMinutesAt(new Date(naive + DAY));
  const readings = [...new Set([before, after])]
    .map((offset) => naive - offset * MINUTE)
    .filter((instant) => offsetMinutesAt(new Date(instant)) * MINUTE === naive - instant)
    .sort((a, b) => a - b);
  if (readings.length > 0) return new Date(readings[0]);
  // In the gap: the change happens between the instant read with the new offset and with the old one.
  let [low, high] = [naive - after * MINUTE, naive - before * MINUTE];
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetMinutesAt(new Date(middle)) === before) low = middle;
    else high = middle;
  }
  throw badInput(
    {
      en: `${local} does not exist in ${PROGRAMME_TIME_ZONE}: clocks go from ${clockAt(high, before)} to ${clockAt(high, after)}`,
      fi: `Aikaa ${local} ei ole aikavyöhykkeellä ${PROGRAMME_TIME_ZONE}: kellot siirtyvät ajasta ${clockAt(high, before)} aikaan ${clockAt(high, after)}`,
      sv: `${local} finns inte i tidszonen ${PROGRAMME_TIME_ZONE}: klockan flyttas från ${clockAt(high, before)} till ${clockAt(high, after)}`,
    },
    field,
  );
}

/** The Helsinki wall-clock reading of an instant, e.g. "2020-10-05T16:15:00+03:00". */
export function toHelsinkiIso(instant: Date): string {
  const offset = offsetMinutesAt(instant);
  const local = new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The calendar date in Helsinki at an instant. */
export const helsinkiDate = (instant: Date): string => toHelsinkiIso(instant).slice(0, 10);

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar day ("2021-05-04") as people in Finland write it: "4.5.2021"; in English "4 May 2021". */
export function writtenDay(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (language === Language.EN) return `${day} ${englishMonths[month - 1]} ${year}`;
  return `${day}.${month}.${year}`;
}

/**
 * The Helsinki minute of an instant as people in Finland write it: "4.5.2021 klo 16.15" in Finnish and
 * "4.5.2021 kl. 16.15" in Swedish (hours without a leading zero, a point before the minutes); in English
 * "4 May 2021 at 16:15".
 */
export function writtenMinute(instant: Date, language: Language): string {
  const local = toHelsinkiIso(instant);
  const [hours, minutes] = [Number(local.slice(11, 13)), local.slice(14, 16)];
  const day = writtenDay(local.slice(0, 10), language);
  if (language === Language.EN) return `${day} at ${String(hours).padStart(2, '0')}:${minutes}`;
  return `${day} ${language === Language.SV ? 'kl.' : 'klo'} ${hours}.${minutes}`;
}
