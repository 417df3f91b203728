import { Column, type ColumnOptions } from 'typeorm';
import { moneyTransformer } from './money';

/** Euros: DECIMAL(14,2) on every engine, read back as a canonical string. */
export const MoneyColumn = (options: Pick<ColumnOptions, 'nullable'> = {}) =>
  Column({ type: 'decimal', precision: 14, scale: 2, transformer: moneyTransformer, ...options });

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
