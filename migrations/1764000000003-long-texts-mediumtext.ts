import type { MigrationInterface, QueryRunner } from 'typeorm';

const isMySqlFamily = (queryRunner: QueryRunner) =>
  ['mysql', 'mariadb'].includes(queryRunner.connection.options.type);

/** The long-text columns, by table, with whether each may be NULL. */
const longTexts: Record<string, [column: string, nullable: boolean][]> = {
  grant_call: ['descriptionFi', 'descriptionSv', 'descriptionEn', 'notesFi', 'notesSv', 'notesEn'].map(
    (column) => [column, true],
  ),
  call_theme: [
    ['titleFi', true],
    ['titleSv', true],
    ['titleEn', true],
    ['examples', false],
  ],
  call_criterion: [
    ['titleFi', true],
    ['titleSv', true],
    ['titleEn', true],
  ],
  call_question: [
    ['textFi', true],
    ['textSv', true],
    ['textEn', true],
  ],
  call_condition: [
    ['textFi', true],
    ['textSv', true],
    ['textEn', true],
  ],
  consortium: [['partners', false]],
  application: [
    ['summary', true],
    ['maturityNotes', true],
    ['rejectionReason', true],
  ],
  application_answer: [['text', false]],
  review_assignment: [['conflictDeclaration', true]],
  evaluation: [['comment', true]],
  evaluation_score: [['comment', true]],
  award: [['conditions', true]],
  audit_event: [['changes', false]],
};

async function retype(queryRunner: QueryRunner, type: 'mediumtext' | 'text'): Promise<void> {
  for (const [table, columns] of Object.entries(longTexts)) {
    const changes = columns.map(
      ([column, nullable]) => `MODIFY \`${column}\` ${type} ${nullable ? 'NULL' : 'NOT NULL'}`,
    );
    await queryRunner.query(`ALTER TABLE \`${table}\` ${changes.join(', ')}`);
  }
}

/**
 * Long texts become MEDIUMTEXT (16 MiB) on MySQL/MariaDB. Their TEXT holds 65 535 bytes, and a text
 * within its limit in characters can be longer than that in bytes (20 000 emoji are 80 000 bytes), as
 * can an audit event, which holds the text before and after a change. SQLite's TEXT has no such limit;
 * nothing to do there. Reverting fails, changing nothing, while some text is too long for TEXT.
 */
export class LongTextsMediumText1764000000003 implements MigrationInterface {
  name = 'LongTextsMediumText1764000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isMySqlFamily(queryRunner)) await retype(queryRunner, 'mediumtext');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isMySqlFamily(queryRunner)) await retype(queryRunner, 'text');
  }
}
