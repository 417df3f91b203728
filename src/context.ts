import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { Viewer } from './auth/viewer';
import type { Clock } from './common/clock';
import type { Language } from './common/localized-text';
import type { RequestCost } from './common/query-limits';
import { Loaders } from './loaders';

/** Everything a resolver may use, built fresh for each request. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  /** Languages from Accept-Language, best first; LocalizedText.text falls back from these. */
  languages: Language[];
  clock: Clock;
  /**
   * What every read and write goes through: the pool outside a transaction, the transaction's own
   * connection inside one (see inTransaction), so that a unit of work never needs a second connection.
   */
  manager: EntityManager;
  /** Relations, batched per request and read through `manager`. */
  loaders: Loaders;
  log: Logger;
  /**
   * What the operation was estimated to cost when the query limits accepted it (src/common/query-cost.ts);
   * unset before that and for a request that never reached an operation. One object per request, shared
   * with the contexts of its transactions.
   */
  cost: RequestCost;
  /** The same request bound to another manager (a transaction's), with loaders of its own. */
  withManager(manager: EntityManager): RequestContext;
}

export type RequestContextFields = Omit<RequestContext, 'loaders' | 'withManager' | 'cost'> & {
  cost?: RequestCost;
};

export function createRequestContext(fields: RequestContextFields): RequestContext {
  const cost = fields.cost ?? {};
  return {
    ...fields,
    cost,
    loaders: new Loaders(fields.manager, fields.viewer),
    withManager: (manager) => createRequestContext({ ...fields, cost, manager }),
  };
}

/** How every route turns an HTTP request into a RequestContext (src/http/request-context.ts). */
export type ContextFor = (request: FastifyRequest, languages: Language[]) => Promise<RequestContext>;
