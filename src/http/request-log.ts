import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, RawServerDefault } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { countingStatements, type QueryStats } from '../query-stats';

declare module 'fastify' {
  interface FastifyRequest {
    /** SQL statements this request ran (counted through AsyncLocalStorage). */
    queryStats: QueryStats;
    /** The caller's user id once the context knows it; null for the public. */
    userId: string | null;
    /** The GraphQL operation's name, once resolved. */
    operationName: string | null;
    /** The operation's computed cost, once known. */
    cost: number | null;
    /** Whether the request carried a GraphQL operation (Apollo made it a context, or refused to). */
    graphqlOperation: boolean;
    /** Whether the public response cache answered (hit) or was asked and could not (miss); else null. */
    responseCache: 'hit' | 'miss' | null;
    /** The code of the answer's first error (`extensions.code`), GraphQL or not; null for a success. */
    errorCode: string | null;
  }
}

/** A client's own request id is kept when it is a sane token; anything else gets a fresh UUID. */
const saneRequestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && saneRequestId.test(given) ? given : randomUUID();
}

/**
 * Per request: its id (returned as x-request-id), its SQL statement count (x-sql-statements outside
 * production, a development aid and test hook), and one log line when it is answered — id, method,
 * route, operation, status, cost, statements, duration and user id, never a token, a name or an e-mail.
 */
export function requestReporting(app: FastifyInstance<RawServerDefault>, options: { production: boolean }) {
  app.decorateRequest('queryStats', null as unknown as QueryStats);
  app.decorateRequest('userId', null);
  app.decorateRequest('operationName', null);
  app.decorateRequest('cost', null);
  app.decorateRequest('graphqlOperation', false);
  app.decorateRequest('errorCode', null);
  app.decorateRequest('responseCache', null);

  app.addHook('onRequest', (request, reply, done) => {
    request.queryStats = { statements: 0 };
    void reply.header('x-request-id', request.id);
    done();
  });
  // After the body is parsed (its stream events would lose the async context), before the handler.
  app.addHook('preValidation', (request, _reply, done) => countingStatements(request.queryStats, done));
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!options.production) void reply.header('x-sql-statements', String(request.queryStats.statements));
    done(null, payload);
  });
  app.addHook('onResponse', (request: FastifyRequest, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        operation: request.operationName,
        status: reply.statusCode,
        cost: request.cost,
        statements: request.queryStats.statements,
        cache: request.responseCache,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        userId: request.userId,
      },
      'request',
    );
    done();
  });
}
