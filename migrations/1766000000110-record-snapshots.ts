import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * `record_snapshot`: a record exactly as it stood when it was submitted or published (the JSON the owning
 * module writes in that mutation's transaction), for `Application.asSubmitted` and `Call.asPublished`.
 * Nothing before this migration had one: records submitted or published earlier have none.
 */
export class RecordSnapshots1766000000110 implements MigrationInterface {
  name = 'RecordSnapshots1766000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    const type = queryRunner.connection.options.type;
    const longText = type === 'mysql' || type === 'mariadb' ? 'mediumtext' : 'text';
    const varchar = (name: string, length: number) => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: false,
    });
    await queryRunner.createTable(
      new Table({
        name: 'record_snapshot',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('entityType', 64),
          varchar('entityId', 64),
          varchar('action', 64),
          { name: 'takenAt', type: 'datetime', precision: 3, isNullable: false },
          { name: 'content', type: longText, isNullable: false },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_snapshot_entity_taken_at',
            columnNames: ['entityType', 'entityId', 'takenAt'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('record_snapshot');
  }
}
