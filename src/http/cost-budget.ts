import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RequestContext } from '../context';
import { rateLimited } from '../common/errors';
import { httpRequestOf } from './graphql.route';

const WINDOW_MS = 60_000;

/** What a caller's budget looks like after a request: reported to the client as `extensions.cost`. */
export interface BudgetState {
  allowed: boolean;
  /** Points left in this minute after the request (unchanged when it was refused). */
  remaining: number;
  /** When the minute ends and the budget is full again. */
  resetAt: Date;
}

/** Where the points spent per caller and minute are kept: this process, or Redis for all replicas. */
export interface BudgetStore {
  spend(key: string, points: number, limit: number, now: number): Promise<BudgetState>;
}

/** Fixed one-minute windows in this process's memory (one replica). */
export class MemoryBudgetStore implements BudgetStore {
  private readonly used = new Map<string, number>();
  private window = 0;

  spend(key: string, points: number, limit: number, now: number): Promise<BudgetState> {
    const window = Math.floor(now / WINDOW_MS);
    if (window !== this.window) {
      // A new minute: every caller starts again, and the map never outgrows one minute's callers.
      this.used.clear();
      this.window = window;
    }
    const resetAt = new Date((window + 1) * WINDOW_MS);
    const used = this.used.get(key) ?? 0;
    if (used + points > limit) return Promise.resolve({ allowed: false, remaining: limit - used, resetAt });
    this.used.set(key, used + points);
    return Promise.resolve({ allowed: true, remaining: limit - used - points, resetAt });
  }
}

/** Checks and spends in one step on the Redis server, so that replicas cannot overspend together. */
const spendScript = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local points = tonumber(ARGV[1])
if used + points > tonumber(ARGV[2]) then return {0, used} end
used = redis.call('INCRBY', KEYS[1], points)
if used == points then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {1, used}`;

/** The same fixed windows, kept in Redis (REDIS_URL) and shared by every process of the service. */
export class RedisBudgetStore implements BudgetStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async spend(key: string, points: number, limit: number, now: number): Promise<BudgetState> {
    const window = Math.floor(now / WINDOW_MS);
    const resetAt = new Date((window + 1) * WINDOW_MS);
    const [allowed, used] = (await this.redis.eval(
      spendScript,
      1,
      `${this.prefix}cost:${window}:${key}`,
      points,
      limit,
      WINDOW_MS * 2,
    )) as [number, number];
    return { allowed: allowed === 1, remaining: limit - used, resetAt };
  }
}

export interface CostBudgetOptions {
  store: BudgetStore;
  /** Points per minute for callers without a token, and for signed-in callers. */
  publicPointsPerMinute: number;
  signedInPointsPerMinute: number;
  /** The estimated cost of the operation about to run (at least one point is spent for any request). */
  costOf(requestContext: GraphQLRequestContext<RequestContext>): number;
  log: Logger;
}

/**
 * Cost-based rate limits, like GitHub's and Shopify's GraphQL APIs: each caller (the user when signed
 * in, else the address) has a budget of points per minute; an operation spends its computed cost before
 * it runs, and every answer says what it cost and what is left (`extensions.cost`). An exhausted
 * budget is HTTP 429 with Retry-After and RATE_LIMITED. When the store cannot be reached the request is
 * served (and logged): an outage of the counters must not become an outage of the API.
 */
export function costBudget(options: CostBudgetOptions): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      let report: { requested: number; remaining: number; resetAt: string } | undefined;
      return Promise.resolve({
        async didResolveOperation(requestContext) {
          const { contextValue } = requestContext;
          const request = httpRequestOf(contextValue);
          const signedIn = contextValue.viewer.userId !== null;
          const key = signedIn ? `user:${contextValue.viewer.userId}` : `ip:${request?.ip ?? 'unknown'}`;
          const limit = signedIn ? options.signedInPointsPerMinute : options.publicPointsPerMinute;
          const requested = Math.max(1, Math.ceil(options.costOf(requestContext)));
          if (request) request.cost = requested;
          let state: BudgetState;
          try {
            state = await options.store.spend(key, requested, limit, Date.now());
          } catch (error) {
            options.log.warn({ err: error }, 'rate-limit store unavailable: request served without a budget');
            return;
          }
          report = { requested, remaining: state.remaining, resetAt: state.resetAt.toISOString() };
          if (!state.allowed) {
            const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - Date.now()) / 1000));
            throw rateLimited(
              {
                en: `This operation costs ${requested} points and ${state.remaining} of your ${limit} points per minute are left; the budget is full again at ${report.resetAt}`,
                fi: `Tämä operaatio maksaa ${requested} pistettä, ja minuuttikohtaisesta ${limit} pisteen budjetistasi on jäljellä ${state.remaining}; budjetti on taas täynnä ${report.resetAt}`,
                sv: `Den här operationen kostar ${requested} poäng och ${state.remaining} av dina ${limit} poäng per minut återstår; budgeten är full igen ${report.resetAt}`,
              },
              retryAfter,
              report,
            );
          }
        },
        willSendResponse({ response }) {
          if (report && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: report,
            };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
