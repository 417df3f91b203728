import { expect } from 'chai';
import { Application } from '../src/modules/application/application.entity';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { Call, CallState } from '../src/modules/call/call.entity';
import { Consortium } from '../src/modules/consortium/consortium.entity';
import {
  readApplication,
  as,
  callInput,
  createApplication,
  createCall,
  createConsortium,
  eligibleFields,
  people,
  submit,
  update,
  withdraw,
  expectCode,
  expectOk,
} from './helpers/applying';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

const helsinkisAwards = graphql(`
  query ApplicationsMunicipality {
    municipality(code: "091") {
      awards {
        nodes {
          application {
            id
          }
        }
      }
    }
  }
`);

describe('applications from draft to submission', () => {
  let server: TestServer;
  let helsinkiEspoo: { id: string };
  before(async () => {
    server = await startTestServer();
    helsinkiEspoo = await createConsortium(server, people.helsinki, {
      name: 'Helsinki ja Espoo',
      leadCode: '091',
      memberCodes: ['049'],
    });
  });
  after(() => server?.stop());
  beforeEach(() => server.clock.set('2026-01-15T10:00:00Z'));

  /** The id of the seeded application behind Helsinki's first award, as the public reads it. */
  const helsinkisAwardedApplication = async () =>
    expectOk(await as(server, null, helsinkisAwards)).municipality!.awards.nodes[0].application.id;

  const auditOf = (entityId: string) =>
    server.dataSource
      .getRepository(AuditEvent)
      .find({ where: { entityId }, order: { occurredAt: 'ASC', action: 'ASC' } });

  it('reports every eligibility issue of a draft at once; submission refuses with the same issues and changes nothing', async () => {
    const call = await createCall(
      server,
      callInput('2026-el', {
        appropriation: '100000',
        requiresMaturityAssessment: true,
        questions: [
          { code: 'change-plan', text: { en: 'How ways of working change' }, required: true, maxLength: 200 },
          { code: 'results', text: { en: 'How results are spread' }, required: true },
          { code: 'risks', text: { en: 'Risks' }, required: false, maxLength: 10 },
        ],
      }),
    );
    const theme2020 = expectOk(
      await as(
        server,
        null,
        graphql(`
          query ApplicationsCall {
            call(key: "2020") {
              themes {
                id
              }
            }
          }
        `),
      ),
    ).call!.themes[0].id;
    const alone = await createConsortium(server, people.helsinki, { name: 'Vain Helsinki', leadCode: '091' });
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: alone.id,
      themeId: theme2020,
      sector: 'SOCIAL_AND_HEALTH_CARE',
      projectName: { fi: 'Liian iso' },
      requestedAmount: '150000',
      budget: { staff: '120000' },
      projectStart: '2026-11-01',
      projectEnd: '2028-06-30',
      answers: [{ questionId: call.questions[2].id, text: 'x'.repeat(11) }],
    });
    expect(draft).to.deep.include({
      status: 'DRAFT',
      version: 1,
      referenceNumber: null,
      totalBudget: '120000.00',
    });
    expect(codes(draft.eligibilityIssues)).to.deep.equal([
      'TOO_FEW_MUNICIPALITIES',
      'EXCLUDED_SECTOR',
      'THEME_NOT_OF_CALL',
      'PROJECT_END_AFTER_DEADLINE',
      'REQUEST_ABOVE_BUDGET',
      'REQUEST_ABOVE_APPROPRIATION',
      'ANSWER_MISSING',
      'ANSWER_MISSING',
      'ANSWER_TOO_LONG',
      'MATURITY_ASSESSMENT_MISSING',
    ]);
    expect(draft.eligibilityIssues[0].message).to.equal(
      'The call requires at least 2 municipalities; the consortium has 1',
    );

    const refused = expectCode(await submit(server, people.helsinki, draft.id), 'NOT_ELIGIBLE');
    expect(refused.issues).to.deep.equal(draft.eligibilityIssues);
    const stored = await server.dataSource.getRepository(Application).findOneByOrFail({ id: draft.id });
    expect(stored).to.deep.include({ status: 'DRAFT', version: 1, submittedAt: null, referenceNumber: null });
    expect(
      (await server.dataSource.getRepository(Call).findOneByOrFail({ id: call.id })).referenceSequence,
    ).to.equal(0);
    expect((await auditOf(draft.id)).map((event) => event.action)).to.deep.equal(['createApplication']);
  });

  it('applies the 85 % share of eligible costs (decree 893/2019 § 4) exactly, to the cent', async () => {
    const call = await createCall(server, callInput('2026-share'));
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
      requestedAmount: '85000.01',
      budget: { staff: '100000' },
    });
    expect(draft.eligibilityIssues).to.deep.equal([
      {
        code: 'GRANT_SHARE_EXCEEDED',
        message: 'A grant covers at most 85 % of the eligible costs of 100000.00 €',
      },
    ]);
    const fixed = expectOk(
      await update(server, people.helsinki, draft.id, 1, { requestedAmount: '85000' }),
    ).updateApplication;
    expect(fixed.eligibilityIssues).to.deep.equal([]);
  });

  it('flags a municipality that no longer exists on the judging day: Honkajoki after 2020', async () => {
    server.clock.set('2020-12-20T10:00:00Z');
    const call = await createCall(
      server,
      callInput('2020-honka', {
        opensAt: '2020-12-01T00:00',
        closesAt: '2021-01-31T16:15',
        projectDeadline: '2027-12-31',
      }),
    );
    const consortium = await createConsortium(server, people.helsinki, {
      name: 'Honkajoen kanssa',
      leadCode: '091',
      memberCodes: ['099'],
    });
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: consortium.id,
      ...eligibleFields(call),
    });
    expect(draft.eligibilityIssues).to.deep.equal([]);
    server.clock.set('2021-01-05T10:00:00Z');
    const read = expectOk(await as(server, people.helsinki, readApplication, { id: draft.id })).application;
    expect(read!.eligibilityIssues).to.deep.equal([
      { code: 'MUNICIPALITY_NOT_VALID', message: 'Honkajoki (099) is not a municipality on 2021-01-05' },
    ]);
    expect(expectCode(await submit(server, people.helsinki, draft.id), 'NOT_ELIGIBLE').issues).to.deep.equal(
      read!.eligibilityIssues,
    );
  });

  it('2020: 16:14:59 Helsinki time on 5 October is accepted and 16:15:00 is CALL_NOT_OPEN', async () => {
    // The seeded 2020 call is decided; put it back to how it stood during its window.
    await server.dataSource.getRepository(Call).update({ key: '2020' }, { state: CallState.PUBLISHED });
    try {
      server.clock.set('2020-10-05T13:00:00Z');
      const call = expectOk(
        await as(
          server,
          null,
          graphql(`
            query ApplicationsCall2 {
              call(key: "2020") {
                id
                status
                themes {
                  id
                }
                questions {
                  id
                  code
                }
              }
            }
          `),
        ),
      ).call;
      expect(call!.status).to.equal('OPEN');
      const fields = {
        ...eligibleFields({
          themes: call!.themes,
          questions: [{ id: call!.questions[0].id, code: 'change-plan' }],
        }),
        answers: call!.questions.map((question: { id: string }) => ({
          questionId: question.id,
          text: 'Vastaus',
        })),
        projectStart: '2021-01-01',
        projectEnd: '2022-10-31',
      };
      const early = await createApplication(server, people.helsinki, {
        callId: call!.id,
        consortiumId: helsinkiEspoo.id,
        ...fields,
      });
      const late = await createApplication(server, people.espoo, {
        callId: call!.id,
        consortiumId: helsinkiEspoo.id,
        ...fields,
      });
      expect(early.eligibilityIssues).to.deep.equal([]);

      server.clock.set('2020-10-05T13:14:59Z');
      const submitted = expectOk(await submit(server, people.helsinki, early.id)).submitApplication;
      expect(submitted).to.deep.include({
        status: 'SUBMITTED',
        referenceNumber: '2020-0001',
        submittedAt: '2020-10-05T13:14:59.000Z',
        version: 2,
      });

      server.clock.set('2020-10-05T13:15:00Z');
      const closed = await submit(server, people.espoo, late.id);
      expectCode(closed, 'CALL_NOT_OPEN');
      expect(closed.errors![0].message).to.equal('The call "2020" is CLOSED, not open for applications');
      expect(
        await server.dataSource.getRepository(Application).findOneByOrFail({ id: late.id }),
      ).to.deep.include({
        status: 'DRAFT',
        referenceNumber: null,
      });
      expectCode(await update(server, people.espoo, late.id, 1, { summary: 'myöhässä' }), 'CALL_NOT_OPEN');
    } finally {
      await server.dataSource.getRepository(Call).update({ key: '2020' }, { state: CallState.DECIDED });
    }
  });

  for (const [season, closesAt, lastSecond, closingInstant] of [
    ['autumn (EET, UTC+2)', '2026-10-25T16:15', '2026-10-25T14:14:59Z', '2026-10-25T14:15:00Z'],
    ['spring (EEST, UTC+3)', '2026-03-29T16:15', '2026-03-29T13:14:59Z', '2026-03-29T13:15:00Z'],
  ]) {
    it(`closes at 16:15 Helsinki time on the ${season} summer-time change day, and numbers submissions in order`, async () => {
      const key = `dst-${closesAt.slice(5, 7)}`;
      const call = await createCall(server, callInput(key, { closesAt }));
      const drafts = [];
      for (let i = 0; i < 3; i++) {
        drafts.push(
          await createApplication(server, people.helsinki, {
            callId: call.id,
            consortiumId: helsinkiEspoo.id,
            ...eligibleFields(call),
          }),
        );
      }
      server.clock.set(lastSecond);
      expect(
        expectOk(await submit(server, people.helsinki, drafts[0].id)).submitApplication.referenceNumber,
      ).to.equal(`${key}-0001`);
      expect(
        expectOk(await submit(server, people.espoo, drafts[1].id)).submitApplication.referenceNumber,
      ).to.equal(`${key}-0002`);
      server.clock.set(closingInstant);
      expectCode(await submit(server, people.helsinki, drafts[2].id), 'CALL_NOT_OPEN');
    });
  }

  it('gives simultaneous submissions distinct, consecutive reference numbers', async () => {
    const call = await createCall(server, callInput('2026-race'));
    const drafts = await Promise.all(
      [0, 1, 2, 3, 4].map(() =>
        createApplication(server, people.helsinki, {
          callId: call.id,
          consortiumId: helsinkiEspoo.id,
          ...eligibleFields(call),
        }),
      ),
    );
    const submitted = await Promise.all(drafts.map((draft) => submit(server, people.espoo, draft.id)));
    const numbers = submitted.map(
      (response) => expectOk(response).submitApplication.referenceNumber as string,
    );
    expect([...numbers].sort()).to.deep.equal(
      ['0001', '0002', '0003', '0004', '0005'].map((n) => `2026-race-${n}`),
    );
    expect(
      (await server.dataSource.getRepository(Call).findOneByOrFail({ id: call.id })).referenceSequence,
    ).to.equal(5);
  });

  it("fixes a call's rules from the first submission on; its texts can still be corrected", async () => {
    const call = await createCall(server, callInput('2026-lock'));
    const updateCall = graphql(`
      mutation ApplicationsUpdateCall($id: ID!, $input: UpdateCallInput!) {
        updateCall(id: $id, input: $input) {
          title {
            fi
          }
          questions {
            code
            required
          }
        }
      }
    `);
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    expectOk(await as(server, people.admin, updateCall, { id: call.id, input: { minMunicipalities: 2 } }));
    expectOk(await submit(server, people.helsinki, draft.id));
    const updateConsortium = graphql(`
      mutation ApplicationsUpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {
        updateConsortium(id: $id, input: $input) {
          name
        }
      }
    `);
    expectCode(
      await as(server, people.helsinki, updateConsortium, {
        id: helsinkiEspoo.id,
        input: { memberCodes: ['049', '092'] },
      }),
      'INVALID_STATE_TRANSITION',
    );
    expect(
      expectOk(
        await as(server, people.helsinki, updateConsortium, {
          id: helsinkiEspoo.id,
          input: { name: 'Helsinki ja Espoo' },
        }),
      ).updateConsortium,
    ).to.deep.equal({ name: 'Helsinki ja Espoo' });
    const before = await server.dataSource.getRepository(Call).findOneByOrFail({ id: call.id });
    const ruleChanges = [
      { minMunicipalities: 3 },
      { closesAt: '2026-10-30T16:15' },
      { appropriation: '2000000' },
      { excludedSectors: [] },
      { questions: [{ code: 'change-plan', text: { en: 'x' }, required: false }] },
      { themes: [{ code: 'e-decisions', title: { en: 'Only one' } }] },
    ];
    for (const input of ruleChanges) {
      expectCode(
        await as(server, people.admin, updateCall, { id: call.id, input }),
        'INVALID_STATE_TRANSITION',
      );
    }
    expect(await server.dataSource.getRepository(Call).findOneByOrFail({ id: call.id })).to.deep.equal(
      before,
    );
    const corrected = expectOk(
      await as(server, people.admin, updateCall, {
        id: call.id,
        input: {
          title: { fi: 'Korjattu otsikko' },
          questions: [
            {
              code: 'change-plan',
              text: { fi: 'Miten toimintatavat muuttuvat?' },
              required: true,
              maxLength: 200,
            },
            { code: 'risks', text: { en: 'Risks and their management' }, required: false },
          ],
        },
      }),
    ).updateCall;
    expect(corrected.title.fi).to.equal('Korjattu otsikko');
    const actions = (await auditOf(call.id)).map((event) => event.action);
    expect(actions).to.deep.equal(['createCall', 'publishCall', 'updateCall', 'updateCall']);
  });

  it('a stale expectedVersion is VERSION_CONFLICT and changes nothing', async () => {
    const call = await createCall(server, callInput('2026-ver'));
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    const first = expectOk(
      await update(server, people.espoo, draft.id, 1, { projectName: { fi: 'Espoon nimi' } }),
    ).updateApplication;
    expect(first).to.deep.include({ version: 2, projectName: { fi: 'Espoon nimi' } });
    const conflict = await update(server, people.helsinki, draft.id, 1, {
      projectName: { fi: 'Helsingin nimi' },
      requestedAmount: '1',
    });
    expectCode(conflict, 'VERSION_CONFLICT');
    expect(conflict.errors![0].message).to.match(/at version 2, not 1/);
    const stored = await server.dataSource.getRepository(Application).findOneByOrFail({ id: draft.id });
    expect(stored).to.deep.include({ version: 2, requestedAmount: '85000.00' });
    expect(stored.projectName.fi).to.equal('Espoon nimi');
    expect((await auditOf(draft.id)).map((event) => event.action)).to.deep.equal([
      'createApplication',
      'updateApplication',
    ]);
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const call = await createCall(server, callInput('2026-ver2'));
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    const responses = await Promise.all([
      update(server, people.helsinki, draft.id, 1, { summary: 'Helsingin versio' }),
      update(server, people.espoo, draft.id, 1, { summary: 'Espoon versio' }),
    ]);
    const codesSeen = responses.map((response) => response.errors?.[0]?.extensions?.code ?? 'OK');
    expect([...codesSeen].sort()).to.deep.equal(['OK', 'VERSION_CONFLICT']);
    const winner = expectOk(responses[codesSeen.indexOf('OK')]).updateApplication;
    const stored = await server.dataSource.getRepository(Application).findOneByOrFail({ id: draft.id });
    expect(stored).to.deep.include({ version: 2, summary: winner.summary });
  });

  it('edits answers, maturity and contact; an empty answer removes it; a question of another call is refused', async () => {
    const call = await createCall(server, callInput('2026-edit', { requiresMaturityAssessment: true }));
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    expect(codes(draft.eligibilityIssues)).to.deep.equal(['MATURITY_ASSESSMENT_MISSING']);
    const [changePlan, risks] = call.questions;
    const edited = expectOk(
      await update(server, people.helsinki, draft.id, 1, {
        answers: [
          { questionId: changePlan.id, text: '' },
          { questionId: risks.id, text: 'Aikataulu' },
        ],
        maturityAssessment: { level: 3, assessedOn: '2026-01-10' },
        contact: { name: 'Matti Virtanen', email: 'matti@example.fi' },
      }),
    ).updateApplication;
    expect(edited.answers).to.deep.equal([{ question: { code: 'risks' }, text: 'Aikataulu' }]);
    expect(edited.maturityAssessment).to.deep.equal({ level: 3 });
    expect(edited.contact).to.deep.equal({ name: 'Matti Virtanen', email: 'matti@example.fi' });
    expect(codes(edited.eligibilityIssues)).to.deep.equal(['ANSWER_MISSING']);
    const theme2020 = expectOk(
      await as(
        server,
        null,
        graphql(`
          query ApplicationsCall3 {
            call(key: "2020") {
              questions {
                id
              }
            }
          }
        `),
      ),
    ).call!.questions[0].id;
    expectCode(
      await update(server, people.helsinki, draft.id, 2, { answers: [{ questionId: theme2020, text: 'x' }] }),
      'BAD_USER_INPUT',
      'answers.0.questionId',
    );
    expectCode(
      await update(server, people.helsinki, draft.id, 2, { contact: { email: 'not-an-email' } }),
      'BAD_USER_INPUT',
      'contact.email',
    );
    expectCode(
      await update(server, people.helsinki, draft.id, 2, { requestedAmount: '1.234' }),
      'BAD_USER_INPUT',
    );
    const [, update1] = await auditOf(draft.id);
    expect(Object.keys(JSON.parse(update1.changes)).sort()).to.deep.equal([
      ...[`answer:${changePlan.id}`, `answer:${risks.id}`].sort(),
      'contactEmail',
      'contactName',
      'contactPhone',
      'maturityAssessedOn',
      'maturityLevel',
      'version',
    ]);
  });

  it('follows the status table: withdrawn until a decision, and nothing moves out of WITHDRAWN or AWARDED', async () => {
    const call = await createCall(server, callInput('2026-wd'));
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    expect(expectOk(await withdraw(server, people.espoo, draft.id)).withdrawApplication).to.deep.include({
      status: 'WITHDRAWN',
      version: 2,
    });
    expect(
      expectCode(await withdraw(server, people.helsinki, draft.id), 'INVALID_STATE_TRANSITION'),
    ).to.deep.include({
      from: 'WITHDRAWN',
      to: 'WITHDRAWN',
    });
    expectCode(await submit(server, people.helsinki, draft.id), 'INVALID_STATE_TRANSITION');
    expectCode(
      await update(server, people.helsinki, draft.id, 2, { summary: 'x' }),
      'INVALID_STATE_TRANSITION',
    );

    const second = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    expectOk(await submit(server, people.helsinki, second.id));
    expectCode(
      await update(server, people.helsinki, second.id, 2, { summary: 'x' }),
      'INVALID_STATE_TRANSITION',
    );
    expect(expectOk(await withdraw(server, people.helsinki, second.id)).withdrawApplication.status).to.equal(
      'WITHDRAWN',
    );

    const lampio = await helsinkisAwardedApplication();
    expect(
      expectCode(await withdraw(server, people.helsinki, lampio), 'INVALID_STATE_TRANSITION'),
    ).to.deep.include({
      from: 'AWARDED',
      to: 'WITHDRAWN',
    });
  });

  it('answers a caller who may not see an application exactly as for a missing one', async () => {
    const call = await createCall(server, callInput('2026-vis'));
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const mutate of [
      (id: string) => submit(server, people.vantaa, id),
      (id: string) => withdraw(server, people.vantaa, id),
      (id: string) => update(server, people.vantaa, id, 1, { summary: 'x' }),
    ]) {
      const hidden = await mutate(draft.id);
      const absent = await mutate(missing);
      expectCode(hidden, 'NOT_FOUND');
      expect(hidden.errors).to.deep.equal(absent.errors);
    }
    expect(expectOk(await as(server, people.vantaa, readApplication, { id: draft.id })).application).to.equal(
      null,
    );
    expectCode(
      await as(
        server,
        people.vantaa,
        graphql(`
          mutation ApplicationsCreateApplication($input: CreateApplicationInput!) {
            createApplication(input: $input) {
              id
            }
          }
        `),
        {
          input: { callId: call.id, consortiumId: helsinkiEspoo.id },
        },
      ),
      'NOT_FOUND',
    );
    expectCode(await submit(server, people.admin, draft.id), 'FORBIDDEN');
    const lampio = await helsinkisAwardedApplication();
    const awarded = await as(
      server,
      null,
      graphql(`
        query ApplicationsApplication($id: ID!) {
          application(id: $id) {
            status
            eligibilityIssues {
              code
            }
          }
        }
      `),
      {
        id: lampio,
      },
    );
    expect(awarded.errors?.map((error) => [error.extensions?.code, error.path])).to.deep.equal([
      ['FORBIDDEN', ['application', 'eligibilityIssues']],
    ]);
    expectCode(await withdraw(server, null, draft.id), 'FORBIDDEN');
    expect(
      (await server.dataSource.getRepository(Application).findOneByOrFail({ id: draft.id })).status,
    ).to.equal('DRAFT');
  });

  it('writes each audit event in the mutation’s transaction: when the event cannot be written, the change is gone too', async () => {
    const call = await createCall(server, callInput('2026-audit'));
    const draft = await createApplication(server, people.helsinki, {
      callId: call.id,
      consortiumId: helsinkiEspoo.id,
      ...eligibleFields(call),
    });
    const [created] = await auditOf(draft.id);
    expect(created).to.deep.include({ action: 'createApplication', entityType: 'Application' });
    expect(created.occurredAt.toISOString()).to.equal('2026-01-15T10:00:00.000Z');
    expect(created.actorId).to.be.a('string');
    const consortia = await server.dataSource.getRepository(Consortium).count();

    await server.dataSource.query('ALTER TABLE audit_event RENAME TO audit_event_away');
    try {
      expectCode(
        await update(server, people.helsinki, draft.id, 1, { summary: 'ei tallennu' }),
        'INTERNAL_SERVER_ERROR',
      );
      expectCode(await submit(server, people.helsinki, draft.id), 'INTERNAL_SERVER_ERROR');
      expectCode(
        await as(
          server,
          people.helsinki,
          graphql(`
            mutation ApplicationsCreateConsortium {
              createConsortium(input: { name: "Ei synny", leadCode: "091", memberCodes: ["049"] }) {
                id
              }
            }
          `),
        ),
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await server.dataSource.query('ALTER TABLE audit_event_away RENAME TO audit_event');
    }
    const stored = await server.dataSource.getRepository(Application).findOneByOrFail({ id: draft.id });
    expect(stored).to.deep.include({
      version: 1,
      status: 'DRAFT',
      referenceNumber: null,
      summary: draft.summary ?? stored.summary,
    });
    expect(stored.summary).not.to.equal('ei tallennu');
    expect(
      (await server.dataSource.getRepository(Call).findOneByOrFail({ id: call.id })).referenceSequence,
    ).to.equal(0);
    expect(await server.dataSource.getRepository(Consortium).count()).to.equal(consortia);
    expect((await auditOf(draft.id)).map((event) => event.action)).to.deep.equal(['createApplication']);
  });
});
