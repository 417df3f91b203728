import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
  type TableColumnOptions,
} from 'typeorm';

// Column shapes as in the initial schema, repeated here so that this migration never changes with the code.
const varchar = (name: string, length: number): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: false,
});

/**
 * Uploaded documents (issue 14.8): the agreement between the implementers and the attachments of payment
 * requests and reports. The bytes live in the document storage (DOCUMENTS_DIR); a row names them by
 * `storageKey`. `ownerId` has no foreign key: it names a row of the table `ownerType` says.
 */
export class Documents1765000000300 implements MigrationInterface {
  name = 'Documents1765000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'document',
        columns: [
          { ...varchar('id', 36), isPrimary: true },
          varchar('ownerType', 32),
          varchar('ownerId', 36),
          varchar('kind', 32),
          varchar('fileName', 255),
          varchar('mediaType', 128),
          { name: 'byteSize', type: 'integer', isNullable: false },
          varchar('sha256', 64),
          varchar('storageKey', 255),
          varchar('uploadedById', 36),
          { name: 'uploadedAt', type: 'datetime', precision: 3, isNullable: false },
        ],
        indices: [
          new TableIndex({ name: 'IDX_document_owner', columnNames: ['ownerType', 'ownerId', 'uploadedAt'] }),
          new TableIndex({ name: 'UQ_document_storage_key', columnNames: ['storageKey'], isUnique: true }),
          // Every foreign-key column leads an index of its own, so that MariaDB creates none behind our back.
          new TableIndex({ name: 'IDX_document_uploaded_by', columnNames: ['uploadedById'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_document_uploaded_by',
            columnNames: ['uploadedById'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document');
  }
}
