import { expect } from 'chai';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import {
  as,
  callInput,
  createApplication,
  createCall,
  createConsortium,
  eligibleFields,
  people,
  submit,
  expectCode,
  expectOk,
} from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const invite = graphql(`
  mutation TwoStageInviteProposal($proposalId: ID!, $callId: ID!) {
    inviteProposal(proposalId: $proposalId, callId: $callId) {
      ...ApplicationFields
      call {
        key
      }
      consortium {
        id
      }
      proposal {
        id
      }
    }
  }
`);

describe('two-stage calls: proposals invited into the application call', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  it('invites a submitted proposal as a draft of the same consortium, carrying its answers over by question code', async () => {
    const questions = [
      { code: 'goals', text: { en: 'The goals and the desired end result' }, required: true },
      { code: 'risks', text: { en: 'Risks' }, required: true },
    ];
    const proposalCall = await createCall(server, callInput('2026-p', { stage: 'PROPOSAL', questions }));
    const applicationCall = await createCall(
      server,
      callInput('2026-h', {
        proposalCallId: proposalCall.id,
        questions: [
          questions[0],
          { code: 'budget-plan', text: { en: 'How the budget is used' }, required: true },
        ],
      }),
    );
    const consortium = await createConsortium(server, people.helsinki, {
      name: 'Ehdottajat',
      leadCode: '091',
      memberCodes: ['049'],
    });
    const proposal = await createApplication(server, people.helsinki, {
      callId: proposalCall.id,
      consortiumId: consortium.id,
      themeId: proposalCall.themes[1].id,
      sector: 'GENERAL_ADMINISTRATION',
      projectName: { fi: 'Yhteinen sopimushallinta' },
      requestedAmount: '50000',
      budget: { staff: '60000' },
      projectStart: '2026-11-01',
      projectEnd: '2027-06-30',
      answers: [
        { questionId: proposalCall.questions[0].id, text: 'Yksi sopimusrekisteri kaikille' },
        { questionId: proposalCall.questions[1].id, text: 'Aikataulu' },
      ],
    });
    expectCode(
      await as(server, people.admin, invite, { proposalId: proposal.id, callId: applicationCall.id }),
      'INVALID_STATE_TRANSITION',
    );
    expect(
      expectOk(await submit(server, people.helsinki, proposal.id)).submitApplication.referenceNumber,
    ).to.equal('2026-p-0001');

    expectCode(
      await as(server, people.helsinki, invite, { proposalId: proposal.id, callId: applicationCall.id }),
      'FORBIDDEN',
    );
    expectCode(
      await as(server, people.admin, invite, { proposalId: proposal.id, callId: proposalCall.id }),
      'BAD_USER_INPUT',
      'callId',
    );
    const draft = expectOk(
      await as(server, people.admin, invite, { proposalId: proposal.id, callId: applicationCall.id }),
    ).inviteProposal;
    expect(draft).to.deep.include({
      status: 'DRAFT',
      version: 1,
      referenceNumber: null,
      requestedAmount: '50000.00',
      sector: 'GENERAL_ADMINISTRATION',
      projectName: { fi: 'Yhteinen sopimushallinta' },
      theme: { code: 'remote-work' },
      call: { key: '2026-h' },
      consortium: { id: consortium.id },
      proposal: { id: proposal.id },
    });
    expect(draft.answers).to.deep.equal([
      { question: { code: 'goals' }, text: 'Yksi sopimusrekisteri kaikille' },
    ]);
    expect(draft.eligibilityIssues.map((issue: { code: string }) => issue.code)).to.deep.equal([
      'ANSWER_MISSING',
    ]);

    const seen = expectOk(
      await as(
        server,
        people.espoo,
        graphql(`
          query TwoStageApplication($id: ID!) {
            application(id: $id) {
              status
              call {
                key
              }
            }
          }
        `),
        {
          id: draft.id,
        },
      ),
    );
    expect(seen.application).to.deep.equal({ status: 'DRAFT', call: { key: '2026-h' } });
    expectCode(
      await as(server, people.admin, invite, { proposalId: proposal.id, callId: applicationCall.id }),
      'INVALID_STATE_TRANSITION',
    );
    const [event] = await server.dataSource.getRepository(AuditEvent).findBy({ entityId: draft.id });
    expect(event.action).to.equal('inviteProposal');
    expect(JSON.parse(event.changes).answers).to.deep.equal([null, ['goals']]);
  });

  it('publishes a free-topic proposal call without themes, and its proposals need none', async () => {
    const call = await createCall(
      server,
      callInput('2026-free', { stage: 'PROPOSAL', themes: [], minMunicipalities: 1 }),
    );
    expect(call.status).to.equal('OPEN');
    const consortium = await createConsortium(server, people.espoo, { name: 'Espoo yksin', leadCode: '049' });
    const proposal = await createApplication(server, people.espoo, {
      callId: call.id,
      consortiumId: consortium.id,
      ...eligibleFields(call),
    });
    expect(proposal.eligibilityIssues).to.deep.equal([]);
  });

  it('only an APPLICATION call can follow a PROPOSAL call', async () => {
    const application = await createCall(server, callInput('2026-x'));
    const create = graphql(`
      mutation TwoStageCreateCall($input: CreateCallInput!) {
        createCall(input: $input) {
          id
        }
      }
    `);
    const input = callInput('2026-y', { proposalCallId: application.id });
    expectCode(await as(server, people.admin, create, { input }), 'BAD_USER_INPUT', 'proposalCallId');
  });
});
