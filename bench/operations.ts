/**
 * The benchmark's operations, defined once: `npm run bench` drives them and the tests assert their SQL
 * statement counts (test/batching.test.ts), so that what is measured is what is guaranteed.
 *
 * Each operation is a GraphQL document with the variables it is run with. Variables that depend on the
 * data (an applicant's own application, a deep cursor) are named in `needs`: the runner fills them in
 * from the database it drives.
 */

/** Who runs an operation: the public (no token), an applicant of the application's consortium, or an administrator. */
export type OperationRole = 'public' | 'applicant' | 'admin';

export interface Operation {
  /** Q1, Q2, …: the names issue 12 and docs/benchmarks.md use. */
  name: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  role: OperationRole;
  /** Variables the runner must supply from its data, with what each one is. */
  needs?: Record<string, string>;
}

/** Q1: the first 20 calls with their themes and statistics. */
export const callsWithStatistics: Operation = {
  name: 'Q1',
  description: 'the first 20 calls with themes and statistics',
  role: 'public',
  variables: { first: 20 },
  query: `query CallsWithStatistics($first: Int) {
  calls(first: $first) {
    totalCount
    nodes {
      key
      year
      title { text }
      appropriation
      themes { code title { text } }
      statistics {
        applicationsSubmitted
        applicationsAwarded
        totalRequested
        totalAwarded
        remainingAppropriation
      }
    }
  }
}`,
};

/**
 * Q2: a page of awards with call, lead and its region, members, project name, request and theme. Run at
 * first 10, 50 and 100 (`awardsPageSizes`).
 */
export const awardsPage: Operation = {
  name: 'Q2',
  description: 'a page of awards with call, lead + region, members, project name, request, theme',
  role: 'public',
  variables: { first: 100 },
  query: `query AwardsPage($first: Int, $after: String) {
  awards(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      grantedAmount
      decisionDate
      call { key year }
      leadMunicipality { code name { fi sv } region { code name { fi } } }
      municipalities { code name { fi } }
      application {
        projectName { fi sv }
        requestedAmount
        theme { code }
      }
    }
  }
}`,
};

export const awardsPageSizes = [10, 50, 100] as const;

/** Q3: 100 municipalities with their region and what their projects received in 2020. */
export const municipalitiesFunding: Operation = {
  name: 'Q3',
  description: '100 municipalities with region and fundingTotal(year: 2020)',
  role: 'public',
  variables: { first: 100, year: 2020 },
  query: `query MunicipalitiesFunding($first: Int, $year: Int) {
  municipalities(first: $first) {
    nodes {
      code
      name { fi sv }
      population
      region { code name { fi sv } }
      fundingTotal(year: $year)
    }
  }
}`,
};

/** Q4: an applicant's own application in full. */
export const ownApplication: Operation = {
  name: 'Q4',
  description: "an applicant's own application in full",
  role: 'applicant',
  variables: {},
  needs: { id: "an application of the applicant's consortium" },
  query: `query OwnApplication($id: ID!) {
  application(id: $id) {
    id
    referenceNumber
    status
    sector
    projectName { fi sv en }
    summary
    requestedAmount
    totalBudget
    projectStart
    projectEnd
    submittedAt
    version
    createdAt
    updatedAt
    budget { staff travel premises purchasedServices other total }
    contact { name email phone }
    maturityAssessment { level assessedOn notes }
    theme { code title { text } }
    call { key title { text } closesAt status questions { id code } }
    consortium { id name lead { code name { text } } members { role municipality { code name { text } } } }
    answers { question { code } text }
    eligibilityIssues { code }
    award { grantedAmount decisionDate }
  }
}`,
};

/** Q5: funding statistics by year and region. */
export const fundingByYearAndRegion: Operation = {
  name: 'Q5',
  description: 'funding statistics by year and region',
  role: 'public',
  variables: {},
  query: `query FundingByYearAndRegion {
  fundingStatistics(groupBy: [YEAR, REGION]) {
    year
    region { code name { fi sv } }
    applicationsAwarded
    grantsDecided
    totalGranted
    population
    grantedPerResident
  }
}`,
};

/**
 * Q6: 50 Municipality representations through federation's `_entities`, each with its first five
 * awards (`representations` is filled with 50 codes by the runner; `municipalityRepresentations` helps).
 */
export const entitiesAwards: Operation = {
  name: 'Q6',
  description: '_entities with 50 Municipality representations, each awards(first: 5)',
  role: 'public',
  variables: { first: 5 },
  needs: { representations: '50 { __typename: "Municipality", code } objects' },
  query: `query EntitiesAwards($representations: [_Any!]!, $first: Int) {
  _entities(representations: $representations) {
    ... on Municipality {
      code
      awards(first: $first) {
        totalCount
        nodes { grantedAmount decisionDate application { projectName { fi } } }
      }
    }
  }
}`,
};

export const municipalityRepresentations = (codes: readonly string[]) =>
  codes.map((code) => ({ __typename: 'Municipality', code }));

/**
 * Q7: a deep page of applications (administrator; at 100 000 applications the runner pages to the
 * middle and passes that cursor as `after`). The default order, CREATED_AT.
 */
export const deepApplicationsPage: Operation = {
  name: 'Q7',
  description: 'a deep page of applications (default order)',
  role: 'admin',
  variables: { first: 20 },
  needs: { after: 'the endCursor of a page deep in the list' },
  query: `query DeepApplicationsPage($first: Int, $after: String) {
  applications(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      referenceNumber
      status
      requestedAmount
      submittedAt
      consortium { lead { code } }
    }
  }
}`,
};

/** Every operation, in the order the benchmark prints them. */
export const operations: Operation[] = [
  callsWithStatistics,
  awardsPage,
  municipalitiesFunding,
  ownApplication,
  fundingByYearAndRegion,
  entitiesAwards,
  deepApplicationsPage,
];
