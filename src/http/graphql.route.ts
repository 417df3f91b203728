import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { ContextFor, RequestContext } from '../context';
import { ErrorCode, RETRY_AFTER_SECONDS } from '../common/errors';
import { languagesFromHeader } from '../common/localized-text';
import { wantsHtml } from './browser-pages';

/**
 * The HTTP request behind a GraphQL context, for what the request log reports of the operation. A symbol
 * property, because Apollo hands plugins a shallow copy of the context, not the object itself.
 */
const httpRequest = Symbol('httpRequest');
type WithHttpRequest = RequestContext & { [httpRequest]?: FastifyRequest };

/** The HTTP request a GraphQL context was made for (undefined for a context made elsewhere). */
export const httpRequestOf = (ctx: RequestContext): FastifyRequest | undefined =>
  (ctx as WithHttpRequest)[httpRequest];

const codeOf = (error: { extensions?: Record<string, unknown> }): string => {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
};

/**
 * Reports the operation to the HTTP layer (that there was one, its name, its first error's code) for the
 * request log and the metrics, and answers HTTP 503 with Retry-After when an error says the database is
 * unavailable, so that a gateway can tell an outage (try again, elsewhere) from a bug.
 */
export const graphqlHttpReport: ApolloServerPlugin<RequestContext> = {
  requestDidStart({ contextValue }) {
    const request = httpRequestOf(contextValue);
    if (request) request.graphqlOperation = true;
    return Promise.resolve({
      didResolveOperation({ operationName }) {
        if (request) request.operationName = operationName ?? null;
        return Promise.resolve();
      },
      willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (request) request.errorCode = errors?.length ? codeOf(errors[0]) : null;
        if (errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
        return Promise.resolve();
      },
    });
  },
};

/**
 * GET and POST /graphql through Apollo Server; preflights are CORS's (see server.ts). A browser's visit
 * without an operation (a GET that prefers HTML and has no `query`) gets the explorer page instead.
 */
export function graphqlRoute(
  app: FastifyInstance,
  options: { apollo: ApolloServer<RequestContext>; contextFor: ContextFor; explorerPage: string },
) {
  const apolloHandler = fastifyApolloHandler(options.apollo, {
    context: async (request) => {
      let ctx: WithHttpRequest;
      try {
        ctx = await options.contextFor(request, languagesFromHeader(request.headers['accept-language']));
      } catch (error) {
        // Apollo answers a refused context (a bad token, the database down) without running the
        // request's plugins, so the operation and its code are reported from here.
        request.graphqlOperation = true;
        request.errorCode = codeOf(error instanceof GraphQLError ? error : {});
        throw error;
      }
      ctx[httpRequest] = request;
      return ctx;
    },
  });
  app.route<{ Reply: string }>({
    method: ['GET', 'POST'],
    url: '/graphql',
    async handler(request, reply) {
      if (wantsHtml(request) && (request.query as { query?: unknown }).query === undefined) {
        void reply.type('text/html; charset=utf-8');
        return options.explorerPage;
      }
      return apolloHandler.call(this, request, reply);
    },
  });
  return Promise.resolve();
}
