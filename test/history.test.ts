import { expect } from 'chai';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Award } from '../src/modules/award/award.entity';
import {
  as,
  callInput,
  createApplication,
  createCall,
  createConsortium,
  eligibleFields,
  expectCode,
  expectOk,
  people,
  submit,
} from './helpers/applying';
import { assignReviewer, createAuditEvent, signIn } from './helpers/factories';
import { type GraphQLResponse, startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';
import type { HistoryCallQuery } from './gql/graphql';

const UPDATE_CALL = graphql(`
  mutation HistoryUpdateCall($id: ID!, $input: UpdateCallInput!) {
    updateCall(id: $id, input: $input) {
      id
    }
  }
`);
const CREATE_CALL = graphql(`
  mutation HistoryCreateCall($input: CreateCallInput!) {
    createCall(input: $input) {
      id
    }
  }
`);
const PUBLISH_CALL = graphql(`
  mutation HistoryPublishCall($id: ID!) {
    publishCall(id: $id) {
      id
    }
  }
`);
const CALL_HISTORY = graphql(`
  query HistoryCall($id: ID!, $first: Int, $after: String) {
    call(id: $id) {
      title {
        fi
      }
      asPublished {
        publishedAt
        title {
          fi
          en
        }
        appropriation
        themes {
          code
          title {
            en
          }
        }
        criteria {
          code
          weight
        }
        questions {
          code
          required
        }
        conditions {
          fi
        }
      }
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          at
          action
          actor {
            role
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);
const ACTOR_NAMES = graphql(`
  query HistoryActorNames($id: ID!) {
    call(id: $id) {
      history {
        nodes {
          actor {
            role
            name
          }
        }
      }
    }
  }
`);
const UPDATE_CONSORTIUM = graphql(`
  mutation HistoryUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {
    updateConsortium(id: $id, input: $input) {
      id
    }
  }
`);
const APPLICATION_PUBLIC = graphql(`
  query HistoryApplicationPublic($id: ID!) {
    application(id: $id) {
      summary
      asSubmitted {
        referenceNumber
        submittedAt
        consortiumName
        summary
        requestedAmount
        projectName {
          fi
        }
        theme {
          code
        }
        budget {
          staff
          total
        }
        members {
          role
          municipality {
            code
          }
        }
      }
      history {
        nodes {
          action
          actor {
            role
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);
const APPLICATION_PRIVATE = graphql(`
  query HistoryApplicationPrivate($id: ID!) {
    application(id: $id) {
      asSubmitted {
        answers {
          question {
            code
          }
          text
        }
        contact {
          name
          email
        }
      }
    }
  }
`);
const SUBMITTED_CONTACT = graphql(`
  query HistorySubmittedContact($id: ID!) {
    application(id: $id) {
      asSubmitted {
        contact {
          email
        }
      }
    }
  }
`);
const fieldsOf = (entries: { changes: { field: string }[] }[]) =>
  [...new Set(entries.flatMap((entry) => entry.changes.map((change) => change.field)))].sort();

describe('history you can query: records as submitted and published, and their changes from the audit log', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  /** A second later: events of one record at the same millisecond are ordered by id, not as they came. */
  const tick = () => server.clock.set(new Date(server.clock.now().getTime() + 1000));

  /** A published call, edited before and after publication. */
  async function editedCall() {
    const key = `h-${Math.random().toString(36).slice(2, 8)}`;
    const { id } = expectOk(
      await as(server, people.admin, CREATE_CALL, { input: callInput(key) }),
    ).createCall;
    tick();
    expectOk(
      await as(server, people.admin, UPDATE_CALL, { id, input: { title: { fi: 'Luonnos', en: 'Draft' } } }),
    );
    tick();
    expectOk(await as(server, people.admin, PUBLISH_CALL, { id }));
    tick();
    expectOk(
      await as(server, people.admin, UPDATE_CALL, {
        id,
        input: { title: { fi: 'Korjattu nimi', en: 'Draft' }, appropriation: '900000' },
      }),
    );
    return id;
  }

  it('keeps a call as published, and shows its changes: all to administrators, from publication on to others', async () => {
    const id = await editedCall();
    const admin = expectOk(await as(server, people.admin, CALL_HISTORY, { id })).call!;
    expect(admin.title.fi).to.equal('Korjattu nimi');
    expect(admin.asPublished).to.deep.include({
      title: { fi: 'Luonnos', en: 'Draft' },
      appropriation: '1000000.00',
      conditions: [{ fi: 'Tulokset ovat muiden kuntien käytettävissä' }],
    });
    expect(admin.asPublished!.themes.map((theme) => theme.code)).to.deep.equal([
      'e-decisions',
      'remote-work',
    ]);
    expect(admin.asPublished!.criteria).to.deep.equal([
      { code: 'impact', weight: 2 },
      { code: 'feasibility', weight: 1 },
    ]);
    expect(admin.history.nodes.map((entry) => entry.action)).to.deep.equal([
      'createCall',
      'updateCall',
      'publishCall',
      'updateCall',
    ]);
    const correction = admin.history.nodes[3];
    expect(correction.actor).to.deep.equal({ role: 'ADMIN' });
    expect(correction.changes).to.deep.include.members([
      { field: 'appropriation', before: '"1000000.00"', after: '"900000.00"' },
      {
        field: 'title',
        before: JSON.stringify({ fi: 'Luonnos', sv: null, en: 'Draft' }),
        after: JSON.stringify({ fi: 'Korjattu nimi', sv: null, en: 'Draft' }),
      },
    ]);

    // The public: from the publication on, a role and no name.
    const publicView = expectOk(await as(server, null, CALL_HISTORY, { id })).call!;
    expect(publicView.asPublished).to.deep.equal(admin.asPublished);
    expect(publicView.history.totalCount).to.equal(2);
    expect(publicView.history.nodes.map((entry) => entry.action)).to.deep.equal([
      'publishCall',
      'updateCall',
    ]);
    expect(publicView.history.nodes.every((entry) => entry.actor.role === 'ADMIN')).to.equal(true);
    const hiddenNames = await as(server, null, ACTOR_NAMES, { id });
    expect(hiddenNames.errors!.map((error) => error.extensions?.code)).to.deep.equal([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    const names = expectOk(await as(server, people.admin, ACTOR_NAMES, { id })).call!.history.nodes;
    expect(names.map((entry) => entry.actor.name)).to.deep.equal(Array(4).fill('Ministry Admin'));

    // Paged with cursors, one at a time, in order.
    const seen: string[] = [];
    let after: string | null | undefined = null;
    do {
      const response: GraphQLResponse<HistoryCallQuery> = await as(server, people.admin, CALL_HISTORY, {
        id,
        first: 1,
        after,
      });
      const history = expectOk(response).call!.history;
      seen.push(...history.nodes.map((entry) => entry.action));
      after = history.pageInfo.hasNextPage ? history.pageInfo.endCursor : null;
    } while (after);
    expect(seen).to.deep.equal(['createCall', 'updateCall', 'publishCall', 'updateCall']);
  });

  it('has no published snapshot for a draft, nor for a call kept from before this service', async () => {
    const key = `d-${Math.random().toString(36).slice(2, 8)}`;
    const { id } = expectOk(
      await as(server, people.admin, CREATE_CALL, { input: callInput(key) }),
    ).createCall;
    expect(expectOk(await as(server, people.admin, CALL_HISTORY, { id })).call!.asPublished).to.equal(null);
    // A draft is the administrators' alone, history and all.
    expect(expectOk(await as(server, null, CALL_HISTORY, { id })).call).to.equal(null);
  });

  /** An application of Vantaa (lead) and Helsinki, submitted, then awarded and its consortium renamed. */
  async function submittedApplication() {
    const call = await createCall(server, callInput(`a-${Math.random().toString(36).slice(2, 8)}`));
    const consortium = await createConsortium(server, people.vantaa, {
      name: 'Vantaa ja Helsinki',
      leadCode: '092',
      memberCodes: ['091'],
    });
    const draft = await createApplication(server, people.vantaa, {
      callId: call.id,
      consortiumId: consortium.id,
      ...eligibleFields(call),
    });
    tick();
    const submitted = expectOk(await submit(server, people.vantaa, draft.id)).submitApplication;
    return { call, consortium, submitted };
  }

  it('keeps an application as submitted, with the same field permissions as the application', async () => {
    const { consortium, submitted } = await submittedApplication();
    // Later changes: the consortium's name, a corrected summary, and the award that makes it public.
    expectOk(
      await as(server, people.vantaa, UPDATE_CONSORTIUM, { id: consortium.id, input: { name: 'Uusi nimi' } }),
    );
    await server.dataSource
      .getRepository(Application)
      .update(submitted.id, { summary: 'Corrected later', status: ApplicationStatus.AWARDED });

    for (const who of [null, people.vantaa, people.admin]) {
      const application = expectOk(
        await as(server, who, APPLICATION_PUBLIC, { id: submitted.id }),
      ).application!;
      expect(application.summary).to.equal('Corrected later');
      expect(application.asSubmitted).to.deep.equal({
        referenceNumber: submitted.referenceNumber,
        submittedAt: submitted.submittedAt,
        consortiumName: 'Vantaa ja Helsinki',
        summary: 'Sähköinen kokous kaikille kunnille',
        requestedAmount: '85000.00',
        projectName: { fi: 'Yhteinen päätöksenteko' },
        theme: { code: 'e-decisions' },
        budget: { staff: '80000.00', total: '100000.00' },
        members: [
          { role: 'LEAD', municipality: { code: '092' } },
          { role: 'MEMBER', municipality: { code: '091' } },
        ],
      });
    }
    const own = expectOk(await as(server, people.vantaa, APPLICATION_PRIVATE, { id: submitted.id }));
    expect(own.application!.asSubmitted).to.deep.equal({
      answers: [{ question: { code: 'change-plan' }, text: 'Kokoukset siirtyvät verkkoon.' }],
      contact: { name: 'Maija Meikäläinen', email: 'maija@example.fi' },
    });
    // The public reads the awarded application, but not its answers or contact person, as submitted either.
    expectCode(await as(server, null, SUBMITTED_CONTACT, { id: submitted.id }), 'FORBIDDEN');
    expectCode(await as(server, people.espoo, SUBMITTED_CONTACT, { id: submitted.id }), 'FORBIDDEN');
  });

  it("shows an application's history field by field as the caller may read each field", async () => {
    const { submitted } = await submittedApplication();
    const reviewer = await signIn(server, { sub: 'history-reviewer', roles: ['reviewer'] });
    await assignReviewer(server.dataSource, { applicationId: submitted.id, reviewerId: reviewer.userId });

    const own = expectOk(
      await as(server, people.vantaa, APPLICATION_PUBLIC, { id: submitted.id }),
    ).application!;
    expect(own.history.nodes.map((entry) => entry.action)).to.deep.equal([
      'createApplication',
      'submitApplication',
    ]);
    expect(own.history.nodes.map((entry) => entry.actor.role)).to.deep.equal(['APPLICANT', 'APPLICANT']);
    const contactChange = own.history.nodes[0].changes.find((change) => change.field === 'contact.email');
    expect(contactChange).to.deep.equal({
      field: 'contact.email',
      before: null,
      after: '"maija@example.fi"',
    });
    expect(fieldsOf(own.history.nodes).some((field) => field.startsWith('answers.'))).to.equal(true);
    expect(fieldsOf(own.history.nodes)).to.include.members([
      'budget.staff',
      'contact.email',
      'contact.name',
      'contact.phone',
      'projectName',
      'requestedAmount',
      'status',
      'theme',
    ]);

    // An assigned reviewer reads the answers but not the contact person: not in the history either.
    const assigned = (
      await server.query(
        APPLICATION_PUBLIC,
        { id: submitted.id },
        { token: await server.token({ sub: 'history-reviewer', roles: ['reviewer'] }) },
      )
    ).data!.application!;
    expect(fieldsOf(assigned.history.nodes).some((field) => field.startsWith('answers.'))).to.equal(true);
    expect(fieldsOf(assigned.history.nodes).filter((field) => field.startsWith('contact'))).to.deep.equal([]);

    // Not visible: no history at all. Awarded: the public's history leaves out answers and contact.
    expect(expectOk(await as(server, null, APPLICATION_PUBLIC, { id: submitted.id })).application).to.equal(
      null,
    );
    await server.dataSource
      .getRepository(Application)
      .update(submitted.id, { status: ApplicationStatus.AWARDED });
    const publicView = expectOk(
      await as(server, null, APPLICATION_PUBLIC, { id: submitted.id }),
    ).application!;
    const publicFields = fieldsOf(publicView.history.nodes);
    expect(publicFields).to.include.members(['projectName', 'requestedAmount', 'status', 'summary']);
    expect(publicFields.filter((field) => /^(contact|answers|maturityAssessment)/.test(field))).to.deep.equal(
      [],
    );
    expect(publicView.history.nodes.map((entry) => entry.actor)).to.deep.equal([
      { role: 'APPLICANT' },
      { role: 'APPLICANT' },
    ]);
  });

  it("shows an award's history, leaving out any field the map does not name", async () => {
    const award = await server.dataSource
      .getRepository(Award)
      .findOneOrFail({ where: {}, order: { id: 'ASC' } });
    await createAuditEvent(server.dataSource, {
      entityType: 'Award',
      entityId: award.id,
      action: 'correctAward',
      changes: JSON.stringify({
        grantedAmount: ['1000.00', '900.00'],
        internalNote: [null, 'not for anyone'],
      }),
    });
    const response = await server.rawQuery(
      // Raw: the award is reached by a run-time id through federation's _entities, as a router would.
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Award { history { totalCount nodes { action actor { role } changes { field before after } } } } } }',
      { reps: [{ __typename: 'Award', id: award.id }] },
    );
    expect(response.errors).to.equal(undefined);
    const history = response.data!._entities[0].history;
    expect(history.totalCount).to.equal(1);
    expect(history.nodes[0]).to.deep.equal({
      action: 'correctAward',
      actor: { role: null },
      changes: [{ field: 'grantedAmount', before: '"1000.00"', after: '"900.00"' }],
    });
  });

  it('reads the histories and snapshots of a page of applications in a fixed number of statements', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await submittedApplication()).submitted.id);
    const statements = async (count: number) => {
      // Raw: the ids of the page are chosen at run time, and the header is what is asserted.
      const response = await server.rawQuery(
        `{ applications(first: ${count}, filter: { status: [SUBMITTED] }, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { id asSubmitted { referenceNumber members { role } } history(first: 2) { totalCount nodes { action actor { role name } changes { field } } } } } }`,
        {},
        { token: await server.token(people.admin) },
      );
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      expect(response.data!.applications.nodes).to.have.length(count);
      return Number(response.headers.get('x-sql-statements'));
    };
    const one = await statements(1);
    expect(await statements(3)).to.equal(one);
  });
});
