import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ContextFor, RequestContext } from '../context';
import { ErrorCode, RETRY_AFTER_SECONDS } from '../common/errors';
import { languagesFromHeader } from '../common/localized-text';

/**
 * The HTTP request behind a GraphQL context, for what the request log reports of the operation. A symbol
 * property, because Apollo hands plugins a shallow copy of the context, not the object itself.
 */
const httpRequest = Symbol('httpRequest');
type WithHttpRequest = RequestContext & { [httpRequest]?: FastifyRequest };

/** The HTTP request a GraphQL context was made for (undefined for a context made elsewhere). */
export const httpRequestOf = (ctx: RequestContext): FastifyRequest | undefined =>
  (ctx as WithHttpRequest)[httpRequest];

/**
 * Reports the operation to the HTTP layer, and answers HTTP 503 with Retry-After when an error says the
 * database is unavailable, so that a gateway can tell an outage (try again, elsewhere) from a bug.
 */
export const graphqlHttpReport: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ contextValue, operationName }) {
        const request = httpRequestOf(contextValue);
        if (request) request.operationName = operationName ?? null;
        return Promise.resolve();
      },
      willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        return Promise.resolve();
      },
    });
  },
};

/** GET and POST /graphql through Apollo Server; preflights are CORS's (see server.ts). */
export function graphqlRoute(
  app: FastifyInstance,
  options: { apollo: ApolloServer<RequestContext>; contextFor: ContextFor },
) {
  app.route({
    method: ['GET', 'POST'],
    url: '/graphql',
    handler: fastifyApolloHandler(options.apollo, {
      context: async (request) => {
        const ctx: WithHttpRequest = await options.contextFor(
          request,
          languagesFromHeader(request.headers['accept-language']),
        );
        ctx[httpRequest] = request;
        return ctx;
      },
    }),
  });
  return Promise.resolve();
}
