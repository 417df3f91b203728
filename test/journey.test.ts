import { expect } from 'chai';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { User } from '../src/modules/user/user.entity';
import { as, expectCode, expectOk } from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const admin = { sub: 'ministry-admin', name: 'Ministeriön virkailija', roles: ['admin'] };
const espoo = {
  sub: 'espoo-official',
  name: 'Espoon virkailija',
  roles: ['applicant'],
  municipalities: ['049'],
};
const vantaa = {
  sub: 'vantaa-official',
  name: 'Vantaan virkailija',
  roles: ['applicant'],
  municipalities: ['092'],
};
const helsinki = {
  sub: 'helsinki-official',
  name: 'Helsingin virkailija',
  roles: ['applicant'],
  municipalities: ['091'],
};

describe('the whole journey over HTTP with real tokens', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ now: '2026-04-20T09:00:00Z' });
  });
  after(() => server?.stop());

  it('an administrator opens a call; an applicant builds a consortium, drafts, sees the issues, fixes them and submits; a late one is refused', async () => {
    // The administrator creates and publishes the 2026 call, with its window in Helsinki time.
    const call = expectOk(
      await as(
        server,
        admin,
        graphql(`
          mutation JourneyCreateCall($input: CreateCallInput!) {
            createCall(input: $input) {
              id
              status
              themes {
                id
                code
              }
              questions {
                id
                code
              }
            }
          }
        `),
        {
          input: {
            key: '2026',
            year: 2026,
            title: { fi: 'Vuoden 2026 avustus', sv: '2026 års understöd' },
            appropriation: '5000000',
            opensAt: '2026-05-04T09:00',
            closesAt: '2026-06-30T16:15',
            projectDeadline: '2028-10-31',
            minMunicipalities: 2,
            excludedSectors: ['SOCIAL_AND_HEALTH_CARE', 'ARCHIVING'],
            themes: [{ code: 'participation', title: { fi: 'Osallistuminen' } }],
            criteria: [{ code: 'impact', title: { fi: 'Vaikuttavuus' }, weight: 2 }],
            questions: [
              {
                code: 'change-plan',
                text: { fi: 'Miten toimintatavat muuttuvat?' },
                required: true,
                maxLength: 2000,
              },
              { code: 'results-use', text: { fi: 'Miten tuloksia hyödynnetään?' }, required: true },
            ],
          },
        },
      ),
    ).createCall;
    expect(call.status).to.equal('DRAFT');
    const published = expectOk(
      await as(
        server,
        admin,
        graphql(`
          mutation JourneyPublishCall($id: ID!) {
            publishCall(id: $id) {
              status
              opensAt
              closesAt
            }
          }
        `),
        {
          id: call.id,
        },
      ),
    );
    expect(published.publishCall).to.deep.equal({
      status: 'PUBLISHED',
      opensAt: '2026-05-04T06:00:00.000Z',
      closesAt: '2026-06-30T13:15:00.000Z',
    });

    // An Espoo official forms a consortium with Kauniainen and Vantaa.
    const consortium = expectOk(
      await as(
        server,
        espoo,
        graphql(`
          mutation JourneyCreateConsortium($input: CreateConsortiumInput!) {
            createConsortium(input: $input) {
              id
              lead {
                code
              }
            }
          }
        `),
        {
          input: {
            name: 'Länsi-Uusimaa osallistuu',
            leadCode: '049',
            memberCodes: ['235', '092'],
            callId: call.id,
          },
        },
      ),
    ).createConsortium;
    expect(consortium.lead.code).to.equal('049');

    // The first draft breaks several rules; the applicant sees all of them at once.
    const [changePlan, resultsUse] = call.questions;
    const draft = expectOk(
      await as(
        server,
        espoo,
        graphql(`
          mutation JourneyCreateApplication($input: CreateApplicationInput!) {
            createApplication(input: $input) {
              ...ApplicationFields
            }
          }
        `),
        {
          input: {
            callId: call.id,
            consortiumId: consortium.id,
            themeId: call.themes[0].id,
            sector: 'ARCHIVING',
            projectName: { fi: 'Osallistuva arkisto' },
            requestedAmount: '400000',
            budget: { staff: '300000', travel: '20000' },
            projectStart: '2026-09-01',
            projectEnd: '2028-12-31',
            answers: [{ questionId: changePlan.id, text: 'Asukkaat mukaan päätöksentekoon.' }],
            contact: { name: 'Eeva Esimerkki', email: 'eeva@espoo.example' },
          },
        },
      ),
    ).createApplication;
    expect(draft.eligibilityIssues.map((issue: { code: string }) => issue.code)).to.deep.equal([
      'EXCLUDED_SECTOR',
      'PROJECT_END_AFTER_DEADLINE',
      'REQUEST_ABOVE_BUDGET',
      'ANSWER_MISSING',
    ]);
    expectCode(
      await as(
        server,
        espoo,
        graphql(`
          mutation JourneySubmitApplication($id: ID!) {
            submitApplication(id: $id) {
              id
            }
          }
        `),
        {
          id: draft.id,
        },
      ),
      'CALL_NOT_OPEN',
    );

    // A Vantaa official (a member) fixes the draft; the window opens; Espoo submits.
    const fixed = expectOk(
      await as(
        server,
        vantaa,
        graphql(`
          mutation JourneyUpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {
            updateApplication(id: $id, expectedVersion: $v, input: $input) {
              ...ApplicationFields
            }
          }
        `),
        {
          id: draft.id,
          v: draft.version,
          input: {
            sector: 'RESIDENT_SERVICES',
            requestedAmount: '272000',
            projectEnd: '2028-10-31',
            answers: [{ questionId: resultsUse.id, text: 'Malli on kaikkien kuntien käytössä.' }],
          },
        },
      ),
    ).updateApplication;
    expect(fixed).to.deep.include({ version: 2, eligibilityIssues: [] });
    server.clock.set('2026-05-04T06:00:00Z');
    const submitted = expectOk(
      await as(
        server,
        espoo,
        graphql(`
          mutation JourneySubmitApplication2($id: ID!) {
            submitApplication(id: $id) {
              status
              referenceNumber
              submittedAt
              version
            }
          }
        `),
        { id: draft.id },
      ),
    ).submitApplication;
    expect(submitted).to.deep.equal({
      status: 'SUBMITTED',
      referenceNumber: '2026-0001',
      submittedAt: '2026-05-04T06:00:00.000Z',
      version: 3,
    });

    // The public sees the call's counts but not the application; the members see it whole.
    expect(
      expectOk(
        await as(
          server,
          null,
          graphql(`
            query JourneyApplication($id: ID!) {
              application(id: $id) {
                id
              }
            }
          `),
          { id: draft.id },
        ),
      ).application,
    ).to.equal(null);
    const stats = expectOk(
      await as(
        server,
        null,
        graphql(`
          query JourneyCall {
            call(key: "2026") {
              status
              statistics {
                applicationsSubmitted
                totalRequested
              }
            }
          }
        `),
      ),
    ).call;
    expect(stats).to.deep.equal({
      status: 'OPEN',
      statistics: { applicationsSubmitted: 1, totalRequested: '272000.00' },
    });
    const asMember = expectOk(
      await as(
        server,
        vantaa,
        graphql(`
          query JourneyApplication2($id: ID!) {
            application(id: $id) {
              answers {
                text
              }
              contact {
                name
              }
            }
          }
        `),
        { id: draft.id },
      ),
    );
    expect(asMember.application!.answers).to.have.length(2);

    // A Helsinki official drafts in time but submits after 16:15 Helsinki time on the closing day.
    const late = expectOk(
      await as(
        server,
        helsinki,
        graphql(`
          mutation JourneyCreateConsortium2($input: CreateConsortiumInput!) {
            createConsortium(input: $input) {
              id
            }
          }
        `),
        {
          input: { name: 'Helsinki ja Vantaa', leadCode: '091', memberCodes: ['092'] },
        },
      ),
    ).createConsortium;
    const lateDraft = expectOk(
      await as(
        server,
        helsinki,
        graphql(`
          mutation JourneyCreateApplication2($input: CreateApplicationInput!) {
            createApplication(input: $input) {
              id
            }
          }
        `),
        {
          input: { callId: call.id, consortiumId: late.id, projectName: { fi: 'Myöhässä' } },
        },
      ),
    ).createApplication;
    server.clock.set('2026-06-30T13:15:00Z');
    expectCode(
      await as(
        server,
        helsinki,
        graphql(`
          mutation JourneySubmitApplication3($id: ID!) {
            submitApplication(id: $id) {
              id
            }
          }
        `),
        {
          id: lateDraft.id,
        },
      ),
      'CALL_NOT_OPEN',
    );
    expectCode(
      await as(
        server,
        helsinki,
        graphql(`
          mutation JourneyCreateApplication3($input: CreateApplicationInput!) {
            createApplication(input: $input) {
              id
            }
          }
        `),
        {
          input: { callId: call.id, consortiumId: late.id },
        },
      ),
      'CALL_NOT_OPEN',
    );

    // The administrator lists the call's applications with their issues: one statement per relation, not per
    // row, so two rows cost what one does (a networked engine may answer a loader in a second tick: +2).
    const listOf = (first: number) =>
      as(
        server,
        admin,
        graphql(`
          query JourneyCall2($first: Int) {
            call(key: "2026") {
              applications(first: $first) {
                nodes {
                  referenceNumber
                  status
                  eligibilityIssues {
                    code
                  }
                }
              }
            }
          }
        `),
        { first },
      );
    await listOf(1); // the first request of a token may record the person's visit: one statement more
    const [one, list] = [await listOf(1), await listOf(2)];
    expect(expectOk(one).call!.applications.nodes).to.have.length(1);
    expect(expectOk(list).call!.applications.nodes).to.have.length(2);
    expect(list.statements).to.be.within(one.statements, one.statements + 2);

    // Every change is on record with its actor (several share an instant: the test clock stands still).
    const events = await server.dataSource.getRepository(AuditEvent).find();
    const users = new Map(
      (await server.dataSource.getRepository(User).find()).map((user) => [user.id, user.name]),
    );
    expect(events.map((event) => [event.action, users.get(event.actorId!)])).to.have.deep.members([
      ['createCall', admin.name],
      ['publishCall', admin.name],
      ['createConsortium', espoo.name],
      ['createApplication', espoo.name],
      ['updateApplication', vantaa.name],
      ['submitApplication', espoo.name],
      ['createConsortium', helsinki.name],
      ['createApplication', helsinki.name],
    ]);
  });
});
