import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, RawServerDefault } from 'fastify';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { forbidden, unauthenticated } from '../common/errors';
import { sendError } from './errors';
import { Metrics } from './metrics';

/** Headers a reverse proxy adds: a request bearing one came from elsewhere, whatever the socket says. */
const forwardingHeaders = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

const isLoopback = (address: string | undefined): boolean =>
  address !== undefined &&
  (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

const digest = (value: string) => createHash('sha256').update(value).digest();

export type MetricsAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/**
 * Who may read /metrics, an operators' endpoint (it shows traffic, operation names and the pool's state):
 * with METRICS_TOKEN set, whoever sends `Authorization: Bearer <token>`, from anywhere; without it, only a
 * client on this host that came through no proxy — a proxy on the same host would otherwise make every
 * internet client look local.
 */
function metricsAccess(
  request: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } },
  token: string | undefined,
): MetricsAccess {
  if (token !== undefined) {
    const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(request.headers.authorization ?? '');
    // Digests of equal length, so that the comparison takes as long whatever was sent.
    return match && timingSafeEqual(digest(match[1]), digest(token)) ? 'allowed' : 'unauthenticated';
  }
  const proxied = forwardingHeaders.some((name) => request.headers[name] !== undefined);
  return isLoopback(request.socket.remoteAddress) && !proxied ? 'allowed' : 'forbidden';
}

/**
 * The metrics of this server: observes every answered request (hooks on the root instance, so that
 * every route and the 404 handler are seen) and serves GET /metrics in Prometheus' text format.
 */
export async function serveMetrics(
  app: FastifyInstance<RawServerDefault>,
  options: { config: AppConfig; dataSource: DataSource },
): Promise<void> {
  const metrics = new Metrics({ dataSource: options.dataSource, poolSize: options.config.pool.size });
  app.addHook('onRequest', (request, _reply, done) => {
    metrics.arrived(request);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observe(request, reply);
    done();
  });
  await app.register((routes: FastifyInstance, _options, done) => {
    routes.get('/metrics', async (request, reply) => {
      const access = metricsAccess(request.raw, options.config.metricsToken);
      if (access === 'unauthenticated') {
        void reply.header('www-authenticate', 'Bearer realm="metrics"');
        return sendError(
          reply,
          unauthenticated({
            en: "Metrics need the operators' bearer token",
            fi: 'Mittarit vaativat ylläpidon bearer-tunnisteen',
            sv: 'Mätvärdena kräver driftens bearer-token',
          }),
        );
      }
      if (access === 'forbidden')
        return sendError(
          reply,
          forbidden({
            en: 'Metrics are served to this host only',
            fi: 'Mittarit näytetään vain tälle palvelimelle',
            sv: 'Mätvärdena visas endast för den här värden',
          }),
        );
      const { contentType, body } = await metrics.scrape();
      return reply.type(contentType).header('cache-control', 'no-store').send(body);
    });
    done();
  });
}
