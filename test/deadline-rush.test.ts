import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { In } from 'typeorm';
import { toCents } from '../src/common/money';
import { helsinkiDate, toHelsinkiIso } from '../src/common/time-zone';
import { SECOND_CONNECTION_WARNING } from '../src/query-stats';
import { Application } from '../src/modules/application/application.entity';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Award } from '../src/modules/award/award.entity';
import { Evaluation } from '../src/modules/evaluation/evaluation.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import {
  callInput,
  createApplication as createDraft,
  createCall,
  createConsortium,
  eligibleFields,
  expectOk,
  people,
} from './helpers/applying';
import { testEngine } from './helpers/database';
import { type ServerProcess, startServerProcess } from './helpers/processes';
import {
  assignReviewer,
  createApplication as createSubmitted,
  createClosedCall,
  createConsortium as createConsortiumOf,
  signIn,
} from './helpers/factories';
import { startTestServer, type TestServer, type TokenClaims } from './helpers/server';
import { graphql } from './gql';

const SUBMIT = graphql(`
  mutation DeadlineRushSubmitApplication($id: ID!) {
    submitApplication(id: $id) {
      id
      status
      referenceNumber
    }
  }
`);
const CREATE = graphql(`
  mutation DeadlineRushCreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation DeadlineRushUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {
    updateApplication(id: $id, expectedVersion: $v, input: $input) {
      id
      version
      projectName {
        fi
      }
    }
  }
`);
const SAVE_EVALUATION = graphql(`
  mutation DeadlineRushSaveEvaluation($a: ID!, $input: SaveEvaluationInput!) {
    saveEvaluation(applicationId: $a, input: $input) {
      id
    }
  }
`);
const DECIDE = graphql(`
  mutation DeadlineRushDecideAward($a: ID!, $input: DecideAwardInput!) {
    decideAward(applicationId: $a, input: $input) {
      id
      grantedAmount
    }
  }
`);

interface Answer {
  status: number;
  data?: Record<string, { id: string; [field: string]: unknown } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface Write {
  kind: 'create' | 'edit' | 'submit' | 'evaluate' | 'award';
  token: string;
  /** A typed document (checked against the schema by codegen), sent by hand to spread the rush. */
  query: { toString(): string };
  variables: Record<string, unknown>;
  /** What the write is about: the draft edited, the application evaluated or decided. */
  subject?: string;
  answer?: Answer;
}

/** The Helsinki wall-clock form of an instant some days from now, as a call's window takes it. */
const wallClock = (days: number) => toHelsinkiIso(new Date(Date.now() + days * 86_400_000)).slice(0, 16);
const dayFromNow = (days: number) => helsinkiDate(new Date(Date.now() + days * 86_400_000));

/**
 * Municipality officials submitting in the last minutes before the deadline, through two server
 * processes on one MariaDB (one process on SQLite, whose file has one writer): every write goes
 * through, nothing hangs, nothing is lost or doubled. The server processes bound every wait (a pooled
 * connection 10 s, a row lock 10 s, each tried twice), so a stall shows as an error answer here, not a
 * test that never ends.
 */
describe('the deadline rush: simultaneous writes through real server processes', () => {
  let server: TestServer;
  let processes: ServerProcess[] = [];
  let codes: string[];
  let consortia: { id: string; lead: string }[];
  let shared: { id: string; lead: string };

  const official = (sub: string, code: string): TokenClaims => ({
    sub,
    name: `Official ${sub}`,
    roles: ['applicant'],
    municipalities: [code],
  });

  /** An open call whose window runs by the real clock, as the server processes read it. */
  async function openCall(key: string) {
    return createCall(
      server,
      callInput(key, {
        year: new Date().getFullYear(),
        opensAt: wallClock(-1),
        closesAt: wallClock(30),
        projectDeadline: dayFromNow(800),
        appropriation: '100000000',
      }),
    );
  }

  function fields(call: Parameters<typeof eligibleFields>[0]) {
    return { ...eligibleFields(call), projectStart: dayFromNow(60), projectEnd: dayFromNow(400) };
  }

  /** Sends every write at once, spread over the server processes, and keeps each answer. */
  async function rush(writes: Write[]): Promise<void> {
    await Promise.all(
      writes.map(async (write, index) => {
        const response = await fetch(processes[index % processes.length].url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${write.token}` },
          body: JSON.stringify({ query: write.query.toString(), variables: write.variables }),
        });
        write.answer = { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
      }),
    );
  }

  const succeeded = (writes: Write[], kind: Write['kind']) =>
    writes.filter((write) => write.kind === kind && !write.answer!.errors);

  const idOf = (write: Write) => Object.values(write.answer!.data!)[0]!.id;

  async function auditCount(action: string, entityIds: string[]): Promise<Map<string, number>> {
    const events = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ action, entityId: In(entityIds) });
    const counts = new Map<string, number>();
    for (const event of events) counts.set(event.entityId, (counts.get(event.entityId) ?? 0) + 1);
    return counts;
  }

  /** What the server processes logged, for the message of a failed expectation. */
  const warnings = () => processes.flatMap((process) => process.warnings()).join('\n');

  function expectNoSecondConnection() {
    for (const process of processes) expect(process.stderr()).not.to.include(SECOND_CONNECTION_WARNING);
  }

  before(async () => {
    server = await startTestServer();
    // The server processes read the system clock, so tokens and call windows follow it too.
    server.clock.set(new Date());
    const count = testEngine === 'mariadb' ? 2 : 1;
    processes = await Promise.all(
      // What is tried here is the database under concurrent writes; refusing work while the event loop
      // lags (a test machine running other suites) is the HTTP layer's, tested in http.test.ts.
      Array.from({ length: count }, () =>
        startServerProcess(server.databaseUrl, { DATABASE_POOL_SIZE: '10', MAX_EVENT_LOOP_DELAY_MS: '0' }),
      ),
    );
    codes = (
      await server.dataSource
        .getRepository(Municipality)
        .createQueryBuilder('municipality')
        .where('municipality.validTo IS NULL')
        .orderBy('municipality.code')
        .limit(82)
        .getMany()
    ).map((municipality) => municipality.code);
    expect(codes).to.have.length(82);
    consortia = [];
    for (let i = 0; i < 40; i++) {
      const consortium = await createConsortium(server, official(`lead-${codes[i]}`, codes[i]), {
        name: `Rush consortium ${i}`,
        leadCode: codes[i],
        memberCodes: [codes[40 + i]],
      });
      consortia.push({ id: consortium.id, lead: codes[i] });
    }
    const sharedConsortium = await createConsortium(server, official('shared-lead', codes[80]), {
      name: 'The shared consortium',
      leadCode: codes[80],
      memberCodes: [codes[81]],
    });
    shared = { id: sharedConsortium.id, lead: codes[80] };
  });

  after(async () => {
    const exitCodes = await Promise.all(processes.map((process) => process.stop()));
    await server?.stop();
    expect(exitCodes).to.deep.equal(processes.map(() => 0));
  });

  it('40 officials of 40 consortia and 40 of one shared consortium submit at once: all succeed, reference numbers consecutive', async () => {
    const call = await openCall('rush-80');
    const submitters: { who: TokenClaims; consortiumId: string }[] = [
      ...consortia.map(({ id, lead }) => ({ who: official(`lead-${lead}`, lead), consortiumId: id })),
      ...Array.from({ length: 40 }, (_, i) => ({
        who: official(`shared-${i}`, shared.lead),
        consortiumId: shared.id,
      })),
    ];
    const writes: Write[] = [];
    for (const { who, consortiumId } of submitters) {
      const draft = await createDraft(server, who, { callId: call.id, consortiumId, ...fields(call) });
      writes.push({
        kind: 'submit',
        token: await server.token(who),
        query: SUBMIT,
        variables: { id: draft.id },
      });
    }

    await rush(writes);

    for (const write of writes) {
      expect(write.answer!.status, `${JSON.stringify(write.answer)}\n${warnings()}`).to.equal(200);
      expect(write.answer!.errors, JSON.stringify(write.answer!.errors)).to.equal(undefined);
    }
    const references = writes.map(
      (write) => write.answer!.data!.submitApplication!.referenceNumber as string,
    );
    const expected = Array.from({ length: 80 }, (_, i) => `rush-80-${String(i + 1).padStart(4, '0')}`);
    expect([...references].sort()).to.deep.equal(expected);
    const ids = writes.map(idOf);
    const stored = await server.dataSource.getRepository(Application).findBy({ id: In(ids) });
    expect(stored.map((application) => application.status)).to.deep.equal(Array(80).fill('SUBMITTED'));
    expect([...(await auditCount('submitApplication', ids)).values()]).to.deep.equal(Array(80).fill(1));
    expectNoSecondConnection();
  });

  it('200 mixed writes at once (drafts, edits, submissions, evaluations, decisions): each accepted write is there exactly once with its audit event', async () => {
    const admin = await signIn(server, people.admin);
    const call = await openCall('rush-mixed');
    const officials = consortia.map(({ id, lead }) => ({
      who: official(`lead-${lead}`, lead),
      consortiumId: id,
    }));
    const tokens = await Promise.all(officials.map(({ who }) => server.token(who)));
    const writes: Write[] = [];

    // 40 new drafts.
    officials.forEach(({ consortiumId }, i) =>
      writes.push({
        kind: 'create',
        token: tokens[i],
        query: CREATE,
        variables: { input: { callId: call.id, consortiumId, ...fields(call) } },
      }),
    );
    // 20 drafts, each edited three times at once from version 1: exactly one edit may win.
    for (let i = 0; i < 20; i++) {
      const { who, consortiumId } = officials[i];
      const draft = await createDraft(server, who, { callId: call.id, consortiumId, ...fields(call) });
      for (let edit = 0; edit < 3; edit++) {
        writes.push({
          kind: 'edit',
          token: tokens[i],
          query: UPDATE,
          subject: draft.id,
          variables: { id: draft.id, v: 1, input: { projectName: { fi: `Muokkaus ${i}.${edit}` } } },
        });
      }
    }
    // 40 submissions.
    for (let i = 0; i < 40; i++) {
      const { who, consortiumId } = officials[i];
      const draft = await createDraft(server, who, { callId: call.id, consortiumId, ...fields(call) });
      writes.push({ kind: 'submit', token: tokens[i], query: SUBMIT, variables: { id: draft.id } });
    }
    // 30 evaluations by 5 reviewers of applications under review in a closed call.
    const reviewed = await createClosedCall(server.dataSource);
    const reviewers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => signIn(server, { sub: `rush-reviewer-${i}`, roles: ['reviewer'] })),
    );
    const reviewConsortium = await createConsortiumOf(server.dataSource, {
      lead: codes[0],
      members: [codes[1]],
    });
    const underReview: Application[] = [];
    for (let i = 0; i < 30; i++) {
      underReview.push(
        await createSubmitted(server.dataSource, {
          callId: reviewed.call.id,
          consortiumId: reviewConsortium.id,
          status: ApplicationStatus.SUBMITTED,
        }),
      );
    }
    expectOk(
      await server.query(
        graphql(`
          mutation DeadlineRushStartReview($c: ID!) {
            startReview(callId: $c) {
              id
            }
          }
        `),
        { c: reviewed.call.id },
        {
          token: admin.token,
        },
      ),
    );
    for (const [i, application] of underReview.entries()) {
      const reviewer = reviewers[i % reviewers.length];
      await assignReviewer(server.dataSource, { applicationId: application.id, reviewerId: reviewer.userId });
      writes.push({
        kind: 'evaluate',
        token: reviewer.token,
        query: SAVE_EVALUATION,
        subject: application.id,
        variables: {
          a: application.id,
          input: { scores: reviewed.criteria.map((criterion) => ({ criterionId: criterion.id, score: 3 })) },
        },
      });
    }
    // 30 award decisions of 70 000 € against an appropriation of 1 000 000 €: 14 fit.
    const decided = await createClosedCall(server.dataSource, { appropriation: '1000000.00' });
    const toDecide: Application[] = [];
    for (let i = 0; i < 30; i++) {
      toDecide.push(
        await createSubmitted(server.dataSource, {
          callId: decided.call.id,
          consortiumId: reviewConsortium.id,
          requestedAmount: '100000.00',
          status: ApplicationStatus.SUBMITTED,
        }),
      );
    }
    expectOk(
      await server.query(
        graphql(`
          mutation DeadlineRushStartReview2($c: ID!) {
            startReview(callId: $c) {
              id
            }
          }
        `),
        { c: decided.call.id },
        {
          token: admin.token,
        },
      ),
    );
    for (const application of toDecide) {
      writes.push({
        kind: 'award',
        token: admin.token,
        query: DECIDE,
        subject: application.id,
        variables: { a: application.id, input: { grantedAmount: '70000.00', decisionDate: dayFromNow(0) } },
      });
    }
    expect(writes).to.have.length(200);

    await rush(writes);

    // No 5xx, and the only refusals are the ones the rules call for.
    const allowed: Record<Write['kind'], string[]> = {
      create: [],
      edit: ['VERSION_CONFLICT'],
      submit: [],
      evaluate: [],
      award: ['APPROPRIATION_EXCEEDED'],
    };
    for (const write of writes) {
      expect(write.answer!.status, `${JSON.stringify(write.answer)}\n${warnings()}`).to.be.below(500);
      for (const error of write.answer!.errors ?? []) {
        expect(allowed[write.kind], `${write.kind}: ${JSON.stringify(error)}`).to.include(
          error.extensions?.code,
        );
      }
    }

    const created = succeeded(writes, 'create').map(idOf);
    expect(new Set(created).size).to.equal(40);
    expect(await server.dataSource.getRepository(Application).countBy({ id: In(created) })).to.equal(40);
    expect([...(await auditCount('createApplication', created)).values()]).to.deep.equal(Array(40).fill(1));

    const edits = writes.filter((write) => write.kind === 'edit');
    const edited = [...new Set(edits.map((write) => write.subject!))];
    const editAudits = await auditCount('updateApplication', edited);
    for (const draftId of edited) {
      const winners = edits.filter((write) => write.subject === draftId && !write.answer!.errors);
      expect(winners, draftId).to.have.length(1);
      const row = await server.dataSource.getRepository(Application).findOneByOrFail({ id: draftId });
      expect(row.version).to.equal(2);
      expect(row.projectName.fi).to.equal(
        (winners[0].answer!.data!.updateApplication!.projectName as { fi: string }).fi,
      );
      expect(editAudits.get(draftId)).to.equal(1);
    }

    const submitted = succeeded(writes, 'submit');
    expect(submitted).to.have.length(40);
    expect(
      submitted.map((write) => write.answer!.data!.submitApplication!.referenceNumber).sort(),
    ).to.deep.equal(Array.from({ length: 40 }, (_, i) => `rush-mixed-${String(i + 1).padStart(4, '0')}`));
    const submittedIds = submitted.map(idOf);
    expect([...(await auditCount('submitApplication', submittedIds)).values()]).to.deep.equal(
      Array(40).fill(1),
    );

    const evaluations = succeeded(writes, 'evaluate').map(idOf);
    expect(evaluations).to.have.length(30);
    expect(await server.dataSource.getRepository(Evaluation).countBy({ id: In(evaluations) })).to.equal(30);
    expect([...(await auditCount('saveEvaluation', evaluations)).values()]).to.deep.equal(Array(30).fill(1));

    const awards = succeeded(writes, 'award').map(idOf);
    expect(awards).to.have.length(14);
    const stored = await server.dataSource.getRepository(Award).findBy({ callId: decided.call.id });
    expect(stored.map((award) => award.id).sort()).to.deep.equal([...awards].sort());
    const total = stored.reduce((sum, award) => sum + toCents(award.grantedAmount), 0n);
    expect(total <= toCents('1000000.00')).to.equal(true);
    expect([...(await auditCount('decideAward', awards)).values()]).to.deep.equal(Array(14).fill(1));
    expectNoSecondConnection();
  });
});
