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

/**
 * The UTC instant of a Helsinki wall-clock time ("2020-10-05T16:15" → 13:15Z), correct on either side of
 * a summer-time change. A time in the spring gap resolves forward; one in the autumn overlap to the first.
 */
export function helsinkiWallClockToInstant(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new RangeError(`Not a wall-clock time: ${local}`);
  const [y, mo, d, h, mi, s] = match.slice(1).map((v) => Number(v ?? 0));
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  let guess = naive - offsetMinutesAt(new Date(naive)) * 60000;
  guess = naive - offsetMinutesAt(new Date(guess)) * 60000;
  return new Date(guess);
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
