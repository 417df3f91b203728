import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { ContextFor, RequestContext } from '../context';
import { AppError, ErrorCode, RETRY_AFTER_SECONDS } from '../common/errors';
import { messageFor } from '../common/format-error';
import { languagesFromHeader } from '../common/language';
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
 * Every error message in the reader's language (Accept-Language; English without one): formatError
 * left each in every language, and the request's languages are known here. Extensions do not change.
 */
export const errorLanguage: ApolloServerPlugin<RequestContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return Promise.resolve();
        const { singleResult } = response.body;
        const { languages } = contextValue;
        if (singleResult.errors && languages.length > 0) {
          singleResult.errors = singleResult.errors.map((error) => ({
            ...error,
            message: messageFor(error, languages),
          }));
        }
        return Promise.resolve();
      },
    }),
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
      const languages = languagesFromHeader(request.headers['accept-language']);
      try {
        ctx = await options.contextFor(request, languages);
      } catch (error) {
        // No plugin runs for a refused context (errorLanguage cannot): the message is chosen here.
        if (error instanceof AppError) error.message = error.messageIn(languages);
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
      // The cheap test first: a GET carrying an operation is never negotiated.
      if ((request.query as { query?: unknown }).query === undefined && wantsHtml(request)) {
        void reply.type('text/html; charset=utf-8');
        return options.explorerPage;
      }
      return apolloHandler.call(this, request, reply);
    },
  });
  return Promise.resolve();
}
