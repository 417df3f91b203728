import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { printSubgraphSdl } from '../src/schema-sdl';
import { createMigratedDataSource } from './helpers/database';

describe('schema', () => {
  it('schema/schema.graphql is the SDL the code prints (run `npm run schema:emit` after a change)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(await printSubgraphSdl()).to.equal(committed);
  });

  it('the migrated database equals the entities: the schema builder finds nothing to change', async () => {
    const { dataSource, drop } = await createMigratedDataSource();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).to.deep.equal([]);
    } finally {
      await drop();
    }
  });

  it('migrations revert to an empty schema and apply again', async () => {
    const { dataSource, drop } = await createMigratedDataSource();
    try {
      await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.createQueryRunner().getTables(['municipality', 'award', 'application']);
      expect(tables).to.have.length(0);
      await dataSource.runMigrations({ transaction: 'each' });
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).to.have.length(0);
    } finally {
      await drop();
    }
  });
});
