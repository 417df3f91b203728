import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';

const key = (name: string, length: number) => ({
  name,
  type: 'varchar',
  length: String(length),
  isPrimary: true,
});
const counter = (name: string) => ({ name, type: 'integer', isNullable: false, default: 0 });
const cents = (name: string) => ({ name, type: 'bigint', isNullable: false, default: 0 });

const counters = [
  'applicationsSubmitted',
  'applicationsAwarded',
  'requestedCents',
  'awards',
  'grantedCents',
  'publishedGrants',
  'publishedGrantsWithoutAmount',
  'publishedCents',
  'unrecordedGrants',
  'unrecordedGrantsWithoutAmount',
  'unrecordedCents',
];

// The tallies as src/modules/application/funding-tallies.ts defines them, written out here so that this
// migration never changes with the code.
const published = `
  1 AS publishedGrants,
  CASE WHEN d.grantedAmount IS NULL THEN 1 ELSE 0 END AS publishedGrantsWithoutAmount,
  COALESCE(ROUND(d.grantedAmount * 100), 0) AS publishedCents,
  CASE WHEN d.awardId IS NULL THEN 1 ELSE 0 END AS unrecordedGrants,
  CASE WHEN d.awardId IS NULL AND d.grantedAmount IS NULL THEN 1 ELSE 0 END AS unrecordedGrantsWithoutAmount,
  CASE WHEN d.awardId IS NULL THEN COALESCE(ROUND(d.grantedAmount * 100), 0) ELSE 0 END AS unrecordedCents
  FROM published_decision d
  LEFT JOIN award w ON w.id = d.awardId
  LEFT JOIN application a ON a.id = w.applicationId`;
const backfill = `
INSERT INTO funding_tally (callId, municipalityCode, role, themeId, ${counters.join(', ')})
SELECT callId, municipalityCode, role, themeId, ${counters.map((name) => `SUM(${name})`).join(', ')}
FROM (
  SELECT a.callId AS callId, m.municipalityCode AS municipalityCode, m.role AS role,
    COALESCE(a.themeId, '') AS themeId,
    1 AS applicationsSubmitted, CASE WHEN a.status = 'AWARDED' THEN 1 ELSE 0 END AS applicationsAwarded,
    COALESCE(ROUND(a.requestedAmount * 100), 0) AS requestedCents, 0 AS awards, 0 AS grantedCents,
    0 AS publishedGrants, 0 AS publishedGrantsWithoutAmount, 0 AS publishedCents, 0 AS unrecordedGrants,
    0 AS unrecordedGrantsWithoutAmount, 0 AS unrecordedCents
  FROM application a JOIN consortium_member m ON m.consortiumId = a.consortiumId
  WHERE a.status <> 'DRAFT' AND NOT (a.status = 'WITHDRAWN' AND a.submittedAt IS NULL)
  UNION ALL
  SELECT w.callId, m.municipalityCode, m.role, COALESCE(a.themeId, ''), 0, 0, 0,
    1, COALESCE(ROUND(w.grantedAmount * 100), 0), 0, 0, 0, 0, 0, 0
  FROM award w
  JOIN application a ON a.id = w.applicationId
  JOIN consortium_member m ON m.consortiumId = a.consortiumId
  UNION ALL
  SELECT d.callId, COALESCE(d.leadCode, ''), 'LEAD', COALESCE(a.themeId, ''), 0, 0, 0, 0, 0, ${published}
  UNION ALL
  SELECT d.callId, r.municipalityCode, 'MEMBER', COALESCE(a.themeId, ''), 0, 0, 0, 0, 0, ${published}
  JOIN published_decision_recipient r
    ON r.publishedDecisionId = d.id AND r.municipalityCode <> COALESCE(d.leadCode, '')
) contribution
GROUP BY callId, municipalityCode, role, themeId`;

/**
 * Running totals behind call and funding statistics (issue 12.2: constant in the number of
 * applications), one row per call, municipality, role and theme, counted from what is on record.
 */
export class FundingTallies1764000000200 implements MigrationInterface {
  name = 'FundingTallies1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'funding_tally',
        columns: [
          key('callId', 36),
          key('municipalityCode', 3),
          key('role', 32),
          key('themeId', 36),
          ...counters.map((name) => (name.endsWith('Cents') ? cents(name) : counter(name))),
        ],
        indices: [
          new TableIndex({ name: 'IDX_funding_tally_municipality', columnNames: ['municipalityCode'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_funding_tally_call',
            columnNames: ['callId'],
            referencedTableName: 'grant_call',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.query(backfill);
    // Funding statistics look up the population of a year (the latest up to a call's year).
    await queryRunner.createIndex(
      'municipality_population',
      new TableIndex({ name: 'IDX_municipality_population_year', columnNames: ['year'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('municipality_population', 'IDX_municipality_population_year');
    await queryRunner.dropTable('funding_tally');
  }
}
