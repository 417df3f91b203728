import { hasRole, Role } from '../../auth/viewer';
import type { RequestContext } from '../../context';
import { parseId, parseMunicipalityCode, parseRegionCode } from '../../common/ids';
import { fromCents, integerFromSum, moneyFromCentsSum } from '../../common/money';
import { tallyCounters } from '../application/funding-tally.entity';
import { CallState } from '../call/call.entity';
import { ConsortiumRole } from '../consortium/consortium.entity';
import {
  type FundingStatisticsFilter,
  FundingStatisticsGroup,
  FundingStatisticsRow,
} from './funding-statistics.types';

const { YEAR, CALL, REGION, THEME, MUNICIPALITY } = FundingStatisticsGroup;

/** Euros per resident to the cent, half up. */
function perResident(cents: bigint, population: bigint): string {
  return fromCents((2n * cents + population) / (2n * population));
}

/** Decimal places of residentsReachedPerEuro. */
const PER_EURO_DECIMALS = 6;

/** Residents per euro granted, exactly, rounded half up to PER_EURO_DECIMALS places. */
function perEuro(residents: bigint, grantedCents: bigint): string {
  const scale = 10n ** BigInt(PER_EURO_DECIMALS);
  // residents / (cents / 100), scaled: 2·x + d over 2·d rounds half up for non-negative figures.
  const numerator = residents * 100n * scale;
  const scaled = (2n * numerator + grantedCents) / (2n * grantedCents);
  const fraction = String(scaled % scale).padStart(PER_EURO_DECIMALS, '0');
  return `${scaled / scale}.${fraction}`;
}

/**
 * Funding statistics: one grouped statement over the maintained tallies (funding_tally), whatever the
 * number of applications, with the population and the published totals as subqueries of it.
 */
export class FundingStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async rows(
    groupBy: FundingStatisticsGroup[],
    role: ConsortiumRole,
    filter: FundingStatisticsFilter | null | undefined,
  ): Promise<FundingStatisticsRow[]> {
    const groups = new Set(groupBy);
    const by = (group: FundingStatisticsGroup) => groups.has(group);
    const parameters: unknown[] = [];
    const where: string[] = ['t.role = ?'];
    parameters.push(role);
    const admin = hasRole(this.ctx.viewer, Role.ADMIN);
    if (!admin) where.push(`c.state <> '${CallState.DRAFT}'`);
    const callConditions: [string, unknown][] = [];
    if (filter?.year != null) callConditions.push(['year = ?', filter.year]);
    if (filter?.callId != null) callConditions.push(['id = ?', parseId(filter.callId, 'filter.callId')]);
    if (filter?.callKey != null) callConditions.push(['`key` = ?', filter.callKey]);
    for (const [condition, value] of callConditions) {
      where.push(`c.${condition}`);
      parameters.push(value);
    }
    const regionCode =
      filter?.regionCode != null ? parseRegionCode(filter.regionCode, 'filter.regionCode') : null;
    const municipalityCode =
      filter?.municipalityCode != null
        ? parseMunicipalityCode(filter.municipalityCode, 'filter.municipalityCode')
        : null;
    if (regionCode !== null) {
      where.push('m.regionCode = ?');
      parameters.push(regionCode);
    }
    if (municipalityCode !== null) {
      where.push('t.municipalityCode = ?');
      parameters.push(municipalityCode);
    }
    if (filter?.themeCode != null) {
      where.push('th.code = ?');
      parameters.push(filter.themeCode);
    }
    // Finer than a call, counts of applications not awarded would tell of applications that are not
    // public (CONTRACT, "Who sees what"): only administrators see them there.
    const finerThanCall =
      by(REGION) ||
      by(THEME) ||
      by(MUNICIPALITY) ||
      regionCode !== null ||
      municipalityCode !== null ||
      filter?.themeCode != null;
    const seesApplications = admin || !finerThanCall;
    const withinOneCall = by(CALL) || filter?.callId != null || filter?.callKey != null;

    const columns: string[] = [];
    const grouping: string[] = [];
    const order: string[] = [];
    const single = filter?.year ?? null;
    if (by(YEAR) || by(CALL)) {
      columns.push('c.year AS year');
      grouping.push('c.year');
      order.push('c.year');
    }
    if (by(CALL)) {
      columns.push('t.callId AS callId');
      grouping.push('t.callId', 'c.`key`');
      order.push('c.`key`');
    }
    if (by(REGION)) {
      columns.push('m.regionCode AS regionCode');
      grouping.push('m.regionCode');
      order.push('m.regionCode');
    }
    if (by(THEME)) {
      columns.push('th.code AS themeCode', 'MIN(t.themeId) AS themeId');
      grouping.push('th.code');
      order.push('th.code');
    }
    if (by(MUNICIPALITY)) {
      columns.push('t.municipalityCode AS municipalityCode');
      grouping.push('t.municipalityCode');
      order.push('t.municipalityCode');
    }
    for (const counter of tallyCounters) columns.push(`SUM(t.${counter}) AS ${counter}`);
    // Confirmed adoptions of the row's awards, kept in adoption_tally under the same keys.
    columns.push(
      'COALESCE(SUM(adt.adoptions), 0) AS adoptions',
      'COALESCE(SUM(adt.adoptingResidents), 0) AS adoptingResidents',
    );

    // The population of the row's place at the end of the row's year: of the latest year with figures up
    // to it or, for a year before them all, of the first (the data has 2019–2021: 2018 reads 2019, 2022
    // reads 2021); over several years, the latest.
    const targetYear = by(YEAR) || by(CALL) ? 'c.year' : single !== null ? '?' : null;
    const populationYear =
      targetYear === null
        ? '(SELECT MAX(py.year) FROM municipality_population py)'
        : `COALESCE((SELECT MAX(py.year) FROM municipality_population py WHERE py.year <= ${targetYear}), (SELECT MIN(py.year) FROM municipality_population py))`;
    const populationYearParameters = targetYear === '?' ? [single] : [];
    let place = '';
    const placeParameters: unknown[] = [];
    if (by(MUNICIPALITY)) place = 'AND p.municipalityCode = t.municipalityCode';
    else if (municipalityCode !== null) {
      place = 'AND p.municipalityCode = ?';
      placeParameters.push(municipalityCode);
    } else if (by(REGION)) place = 'AND pm.regionCode = m.regionCode';
    else if (regionCode !== null) {
      place = 'AND pm.regionCode = ?';
      placeParameters.push(regionCode);
    }
    columns.push(
      `${populationYear} AS populationYear`,
      `(SELECT SUM(p.population) FROM municipality_population p JOIN municipality pm ON pm.code = p.municipalityCode
        WHERE p.year = ${populationYear} ${place}) AS population`,
    );
    const selectParameters = [...populationYearParameters, ...populationYearParameters, ...placeParameters];

    // The published totals of the row's calls, where the row is whole calls.
    const publishedParameters: unknown[] = [];
    if (!finerThanCall) {
      const calls = ['1 = 1'];
      if (!admin) calls.push(`pc.state <> '${CallState.DRAFT}'`);
      for (const [condition, value] of callConditions) {
        calls.push(`pc.${condition}`);
        publishedParameters.push(value);
      }
      if (by(CALL)) calls.push('pc.id = t.callId');
      else if (by(YEAR)) calls.push('pc.year = c.year');
      const from = `FROM grant_call pc WHERE ${calls.join(' AND ')}`;
      columns.push(
        `(SELECT COALESCE(SUM(ROUND(pc.publishedTotalAwarded * 100)), 0) ${from}) AS publishedCents`,
        `(SELECT COUNT(*) - COUNT(pc.publishedTotalAwarded) ${from}) AS publishedTotalsMissing`,
      );
      publishedParameters.push(...publishedParameters);
    }

    const sql = `SELECT ${columns.join(', ')}
      FROM funding_tally t
      JOIN grant_call c ON c.id = t.callId
      LEFT JOIN municipality m ON m.code = t.municipalityCode
      LEFT JOIN call_theme th ON th.id = t.themeId
      LEFT JOIN adoption_tally adt ON adt.callId = t.callId AND adt.municipalityCode = t.municipalityCode
        AND adt.role = t.role AND adt.themeId = t.themeId
      WHERE ${where.join(' AND ')}
      ${grouping.length ? `GROUP BY ${grouping.join(', ')}` : ''}
      ${
        grouping.length
          ? `HAVING SUM(t.awards) > 0 OR SUM(t.publishedGrants) > 0${
              seesApplications ? ' OR SUM(t.applicationsSubmitted) > 0' : ''
            }`
          : ''
      }
      ${order.length ? `ORDER BY ${order.join(', ')}` : ''}`;
    const raw: Record<string, unknown>[] = await this.ctx.manager.query(sql, [
      ...selectParameters,
      ...publishedParameters,
      ...parameters,
    ]);

    return raw.map((row) => {
      const submitted = Number(integerFromSum(row.applicationsSubmitted));
      const awarded = Number(integerFromSum(row.applicationsAwarded));
      const grantedCents = integerFromSum(row.grantedCents);
      const population =
        row.population === null || row.population === undefined ? null : integerFromSum(row.population);
      const publishedKnown = !finerThanCall && Number(row.publishedTotalsMissing) === 0;
      return Object.assign(new FundingStatisticsRow(), {
        year: row.year === undefined || row.year === null ? null : Number(row.year),
        callId: by(CALL) ? String(row.callId) : null,
        regionCode: by(REGION) ? ((row.regionCode as string | null) ?? null) : null,
        themeCode: by(THEME) ? ((row.themeCode as string | null) ?? null) : null,
        themeId: by(THEME) && withinOneCall && row.themeCode !== null ? String(row.themeId) : null,
        municipalityCode: by(MUNICIPALITY) ? (row.municipalityCode as string) || null : null,
        applicationsSubmitted: seesApplications ? submitted : null,
        applicationsAwarded: awarded,
        grantsDecided: Number(integerFromSum(row.awards) + integerFromSum(row.unrecordedGrants)),
        grantsWithoutPublishedAmount: Number(integerFromSum(row.unrecordedGrantsWithoutAmount)),
        successRate: seesApplications && submitted > 0 ? awarded / submitted : null,
        totalRequested: seesApplications ? moneyFromCentsSum(row.requestedCents) : null,
        totalGranted: fromCents(grantedCents),
        population: population === null ? null : Number(population),
        populationYear: row.populationYear === null ? null : Number(row.populationYear),
        grantedPerResident:
          population !== null && population > 0n ? perResident(grantedCents, population) : null,
        publishedTotalGranted: publishedKnown ? fromCents(integerFromSum(row.publishedCents)) : null,
        adoptions: Number(integerFromSum(row.adoptions)),
        adoptingResidents: Number(integerFromSum(row.adoptingResidents)),
        residentsReachedPerEuro:
          grantedCents > 0n ? perEuro(integerFromSum(row.adoptingResidents), grantedCents) : null,
        totalPaid: moneyFromCentsSum(row.paidCents),
        totalReturned: moneyFromCentsSum(row.returnedCents),
        totalRecovered: moneyFromCentsSum(row.recoveredCents),
      });
    });
  }
}
