/**
 * `/health`: 200 when the store answers and holds a graph, 503 otherwise, with the counts.
 */
import type { FastifyInstance } from 'fastify';
import type { GraphStore, Health } from '../graph/contract.ts';

async function checkHealth(store: GraphStore): Promise<Health> {
  try {
    return await store.health();
  } catch (error) {
    // A store that throws instead of reporting is as down as one that reports it.
    const counts = { plans: 0, tasks: 0, measures: 0, units: 0, assignments: 0 };
    return { ok: false, store: store.kind, loaded: false, counts, error: (error as Error).message };
  }
}

export function healthRoute(app: FastifyInstance, store: GraphStore): void {
  app.get('/health', { config: { rateLimit: false } }, async (_request, reply) => {
    const health = await checkHealth(store);
    const up = health.ok && health.loaded;
    const error =
      health.error ?? (health.ok && !health.loaded ? 'the store holds no graph: load the seeds' : undefined);
    return reply.code(up ? 200 : 503).send({ ...health, ok: up, ...(error && { error }) });
  });
}
