import { Column, type ColumnOptions, type Driver } from 'typeorm';
import { MONEY_DECIMALS, MONEY_INTEGER_DIGITS } from './limits';
import { moneyTransformer } from './money';

/** Euros: DECIMAL(14,2) on every engine, read back as a canonical string. */
export const MoneyColumn = (options: Pick<ColumnOptions, 'nullable' | 'default'> = {}) =>
  Column({
    type: 'decimal',
    precision: MONEY_INTEGER_DIGITS + MONEY_DECIMALS,
    scale: MONEY_DECIMALS,
    transformer: moneyTransformer,
    ...options,
  });

/** A UTC instant with milliseconds. */
export const InstantColumn = (options: Pick<ColumnOptions, 'nullable'> = {}) =>
  Column({ type: 'datetime', precision: 3, ...options });

/** A calendar date kept as the string YYYY-MM-DD. */
export const DateColumn = (options: Pick<ColumnOptions, 'nullable'> = {}) =>
  Column({ type: 'date', ...options });

/** An enum kept as text so that a new value needs no ALTER on MySQL. */
export const EnumColumn = (options: Pick<ColumnOptions, 'nullable' | 'default'> = {}) =>
  Column({ type: 'varchar', length: 32, ...options });

export const IdColumn = (options: Pick<ColumnOptions, 'nullable'> = {}) =>
  Column({ type: 'varchar', length: 36, ...options });

/** Small exact ratios (weights, shares) that GraphQL shows as Float; never money. */
export const decimalNumberTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: unknown) => (value === null || value === undefined ? value : Number(value)),
};

/**
 * What long texts are declared as: MEDIUMTEXT, which MySQL/MariaDB need because their TEXT holds 64 KiB,
 * i.e. fewer than 20 000 emoji (migration 4). SQLite has one TEXT type of any length: see
 * useSqliteTextTypes.
 */
const LONG_TEXT_TYPE = 'mediumtext';

/** A text longer than a VARCHAR: every character the limits (common/limits.ts) allow, on every engine. */
export const LongTextColumn = (options: Pick<ColumnOptions, 'nullable'> = {}) =>
  Column({ type: LONG_TEXT_TYPE, ...options });

const jsonTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value),
};

/** A small JSON document (a list of names) in a long text column, like TypeORM's simple-json. */
export const JsonTextColumn = () => Column({ type: LONG_TEXT_TYPE, transformer: jsonTransformer });

/**
 * TypeORM knows no per-engine column type, and its SQLite driver refuses MEDIUMTEXT. Reading the long-text
 * type as SQLite's TEXT (the type migrations create there) lets one set of entities serve both engines,
 * and lets the schema builder compare them with the migrated database on each.
 */
export function useSqliteTextTypes(driver: Driver): void {
  const normalizeType = driver.normalizeType.bind(driver);
  driver.normalizeType = (column) => (column.type === LONG_TEXT_TYPE ? 'text' : normalizeType(column));
}
