import { badInput, type Messages } from './errors';
import { MONEY_DECIMALS, MONEY_INTEGER_DIGITS } from './limits';

/**
 * Euro amounts as exact decimals. Inside the service an amount is a canonical string with two decimals
 * ("68000.00"); arithmetic goes through bigint cents so that no sum ever passes through a float.
 */
export type Money = string;

const inputPattern = new RegExp(
  `^(0|[1-9]\\d{0,${MONEY_INTEGER_DIGITS - 1}})(\\.\\d{1,${MONEY_DECIMALS}})?$`,
);
const plainNumber = /^-?\d+(\.\d+)?$/;
const largest = `${'9'.repeat(MONEY_INTEGER_DIGITS)}.${'9'.repeat(MONEY_DECIMALS)}`;

/** Why a client's amount is refused, as precisely as its shape allows. */
function moneyProblem(input: string): Messages {
  if (!plainNumber.test(input)) {
    return {
      en: 'An amount is a string of euros with at most two decimals, such as "68000.00"',
      fi: 'Summa annetaan euroina merkkijonona, enintään kahdella desimaalilla, esimerkiksi "68000.00"',
      sv: 'Ett belopp anges i euro som en sträng med högst två decimaler, till exempel "68000.00"',
    };
  }
  if (input.startsWith('-')) {
    return {
      en: 'An amount cannot be negative',
      fi: 'Summa ei voi olla negatiivinen',
      sv: 'Ett belopp kan inte vara negativt',
    };
  }
  const [whole, fraction = ''] = input.split('.');
  if (fraction.length > MONEY_DECIMALS) {
    return {
      en: `An amount has at most ${MONEY_DECIMALS} decimals`,
      fi: `Summassa on enintään ${MONEY_DECIMALS} desimaalia`,
      sv: `Ett belopp har högst ${MONEY_DECIMALS} decimaler`,
    };
  }
  if (whole.length > 1 && whole.startsWith('0')) {
    return {
      en: 'An amount has no leading zeros',
      fi: 'Summan alussa ei ole nollia',
      sv: 'Ett belopp har inga inledande nollor',
    };
  }
  return {
    en: `An amount is at most ${largest} euros (${MONEY_INTEGER_DIGITS} digits before the point)`,
    fi: `Summa on enintään ${largest} euroa (${MONEY_INTEGER_DIGITS} numeroa ennen desimaalipistettä)`,
    sv: `Ett belopp är högst ${largest} euro (${MONEY_INTEGER_DIGITS} siffror före decimalpunkten)`,
  };
}

/**
 * Parses client input: "68000", "68000.5", "68000.50", up to what a DECIMAL(14,2) column holds on every
 * engine; rejects exponents, signs, more than two decimals and more than twelve digits before the point.
 */
export function parseMoney(input: unknown, field?: string): Money {
  if (typeof input !== 'string') {
    throw badInput(
      {
        en: 'An amount is a string of euros, such as "68000.00", never a number',
        fi: 'Summa annetaan euroina merkkijonona, esimerkiksi "68000.00", ei koskaan lukuna',
        sv: 'Ett belopp anges i euro som en sträng, till exempel "68000.00", aldrig som ett tal',
      },
      field,
    );
  }
  if (!inputPattern.test(input)) throw badInput(moneyProblem(input), field);
  return fromCents(toCents(input));
}

const outputPattern = /^-?\d+(\.\d{1,2})?$/;

/**
 * An amount the service computed (a sum, a remainder) in its canonical form. Unlike input it may exceed
 * a column's range or be negative; it is never a float.
 */
export function canonicalMoney(value: unknown): Money {
  const text = typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : value;
  if (typeof text !== 'string' || !outputPattern.test(text)) {
    throw new TypeError(`Not an amount of euros: ${String(value)}`);
  }
  const negative = text.startsWith('-');
  const cents = toCents(negative ? text.slice(1) : text);
  return fromCents(negative ? -cents : cents);
}

export function toCents(amount: Money): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

export function fromCents(cents: bigint): Money {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

const largestCents = toCents(largest);

/**
 * The sum of amounts that is itself stored in a DECIMAL(14,2) column: BAD_USER_INPUT on `field` when it
 * would not fit, where MariaDB would refuse it as out of range and SQLite would keep it.
 */
export function storableSum(amounts: Iterable<Money>, field: string): Money {
  const total = sumMoney(amounts);
  if (toCents(total) > largestCents) {
    throw badInput(
      {
        en: `The total is above ${largest} euros, the largest amount that can be stored`,
        fi: `Yhteissumma ylittää ${largest} euroa, suurimman tallennettavissa olevan summan`,
        sv: `Totalbeloppet överskrider ${largest} euro, det största belopp som kan lagras`,
      },
      field,
    );
  }
  return total;
}

const sumMoney = (amounts: Iterable<Money>): Money => {
  let total = 0n;
  for (const amount of amounts) total += toCents(amount);
  return fromCents(total);
};

export const compareMoney = (a: Money, b: Money): number => {
  const diff = toCents(a) - toCents(b);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
};

/** A non-negative amount with two decimals and no leading zeros: what fromCents writes. */
const canonicalStored = /^(?:0|[1-9]\d*)\.\d\d$/;

function driverText(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new TypeError(`A database amount came back as ${typeof value}`);
}

/**
 * Normalises what a driver returns for a DECIMAL column. MySQL/MariaDB return an exact string; SQLite
 * keeps DECIMAL with numeric affinity and hands back a number, which for two-decimal amounts below 10^13
 * is the nearest double to the stored value, so rounding it to cents recovers the exact amount.
 */
export function moneyFromDatabase(value: unknown): Money | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return fromCents(BigInt(Math.round(value * 100)));
  if (typeof value === 'bigint') return fromCents(value * 100n);
  // What MySQL/MariaDB return for a DECIMAL(14,2) is already canonical: every amount of a page of awards
  // passes here, and parsing it into cents only to print it back the same was a hot spot.
  if (typeof value === 'string' && canonicalStored.test(value)) return value;
  const [whole, fraction = ''] = driverText(value).split('.');
  return fromCents(BigInt(whole) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, '0')));
}

/**
 * A SQL sum of whole numbers (counts, cents) exactly, as both engines return it: MariaDB a decimal
 * string, SQLite a number (exact below 2^53); null (a sum of no rows) is 0.
 */
export function integerFromSum(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(Math.round(value));
  return BigInt(driverText(value).split('.')[0]);
}

/** A SQL sum of cents (see moneySumSql) back to Money. */
export const moneyFromCentsSum = (value: unknown): Money => fromCents(integerFromSum(value));

/** SQL that sums a DECIMAL column exactly on both engines: whole cents first, so SQLite sums integers. */
export const moneySumSql = (column: string) => `COALESCE(SUM(ROUND(${column} * 100)), 0)`;

export const moneyTransformer = {
  to: (value: Money | null | undefined) => value,
  from: moneyFromDatabase,
};

/**
 * Euros as the ministry prints them: a space between thousands and a decimal comma ("68 000,50"), or a
 * point for English. Whole euros drop their cents ("68 000") unless `alwaysCents`.
 */
export function formatEuros(
  amount: Money,
  options: { decimalPoint?: boolean; alwaysCents?: boolean } = {},
): string {
  const [whole, cents] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  if (cents === '00' && !options.alwaysCents) return grouped;
  return `${grouped}${options.decimalPoint ? '.' : ','}${cents}`;
}

/** A share with at most four decimals (a call's maxGrantShare, 0.85) as exact basis points (8500n). */
export const basisPoints = (share: number): bigint => BigInt(Math.round(share * 10000));

/** `share` of a non-negative amount, rounded down to the cent, exactly: 85 % of 1000.01 is 850.00. */
export const floorShare = (amount: Money, share: number): Money =>
  fromCents((toCents(amount) * basisPoints(share)) / 10000n);
