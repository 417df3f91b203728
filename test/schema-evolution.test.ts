import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { compareSchemas } from '../src/schema-evolution';

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])\n';

/** The paths of the changes of each kind between two SDLs (both given the federation @link). */
async function changesBetween(baseline: string, current: string) {
  const { breaking, dangerous, safe } = await compareSchemas(link + baseline, link + current);
  const paths = (changes: { path?: string }[]) => changes.map((change) => change.path);
  return { breaking: paths(breaking), dangerous: paths(dangerous), safe: paths(safe) };
}

const repoRoot = path.resolve(__dirname, '../..');
const checkCli = path.join(repoRoot, 'dist/src/cli/check-schema.js');

describe('schema evolution check', () => {
  it('a removed field is breaking', async () => {
    const result = await changesBetween(
      'type Query { award(id: ID!): Award } type Award { id: ID! grantedAmount: String }',
      'type Query { award(id: ID!): Award } type Award { id: ID! }',
    );
    expect(result.breaking).to.deep.equal(['Award.grantedAmount']);
  });

  it('a field deprecated in the baseline may be removed: dangerous, not breaking', async () => {
    const result = await changesBetween(
      'type Query { award(id: ID!): Award } type Award { id: ID! amount: String @deprecated(reason: "Use grantedAmount.") grantedAmount: String }',
      'type Query { award(id: ID!): Award } type Award { id: ID! grantedAmount: String }',
    );
    expect(result.breaking).to.deep.equal([]);
    expect(result.dangerous).to.deep.equal(['Award.amount']);
  });

  it('deprecating only in the new SDL does not allow the removal in the same step', async () => {
    const result = await changesBetween(
      'type Query { a: String b: String }',
      'type Query { b: String @deprecated(reason: "Gone soon.") }',
    );
    expect(result.breaking).to.deep.equal(['Query.a']);
  });

  it('an added optional argument, or a required one with a default, breaks nothing', async () => {
    const result = await changesBetween(
      'type Query { awards: [String!]! }',
      'type Query { awards(year: Int, first: Int! = 20): [String!]! }',
    );
    expect(result.breaking).to.deep.equal([]);
    expect(result.dangerous).to.have.members(['Query.awards.year', 'Query.awards.first']);
  });

  it('a new required argument is breaking', async () => {
    const result = await changesBetween(
      'type Query { awards: [String!]! }',
      'type Query { awards(year: Int!): [String!]! }',
    );
    expect(result.breaking).to.deep.equal(['Query.awards.year']);
  });

  it('a changed type is breaking, for outputs and arguments alike', async () => {
    const result = await changesBetween(
      'type Query { total(year: Int): String! count: Int }',
      'type Query { total(year: String): String count: String }',
    );
    expect(result.breaking).to.have.members(['Query.total', 'Query.total.year', 'Query.count']);
  });

  it('a removed enum value is breaking unless it was deprecated', async () => {
    const result = await changesBetween(
      'type Query { s: Stage } enum Stage { PROPOSAL APPLICATION DRAFT @deprecated(reason: "Not used.") }',
      'type Query { s: Stage } enum Stage { PROPOSAL }',
    );
    expect(result.breaking).to.deep.equal(['Stage.APPLICATION']);
    expect(result.dangerous).to.deep.equal(['Stage.DRAFT']);
  });

  it('a removed type is breaking while a field leads to it without deprecation', async () => {
    const result = await changesBetween(
      'type Query { old: Legacy new: String } type Legacy { x: Int }',
      'type Query { new: String }',
    );
    expect(result.breaking).to.have.members(['Query.old', 'Legacy']);
  });

  it('a type may go once every field leading to it was deprecated', async () => {
    const result = await changesBetween(
      'type Query { old: Legacy @deprecated(reason: "Use new.") new: String } type Legacy { x: Int }',
      'type Query { new: String }',
    );
    expect(result.breaking).to.deep.equal([]);
    expect(result.dangerous).to.have.members(['Query.old', 'Legacy']);
  });

  it('an entity partners reach by key may go only once its own fields were deprecated too', async () => {
    const retiring = (deprecated: string) =>
      `type Query { a: String } type Grant @key(fields: "id") { id: ID! amount: String ${deprecated} }`;
    const undeprecated = await changesBetween(retiring(''), 'type Query { a: String }');
    expect(undeprecated.breaking).to.deep.equal(['Grant']);
    const deprecated = await changesBetween(
      retiring('@deprecated(reason: "Use Award.")'),
      'type Query { a: String }',
    );
    expect(deprecated.breaking).to.deep.equal([]);
  });

  it('a dropped or changed entity key is breaking, an added key is safe', async () => {
    const entity = (keys: string) =>
      `type Query { m: Municipality } type Municipality ${keys} { code: ID! id: ID! }`;
    const dropped = await changesBetween(entity('@key(fields: "code")'), entity(''));
    expect(dropped.breaking).to.deep.equal(['Municipality.@key']);
    const changed = await changesBetween(entity('@key(fields: "code")'), entity('@key(fields: "id")'));
    expect(changed.breaking).to.deep.equal(['Municipality.@key']);
    expect(changed.safe).to.deep.equal(['Municipality.@key']);
    const added = await changesBetween(
      entity('@key(fields: "code")'),
      entity('@key(fields: "code") @key(fields: "id")'),
    );
    expect(added).to.deep.equal({ breaking: [], dangerous: [], safe: ['Municipality.@key'] });
  });

  it('schema/schema.graphql (the SDL the code prints) has no breaking change against schema/baseline.graphql', async () => {
    const baseline = fs.readFileSync(path.join(repoRoot, 'schema/baseline.graphql'), 'utf8');
    const current = fs.readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8');
    const { breaking } = await compareSchemas(baseline, current);
    expect(breaking.map((change) => change.message)).to.deep.equal([]);
  });

  describe('the command (npm run schema:check)', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const committed = () => fs.readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8');
    const awardHead = 'type Award\n  @key(fields: "id")\n{\n';
    /** A baseline file with a field the code does not have: the code "removed" it. */
    const baselineWithRetiredField = (name: string) => {
      const file = path.join(dir, name);
      expect(committed()).to.contain(awardHead);
      fs.writeFileSync(file, committed().replace(awardHead, `${awardHead}  retired: String\n`));
      return file;
    };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [checkCli, ...args], { cwd: repoRoot, encoding: 'utf8' });

    it('exits 1 and names the change when the baseline had a field the code no longer has', () => {
      const baseline = baselineWithRetiredField('retired.graphql');
      const result = run('--baseline', baseline);
      expect(result.status, result.stderr).to.equal(1);
      expect(result.stdout).to.contain('Award.retired');
      expect(result.stdout).to.contain('1 breaking');
    });

    it('publishes the current SDL with --update-baseline only when nothing breaks', () => {
      const refusedBaseline = baselineWithRetiredField('refused.graphql');
      const refused = run('--baseline', refusedBaseline, '--update-baseline');
      expect(refused.status).to.equal(1);
      expect(fs.readFileSync(refusedBaseline, 'utf8')).to.contain('retired: String');

      const olderBaseline = path.join(dir, 'older.graphql');
      fs.writeFileSync(
        olderBaseline,
        committed().replace('fundingTotal(year: Int): Decimal!', 'fundingTotal: Decimal!'),
      );
      expect(fs.readFileSync(olderBaseline, 'utf8')).not.to.equal(committed());
      const result = run('--baseline', olderBaseline, '--update-baseline');
      expect(result.status, result.stdout + result.stderr).to.equal(0);
      expect(fs.readFileSync(olderBaseline, 'utf8')).to.equal(committed());
    });
  });
});
