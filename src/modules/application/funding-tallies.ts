import type { EntityManager } from 'typeorm';
import { integerFromSum } from '../../common/money';
import { ConsortiumRole } from '../consortium/consortium.entity';
import { ApplicationStatus } from './application-status';
import { type FundingTally, type TallyCounter, tallyCounters } from './funding-tally.entity';

/**
 * Whose figures to count: some applications (with their awards and the published decisions of those
 * awards), whole calls (everything recorded or published in them), or everything.
 */
export type TallyScope = { applicationIds: string[] } | { callIds: string[] } | 'all';

type TallyKey = Pick<FundingTally, 'callId' | 'municipalityCode' | 'role' | 'themeId'>;

/** What a scope adds to one tally row; counters as exact integers (cents for amounts). */
export type TallyContribution = TallyKey & Record<TallyCounter, bigint>;

const keyColumns = ['callId', 'municipalityCode', 'role', 'themeId'] as const;

const literal = (value: string) => `'${value}'`;
const LEAD = literal(ConsortiumRole.LEAD);
const MEMBER = literal(ConsortiumRole.MEMBER);
const cents = (column: string) => `COALESCE(ROUND(${column} * 100), 0)`;

/** One part of the union: the key's expressions, then every counter's (0 where the part has none). */
function part(
  key: [string, string, string, string],
  counters: Partial<Record<TallyCounter, string>>,
): string {
  const values = tallyCounters.map((counter) => `${counters[counter] ?? '0'} AS ${counter}`);
  const keys = key.map((expression, index) => `${expression} AS ${keyColumns[index]}`);
  return `SELECT ${[...keys, ...values].join(', ')}`;
}

const inList = (ids: string[]) => `(${ids.map(() => '?').join(', ')})`;

/**
 * The figures of a scope, recounted from the rows they come from: one grouped statement. This is the
 * definition of the tallies: an application counts once it was submitted (a draft withdrawn before
 * submission does not), in its lead's and each member's row; an award in the same rows; a published
 * decision in its lead's and its other recipients' rows, with the theme of its award's application.
 */
export async function tallyContributions(
  manager: EntityManager,
  scope: TallyScope,
): Promise<TallyContribution[]> {
  const where = (applicationColumn: string, callColumn: string): [string, string[]] => {
    if (scope === 'all') return ['1 = 1', []];
    if ('applicationIds' in scope) {
      return scope.applicationIds.length
        ? [`${applicationColumn} IN ${inList(scope.applicationIds)}`, scope.applicationIds]
        : ['1 = 0', []];
    }
    return scope.callIds.length
      ? [`${callColumn} IN ${inList(scope.callIds)}`, scope.callIds]
      : ['1 = 0', []];
  };
  const [applications, applicationIds] = where('a.id', 'a.callId');
  const [awards, awardIds] = where('w.applicationId', 'w.callId');
  const [decisions, decisionIds] = where('w.applicationId', 'd.callId');
  const publishedCounters = {
    publishedGrants: '1',
    publishedGrantsWithoutAmount: 'CASE WHEN d.grantedAmount IS NULL THEN 1 ELSE 0 END',
    publishedCents: cents('d.grantedAmount'),
    unrecordedGrants: 'CASE WHEN d.awardId IS NULL THEN 1 ELSE 0 END',
    unrecordedGrantsWithoutAmount:
      'CASE WHEN d.awardId IS NULL AND d.grantedAmount IS NULL THEN 1 ELSE 0 END',
    unrecordedCents: `CASE WHEN d.awardId IS NULL THEN ${cents('d.grantedAmount')} ELSE 0 END`,
  };
  const publishedFrom = `FROM published_decision d
      LEFT JOIN award w ON w.id = d.awardId
      LEFT JOIN application a ON a.id = w.applicationId`;
  const sql = `
    SELECT ${keyColumns.join(', ')}, ${tallyCounters.map((counter) => `SUM(${counter}) AS ${counter}`).join(', ')}
    FROM (
      ${part(['a.callId', 'm.municipalityCode', 'm.role', "COALESCE(a.themeId, '')"], {
        applicationsSubmitted: '1',
        applicationsAwarded: `CASE WHEN a.status = ${literal(ApplicationStatus.AWARDED)} THEN 1 ELSE 0 END`,
        requestedCents: cents('a.requestedAmount'),
      })}
      FROM application a JOIN consortium_member m ON m.consortiumId = a.consortiumId
      WHERE a.status <> ${literal(ApplicationStatus.DRAFT)}
        AND NOT (a.status = ${literal(ApplicationStatus.WITHDRAWN)} AND a.submittedAt IS NULL)
        AND ${applications}
      UNION ALL
      ${part(['w.callId', 'm.municipalityCode', 'm.role', "COALESCE(a.themeId, '')"], {
        awards: '1',
        grantedCents: cents('w.grantedAmount'),
        paidCents: cents('w.paidTotal'),
        returnedCents: cents('w.returnedTotal'),
        recoveryClaimCents: cents('w.recoveryClaim'),
        recoveredCents: cents('w.recoveredTotal'),
      })}
      FROM award w
      JOIN application a ON a.id = w.applicationId
      JOIN consortium_member m ON m.consortiumId = a.consortiumId
      WHERE ${awards}
      UNION ALL
      ${part(['d.callId', "COALESCE(d.leadCode, '')", LEAD, "COALESCE(a.themeId, '')"], publishedCounters)}
      ${publishedFrom}
      WHERE ${decisions}
      UNION ALL
      ${part(['d.callId', 'r.municipalityCode', MEMBER, "COALESCE(a.themeId, '')"], publishedCounters)}
      ${publishedFrom}
      JOIN published_decision_recipient r
        ON r.publishedDecisionId = d.id AND r.municipalityCode <> COALESCE(d.leadCode, '')
      WHERE ${decisions}
    ) contribution
    GROUP BY ${keyColumns.join(', ')}`;
  const rows: Record<string, unknown>[] = await manager.query(sql, [
    ...applicationIds,
    ...awardIds,
    ...decisionIds,
    ...decisionIds,
  ]);
  return rows.map((row) => ({
    callId: String(row.callId),
    municipalityCode: String(row.municipalityCode),
    role: String(row.role),
    themeId: String(row.themeId),
    ...counters((counter) => integerFromSum(row[counter])),
  }));
}

const counters = (value: (counter: TallyCounter) => bigint) =>
  Object.fromEntries(tallyCounters.map((counter) => [counter, value(counter)])) as Record<
    TallyCounter,
    bigint
  >;

const keyOf = (row: TallyKey) => JSON.stringify(keyColumns.map((column) => row[column]));

/** after − before, per tally row, leaving out rows that do not change; in key order. */
function difference(before: TallyContribution[], after: TallyContribution[]): TallyContribution[] {
  const rows = new Map<string, TallyContribution>();
  const add = (row: TallyContribution, sign: bigint) => {
    const key = keyOf(row);
    const sum = rows.get(key) ?? {
      callId: row.callId,
      municipalityCode: row.municipalityCode,
      role: row.role,
      themeId: row.themeId,
      ...counters(() => 0n),
    };
    for (const counter of tallyCounters) sum[counter] += sign * row[counter];
    rows.set(key, sum);
  };
  for (const row of before) add(row, -1n);
  for (const row of after) add(row, 1n);
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row)
    .filter((row) => tallyCounters.some((counter) => row[counter] !== 0n));
}

const ROWS_PER_STATEMENT = 200;

/**
 * Adds to the tallies with one atomic `counter = counter + n` per row (an upsert where the row is new),
 * rows in key order, so that concurrent writers never lose an increment and always lock in one order.
 */
async function addToTallies(manager: EntityManager, rows: TallyContribution[]): Promise<void> {
  const mysql = manager.connection.options.type !== 'better-sqlite3';
  const columns = [...keyColumns, ...tallyCounters];
  const onConflict = mysql
    ? `ON DUPLICATE KEY UPDATE ${tallyCounters.map((c) => `${c} = ${c} + VALUES(${c})`).join(', ')}`
    : `ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET ${tallyCounters
        .map((c) => `${c} = ${c} + excluded.${c}`)
        .join(', ')}`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const values = batch.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    const parameters = batch.flatMap((row) => [
      ...keyColumns.map((column) => row[column]),
      // Below 2^53 whatever the data (a trillion euros is 10^14 cents): exact as a number on both drivers.
      ...tallyCounters.map((counter) => Number(row[counter])),
    ]);
    await manager.query(
      `INSERT INTO funding_tally (${columns.join(', ')}) VALUES ${values} ${onConflict}`,
      parameters,
    );
  }
}

/**
 * Runs a write and moves the tallies by what it changed in the scope's figures: counted before and after
 * (both in the write's transaction, of rows the write has locked or is creating) and added as a
 * difference. Every write that can change an application's status, amount or theme, an award or a
 * published decision goes through here, in its transaction.
 */
export async function retallied<T>(
  manager: EntityManager,
  scope: TallyScope,
  write: () => Promise<T>,
): Promise<T> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('The tallies move only inside the transaction of the write that changes them');
  }
  const before = await tallyContributions(manager, scope);
  const result = await write();
  await addToTallies(manager, difference(before, await tallyContributions(manager, scope)));
  return result;
}
