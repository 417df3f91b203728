import { expect } from 'chai';
import { In } from 'typeorm';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
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
  withdraw,
} from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const alajarvi = {
  sub: 'alajarvi-1',
  name: 'Alajärvi Official',
  roles: ['applicant'],
  municipalities: ['005'],
};
const reviewer = { sub: 'reviewer-1', name: 'Reviewer', roles: ['reviewer'] };

const readSummary = graphql(`
  query WorkshopSummary($id: ID!) {
    call(id: $id) {
      proposalSummary {
        total
        byTheme {
          theme {
            code
          }
          proposals
        }
        byRegion {
          region {
            code
          }
          proposals
        }
        bySizeClass {
          sizeClass
          proposals
        }
        publishedProjectNames {
          fi
        }
      }
    }
  }
`);

const createWorkshop = graphql(`
  mutation WorkshopCreate($input: CreateWorkshopInput!) {
    createWorkshop(input: $input) {
      id
      title {
        fi
      }
      startsAt
      startsAtLocal
      registrationClosesAt
      registrationClosesAtLocal
      place
      online
    }
  }
`);

const invite = graphql(`
  mutation WorkshopInvite($workshopId: ID!, $proposalIds: [ID!]) {
    inviteToWorkshop(workshopId: $workshopId, proposalIds: $proposalIds) {
      id
      status
      proposal {
        id
      }
    }
  }
`);

const readWorkshops = graphql(`
  query WorkshopInvitations($id: ID!) {
    call(id: $id) {
      workshops {
        id
        startsAtLocal
        invitations {
          status
          proposal {
            id
          }
          participants {
            name
            role
          }
        }
      }
    }
  }
`);

const register = graphql(`
  mutation WorkshopRegister($input: RegisterForWorkshopInput!) {
    registerForWorkshop(input: $input) {
      status
      respondedAt
    }
  }
`);

const decline = graphql(`
  mutation WorkshopDecline($workshopId: ID!, $proposalId: ID!) {
    declineWorkshop(workshopId: $workshopId, proposalId: $proposalId) {
      status
    }
  }
`);

const attendance = graphql(`
  mutation WorkshopAttendance($workshopId: ID!, $proposalId: ID!, $attended: Boolean!) {
    recordWorkshopAttendance(workshopId: $workshopId, proposalId: $proposalId, attended: $attended) {
      status
      attendanceRecordedAt
    }
  }
`);

const flag = graphql(`
  mutation WorkshopFlag($input: FlagLookingForPartnersInput!) {
    flagLookingForPartners(input: $input) {
      id
      partnerSearch {
        wish
      }
    }
  }
`);

const searches = graphql(`
  query WorkshopPartnerSearches($id: ID!) {
    call(id: $id) {
      partnerSearches {
        proposalId
        projectName {
          fi
        }
        leadMunicipality {
          code
        }
        theme {
          code
        }
        wish
        offers {
          municipality {
            code
          }
          status
        }
      }
    }
  }
`);

const offer = graphql(`
  mutation WorkshopOffer($input: PartnerOfferInput!) {
    offerToJoinProposal(input: $input) {
      id
      status
      municipality {
        code
      }
    }
  }
`);

const accept = graphql(`
  mutation WorkshopAccept($input: PartnerOfferInput!) {
    acceptPartnerOffer(input: $input) {
      status
      decidedAt
    }
  }
`);

const declineOffer = graphql(`
  mutation WorkshopDeclineOffer($input: PartnerOfferInput!) {
    declinePartnerOffer(input: $input) {
      status
    }
  }
`);

const inviteProposal = graphql(`
  mutation WorkshopInviteProposal($proposalId: ID!, $callId: ID!) {
    inviteProposal(proposalId: $proposalId, callId: $callId) {
      id
      status
      allowPublication
      consortium {
        id
        lead {
          code
        }
        members {
          municipality {
            code
          }
          role
        }
      }
      eligibilityIssues {
        code
      }
    }
  }
`);

const readSubmittedChoice = graphql(`
  query WorkshopSubmittedChoice($id: ID!) {
    application(id: $id) {
      asSubmitted {
        allowPublication
      }
    }
  }
`);

const readProposal = graphql(`
  query WorkshopProposal($id: ID!) {
    application(id: $id) {
      id
      allowPublication
      consortium {
        id
        members {
          municipality {
            code
          }
        }
      }
    }
  }
`);

describe('the two-stage call and its workshop', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  /** A PROPOSAL call (closing 25.10.2026 16:15) and the APPLICATION call that follows it (three municipalities). */
  async function calls(key: string) {
    const proposalCall = await createCall(
      server,
      callInput(`${key}-p`, { stage: 'PROPOSAL', minMunicipalities: 1 }),
    );
    const applicationCall = await createCall(
      server,
      callInput(`${key}-h`, {
        proposalCallId: proposalCall.id,
        minMunicipalities: 3,
        opensAt: '2026-01-01T00:00',
        closesAt: '2027-03-31T16:15',
      }),
    );
    return { proposalCall, applicationCall };
  }

  async function proposal(
    call: Awaited<ReturnType<typeof calls>>['proposalCall'],
    who: typeof people.helsinki,
    consortium: { leadCode: string; memberCodes?: string[] },
    fields: { name: string; theme: number; allowPublication?: boolean },
    submitIt = true,
  ) {
    const { id: consortiumId } = await createConsortium(server, who, { name: fields.name, ...consortium });
    const created = await createApplication(server, who, {
      callId: call.id,
      consortiumId,
      ...eligibleFields(call),
      themeId: call.themes[fields.theme].id,
      projectName: { fi: fields.name },
      allowPublication: fields.allowPublication ?? false,
    });
    if (submitIt) expectOk(await submit(server, who, created.id));
    return { id: created.id, consortiumId };
  }

  it('summarises the proposals received, publicly once the window has closed, with only the names proposers allowed', async () => {
    server.clock.set('2026-06-01T10:00:00Z');
    const { proposalCall } = await calls('sum');
    const published = await proposal(
      proposalCall,
      people.helsinki,
      { leadCode: '091', memberCodes: ['049'] },
      {
        name: 'Julkinen sopimushallinta',
        theme: 0,
        allowPublication: true,
      },
    );
    const secret = await proposal(
      proposalCall,
      alajarvi,
      { leadCode: '005' },
      { name: 'Salainen etätyö', theme: 1 },
    );
    // The choice is part of what was submitted, and stays so whatever the row says later.
    for (const [who, { id }, allowed] of [
      [people.helsinki, published, true],
      [alajarvi, secret, false],
    ] as const)
      expect(
        expectOk(await as(server, who, readSubmittedChoice, { id })).application!.asSubmitted,
      ).to.deep.equal({ allowPublication: allowed });
    await proposal(proposalCall, people.vantaa, { leadCode: '092' }, { name: 'Luonnos', theme: 0 }, false);
    const withdrawn = await proposal(
      proposalCall,
      people.vantaa,
      { leadCode: '092' },
      { name: 'Peruttu', theme: 0 },
    );
    expectOk(await withdraw(server, people.vantaa, withdrawn.id));

    // While proposals are still coming in, the summary is the administrators' alone.
    expect(
      expectOk(await as(server, null, readSummary, { id: proposalCall.id })).call!.proposalSummary,
    ).to.equal(null);
    expect(
      expectOk(await as(server, people.helsinki, readSummary, { id: proposalCall.id })).call!.proposalSummary,
    ).to.equal(null);
    expect(
      expectOk(await as(server, people.admin, readSummary, { id: proposalCall.id })).call!.proposalSummary!
        .total,
    ).to.equal(2);

    server.clock.set('2026-10-25T14:15:00Z');
    const response = await as(server, null, readSummary, { id: proposalCall.id });
    expect(expectOk(response).call!.proposalSummary).to.deep.equal({
      total: 2,
      byTheme: [
        { theme: { code: 'e-decisions' }, proposals: 1 },
        { theme: { code: 'remote-work' }, proposals: 1 },
      ],
      byRegion: [
        { region: { code: '01' }, proposals: 1 },
        { region: { code: '14' }, proposals: 1 },
      ],
      bySizeClass: [
        { sizeClass: 'FROM_5000_TO_19999', proposals: 1 },
        { sizeClass: 'FROM_100000', proposals: 1 },
      ],
      publishedProjectNames: [{ fi: 'Julkinen sopimushallinta' }],
    });
    // A name its proposers did not allow never appears, nor does a draft's or a withdrawn one's.
    const text = JSON.stringify(response.data);
    for (const hidden of ['Salainen etätyö', 'Luonnos', 'Peruttu']) expect(text).to.not.include(hidden);
    // Grouped statements, not a row per proposal: the call, the two summary statements, themes, regions.
    expect(response.statements).to.be.at.most(6);

    const application = await createCall(server, callInput('sum-x', { closesAt: '2027-03-31T16:15' }));
    expect(
      expectOk(await as(server, people.admin, readSummary, { id: application.id })).call!.proposalSummary,
    ).to.equal(null);
    expectCode(
      await as(
        server,
        people.helsinki,
        graphql(`
          mutation WorkshopPublishApplication($input: CreateApplicationInput!) {
            createApplication(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            callId: application.id,
            consortiumId: (await createConsortium(server, people.helsinki, { name: 'X', leadCode: '091' }))
              .id,
            allowPublication: true,
          },
        },
      ),
      'BAD_USER_INPUT',
      'input.allowPublication',
    );
  });

  it('runs the workshop: invitations, registration with personal data, declines and attendance, each move by its table', async () => {
    server.clock.set('2026-06-01T10:00:00Z');
    const { proposalCall, applicationCall } = await calls('ws');
    const p1 = await proposal(
      proposalCall,
      people.helsinki,
      { leadCode: '091', memberCodes: ['049'] },
      {
        name: 'Yhteinen asiointi',
        theme: 0,
      },
    );
    const p2 = await proposal(
      proposalCall,
      alajarvi,
      { leadCode: '005' },
      { name: 'Alajärven idea', theme: 1 },
    );
    const draft = await proposal(
      proposalCall,
      people.vantaa,
      { leadCode: '092' },
      { name: 'Luonnos', theme: 0 },
      false,
    );

    const input = {
      callId: proposalCall.id,
      title: { fi: 'Yhteishankkeiden työpaja', sv: 'Workshop för samprojekt' },
      startsAt: '2026-11-13T09:00',
      place: 'Valtiovarainministeriö, Helsinki',
      online: true,
      registrationClosesAt: '2026-11-06T16:00',
    };
    expectCode(await as(server, people.helsinki, createWorkshop, { input }), 'FORBIDDEN');
    expectCode(
      await as(server, people.admin, createWorkshop, { input: { ...input, callId: applicationCall.id } }),
      'BAD_USER_INPUT',
      'input.callId',
    );
    expectCode(
      await as(server, people.admin, createWorkshop, {
        input: { ...input, registrationClosesAt: '2026-11-14T09:00' },
      }),
      'BAD_USER_INPUT',
      'input.registrationClosesAt',
    );
    const workshop = expectOk(await as(server, people.admin, createWorkshop, { input })).createWorkshop;
    expect(workshop).to.deep.include({
      startsAt: '2026-11-13T07:00:00.000Z',
      startsAtLocal: '2026-11-13T09:00:00+02:00',
      registrationClosesAt: '2026-11-06T14:00:00.000Z',
      place: 'Valtiovarainministeriö, Helsinki',
      online: true,
    });

    expectCode(
      await as(server, people.admin, invite, { workshopId: workshop.id, proposalIds: [draft.id] }),
      'BAD_USER_INPUT',
      'proposalIds.0',
    );
    server.clock.set('2026-10-26T08:00:00Z');
    const invited = expectOk(
      await as(server, people.admin, invite, { workshopId: workshop.id }),
    ).inviteToWorkshop;
    expect(invited.map((row) => row.proposal!.id).sort()).to.deep.equal([p1.id, p2.id].sort());
    expect(invited.every((row) => row.status === 'INVITED')).to.equal(true);
    // Again: nothing new, nothing twice.
    expect(
      expectOk(await as(server, people.admin, invite, { workshopId: workshop.id })).inviteToWorkshop,
    ).to.have.length(2);

    const participants = [
      { name: 'Maija Meikäläinen', role: 'Tietohallintojohtaja' },
      { name: 'Erkki Esimerkki', role: 'Kehittämispäällikkö' },
    ];
    expectCode(
      await as(server, people.vantaa, register, {
        input: { workshopId: workshop.id, proposalId: p1.id, participants },
      }),
      'NOT_FOUND',
    );
    expect(
      expectOk(
        await as(server, people.espoo, register, {
          input: { workshopId: workshop.id, proposalId: p1.id, participants },
        }),
      ).registerForWorkshop.status,
    ).to.equal('REGISTERED');
    expect(
      expectOk(await as(server, alajarvi, decline, { workshopId: workshop.id, proposalId: p2.id }))
        .declineWorkshop.status,
    ).to.equal('DECLINED');

    // Who sees the invitations and the people registered with them.
    const seen = async (who: typeof people.helsinki | typeof reviewer | null) =>
      expectOk(await as(server, who, readWorkshops, { id: proposalCall.id })).call!.workshops[0].invitations;
    expect(await seen(people.helsinki)).to.deep.equal([
      { status: 'REGISTERED', proposal: { id: p1.id }, participants },
    ]);
    expect((await seen(people.admin)).map((row) => row.status).sort()).to.deep.equal([
      'DECLINED',
      'REGISTERED',
    ]);
    expect(await seen(people.vantaa)).to.deep.equal([]);
    expect(await seen(reviewer)).to.deep.equal([]);
    const publicAnswer = await as(server, null, readWorkshops, { id: proposalCall.id });
    expect(expectOk(publicAnswer).call!.workshops).to.have.length(1);
    expect(JSON.stringify(publicAnswer.data)).to.not.include('Meikäläinen');

    // Illegal moves are typed and change nothing.
    const audit = server.dataSource.getRepository(AuditEvent);
    const events = await audit.count();
    const twice = expectCode(
      await as(server, alajarvi, decline, { workshopId: workshop.id, proposalId: p2.id }),
      'INVALID_STATE_TRANSITION',
    );
    expect(twice).to.deep.include({ entity: 'WorkshopInvitation', from: 'DECLINED', to: 'DECLINED' });
    expectCode(
      await as(server, people.admin, attendance, {
        workshopId: workshop.id,
        proposalId: p1.id,
        attended: true,
      }),
      'INVALID_STATE_TRANSITION',
    );
    server.clock.set('2026-11-06T14:00:00Z');
    const late = expectCode(
      await as(server, people.helsinki, register, {
        input: { workshopId: workshop.id, proposalId: p1.id, participants },
      }),
      'INVALID_STATE_TRANSITION',
    );
    expect(late).to.deep.include({ entity: 'WorkshopInvitation', from: 'REGISTERED', to: 'REGISTERED' });
    expect(await audit.count()).to.equal(events);

    server.clock.set('2026-11-13T07:00:00Z');
    expect(
      expectOk(
        await as(server, people.admin, attendance, {
          workshopId: workshop.id,
          proposalId: p1.id,
          attended: true,
        }),
      ).recordWorkshopAttendance.status,
    ).to.equal('ATTENDED');
    const noShow = expectCode(
      await as(server, people.admin, attendance, {
        workshopId: workshop.id,
        proposalId: p2.id,
        attended: false,
      }),
      'INVALID_STATE_TRANSITION',
    );
    expect(noShow).to.deep.include({ entity: 'WorkshopInvitation', from: 'DECLINED', to: 'NO_SHOW' });
    expectCode(
      await as(server, people.admin, attendance, {
        workshopId: workshop.id,
        proposalId: p1.id,
        attended: false,
      }),
      'INVALID_STATE_TRANSITION',
    );

    const actions = (
      await audit.find({
        where: {
          action: In([
            'createWorkshop',
            'inviteToWorkshop',
            'registerForWorkshop',
            'declineWorkshop',
            'recordWorkshopAttendance',
          ]),
        },
      })
    ).map((event) => event.action);
    expect(new Set(actions)).to.deep.equal(
      new Set([
        'createWorkshop',
        'inviteToWorkshop',
        'registerForWorkshop',
        'declineWorkshop',
        'recordWorkshopAttendance',
      ]),
    );
  });

  it('finds partners at the workshop, and the invited proposal becomes an application carrying them', async () => {
    server.clock.set('2026-06-01T10:00:00Z');
    const { proposalCall, applicationCall } = await calls('partners');
    const p1 = await proposal(
      proposalCall,
      people.helsinki,
      { leadCode: '091', memberCodes: ['049'] },
      {
        name: 'Kumppaneita etsivä',
        theme: 0,
        allowPublication: true,
      },
    );
    const workshop = expectOk(
      await as(server, people.admin, createWorkshop, {
        input: {
          callId: proposalCall.id,
          title: { fi: 'Työpaja' },
          startsAt: '2026-11-13T09:00',
          online: true,
          registrationClosesAt: '2026-11-06T16:00',
        },
      }),
    ).createWorkshop;
    expect(workshop.place).to.equal(null);

    const wish = 'Kunta, jolla on kokemusta sähköisestä asioinnista';
    expect(
      expectOk(await as(server, people.espoo, flag, { input: { proposalId: p1.id, wish } }))
        .flagLookingForPartners.partnerSearch,
    ).to.deep.equal({ wish });
    expectCode(await as(server, people.vantaa, flag, { input: { proposalId: p1.id, wish } }), 'NOT_FOUND');

    // Signed-in applicants see the narrow view; the public does not; the proposal itself stays private.
    expectCode(await as(server, null, searches, { id: proposalCall.id }), 'FORBIDDEN');
    const listed = expectOk(await as(server, people.vantaa, searches, { id: proposalCall.id })).call!
      .partnerSearches;
    expect(listed).to.deep.equal([
      {
        proposalId: p1.id,
        projectName: { fi: 'Kumppaneita etsivä' },
        leadMunicipality: { code: '091' },
        theme: { code: 'e-decisions' },
        wish,
        offers: [],
      },
    ]);
    expect(
      expectOk(await as(server, reviewer, searches, { id: proposalCall.id })).call!.partnerSearches,
    ).to.have.length(1);
    expect(expectOk(await as(server, people.vantaa, readProposal, { id: p1.id })).application).to.equal(null);

    // Offers are made at the workshop or after it, by a municipality the caller acts for, not a member.
    const byVantaa = { proposalId: p1.id, municipalityCode: '092' };
    expect(
      expectCode(await as(server, people.vantaa, offer, { input: byVantaa }), 'INVALID_STATE_TRANSITION'),
    ).to.deep.include({
      entity: 'PartnerOffer',
      from: null,
      to: 'OFFERED',
    });
    server.clock.set('2026-11-13T07:00:00Z');
    expectCode(
      await as(server, people.vantaa, offer, { input: { proposalId: p1.id, municipalityCode: '049' } }),
      'FORBIDDEN',
    );
    expectCode(
      await as(server, people.espoo, offer, { input: { proposalId: p1.id, municipalityCode: '049' } }),
      'BAD_USER_INPUT',
      'input.municipalityCode',
    );
    expect(
      expectOk(await as(server, people.vantaa, offer, { input: byVantaa })).offerToJoinProposal,
    ).to.deep.include({
      status: 'OFFERED',
      municipality: { code: '092' },
    });
    expect(
      expectOk(await as(server, alajarvi, offer, { input: { proposalId: p1.id, municipalityCode: '005' } }))
        .offerToJoinProposal.status,
    ).to.equal('OFFERED');
    const offersSeen = async (who: typeof people.helsinki) =>
      expectOk(await as(server, who, searches, { id: proposalCall.id })).call!.partnerSearches[0].offers.map(
        (row) => row.municipality.code,
      );
    expect(await offersSeen(people.vantaa)).to.deep.equal(['092']);
    expect((await offersSeen(people.espoo)).sort()).to.deep.equal(['005', '092']);

    // The proposal's lead decides; a member cannot; a decided offer stays decided.
    expectCode(await as(server, people.espoo, accept, { input: byVantaa }), 'FORBIDDEN');
    expect(
      expectOk(await as(server, people.helsinki, accept, { input: byVantaa })).acceptPartnerOffer.status,
    ).to.equal('ACCEPTED');
    expect(
      expectOk(
        await as(server, people.helsinki, declineOffer, {
          input: { proposalId: p1.id, municipalityCode: '005' },
        }),
      ).declinePartnerOffer.status,
    ).to.equal('DECLINED');
    expect(
      expectCode(
        await as(server, people.helsinki, declineOffer, { input: byVantaa }),
        'INVALID_STATE_TRANSITION',
      ),
    ).to.deep.include({
      entity: 'PartnerOffer',
      from: 'ACCEPTED',
      to: 'DECLINED',
    });

    // The invitation: a new consortium with the partner, the proposal's own as it was submitted.
    const application = expectOk(
      await as(server, people.admin, inviteProposal, { proposalId: p1.id, callId: applicationCall.id }),
    ).inviteProposal;
    expect(application.consortium.id).to.not.equal(p1.consortiumId);
    expect(application.allowPublication).to.equal(false);
    expect(application.consortium.lead.code).to.equal('091');
    expect(
      application.consortium.members.map((member) => [member.municipality.code, member.role]),
    ).to.deep.equal([
      ['091', 'LEAD'],
      ['049', 'MEMBER'],
      ['092', 'MEMBER'],
    ]);
    expect(application.eligibilityIssues.map((issue) => issue.code)).to.not.include('TOO_FEW_MUNICIPALITIES');
    const asProposed = expectOk(await as(server, people.helsinki, readProposal, { id: p1.id })).application!;
    expect(asProposed.consortium.id).to.equal(p1.consortiumId);
    expect(asProposed.consortium.members.map((member) => member.municipality.code)).to.deep.equal([
      '091',
      '049',
    ]);
    // The partner now applies with them.
    expect(
      expectOk(await as(server, people.vantaa, readProposal, { id: application.id })).application!.id,
    ).to.equal(application.id);
    // The search is over; the accepted offer has joined; partners no longer join the proposal.
    expect(
      expectOk(await as(server, people.vantaa, searches, { id: proposalCall.id })).call!.partnerSearches,
    ).to.deep.equal([]);
    expectCode(
      await as(server, people.helsinki, flag, { input: { proposalId: p1.id, wish } }),
      'INVALID_STATE_TRANSITION',
    );

    const audit = server.dataSource.getRepository(AuditEvent);
    const invitedEvent = await audit.findOneByOrFail({ entityId: application.id, action: 'inviteProposal' });
    expect(JSON.parse(invitedEvent.changes).partnersJoined).to.deep.equal([null, ['092']]);
    const consortiumEvent = await audit.findOneByOrFail({
      entityId: application.consortium.id,
      action: 'inviteProposal',
    });
    expect(JSON.parse(consortiumEvent.changes).memberCodes).to.deep.equal([null, ['049', '092']]);
    const offerEvents = await audit.find({
      where: {
        action: In([
          'offerToJoinProposal',
          'acceptPartnerOffer',
          'declinePartnerOffer',
          'flagLookingForPartners',
        ]),
      },
    });
    expect(offerEvents.length).to.be.at.least(5);
    // Nested lists of many calls cost a constant number of statements, not one per call or row.
    const nested = await as(
      server,
      people.admin,
      graphql(`
        query WorkshopNested {
          calls(first: 10) {
            nodes {
              proposalSummary {
                total
              }
              workshops {
                id
              }
              partnerSearches {
                wish
              }
            }
          }
        }
      `),
    );
    expectOk(nested);
    expect(nested.statements).to.be.at.most(12);
    const joined = await server.dataSource.query<{ status: string; joinedApplicationId: string }[]>(
      "SELECT status, joinedApplicationId FROM partner_offer WHERE municipalityCode = '092'",
    );
    expect(joined).to.deep.equal([{ status: 'JOINED', joinedApplicationId: application.id }]);
  });
});
