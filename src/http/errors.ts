import type { FastifyError, FastifyInstance, FastifyReply, RawServerDefault } from 'fastify';
import { databaseFault } from '../common/database-faults';
import { AppError, ErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from '../common/errors';

/** An answer outside GraphQL in GraphQL's error shape, so that clients parse one shape everywhere. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
): FastifyReply {
  reply.request.errorCode = code;
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code } }] });
}

/** 503 with Retry-After: the database is away (the default), or the process is overloaded. */
export function sendUnavailable(reply: FastifyReply, message = serviceUnavailable().message): FastifyReply {
  void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return sendError(reply, 503, ErrorCode.SERVICE_UNAVAILABLE, message);
}

/**
 * What a route throws, answered: our typed errors with their status, a database outage as 503, the HTTP
 * layer's own refusals (a body too large, malformed JSON) as BAD_USER_INPUT with their status, and
 * anything else as a masked 500 whose cause goes to the log.
 */
export function errorReplies(app: FastifyInstance<RawServerDefault>, options: { bodyLimit: number }) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      // GraphQL answers a refused operation with 200 and the code; a plain route needs an HTTP status.
      const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
      const restStatus = status > 200 ? status : error.code === ErrorCode.NOT_FOUND ? 404 : 422;
      return sendError(reply, restStatus, error.code, error.message);
    }
    if (databaseFault(error)) {
      request.log.warn({ err: error }, 'request failed: database unavailable');
      return sendUnavailable(reply);
    }
    if (error.statusCode === 429) {
      return sendError(reply, 429, ErrorCode.RATE_LIMITED, error.message);
    }
    if (error.statusCode === 413) {
      const mebibytes = options.bodyLimit / 1048576;
      return sendError(
        reply,
        413,
        ErrorCode.BAD_USER_INPUT,
        `The request body is larger than ${mebibytes} MiB`,
      );
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode, ErrorCode.BAD_USER_INPUT, error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, ErrorCode.NOT_FOUND, 'Not found'));
}
