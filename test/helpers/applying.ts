import { expect } from 'chai';
import type { GraphQLResponse, TestServer, TokenClaims } from './server';

/** People of the tests: an administrator, and officials of Helsinki, Espoo and Vantaa. */
export const people = {
  admin: { sub: 'admin-1', name: 'Ministry Admin', roles: ['admin'] },
  helsinki: { sub: 'helsinki-1', name: 'Helsinki Official', roles: ['applicant'], municipalities: ['091'] },
  espoo: { sub: 'espoo-1', name: 'Espoo Official', roles: ['applicant'], municipalities: ['049'] },
  vantaa: { sub: 'vantaa-1', name: 'Vantaa Official', roles: ['applicant'], municipalities: ['092'] },
} satisfies Record<string, TokenClaims>;

/** A GraphQL request as someone, with a token signed at the server clock's current time. */
export async function as<T = Record<string, any>>(
  server: TestServer,
  who: TokenClaims | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const token = who ? await server.token(who) : undefined;
  return server.query<T>(query, variables, { token });
}

export function expectOk<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
  return response.data as T;
}

export function expectCode(response: GraphQLResponse, code: string, field?: string): Record<string, any> {
  expect(response.errors, JSON.stringify(response)).to.be.an('array').with.length(1);
  const [error] = response.errors!;
  expect(error.extensions?.code, JSON.stringify(error)).to.equal(code);
  if (field !== undefined) expect(error.extensions?.field, JSON.stringify(error)).to.equal(field);
  return error.extensions!;
}

export const callFields = `id key stage status opensAt closesAt appropriation projectDeadline minMunicipalities
  excludedSectors requiresMaturityAssessment title { fi sv en } conditions { fi }
  themes { id code } criteria { code weight minScore maxScore } questions { id code required maxLength }`;

export const applicationFields = `id referenceNumber status version submittedAt requestedAmount totalBudget summary
  projectStart projectEnd sector theme { code } projectName { fi }
  answers { question { code } text } maturityAssessment { level } contact { name email }
  eligibilityIssues { code message }`;

/** A call input that breaks nothing: two municipalities, one theme, two questions (one required). */
export function callInput(key: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key,
    year: 2026,
    stage: 'APPLICATION',
    title: { fi: `Haku ${key}`, sv: `Ansökan ${key}`, en: `Call ${key}` },
    description: { fi: 'Kuntien yhteishankkeet', en: 'Joint projects of municipalities' },
    appropriation: '1000000',
    opensAt: '2026-01-01T00:00',
    closesAt: '2026-10-25T16:15',
    projectDeadline: '2027-12-31',
    minMunicipalities: 2,
    excludedSectors: ['SOCIAL_AND_HEALTH_CARE', 'BUILT_ENVIRONMENT', 'ARCHIVING'],
    requiresMaturityAssessment: false,
    conditions: [{ fi: 'Tulokset ovat muiden kuntien käytettävissä', en: 'Results are reusable by others' }],
    themes: [
      { code: 'e-decisions', title: { fi: 'Sähköinen päätöksenteko', en: 'Electronic decision-making' } },
      { code: 'remote-work', title: { fi: 'Etätyö', en: 'Remote work' } },
    ],
    criteria: [
      { code: 'impact', title: { en: 'Impact' }, weight: 2, minScore: 0, maxScore: 5 },
      { code: 'feasibility', title: { en: 'Feasibility' }, weight: 1, minScore: 1, maxScore: 10 },
    ],
    questions: [
      {
        code: 'change-plan',
        text: { fi: 'Miten toimintatavat muuttuvat', en: 'How ways of working change' },
        required: true,
        maxLength: 200,
      },
      { code: 'risks', text: { en: 'Risks' }, required: false },
    ],
    ...overrides,
  };
}

export async function createCall(server: TestServer, input: Record<string, unknown>, publish = true) {
  const created = expectOk(
    await as(
      server,
      people.admin,
      `mutation ($input: CreateCallInput!) { createCall(input: $input) { ${callFields} } }`,
      { input },
    ),
  ).createCall;
  if (!publish) return created;
  return expectOk(
    await as(server, people.admin, `mutation ($id: ID!) { publishCall(id: $id) { ${callFields} } }`, {
      id: created.id,
    }),
  ).publishCall;
}

export async function createConsortium(server: TestServer, who: TokenClaims, input: Record<string, unknown>) {
  const response = await as(
    server,
    who,
    `mutation ($input: CreateConsortiumInput!) { createConsortium(input: $input) { id name version lead { code } members { role municipality { code } } } }`,
    { input },
  );
  return expectOk(response).createConsortium;
}

/** Application fields that satisfy callInput's rules, given its theme and required question. */
export function eligibleFields(call: {
  themes: { id: string }[];
  questions: { id: string; code: string }[];
}) {
  return {
    themeId: call.themes[0]?.id ?? null,
    sector: 'DECISION_MAKING',
    projectName: { fi: 'Yhteinen päätöksenteko', en: 'Joint decision-making' },
    summary: 'Sähköinen kokous kaikille kunnille',
    requestedAmount: '85000',
    budget: { staff: '80000', purchasedServices: '20000' },
    projectStart: '2026-11-01',
    projectEnd: '2027-10-31',
    answers: [
      {
        questionId: call.questions.find((q) => q.code === 'change-plan')!.id,
        text: 'Kokoukset siirtyvät verkkoon.',
      },
    ],
    contact: { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: '+358 40 123 4567' },
  };
}

export async function createApplication(
  server: TestServer,
  who: TokenClaims,
  input: Record<string, unknown>,
) {
  return expectOk(
    await as(
      server,
      who,
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { ${applicationFields} } }`,
      {
        input,
      },
    ),
  ).createApplication;
}

export const submit = (server: TestServer, who: TokenClaims, id: string) =>
  as(server, who, `mutation ($id: ID!) { submitApplication(id: $id) { ${applicationFields} } }`, { id });

export const update = (
  server: TestServer,
  who: TokenClaims,
  id: string,
  expectedVersion: number,
  input: Record<string, unknown>,
) =>
  as(
    server,
    who,
    `mutation ($id: ID!, $v: Int!, $input: UpdateApplicationInput!) { updateApplication(id: $id, expectedVersion: $v, input: $input) { ${applicationFields} } }`,
    { id, v: expectedVersion, input },
  );

export const withdraw = (server: TestServer, who: TokenClaims, id: string) =>
  as(server, who, `mutation ($id: ID!) { withdrawApplication(id: $id) { id status version } }`, { id });
