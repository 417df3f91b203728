import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import gql from 'graphql-tag';

/**
 * A partner team's subgraph as a partner would write it, knowing nothing of our code: it adds a field of
 * its own to our `Municipality` (key `code`) and points at our `Award` and `Application` by id alone,
 * leaving everything else about them to our subgraph.
 */
export const partnerTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    "Projects the portal's editors chose to show on its front page."
    featuredProjects: [FeaturedProject!]!
    "Applications the portal follows for its users, by id."
    trackedApplications: [TrackedApplication!]!
  }

  type FeaturedProject {
    headline: String!
    award: Award!
  }

  type TrackedApplication {
    note: String!
    application: Application
  }

  type Municipality @key(fields: "code") {
    code: ID!
    "The municipality's page on the partner portal."
    portalUrl: String
  }

  type Award @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type Application @key(fields: "id", resolvable: false) {
    id: ID!
  }
`;

export interface PartnerData {
  featured: { headline: string; awardId: string }[];
  tracked: { note: string; applicationId: string }[];
}

export interface PartnerSubgraph {
  url: string;
  /** The Authorization header of every request the partner received, in order. */
  authorizations: (string | undefined)[];
  stop(): Promise<void>;
}

/** Starts the partner subgraph on a loopback port. */
export async function startPartnerSubgraph(data: PartnerData): Promise<PartnerSubgraph> {
  const authorizations: (string | undefined)[] = [];
  const resolvers = {
    Query: {
      featuredProjects: () =>
        data.featured.map(({ headline, awardId }) => ({ headline, award: { id: awardId } })),
      trackedApplications: () =>
        data.tracked.map(({ note, applicationId }) => ({ note, application: { id: applicationId } })),
    },
    Municipality: {
      __resolveReference: (reference: { code: string }) => ({
        code: reference.code,
        portalUrl: `https://kuntaportaali.example/kunta/${reference.code}`,
      }),
    },
  };
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: partnerTypeDefs, resolvers }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: ({ req }) => {
      authorizations.push(req.headers.authorization);
      return Promise.resolve({});
    },
  });
  return { url, authorizations, stop: () => server.stop() };
}
