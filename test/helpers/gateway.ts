import { composeServices } from '@apollo/composition';
import {
  ApolloGateway,
  type GraphQLDataSourceProcessOptions,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLResponse, RawData } from './server';

/** What the gateway keeps of the incoming request for the subgraph calls it makes on its behalf. */
interface GatewayContext {
  authorization?: string;
}

/**
 * Passes the caller's Authorization header on to every subgraph, unchanged: each subgraph verifies the
 * token and applies its own permissions, so the gateway never decides who may see what.
 */
class AuthorizationForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

/**
 * Composes the subgraphs into a supergraph with @apollo/composition; a composition error is thrown with
 * every message, so a test over it fails with the reason.
 */
export function composeSupergraph(services: Parameters<typeof composeServices>[0]): string {
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

/** What a gateway answers: the same body a subgraph would, without our subgraph's statement count. */
export type GatewayResponse<T> = Pick<GraphQLResponse<T>, 'status' | 'data' | 'errors'>;

export interface TestGateway {
  url: string;
  /** Raw: the gateway serves the composed supergraph, not the SDL that test/gql is generated from. */
  query(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<GatewayResponse<RawData>>;
  stop(): Promise<void>;
}

/** @apollo/gateway on a loopback port in front of the composed subgraphs. */
export async function startGateway(supergraphSdl: string): Promise<TestGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) => new AuthorizationForwardingDataSource({ url }),
  });
  const server = new ApolloServer<GatewayContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: ({ req }) => Promise.resolve({ authorization: req.headers.authorization }),
  });
  return {
    url,
    async query(query, variables, options = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GatewayResponse<never>, 'status'>;
      return { status: response.status, ...body };
    },
    stop: () => server.stop(),
  };
}
