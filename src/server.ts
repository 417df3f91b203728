import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { KeySetUnavailableError, TokenVerifier } from './auth/token-verifier';
import { publicViewer, type Viewer } from './auth/viewer';
import type { AppConfig } from './config';
import { createRequestContext, type RequestContext } from './context';
import { type Clock, systemClock } from './common/clock';
import { databaseFault } from './common/database-faults';
import { AppError, ErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from './common/errors';
import { formatError } from './common/format-error';
import { queryLimits } from './common/query-limits';
import { Language, languagesFromHeader } from './common/localized-text';
import { CallFormService } from './modules/call/call-form.service';
import { CallService } from './modules/call/call.service';
import { withQueryStats } from './query-stats';
import { createLogger } from './logger';
import { decisionEntries, renderDecisionList } from './modules/award/decision-list';
import type { Call } from './modules/call/call.entity';
import { UserService } from './modules/user/user.service';
import { buildSubgraph } from './schema';

const MAX_BODY_BYTES = 1024 * 1024;

/** `/calls/2020/decisions.md`: a published call's decision list as a document to download. */
const callDocumentPath = /^\/calls\/([A-Za-z0-9][A-Za-z0-9-]{0,31})\/(form|decisions)\.md$/;

interface CallDocument {
  /** The languages it is written in, the default first. */
  languages: Language[];
  /** Without ?lang=, whether Accept-Language picks the language (else the default). */
  followsAcceptLanguage: boolean;
  disposition: 'inline' | 'attachment';
  filename(key: string, language: string): string;
  render(ctx: RequestContext, call: Call, language: Language): Promise<string>;
}

const callDocuments: Record<'form' | 'decisions', CallDocument> = {
  form: {
    languages: [Language.FI, Language.SV, Language.EN],
    followsAcceptLanguage: true,
    disposition: 'inline',
    filename: (key, language) => `call-${key}-form-${language}.md`,
    render: (ctx, call, language) => new CallFormService(ctx).markdown(call, language),
  },
  // The ministry's press releases are Swedish first; Finnish on request.
  decisions: {
    languages: [Language.SV, Language.FI],
    followsAcceptLanguage: false,
    disposition: 'attachment',
    filename: (key, language) => `decisions-${key}-${language}.md`,
    render: async (ctx, call, language) =>
      renderDecisionList(call, await decisionEntries(ctx.manager, call.id), language).text,
  },
};

export interface ServerOptions {
  config: AppConfig;
  dataSource: DataSource;
  clock?: Clock;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /**
   * Stops accepting connections, lets the requests in flight finish for up to `graceMs` (then cuts
   * what is left) and stops Apollo. The database is the caller's to close afterwards.
   */
  stop(graceMs?: number): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'The request body is too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/**
 * A GraphQL answer whose error says the database is unavailable is HTTP 503, so that a gateway or load
 * balancer can tell an outage (try again, elsewhere) from a bug; the Retry-After header is set beside it.
 */
const serviceUnavailableStatus: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
        }
        return Promise.resolve();
      },
    });
  },
};

/**
 * The HTTP service: /graphql through Apollo Server, health checks beside it. Used by main.ts and by the
 * tests, which start it on a loopback port against their own database.
 */
export async function startServer(
  options: ServerOptions,
  port: number,
  host: string,
): Promise<RunningServer> {
  const { config, dataSource } = options;
  const clock = options.clock ?? systemClock;
  const log = options.logger ?? createLogger(config.logLevel);
  const verifier = new TokenVerifier(config.jwt, clock);
  const users = new UserService();
  const limits = queryLimits(config.queryLimits);

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildSubgraph(),
    ...limits.options,
    logger: log,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns the signal handlers: two would each call stop(), and the second never returns.
    stopOnTerminationSignals: false,
    plugins: [
      limits.plugin,
      serviceUnavailableStatus,
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: (formatted, thrown) =>
      formatError(formatted, thrown, {
        production: config.production,
        onInternalError: (error) => log.error({ err: error }, 'internal error in a GraphQL request'),
        onDatabaseFault: (error) => log.warn({ err: error }, 'database unavailable in a GraphQL request'),
      }),
  });
  await apollo.start();

  async function viewerFor(authorization: string | undefined, requestLog: Logger): Promise<Viewer> {
    let claims;
    try {
      claims = await verifier.verify(authorization);
    } catch (error) {
      // The client only learns that its token could not be verified; why the issuer's keys could not be
      // had (DNS, refused connection, a bad key set) is for the operators' log.
      if (error instanceof AppError && error.cause instanceof KeySetUnavailableError) {
        requestLog.error({ err: error.cause.cause }, 'the JSON Web Key Set could not be fetched');
      }
      throw error;
    }
    if (!claims) return publicViewer;
    try {
      const user = await users.upsertFromClaims(dataSource.manager, claims, clock.now());
      return users.toViewer(user, claims);
    } catch (error) {
      if (!databaseFault(error)) throw error;
      requestLog.warn({ err: error }, 'the signed-in user could not be recorded: database unavailable');
      throw serviceUnavailable();
    }
  }

  /** The caller, their languages and a fresh set of loaders: one per request, never shared. */
  async function contextFor(
    request: IncomingMessage,
    requestId: string,
    languages: Language[],
  ): Promise<RequestContext> {
    const requestLog = log.child({ requestId });
    return createRequestContext({
      requestId,
      viewer: await viewerFor(request.headers.authorization, requestLog),
      languages,
      clock,
      manager: dataSource.manager,
      log: requestLog,
    });
  }

  async function handleGraphQL(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
  ) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (request.method === 'POST') {
      const text = await readBody(request);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        throw new HttpError(400, 'The request body is not valid JSON');
      }
    }
    const { result, statements } = await withQueryStats(async (stats) => {
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: () =>
          contextFor(request, requestId, languagesFromHeader(request.headers['accept-language'])),
      });
      return { result, statements: stats.statements };
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.setHeader('x-request-id', requestId);
    if (result.status === 503) response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    // Development aid and test hook: how many SQL statements this request ran (not sent in production).
    if (!config.production) response.setHeader('x-sql-statements', String(statements));
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  /**
   * GET /calls/{key}/form.md and /calls/{key}/decisions.md: a call's documents to read and download,
   * each seen with the caller's rights exactly like the call in the API (a draft is absent to the public).
   */
  async function serveCallDocument(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    key: string,
    document: CallDocument,
    requestId: string,
  ) {
    const requested = url.searchParams.get('lang');
    const wanted =
      requested === null
        ? document.followsAcceptLanguage
          ? request.headers['accept-language']
          : undefined
        : requested;
    const language = languagesFromHeader(wanted).find((candidate) => document.languages.includes(candidate));
    if (requested !== null && !language) {
      throw new HttpError(400, `lang is one of ${document.languages.join(', ').toLowerCase()}`);
    }
    let ctx: RequestContext;
    try {
      ctx = await contextFor(request, requestId, language ? [language] : []);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) {
        return sendJson(response, 401, {
          errors: [{ message: error.message, extensions: { code: error.code } }],
        });
      }
      throw error;
    }
    const call = await new CallService(ctx).byKey(key);
    if (!call) return sendJson(response, 404, { error: 'Not found' });
    const chosen = language ?? document.languages[0];
    response.writeHead(200, {
      'content-type': 'text/markdown; charset=utf-8',
      'content-disposition': `${document.disposition}; filename="${document.filename(call.key, chosen.toLowerCase())}"`,
      'x-request-id': requestId,
    });
    response.end(await document.render(ctx, call, chosen));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/graphql') return await handleGraphQL(request, response, url, requestId);
      const callDocument = callDocumentPath.exec(url.pathname);
      if (callDocument && request.method === 'GET') {
        const [, key, name] = callDocument;
        return await serveCallDocument(
          request,
          response,
          url,
          key,
          callDocuments[name as 'form' | 'decisions'],
          requestId,
        );
      }
      if (url.pathname === '/health/live') return sendJson(response, 200, { status: 'ok' });
      if (url.pathname === '/health/ready') {
        try {
          await dataSource.query('SELECT 1');
          return sendJson(response, 200, { status: 'ok', database: 'ok' });
        } catch (error) {
          log.warn({ err: error }, 'readiness check failed');
          return sendJson(response, 503, { status: 'unavailable', database: 'unreachable' });
        }
      }
      sendJson(response, 404, { error: 'Not found' });
    } catch (error) {
      if (error instanceof HttpError) {
        return sendJson(response, error.status, {
          errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }],
        });
      }
      if (databaseFault(error) && !response.headersSent) {
        log.warn({ err: error, requestId }, 'request failed: database unavailable');
        response.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        const { message, extensions } = serviceUnavailable();
        return sendJson(response, 503, { errors: [{ message, extensions: { code: extensions.code } }] });
      }
      log.error({ err: error, requestId }, 'request failed');
      if (!response.headersSent) {
        sendJson(response, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      } else {
        response.end();
      }
    }
  }

  let inFlight = 0;
  let stopping = false;
  let drained: (() => void) | undefined;
  const httpServer = http.createServer((request, response) => {
    inFlight += 1;
    // While stopping, each answer closes its connection so that keep-alive clients reconnect elsewhere.
    if (stopping) response.setHeader('connection', 'close');
    response.on('close', () => {
      inFlight -= 1;
      if (stopping && inFlight === 0) drained?.();
    });
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

  async function stop(graceMs = 0): Promise<void> {
    stopping = true;
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    if (inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (drained = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
      if (inFlight > 0)
        log.warn({ inFlight, graceMs }, 'grace period over: cutting requests still in flight');
    }
    httpServer.closeAllConnections();
    await closed;
    await apollo.stop();
  }

  return { url: `http://${shownHost}:${address.port}/graphql`, httpServer, stop };
}
