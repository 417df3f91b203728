import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../common/localized-text';
import { integerFromSum } from '../../common/money';
import { listCost } from '../../common/query-cost';
import { receivedProposalStatuses } from './workshop-status';

export enum MunicipalitySizeClass {
  UNDER_5000 = 'UNDER_5000',
  FROM_5000_TO_19999 = 'FROM_5000_TO_19999',
  FROM_20000_TO_49999 = 'FROM_20000_TO_49999',
  FROM_50000_TO_99999 = 'FROM_50000_TO_99999',
  FROM_100000 = 'FROM_100000',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(MunicipalitySizeClass, {
  name: 'MunicipalitySizeClass',
  description:
    "A municipality's size by its residents (its latest population figure): under 5 000; 5 000–19 999; 20 000–49 999; 50 000–99 999; 100 000 or more; UNKNOWN without a figure (a joint municipal authority).",
});

/** The bands of MunicipalitySizeClass as SQL over a population column: the one place they are written. */
const sizeClassSql = (population: string) => `CASE
  WHEN ${population} IS NULL THEN '${MunicipalitySizeClass.UNKNOWN}'
  WHEN ${population} < 5000 THEN '${MunicipalitySizeClass.UNDER_5000}'
  WHEN ${population} < 20000 THEN '${MunicipalitySizeClass.FROM_5000_TO_19999}'
  WHEN ${population} < 50000 THEN '${MunicipalitySizeClass.FROM_20000_TO_49999}'
  WHEN ${population} < 100000 THEN '${MunicipalitySizeClass.FROM_50000_TO_99999}'
  ELSE '${MunicipalitySizeClass.FROM_100000}' END`;

@ObjectType({ description: 'Submitted proposals of one theme (none: the proposals that chose no theme).' })
export class ProposalThemeCount {
  themeId: string | null;

  @Field(() => Int)
  proposals: number;
}

@ObjectType({ description: 'Submitted proposals whose lead municipality is in one region.' })
export class ProposalRegionCount {
  regionCode: string;

  @Field(() => Int)
  proposals: number;
}

@ObjectType({ description: 'Submitted proposals whose lead municipality is of one size class.' })
export class ProposalSizeCount {
  @Field(() => MunicipalitySizeClass)
  sizeClass: MunicipalitySizeClass;

  @Field(() => Int)
  proposals: number;
}

@ObjectType({
  description:
    "What a PROPOSAL call received, as the ministry publishes it once the proposal window has closed: proposals submitted (not drafts, not withdrawn) counted by theme, by the lead municipality's region and by its size, and the project names of those whose proposers allowed publication (`allowPublication`). Counted from the records, not the figure the ministry announced (see `publishedStatistics.proposalsReceived`).",
})
export class ProposalSummary {
  @Field(() => Int, { description: 'Proposals submitted, not withdrawn.' })
  total: number;

  @Field(() => [ProposalThemeCount], {
    complexity: listCost(10),
    description: "By theme, in the order of the call's themes; no theme last.",
  })
  byTheme: ProposalThemeCount[];

  @Field(() => [ProposalRegionCount], {
    complexity: listCost(19),
    description: "By the lead municipality's region, by region code.",
  })
  byRegion: ProposalRegionCount[];

  @Field(() => [ProposalSizeCount], {
    complexity: listCost(6),
    description: "By the lead municipality's size class, smallest first.",
  })
  bySizeClass: ProposalSizeCount[];

  @Field(() => [LocalizedText], {
    complexity: listCost(140),
    description:
      'Project names of the proposals whose proposers allowed publication, by reference number; no other name appears.',
  })
  publishedProjectNames: LocalizedText[];
}

const received = receivedProposalStatuses.map(() => '?').join(', ');
const sizeOrder = Object.values(MunicipalitySizeClass);

/**
 * The summaries of many PROPOSAL calls in two statements whatever their number: one grouped count over
 * the three dimensions (UNION ALL of GROUP BYs, never a row per proposal), one list of the names whose
 * proposers allowed publication. Whoever asks: the field decides first whether the caller may see it.
 */
export function createProposalSummaryLoader(manager: EntityManager) {
  return new DataLoader<string, ProposalSummary>(async (callIds) => {
    const ids = [...callIds];
    const inCalls = ids.map(() => '?').join(', ');
    const where = `a.callId IN (${inCalls}) AND a.status IN (${received})`;
    const params = [...ids, ...receivedProposalStatuses];
    const counts: Record<string, unknown>[] = await manager.query(
      `SELECT a.callId AS callId, 'THEME' AS dimension, COALESCE(a.themeId, '') AS groupKey, COUNT(*) AS proposals
         FROM application a WHERE ${where}
         GROUP BY a.callId, COALESCE(a.themeId, '')
       UNION ALL
       SELECT a.callId, 'REGION', m.regionCode, COUNT(*)
         FROM application a JOIN consortium c ON c.id = a.consortiumId JOIN municipality m ON m.code = c.leadCode
         WHERE ${where}
         GROUP BY a.callId, m.regionCode
       UNION ALL
       SELECT sized.callId, 'SIZE', sized.sizeClass, COUNT(*) FROM (
           SELECT a.callId AS callId, ${sizeClassSql('m.population')} AS sizeClass
           FROM application a JOIN consortium c ON c.id = a.consortiumId JOIN municipality m ON m.code = c.leadCode
           WHERE ${where}) sized
         GROUP BY sized.callId, sized.sizeClass`,
      [...params, ...params, ...params],
    );
    const names: Record<string, unknown>[] = await manager.query(
      `SELECT a.callId AS callId, a.projectNameFi AS fi, a.projectNameSv AS sv, a.projectNameEn AS en
         FROM application a
         WHERE ${where} AND a.allowPublication = 1
         ORDER BY a.callId, a.referenceNumber, a.id`,
      params,
    );
    return ids.map((callId) => {
      const rows = counts.filter((row) => row.callId === callId);
      const of = (dimension: string) => rows.filter((row) => row.dimension === dimension);
      const number = (row: Record<string, unknown>) => Number(integerFromSum(row.proposals));
      const byTheme = of('THEME').map((row) =>
        Object.assign(new ProposalThemeCount(), {
          themeId: row.groupKey === '' ? null : String(row.groupKey),
          proposals: number(row),
        }),
      );
      return Object.assign(new ProposalSummary(), {
        total: byTheme.reduce((sum, row) => sum + row.proposals, 0),
        byTheme,
        byRegion: of('REGION')
          .map((row) =>
            Object.assign(new ProposalRegionCount(), {
              regionCode: String(row.groupKey),
              proposals: number(row),
            }),
          )
          .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
        bySizeClass: of('SIZE')
          .map((row) =>
            Object.assign(new ProposalSizeCount(), {
              sizeClass: String(row.groupKey) as MunicipalitySizeClass,
              proposals: number(row),
            }),
          )
          .sort((a, b) => sizeOrder.indexOf(a.sizeClass) - sizeOrder.indexOf(b.sizeClass)),
        publishedProjectNames: names
          .filter((row) => row.callId === callId)
          .map((row) =>
            LocalizedText.of({
              fi: row.fi as string | null,
              sv: row.sv as string | null,
              en: row.en as string | null,
            }),
          ),
      });
    });
  });
}
