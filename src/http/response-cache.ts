import type {
  ApolloServerPlugin,
  GraphQLRequestContext,
  GraphQLRequestContextWillSendResponse,
} from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import {
  ErrorsAreMissesCache,
  InMemoryLRUCache,
  type KeyValueCache,
  type KeyValueCacheSetOptions,
} from '@apollo/utils.keyvaluecache';
import { OperationTypeNode } from 'graphql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RequestContext } from '../context';
import { httpRequestOf } from './graphql.route';

/** Apollo's KeyValueCache over the shared Redis: every replica reads the answers any of them cached. */
class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl;
    if (ttl) await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.ceil(ttl)));
    else await this.redis.set(this.prefix + key, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }
}

/**
 * The generation of the data: part of every cache key, bumped after every executed mutation, so that
 * no answer cached before a write is served after it. `current` is null when it cannot be read (Redis
 * away): then the cache is neither read nor written, rather than risk a stale answer.
 */
interface DataGeneration {
  current(): Promise<string | null>;
  bump(): Promise<void>;
}

class ProcessGeneration implements DataGeneration {
  private generation = 0;

  current(): Promise<string> {
    return Promise.resolve(String(this.generation));
  }

  bump(): Promise<void> {
    this.generation += 1;
    return Promise.resolve();
  }
}

/** In Redis, so that a write through one replica evicts the answers of all. */
class RedisGeneration implements DataGeneration {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly log: Logger,
  ) {}

  async current(): Promise<string | null> {
    try {
      return (await this.redis.get(this.key)) ?? '0';
    } catch {
      return null;
    }
  }

  async bump(): Promise<void> {
    try {
      await this.redis.incr(this.key);
    } catch (error) {
      this.log.warn({ err: error }, 'Redis not reachable: cached public answers live out their max-age');
    }
  }
}

/** Answers kept in one process's memory without Redis (each about a few kilobytes). */
const MEMORY_CACHE_BYTES = 64 * 1024 * 1024;

export interface ResponseCacheOptions {
  /** Seconds a public answer is kept and may be kept by a CDN; 0 turns the cache off. */
  maxAgeSeconds: number;
  redis?: Redis;
  redisKeyPrefix: string;
  log: Logger;
}

type Context = GraphQLRequestContext<RequestContext>;

const isPublic = ({ contextValue }: Context): boolean => contextValue.viewer.userId === null;
const isQuery = ({ operation }: Context): boolean => operation?.operation === OperationTypeNode.QUERY;

/** What HTTP caches (a CDN, a browser) may do with an answer; the same rules as the cache's own. */
function cacheControlHeader(
  requestContext: GraphQLRequestContextWillSendResponse<RequestContext>,
  enabled: boolean,
): string {
  if (!isPublic(requestContext)) return 'private, no-store';
  const { response, overallCachePolicy } = requestContext;
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  const policy =
    enabled && isQuery(requestContext) && !errors?.length && overallCachePolicy.policyIfCacheable();
  return policy ? `public, max-age=${policy.maxAge}` : 'no-store';
}

/**
 * A response cache for the public: Apollo's response-cache plugin, read and written only for callers
 * without a token, keyed by the document, the variables, the reader's languages and the data
 * generation. Everything the public may see is cacheable (the cache-control plugin's default max-age
 * applies to every type and field, so a type added later is cached too): what a caller without a
 * token is answered is the public's by definition, so the role decides, not a list of types. A value
 * that changes with time rather than with writes lowers its own max-age (Call.status, see
 * `limitCacheAge` in src/common/cache-hints.ts). Writes evict coarsely: every executed mutation starts
 * a new generation.
 *
 * Every answer says what HTTP caches may do with it: `public, max-age=N` for a cacheable public
 * answer, `private, no-store` for a signed-in caller's, `no-store` for the rest.
 */
export function responseCache(options: ResponseCacheOptions): ApolloServerPlugin<RequestContext>[] {
  const enabled = options.maxAgeSeconds > 0;
  const headers: ApolloServerPlugin<RequestContext> = {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse(requestContext) {
          const { http } = requestContext.response;
          http.headers.set('cache-control', cacheControlHeader(requestContext, enabled));
          // Replaces the header CORS set (Fastify sets a header whole), so Origin is named again.
          http.headers.set('vary', 'accept-language, authorization, origin');
          return Promise.resolve();
        },
      }),
  };
  if (!enabled) return [ApolloServerPluginCacheControlDisabled(), headers];

  const { redis, redisKeyPrefix, log } = options;
  const generation: DataGeneration = redis
    ? new RedisGeneration(redis, `${redisKeyPrefix}response-cache:generation`, log)
    : new ProcessGeneration();
  const store: KeyValueCache<string> = redis
    ? new RedisKeyValueCache(redis, `${redisKeyPrefix}response-cache:`)
    : new InMemoryLRUCache<string>({ maxSize: MEMORY_CACHE_BYTES });
  // The generation read when the request started, per request: null when the cache is not for it.
  const generationOf = new WeakMap<RequestContext, string | null>();
  const usable = (requestContext: Context) =>
    Promise.resolve(
      isPublic(requestContext) && typeof generationOf.get(requestContext.contextValue) === 'string',
    );

  const evictions: ApolloServerPlugin<RequestContext> = {
    requestDidStart: () => {
      let executed = false;
      return Promise.resolve({
        executionDidStart() {
          executed = true;
          return Promise.resolve();
        },
        async willSendResponse(requestContext) {
          const request = httpRequestOf(requestContext.contextValue);
          // Counted where the cache was looked up: a public query with the generation known.
          const lookedUp = typeof generationOf.get(requestContext.contextValue) === 'string';
          if (request && lookedUp && isQuery(requestContext)) {
            request.responseCache = requestContext.metrics.responseCacheHit ? 'hit' : 'miss';
          }
          // After the mutation's transactions committed: answers read before them are not served again.
          if (executed && requestContext.operation?.operation === OperationTypeNode.MUTATION)
            await generation.bump();
        },
      });
    },
  };

  // An answer no cache will keep is said to be so before execution: the cache-control plugin then skips
  // working out a policy for every field (the cost a signed-in caller's large answer would pay for nothing).
  const uncacheable: ApolloServerPlugin<RequestContext> = {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation(requestContext) {
          if (!isPublic(requestContext) || !isQuery(requestContext))
            requestContext.overallCachePolicy.restrict({ maxAge: 0 });
          return Promise.resolve();
        },
      }),
  };

  return [
    uncacheable,
    ApolloServerPluginCacheControl({ defaultMaxAge: options.maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<RequestContext>({
      // A store that fails answers as a miss (and is logged), never as a failed request.
      cache: new ErrorsAreMissesCache(store, log),
      async extraCacheKeyData(requestContext) {
        const current = isPublic(requestContext) ? await generation.current() : null;
        generationOf.set(requestContext.contextValue, current);
        return { generation: current, languages: requestContext.contextValue.languages.join(',') };
      },
      shouldReadFromCache: usable,
      shouldWriteToCache: usable,
    }),
    evictions,
    headers,
  ];
}
