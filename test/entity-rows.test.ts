import { expect } from 'chai';
import type { DataSource } from 'typeorm';
import { EntityRows } from '../src/common/entity-rows';
import { seedDatabase } from '../src/seed/seed';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Award } from '../src/modules/award/award.entity';
import { createMigratedDataSource } from './helpers/database';
import { callByKey, createAward, createConsortium } from './helpers/factories';

/**
 * The loaders read entities through EntityRows instead of TypeORM's hydration: for every entity, over the
 * seeded data and a grant with every kind of column filled in (money, dates, instants, localized names,
 * nulls), what it reads must be what TypeORM's `getMany` reads, value for value and class for class.
 */
describe('EntityRows', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  before(async () => {
    ({ dataSource, drop } = await createMigratedDataSource());
    await seedDatabase(dataSource, new Date('2026-01-01T00:00:00Z'));
    const call = await callByKey(dataSource, '2020');
    const consortium = await createConsortium(dataSource, { lead: '091', members: ['049'] });
    await createAward(dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      grantedAmount: '123456789012.34',
      decisionDate: '2020-12-31',
    });
  });

  after(() => drop());

  it('reads every entity as TypeORM hydrates it', async () => {
    const manager = dataSource.manager;
    let compared = 0;
    for (const metadata of dataSource.entityMetadatas) {
      const ordered = <Q extends { addOrderBy(sort: string, order: 'ASC'): Q }>(query: Q) =>
        metadata.primaryColumns.reduce(
          (q, column) => q.addOrderBy(`row.${column.propertyPath}`, 'ASC'),
          query,
        );
      const expected = await ordered(
        manager.getRepository(metadata.target).createQueryBuilder('row'),
      ).getMany();
      const rows = EntityRows.on(manager, metadata.target);
      const actual = await rows.read(ordered(rows.query(manager, 'row')));
      expect(actual, metadata.name).to.deep.equal(expected);
      actual.forEach((entity, index) =>
        expect(Object.getPrototypeOf(entity), metadata.name).to.equal(Object.getPrototypeOf(expected[index])),
      );
      compared += actual.length;
    }
    // The seed and the grant above: calls, themes, municipalities, applications, awards…
    expect(compared).to.be.greaterThan(500);
  });

  it('keeps money exact and dates as the entity declares them', async () => {
    const rows = EntityRows.on(dataSource.manager, Award);
    const [award] = await rows.read(
      rows
        .query(dataSource.manager, 'row')
        .where('row.grantedAmount = :amount', { amount: '123456789012.34' }),
    );
    expect(award).to.be.instanceOf(Award);
    expect(award.grantedAmount).to.equal('123456789012.34');
    expect(award.decisionDate).to.equal('2020-12-31');
    expect(award.createdAt).to.be.instanceOf(Date);
    const applications = EntityRows.on(dataSource.manager, Application);
    const [application] = await applications.read(
      applications.query(dataSource.manager, 'row').where('row.id = :id', { id: award.applicationId }),
    );
    expect(application.status).to.equal(ApplicationStatus.AWARDED);
    expect(application.projectName.fi).to.equal('Salainen hanke');
    expect(application.projectName.constructor.name).to.equal('LocalizedName');
  });
});
