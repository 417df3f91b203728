import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The award's columns copied from its application, in the order the columns are added. */
const awardTerms: [column: string, type: string][] = [
  ['projectStart', 'date'],
  ['projectEnd', 'date'],
  ['budgetStaff', 'decimal(14,2)'],
  ['budgetTravel', 'decimal(14,2)'],
  ['budgetPremises', 'decimal(14,2)'],
  ['budgetPurchasedServices', 'decimal(14,2)'],
  ['budgetOther', 'decimal(14,2)'],
];

/**
 * The terms a grant lives by after the decision (issue 14). On the call: how many months after the
 * project's end the final report is due (`reportDueMonths`, 3 by default), the day an interim report is
 * due where the call asks for one (`interimReportDue`), and the latest day a change may extend a project
 * to (`latestProjectEnd`; null: the call's projectDeadline). On the award: its current project period and
 * approved budget by cost category, copied from the application at the decision and backfilled here from
 * the applications on record (the seeded grants have none: they stay null). Plain ALTER TABLE for the
 * reason given in ApplicationRejectionReason1764000000001.
 */
export class GrantTerms1765000000000 implements MigrationInterface {
  name = 'GrantTerms1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE grant_call ADD COLUMN reportDueMonths integer NOT NULL DEFAULT 3');
    await queryRunner.query('ALTER TABLE grant_call ADD COLUMN interimReportDue date NULL');
    await queryRunner.query('ALTER TABLE grant_call ADD COLUMN latestProjectEnd date NULL');
    for (const [column, type] of awardTerms) {
      await queryRunner.query(`ALTER TABLE award ADD COLUMN ${column} ${type} NULL`);
    }
    await queryRunner.query(
      `UPDATE award SET ${awardTerms
        .map(
          ([column]) =>
            `${column} = (SELECT a.${column} FROM application a WHERE a.id = award.applicationId)`,
        )
        .join(', ')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [column] of [...awardTerms].reverse()) {
      await queryRunner.query(`ALTER TABLE award DROP COLUMN ${column}`);
    }
    await queryRunner.query('ALTER TABLE grant_call DROP COLUMN latestProjectEnd');
    await queryRunner.query('ALTER TABLE grant_call DROP COLUMN interimReportDue');
    await queryRunner.query('ALTER TABLE grant_call DROP COLUMN reportDueMonths');
  }
}
