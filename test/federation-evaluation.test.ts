import { expect } from 'chai';
import { newId } from '../src/common/ids';
import { ApplicationStatus } from '../src/modules/application/application-status';
import { Application } from '../src/modules/application/application.entity';
import { Evaluation, EvaluationStatus, Recommendation } from '../src/modules/evaluation/evaluation.entity';
import { User } from '../src/modules/user/user.entity';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './gql';

// Raw: federation's _entities is not in the published SDL that test/gql is generated from.
const entitiesQuery = `
  query FederationEvaluation_entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Evaluation {
        id
        recommendation
      }
    }
  }
`;

describe('federation: Evaluation references', () => {
  let server: TestServer;
  let evaluationIds: string[];

  before(async () => {
    server = await startTestServer();
    const manager = server.dataSource.manager;
    const now = server.clock.now();
    const reviewerId = newId();
    await manager.getRepository(User).insert({
      id: reviewerId,
      subject: 'local|fed-reviewer',
      name: 'Reviewer',
      roles: ['reviewer'],
      municipalityCodes: [],
      createdAt: now,
      lastSeenAt: now,
    });
    const applications = await manager
      .getRepository(Application)
      .findBy({ status: ApplicationStatus.AWARDED });
    evaluationIds = [];
    for (const application of applications) {
      const id = newId();
      evaluationIds.push(id);
      await manager.getRepository(Evaluation).insert({
        id,
        applicationId: application.id,
        reviewerId,
        comment: null,
        recommendation: Recommendation.FUND,
        recommendedAmount: null,
        status: EvaluationStatus.SUBMITTED,
        submittedAt: now,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
  after(() => server?.stop());

  const representations = () => [
    ...evaluationIds.map((id) => ({ __typename: 'Evaluation', id })),
    ...Array.from({ length: 50 - evaluationIds.length }, () => ({ __typename: 'Evaluation', id: newId() })),
  ];

  it('resolves 50 Evaluation representations for an administrator with one SQL statement', async () => {
    const token = await server.token({ sub: 'fed-admin', roles: ['admin'] });
    await server.query(
      graphql(`
        query FederationEvaluationTypename {
          __typename
        }
      `),
      undefined,
      { token },
    ); // the first request creates the user
    const signedIn = await server.query(
      graphql(`
        query FederationEvaluationTypename2 {
          __typename
        }
      `),
      undefined,
      { token },
    );
    const response = await server.rawQuery(entitiesQuery, { representations: representations() }, { token });
    expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
    const ids = response.data!._entities.map((entity: { id: string } | null) => entity?.id ?? null);
    expect(ids.slice(0, evaluationIds.length)).to.deep.equal(evaluationIds);
    expect(ids.slice(evaluationIds.length).every((id: string | null) => id === null)).to.equal(true);
    // The token's user is looked up either way; the 50 references cost exactly one statement more.
    expect(response.statements - signedIn.statements).to.equal(1);
  });

  it('resolves every Evaluation representation to null for the public and for an applicant', async () => {
    const applicant = await server.token({
      sub: 'fed-applicant',
      roles: ['applicant'],
      municipalities: ['091'],
    });
    for (const token of [undefined, applicant]) {
      const response = await server.rawQuery(
        entitiesQuery,
        { representations: representations() },
        { token },
      );
      expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
      expect(response.data!._entities.every((entity: unknown) => entity === null)).to.equal(true);
    }
  });
});
