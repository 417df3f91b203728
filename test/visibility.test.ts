import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { Not } from 'typeorm';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Award } from '../src/modules/award/award.entity';
import { ConsortiumMember } from '../src/modules/consortium/consortium.entity';
import {
  assignReviewer,
  callByKey,
  createApplication,
  createAuditEvent,
  createAward,
  createChangeRequest,
  createClosedCall,
  createConsortium,
  createPaymentRequest,
  createReport,
  signIn,
} from './helpers/factories';
import { startTestServer, type GraphQLResponse, type RawData, type TestServer } from './helpers/server';
import { graphql } from './gql';

/**
 * Every path by which a caller could learn that an application exists. Each is asked before the
 * applications exist (so their ids are "missing") and after (so they are "not yours"); a caller who may
 * not see them must get the same answer, errors included, both times.
 */
const probes: Record<string, { toString(): string }> = {
  'application(id)': graphql(`
    query VisibilityApplication($d: ID!, $s: ID!) {
      draft: application(id: $d) {
        id
        status
        projectName {
          fi
        }
        contact {
          name
        }
        answers {
          text
        }
        maturityAssessment {
          level
        }
      }
      submitted: application(id: $s) {
        id
        status
        consortium {
          id
        }
        call {
          id
        }
      }
    }
  `),
  applications: graphql(`
    query VisibilityApplications {
      all: applications(first: 100) {
        totalCount
        nodes {
          id
        }
      }
      drafts: applications(filter: { status: [DRAFT] }) {
        totalCount
        nodes {
          id
        }
      }
      submitted: applications(filter: { status: [SUBMITTED] }) {
        totalCount
        nodes {
          id
        }
      }
    }
  `),
  'applications(filter)': graphql(`
    query VisibilityApplications2($c: ID!) {
      byConsortium: applications(filter: { consortiumId: $c }) {
        totalCount
        nodes {
          id
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      byMunicipality: applications(filter: { municipalityCode: "049" }) {
        totalCount
        nodes {
          id
        }
      }
      byCall: applications(filter: { callKey: "2022" }) {
        totalCount
        nodes {
          id
        }
      }
    }
  `),
  'call.applications': graphql(`
    query VisibilityCall {
      call(key: "2022") {
        applications(first: 100) {
          totalCount
          nodes {
            id
          }
        }
      }
    }
  `),
  'consortium(id)': graphql(`
    query VisibilityConsortium($c: ID!) {
      consortium(id: $c) {
        id
        name
        members {
          role
          municipality {
            code
          }
        }
        applications {
          totalCount
          nodes {
            id
          }
        }
      }
    }
  `),
  'consortium.applications via an application': graphql(`
    query VisibilityApplication2($s: ID!) {
      application(id: $s) {
        consortium {
          applications {
            totalCount
            nodes {
              id
              status
            }
          }
        }
      }
    }
  `),
  'municipality.applications and consortia': graphql(`
    query VisibilityMunicipality {
      lead: municipality(code: "049") {
        consortia {
          id
        }
        applications(first: 100) {
          totalCount
          nodes {
            id
          }
        }
      }
      member: municipality(code: "092") {
        consortia {
          id
          name
        }
        applications(first: 100) {
          totalCount
        }
      }
    }
  `),
  'application history and as submitted': graphql(`
    query VisibilityApplicationHistory($d: ID!, $s: ID!) {
      draft: application(id: $d) {
        history {
          totalCount
          nodes {
            action
            changes {
              field
              after
            }
          }
        }
        asSubmitted {
          summary
        }
      }
      submitted: application(id: $s) {
        history(first: 5) {
          totalCount
        }
        asSubmitted {
          summary
        }
      }
    }
  `),
  // Federation's _entities is not in the published SDL that test/gql is generated from.
  '_entities history': `
    query VisibilityEntitiesHistory($reps: [_Any!]!) {
      _entities(representations: $reps) {
        ... on Application {
          id
          history {
            totalCount
            nodes {
              changes {
                field
              }
            }
          }
          asSubmitted {
            summary
          }
        }
      }
    }
  `,
  _entities: `
    query VisibilityEntities($reps: [_Any!]!) {
      _entities(representations: $reps) {
        ... on Application {
          id
          status
        }
        ... on Consortium {
          id
          name
        }
      }
    }
  `,
};

const idsOf = (entities: ({ id: string } | null)[]) => entities.map((entity) => entity?.id ?? null);

type Observation = Record<string, Pick<GraphQLResponse<RawData>, 'status' | 'data' | 'errors'>>;

describe('row visibility: nobody learns that an application they may not see exists', () => {
  let server: TestServer;
  const ids = { c: randomUUID(), d: randomUUID(), s: randomUUID() };
  const variables = {
    ...ids,
    reps: [
      { __typename: 'Application', id: ids.d },
      { __typename: 'Application', id: ids.s },
      { __typename: 'Consortium', id: ids.c },
    ],
  };
  const callers = [
    'public',
    'outsider',
    'unassignedReviewer',
    'assignedReviewer',
    'member',
    'admin',
  ] as const;
  type Caller = (typeof callers)[number];
  const tokens = {} as Record<Caller, string | undefined>;
  const missing = {} as Record<Caller, Observation>;
  const present = {} as Record<Caller, Observation>;

  async function observe(caller: Caller): Promise<Observation> {
    const observation: Observation = {};
    for (const [name, query] of Object.entries(probes)) {
      // Raw on purpose: every probe goes through the same comparison, whatever its type; the typed
      // documents are still checked against the schema by codegen.
      const text = query.toString();
      const used = Object.fromEntries(
        Object.entries(variables).filter(([key]) => new RegExp(`\\$${key}\\b`).test(text)),
      );
      const { status, data, errors } = await server.rawQuery(text, used, { token: tokens[caller] });
      observation[name] = { status, data, errors };
    }
    return observation;
  }

  before(async () => {
    server = await startTestServer();
    const [outsider, unassignedReviewer, assignedReviewer, member, admin] = await Promise.all([
      signIn(server, { sub: 'outsider', roles: ['applicant'], municipalities: ['837'] }),
      signIn(server, { sub: 'reviewer-2', roles: ['reviewer'] }),
      signIn(server, { sub: 'reviewer-1', roles: ['reviewer'] }),
      signIn(server, { sub: 'member', roles: ['applicant'], municipalities: ['092'] }),
      signIn(server, { sub: 'admin', roles: ['admin'] }),
    ]);
    Object.assign(tokens, {
      public: undefined,
      outsider: outsider.token,
      unassignedReviewer: unassignedReviewer.token,
      assignedReviewer: assignedReviewer.token,
      member: member.token,
      admin: admin.token,
    });
    for (const caller of callers) missing[caller] = await observe(caller);

    const call = await callByKey(server.dataSource, '2022');
    await createConsortium(server.dataSource, {
      id: ids.c,
      lead: '049',
      members: ['092'],
      name: 'Espoo ja Vantaa',
    });
    await createApplication(server.dataSource, { id: ids.d, callId: call.id, consortiumId: ids.c });
    await createApplication(server.dataSource, {
      id: ids.s,
      callId: call.id,
      consortiumId: ids.c,
      status: ApplicationStatus.SUBMITTED,
    });
    for (const entityId of [ids.d, ids.s]) {
      await createAuditEvent(server.dataSource, {
        entityId,
        changes: JSON.stringify({
          summary: [null, 'Hanke'],
          contactEmail: [null, 'kaisa@example.test'],
          'answer:00000000-0000-4000-8000-000000000001': [null, 'Vastaus'],
        }),
      });
    }
    await assignReviewer(server.dataSource, { applicationId: ids.s, reviewerId: assignedReviewer.userId });
    // An ended assignment gives nothing.
    await assignReviewer(server.dataSource, {
      applicationId: ids.d,
      reviewerId: unassignedReviewer.userId,
      ended: true,
    });
    for (const caller of callers) present[caller] = await observe(caller);
  });
  after(() => server?.stop());

  for (const caller of ['public', 'outsider', 'unassignedReviewer'] as const) {
    it(`${caller}: every path answers exactly as if the draft and the submitted application did not exist`, () => {
      for (const name of Object.keys(probes)) {
        expect(present[caller][name], name).to.deep.equal(missing[caller][name]);
      }
    });
  }

  it('the public still sees the awarded applications on the same paths (the probes are not empty)', () => {
    const observation = present.public;
    expect(observation.applications.data!.all.totalCount).to.equal(29);
    expect(observation['call.applications'].errors).to.equal(undefined);
  });

  it('the member applicant sees both on every path (so each path could have told)', () => {
    for (const name of Object.keys(probes)) {
      expect(present.member[name], name).to.not.deep.equal(missing.member[name]);
      expect(present.member[name].errors, name).to.equal(undefined);
    }
    const draft = present.member['application(id)'].data!.draft;
    expect(draft).to.deep.include({ id: ids.d, status: 'DRAFT', contact: { name: 'Kaisa Kontakti' } });
    expect(present.member['consortium(id)'].data!.consortium.applications.totalCount).to.equal(2);
    expect(idsOf(present.member._entities.data!._entities)).to.deep.equal([ids.d, ids.s, ids.c]);
  });

  it('the assigned reviewer sees the submitted application and its consortium, never the draft', () => {
    const seen = present.assignedReviewer;
    const byId = seen['application(id)'];
    expect(byId.errors).to.equal(undefined);
    expect(byId.data!.draft).to.equal(null);
    expect(byId.data!.submitted).to.deep.equal({
      id: ids.s,
      status: 'SUBMITTED',
      consortium: { id: ids.c },
      call: { id: byId.data!.submitted.call.id },
    });
    expect(seen['consortium(id)'].data!.consortium.applications.nodes).to.deep.equal([{ id: ids.s }]);
    expect(seen.applications.data!.drafts.totalCount).to.equal(0);
    expect(seen._entities.data!._entities).to.deep.equal([
      null,
      { id: ids.s, status: 'SUBMITTED' },
      { id: ids.c, name: 'Espoo ja Vantaa' },
    ]);
  });

  it('call statistics, a public aggregate, count the submitted application for everyone and never the draft', async () => {
    const call = await callByKey(server.dataSource, '2022');
    const submitted = await server.dataSource
      .getRepository(Application)
      .countBy({ callId: call.id, status: Not(ApplicationStatus.DRAFT) });
    for (const caller of callers) {
      const { data } = await server.query(
        graphql(`
          query VisibilityCall2 {
            call(key: "2022") {
              statistics {
                applicationsSubmitted
              }
            }
          }
        `),
        {},
        { token: tokens[caller] },
      );
      expect(data!.call!.statistics.applicationsSubmitted, caller).to.equal(submitted);
    }
    expect(submitted).to.be.greaterThan(0);
  });

  it("an application's history shows each field only to whoever may read it on the application", async () => {
    const document = `query ($id: ID!) { application(id: $id) { history { nodes { changes { field after } } } } }`;
    const fields = async (caller: Caller, id: string) => {
      // Raw: the same document for each caller and application.
      const response = await server.rawQuery(document, { id }, { token: tokens[caller] });
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      return (response.data!.application.history.nodes as { changes: { field: string }[] }[]).flatMap(
        (entry) => entry.changes.map((change) => change.field),
      );
    };
    const answer = 'answers.00000000-0000-4000-8000-000000000001';
    expect(await fields('member', ids.d)).to.deep.equal(['summary', 'contact.email', answer]);
    expect(await fields('admin', ids.s)).to.deep.equal(['summary', 'contact.email', answer]);
    // An assigned reviewer reads the answers, not the contact person.
    expect(await fields('assignedReviewer', ids.s)).to.deep.equal(['summary', answer]);
  });

  it('the administrator sees everything', () => {
    expect(present.admin['application(id)'].data!.draft.id).to.equal(ids.d);
    expect(present.admin.applications.data!.drafts.totalCount).to.equal(1);
  });

  it('resolves many application references, visible or not, in one statement', async () => {
    const awarded = await server.dataSource.getRepository(Award).find({ take: 3, order: { id: 'ASC' } });
    const reps = [...awarded.map((award) => award.applicationId), ids.d, ids.s, randomUUID()].map((id) => ({
      __typename: 'Application',
      id,
    }));
    const response = await server.rawQuery(probes._entities.toString(), { reps });
    expect(response.errors).to.equal(undefined);
    expect(idsOf(response.data!._entities)).to.deep.equal([
      ...awarded.map((award) => award.applicationId),
      null,
      null,
      null,
    ]);
    expect(response.statements).to.equal(1);
  });
});

describe("row visibility: an application's link to its proposal", () => {
  let server: TestServer;
  after(() => server?.stop());

  it('shows the proposal id only to callers who may see the proposal itself', async () => {
    server = await startTestServer();
    const call = await callByKey(server.dataSource, '2022');
    const consortium = await createConsortium(server.dataSource, { lead: '091', members: ['092'] });
    const proposal = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.SUBMITTED,
    });
    const awarded = await createApplication(server.dataSource, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.AWARDED,
      proposalId: proposal.id,
    });
    const callers = {
      public: undefined,
      outsider: (await signIn(server, { sub: 'outsider', roles: ['applicant'], municipalities: ['837'] }))
        .token,
      member: (await signIn(server, { sub: 'member', roles: ['applicant'], municipalities: ['092'] })).token,
      admin: (await signIn(server, { sub: 'admin', roles: ['admin'] })).token,
    };
    const seen: Record<string, unknown> = {};
    for (const [caller, token] of Object.entries(callers)) {
      const response = await server.query(
        graphql(`
          query VisibilityApplication3($id: ID!) {
            application(id: $id) {
              id
              proposalId
            }
          }
        `),
        { id: awarded.id },
        { token },
      );
      expect(response.errors, caller).to.equal(undefined);
      seen[caller] = response.data!.application!.proposalId;
    }
    expect(seen).to.deep.equal({ public: null, outsider: null, member: proposal.id, admin: proposal.id });
  });
});

describe("row visibility: a grant's change requests are its consortium's and the administrators'", () => {
  let server: TestServer;
  const requestId = randomUUID();
  let awardId = '';
  let applicationId = '';
  const tokens: Record<string, string | undefined> = {};
  const seenBefore: Record<string, Observation> = {};
  const seenAfter: Record<string, Observation> = {};
  const changeProbes = {
    'changeRequest(id)': graphql(`
      query VisibilityChangeRequest($r: ID!) {
        changeRequest(id: $r) {
          id
          justification
        }
      }
    `),
    'award.changeRequests': graphql(`
      query VisibilityAwardChangeRequests($p: ID!) {
        application(id: $p) {
          award {
            id
            changeRequests {
              id
            }
          }
        }
      }
    `),
    // Federation's _entities is not in the published SDL that test/gql is generated from.
    _entities: `
      query VisibilityChangeRequestEntities($reps: [_Any!]!) {
        _entities(representations: $reps) {
          ... on ChangeRequest {
            id
            status
          }
        }
      }
    `,
  };

  async function observe(token: string | undefined): Promise<Observation> {
    const observation: Observation = {};
    const variables = {
      r: requestId,
      p: applicationId,
      reps: [{ __typename: 'ChangeRequest', id: requestId }],
    };
    for (const [name, query] of Object.entries(changeProbes)) {
      // Raw on purpose, as in the block above.
      const text = query.toString();
      const used = Object.fromEntries(
        Object.entries(variables).filter(([key]) => new RegExp(`\\$${key}\\b`).test(text)),
      );
      const { status, data, errors } = await server.rawQuery(text, used, { token });
      observation[name] = { status, data, errors };
    }
    return observation;
  }

  before(async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    const award = await ds.getRepository(Award).findOneOrFail({ where: {}, order: { id: 'ASC' } });
    awardId = award.id;
    applicationId = award.applicationId;
    const application = await ds.getRepository(Application).findOneByOrFail({ id: award.applicationId });
    const members = await ds
      .getRepository(ConsortiumMember)
      .findBy({ consortiumId: application.consortiumId });
    const memberCode = members[members.length - 1].municipalityCode;
    const outsiderCode = ['091', '049', '092', '837'].find(
      (code) => !members.some((member) => member.municipalityCode === code),
    )!;
    const people = {
      public: undefined,
      outsider: await signIn(server, {
        sub: 'cr-outsider',
        roles: ['applicant'],
        municipalities: [outsiderCode],
      }),
      reviewer: await signIn(server, { sub: 'cr-reviewer', roles: ['reviewer'] }),
      member: await signIn(server, { sub: 'cr-member', roles: ['applicant'], municipalities: [memberCode] }),
      admin: await signIn(server, { sub: 'cr-admin', roles: ['admin'] }),
    };
    for (const [caller, person] of Object.entries(people)) tokens[caller] = person?.token;
    for (const caller of Object.keys(people)) seenBefore[caller] = await observe(tokens[caller]);
    await createChangeRequest(ds, { id: requestId, awardId });
    for (const caller of Object.keys(people)) seenAfter[caller] = await observe(tokens[caller]);
  });
  after(() => server?.stop());

  for (const caller of ['public', 'outsider', 'reviewer']) {
    it(`${caller}: every path answers as if the change request did not exist`, () => {
      for (const name of Object.keys(changeProbes)) {
        expect(seenAfter[caller][name], name).to.deep.equal(seenBefore[caller][name]);
      }
    });
  }

  for (const caller of ['member', 'admin']) {
    it(`${caller}: sees it on every path (so each path could have told)`, () => {
      for (const name of Object.keys(changeProbes)) {
        expect(seenAfter[caller][name].errors, name).to.equal(undefined);
        expect(seenAfter[caller][name], name).to.not.deep.equal(seenBefore[caller][name]);
      }
      expect(seenAfter[caller]['changeRequest(id)'].data!.changeRequest.id).to.equal(requestId);
      expect(seenAfter[caller]._entities.data!._entities).to.deep.equal([
        { id: requestId, status: 'SUBMITTED' },
      ]);
    });
  }
});

describe("row visibility: a grant's payment requests and reports", () => {
  let server: TestServer;
  after(() => server?.stop());

  // Every path to them: the award list, a call's and a municipality's awards.
  const probe = graphql(`
    query VisibilityGrantRecords($c: ID!) {
      awards(first: 10, filter: { callId: $c }) {
        nodes {
          id
          paidTotal
          returnedTotal
          finalReportSummary {
            fi
          }
          paymentRequests {
            id
            status
            claimedCosts {
              total
            }
          }
          reports {
            id
            outcomes
          }
        }
      }
      municipality(code: "092") {
        awards(first: 10, orderBy: { field: DECISION_DATE, direction: DESC }) {
          nodes {
            paymentRequests {
              id
            }
            reports {
              id
            }
          }
        }
      }
    }
  `);

  it("shows them to the consortium's officials and administrators; to anyone else as if none existed", async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    const { call } = await createClosedCall(ds);
    const consortium = await createConsortium(ds, { lead: '049', members: ['092'] });
    const application = await createApplication(ds, {
      callId: call.id,
      consortiumId: consortium.id,
      status: ApplicationStatus.AWARDED,
    });
    const award = await createAward(ds, { applicationId: application.id });
    const callers = {
      public: undefined,
      outsider: (await signIn(server, { sub: 'outsider', roles: ['applicant'], municipalities: ['837'] }))
        .token,
      reviewer: (await signIn(server, { sub: 'reviewer', roles: ['reviewer'] })).token,
      member: (await signIn(server, { sub: 'member', roles: ['applicant'], municipalities: ['092'] })).token,
      admin: (await signIn(server, { sub: 'admin', roles: ['admin'] })).token,
    };
    const observe = async () => {
      const seen: Record<string, unknown> = {};
      for (const [caller, token] of Object.entries(callers)) {
        const { status, data, errors } = await server.query(probe, { c: call.id }, { token });
        seen[caller] = { status, data, errors };
      }
      return seen as Record<keyof typeof callers, { data: any; errors: unknown }>;
    };
    const before = await observe();
    const request = await createPaymentRequest(ds, { awardId: award.id });
    const report = await createReport(ds, { awardId: award.id });
    const after = await observe();
    for (const caller of ['public', 'outsider', 'reviewer'] as const) {
      expect(after[caller].errors, caller).to.equal(undefined);
      expect(after[caller], caller).to.deep.equal(before[caller]);
    }
    for (const caller of ['member', 'admin'] as const) {
      expect(after[caller].errors, `${caller} ${JSON.stringify(after[caller].errors)}`).to.equal(undefined);
      const [node] = after[caller].data.awards.nodes;
      expect(node.paymentRequests, caller).to.deep.equal([
        { id: request.id, status: 'SUBMITTED', claimedCosts: { total: '1000.00' } },
      ]);
      expect(node.reports, caller).to.deep.equal([{ id: report.id, outcomes: 'Not for everyone to read' }]);
      // The final report's summary is published only once approved.
      expect(node.finalReportSummary, caller).to.equal(null);
    }
    const memberPaths = after.member.data.municipality.awards.nodes.filter(
      (node: { paymentRequests: unknown[] }) => node.paymentRequests.length > 0,
    );
    expect(memberPaths).to.have.length(1);
  });
});
