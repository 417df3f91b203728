import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The Redis that every replica shares counters in (rate-limit budgets), when REDIS_URL is set. Commands
 * fail at once while it is away, so that callers can serve without it; its comings and goings are logged
 * once each.
 */
export async function connectSharedRedis(url: string | undefined, log: Logger): Promise<Redis | undefined> {
  if (!url) return undefined;
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  let away = false;
  redis.on('error', (error: Error) => {
    if (!away) log.warn({ err: error }, 'Redis not reachable: budgets are not enforced until it returns');
    away = true;
  });
  redis.on('ready', () => {
    if (away) log.info('Redis reachable again');
    away = false;
  });
  await redis.connect().catch(() => undefined);
  return redis;
}

/** quit() waits for a connection that may never come; a Redis that is away is simply let go. */
export async function closeSharedRedis(redis: Redis | undefined): Promise<void> {
  if (redis?.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis?.disconnect();
}
