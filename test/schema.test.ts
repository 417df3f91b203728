import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { migrations } from '../migrations';
import { printSubgraphSdl } from '../src/schema-sdl';
import { seedDatabase } from '../src/seed/seed';
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

  it('migrations revert one by one to an empty schema, with seed data in place, and apply again', async () => {
    const { dataSource, drop } = await createMigratedDataSource();
    try {
      await seedDatabase(dataSource);
      for (let left = migrations.length; left > 1; left--) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      const [{ n }] = await dataSource.query('SELECT COUNT(*) AS n FROM award');
      expect(Number(n), 'the seed data survives the reverts').to.equal(29);
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
