import { expect } from 'chai';
import { graphql } from '../gql';
import type {
  CreateApplicationInput,
  CreateCallInput,
  CreateConsortiumInput,
  UpdateApplicationInput,
} from '../gql/graphql';
import type { Document, GraphQLResponse, TestServer, TokenClaims, QueryArguments } from './server';

/** People of the tests: an administrator, and officials of Helsinki, Espoo and Vantaa. */
export const people = {
  admin: { sub: 'admin-1', name: 'Ministry Admin', roles: ['admin'] },
  helsinki: { sub: 'helsinki-1', name: 'Helsinki Official', roles: ['applicant'], municipalities: ['091'] },
  espoo: { sub: 'espoo-1', name: 'Espoo Official', roles: ['applicant'], municipalities: ['049'] },
  vantaa: { sub: 'vantaa-1', name: 'Vantaa Official', roles: ['applicant'], municipalities: ['092'] },
} satisfies Record<string, TokenClaims>;

/** A typed GraphQL operation as someone (or nobody), with a token signed at the server clock's current time. */
export async function as<R, V>(
  server: TestServer,
  who: TokenClaims | null,
  document: Document<R, V>,
  ...[variables]: QueryArguments<V, never>
): Promise<GraphQLResponse<R>> {
  const token = who ? await server.token(who) : undefined;
  return server.query(document, ...([variables, { token }] as QueryArguments<V>));
}

export function expectOk<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
  expect(response.data, JSON.stringify(response)).to.not.equal(null).and.not.equal(undefined);
  return response.data!;
}

export function expectCode(
  response: GraphQLResponse<unknown>,
  code: string,
  field?: string,
): Record<string, any> {
  expect(response.errors, JSON.stringify(response)).to.be.an('array').with.length(1);
  const [error] = response.errors!;
  expect(error.extensions?.code, JSON.stringify(error)).to.equal(code);
  if (field !== undefined) expect(error.extensions?.field, JSON.stringify(error)).to.equal(field);
  return error.extensions!;
}

graphql(`
  fragment CallFields on Call {
    id
    key
    stage
    status
    opensAt
    closesAt
    appropriation
    projectDeadline
    minMunicipalities
    excludedSectors
    requiresMaturityAssessment
    title {
      fi
      sv
      en
    }
    conditions {
      fi
    }
    themes {
      id
      code
    }
    criteria {
      code
      weight
      minScore
      maxScore
    }
    questions {
      id
      code
      required
      maxLength
    }
  }
`);

graphql(`
  fragment ApplicationFields on Application {
    id
    referenceNumber
    status
    version
    submittedAt
    requestedAmount
    totalBudget
    summary
    projectStart
    projectEnd
    sector
    theme {
      code
    }
    projectName {
      fi
    }
    answers {
      question {
        code
      }
      text
    }
    maturityAssessment {
      level
    }
    contact {
      name
      email
    }
    eligibilityIssues {
      code
      message
    }
  }
`);

export const readApplication = graphql(`
  query ReadApplication($id: ID!) {
    application(id: $id) {
      ...ApplicationFields
    }
  }
`);

/** A call input that breaks nothing: two municipalities, one theme, two questions (one required). */
export function callInput(key: string, overrides: Partial<CreateCallInput> = {}): CreateCallInput {
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

const createCallDocument = graphql(`
  mutation CreateCall($input: CreateCallInput!) {
    createCall(input: $input) {
      ...CallFields
    }
  }
`);
const publishCallDocument = graphql(`
  mutation PublishCall($id: ID!) {
    publishCall(id: $id) {
      ...CallFields
    }
  }
`);
const createConsortiumDocument = graphql(`
  mutation CreateConsortium($input: CreateConsortiumInput!) {
    createConsortium(input: $input) {
      id
      name
      version
      lead {
        code
      }
      members {
        role
        municipality {
          code
        }
      }
    }
  }
`);
const createApplicationDocument = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      ...ApplicationFields
    }
  }
`);
const submitDocument = graphql(`
  mutation SubmitApplication($id: ID!) {
    submitApplication(id: $id) {
      ...ApplicationFields
    }
  }
`);
const updateDocument = graphql(`
  mutation UpdateApplication($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {
    updateApplication(id: $id, expectedVersion: $v, input: $input) {
      ...ApplicationFields
    }
  }
`);
const withdrawDocument = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) {
      id
      status
      version
    }
  }
`);

export async function createCall(server: TestServer, input: CreateCallInput, publish = true) {
  const created = expectOk(await as(server, people.admin, createCallDocument, { input })).createCall;
  if (!publish) return created;
  return expectOk(await as(server, people.admin, publishCallDocument, { id: created.id })).publishCall;
}

export async function createConsortium(server: TestServer, who: TokenClaims, input: CreateConsortiumInput) {
  return expectOk(await as(server, who, createConsortiumDocument, { input })).createConsortium;
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
  } satisfies Omit<CreateApplicationInput, 'callId' | 'consortiumId'>;
}

export async function createApplication(server: TestServer, who: TokenClaims, input: CreateApplicationInput) {
  return expectOk(await as(server, who, createApplicationDocument, { input })).createApplication;
}

export const submit = (server: TestServer, who: TokenClaims, id: string) =>
  as(server, who, submitDocument, { id });

export const update = (
  server: TestServer,
  who: TokenClaims,
  id: string,
  expectedVersion: number,
  input: UpdateApplicationInput,
) => as(server, who, updateDocument, { id, v: expectedVersion, input });

export const withdraw = (server: TestServer, who: TokenClaims | null, id: string) =>
  as(server, who, withdrawDocument, { id });
