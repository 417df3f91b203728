import type { FastifyError, FastifyInstance, FastifyReply, RawServerDefault } from 'fastify';
import { databaseFault } from '../common/database-faults';
import {
  AppError,
  badInput,
  codeMessages,
  ErrorCode,
  foreignMessage,
  internalError,
  type Messages,
  messageIn,
  notFound,
  serviceUnavailable,
} from '../common/errors';
import { languagesFromHeader } from '../common/language';

/**
 * An answer outside GraphQL in GraphQL's error shape, with the same `extensions` as the code has in
 * GraphQL, so that clients parse one shape everywhere. `status` defaults to the code's own.
 */
export function sendError(
  reply: FastifyReply,
  error: AppError,
  options: { status?: number; messages?: Messages } = {},
): FastifyReply {
  reply.request.errorCode = error.code;
  // The headers the error asks for (Retry-After), as Apollo Server applies them to a GraphQL answer.
  const { headers } = error.extensions.http as { headers?: Map<string, string> };
  headers?.forEach((value, name) => void reply.header(name, value));
  // In the reader's language (Accept-Language), like GraphQL's answers; English without one.
  const languages = languagesFromHeader(reply.request.headers['accept-language']);
  const message = options.messages ? messageIn(options.messages, languages) : error.messageIn(languages);
  return reply
    .code(options.status ?? error.httpStatus)
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: error.clientExtensions }] });
}

/** A typed error as a plain route answers it: GraphQL's 200 refusals become 404 or 422. */
export function sendRouteError(reply: FastifyReply, error: AppError): FastifyReply {
  // GraphQL answers a refused operation with 200 and the code; a plain route needs an HTTP status.
  const status = error.httpStatus;
  const restStatus = status > 200 ? status : error.code === ErrorCode.NOT_FOUND ? 404 : 422;
  return sendError(reply, error, { status: restStatus });
}

/**
 * What a route throws, answered: our typed errors with their status, a database outage as 503, the HTTP
 * layer's own refusals (a body too large, malformed JSON) as BAD_USER_INPUT with their status, and
 * anything else as a masked 500 whose cause goes to the log.
 */
export function errorReplies(app: FastifyInstance<RawServerDefault>, options: { bodyLimit: number }) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendRouteError(reply, error);
    if (databaseFault(error)) {
      request.log.warn({ err: error }, 'request failed: database unavailable');
      return sendError(reply, serviceUnavailable());
    }

    if (error.statusCode === 413) {
      const mebibytes = options.bodyLimit / 1048576;
      const tooLarge = badInput({
        en: `The request body is larger than ${mebibytes} MiB`,
        fi: `Pyynnön runko on suurempi kuin ${mebibytes} MiB`,
        sv: `Begärans innehåll är större än ${mebibytes} MiB`,
      });
      return sendError(reply, tooLarge, { status: 413 });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, badInput(foreignMessage(ErrorCode.BAD_USER_INPUT, error.message)), {
        status: error.statusCode,
      });
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, internalError());
  });
  app.setNotFoundHandler((_request, reply) =>
    sendError(reply, notFound({ en: 'The route', fi: 'Reittiä', sv: 'Vägen' }), {
      status: 404,
      messages: codeMessages.NOT_FOUND,
    }),
  );
}
