import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';

/** /health/live: the process runs. /health/ready: the database answers (a load balancer's question). */
export function healthRoutes(app: FastifyInstance, options: { dataSource: DataSource }) {
  app.get('/health/live', () => ({ status: 'ok' }));
  app.get('/health/ready', async (request, reply) => {
    try {
      await options.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
  return Promise.resolve();
}
