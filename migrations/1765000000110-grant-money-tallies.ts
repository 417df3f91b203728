import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The award's money columns, and the running total (funding_tally) each adds up in. */
const counters = [
  ['paidCents', 'paidTotal'],
  ['returnedCents', 'returnedTotal'],
  ['recoveryClaimCents', 'recoveryClaim'],
  ['recoveredCents', 'recoveredTotal'],
] as const;

/**
 * The grants' money in the running totals behind call and funding statistics, as
 * src/modules/application/funding-tallies.ts defines them (written out here, so that this migration never
 * changes with the code): an award's amounts count in its lead's and each member's row, with its
 * application's theme. Every award already has its rows (it counts there), so an UPDATE fills them.
 */
export class GrantMoneyTallies1765000000110 implements MigrationInterface {
  name = 'GrantMoneyTallies1765000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [counter] of counters) {
      await queryRunner.query(`ALTER TABLE funding_tally ADD COLUMN ${counter} bigint NOT NULL DEFAULT 0`);
    }
    const sums = counters.map(
      ([counter, column]) => `${counter} = (
        SELECT COALESCE(SUM(ROUND(w.${column} * 100)), 0)
        FROM award w
        JOIN application a ON a.id = w.applicationId
        JOIN consortium_member m ON m.consortiumId = a.consortiumId
        WHERE w.callId = funding_tally.callId AND m.municipalityCode = funding_tally.municipalityCode
          AND m.role = funding_tally.role AND COALESCE(a.themeId, '') = funding_tally.themeId)`,
    );
    await queryRunner.query(`UPDATE funding_tally SET ${sums.join(', ')}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [counter] of [...counters].reverse()) {
      await queryRunner.query(`ALTER TABLE funding_tally DROP COLUMN ${counter}`);
    }
  }
}
