import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { In } from 'typeorm';
import { toCents } from '../src/common/money';
import { Application } from '../src/modules/application/application.entity';
import { Award } from '../src/modules/award/award.entity';
import { testEngine } from './helpers/database';
import { createApplication, createClosedCall, createConsortium, signIn } from './helpers/factories';
import { type ServerProcess, startServerProcess } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const DECIDE = graphql(`
  mutation AwardConcurrencyDecideAward($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
      grantedAmount
    }
  }
`);

describe('the appropriation cap under concurrent award decisions', () => {
  let server: TestServer;
  let second: ServerProcess | undefined;

  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await second?.stop();
    await server?.stop();
  });

  /** 30 applications of 100 000.00, each to be granted 70 000.00, against an appropriation of 1 000 000.00. */
  async function arrange() {
    const admin = await signIn(server, { sub: 'admin', roles: ['admin'] });
    const { call } = await createClosedCall(server.dataSource, { appropriation: '1000000.00' });
    const consortium = await createConsortium(server.dataSource, { lead: '010', members: ['005'] });
    const applications: Application[] = [];
    for (let i = 0; i < 30; i++) {
      applications.push(
        await createApplication(server.dataSource, {
          callId: call.id,
          consortiumId: consortium.id,
          requestedAmount: '100000.00',
          status: ApplicationStatus.SUBMITTED,
        }),
      );
    }
    const started = await server.query(
      graphql(`
        mutation AwardConcurrencyStartReview($c: ID!) {
          startReview(callId: $c) {
            id
          }
        }
      `),
      { c: call.id },
      { token: admin.token },
    );
    expect(started.data!.startReview).to.have.length(30);
    return { admin, call, applications };
  }

  async function post(url: string, token: string, applicationId: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: DECIDE,
        variables: { a: applicationId, input: { grantedAmount: '70000.00', decisionDate: '2025-12-11' } },
      }),
    });
    return (await response.json()) as {
      data?: { decideAward: { id: string } } | null;
      errors?: { extensions: { code: string } }[];
    };
  }

  async function expectCapHeld(
    callId: string,
    results: Awaited<ReturnType<typeof post>>[],
    applicationIds: string[],
  ) {
    const accepted = results
      .filter((result) => result.data?.decideAward)
      .map((result) => result.data!.decideAward.id);
    const refused = results
      .filter((result) => result.errors)
      .map((result) => result.errors![0].extensions.code);
    // 14 × 70 000 = 980 000 fits; a 15th would make 1 050 000.
    expect(accepted).to.have.length(14);
    expect(refused).to.deep.equal(Array(16).fill('APPROPRIATION_EXCEEDED'));
    const stored = await server.dataSource.getRepository(Award).findBy({ callId });
    expect(stored.map((award) => award.id).sort()).to.deep.equal([...accepted].sort());
    const total = stored.reduce((sum, award) => sum + toCents(award.grantedAmount), 0n);
    expect(total <= toCents('1000000.00')).to.equal(true);
    expect(total).to.equal(toCents('980000.00'));
    const awarded = await server.dataSource
      .getRepository(Application)
      .countBy({ id: In(applicationIds), status: 'AWARDED' as Application['status'] });
    expect(awarded).to.equal(14);
  }

  it('holds when many decisions arrive at one server at once', async () => {
    const { admin, call, applications } = await arrange();
    const results = await Promise.all(
      applications.map((application) => post(server.url, admin.token, application.id)),
    );
    await expectCapHeld(
      call.id,
      results,
      applications.map((application) => application.id),
    );
  });

  it('holds when decisions arrive at two server processes on the same MariaDB at once', async function () {
    if (testEngine !== 'mariadb') {
      // SQLite has one writer per file and no row locks: the cross-process case is a MariaDB deployment's.
      this.skip();
    }
    second = await startServerProcess(server.databaseUrl);
    // The second process reads the system clock, so the token must be valid now, not at the test clock.
    server.clock.set(new Date());
    const { admin, call, applications } = await arrange();
    const urls = [server.url, second.url];
    const results = await Promise.all(
      applications.map((application, i) => post(urls[i % 2], admin.token, application.id)),
    );
    await expectCapHeld(
      call.id,
      results,
      applications.map((application) => application.id),
    );
  });
});
