import type { MigrationInterface, QueryRunner } from 'typeorm';

const isMySqlFamily = (queryRunner: QueryRunner) =>
  ['mysql', 'mariadb'].includes(queryRunner.connection.options.type);

/**
 * Token subjects are exact strings: "alice" and "Alice" are two people. MySQL/MariaDB compare the default
 * utf8mb4_unicode_ci collation without case (and trailing spaces), so the subject column gets a binary
 * collation there. SQLite already compares text exactly; nothing to do.
 */
export class UserSubjectExact1764000000002 implements MigrationInterface {
  name = 'UserSubjectExact1764000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isMySqlFamily(queryRunner)) return;
    await queryRunner.query(
      'ALTER TABLE `app_user` MODIFY `subject` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!isMySqlFamily(queryRunner)) return;
    await queryRunner.query(
      'ALTER TABLE `app_user` MODIFY `subject` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL',
    );
  }
}
