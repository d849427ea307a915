/**
 * One structured log line per request (Fastify's pino logger): method, path, status, time,
 * client, and for GraphQL the operation asked.
 */
import type { FastifyInstance } from 'fastify';

export function requestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const body = request.body as { operationName?: unknown } | undefined;
    const operation = typeof body?.operationName === 'string' ? body.operationName : undefined;
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 100) / 100,
        ip: request.ip,
        ...(operation && { operation }),
      },
      'request',
    );
  });
}
