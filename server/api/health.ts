/**
 * `/health`: 200 when the store answers and holds a graph, 503 otherwise, with the counts.
 */
import type { FastifyInstance } from 'fastify';
import type { GraphStore, Health } from '../graph/contract.ts';
import type { SupervisionStore } from '../supervision/contract.ts';
import { tallyReports } from '../supervision/orphans.ts';

async function checkHealth(store: GraphStore): Promise<Health> {
  try {
    return await store.health();
  } catch (error) {
    // A store that throws instead of reporting is as down as one that reports it.
    const counts = { plans: 0, tasks: 0, measures: 0, units: 0, assignments: 0 };
    return { ok: false, store: store.kind, loaded: false, counts, error: (error as Error).message };
  }
}

/** Progress reports, and how many name a measure the graph no longer has; an error when the store cannot say. */
async function reportHealth(store: GraphStore, supervision: SupervisionStore) {
  try {
    const tally = await tallyReports(supervision, async (ids) =>
      (await store.measuresById(ids)).map((m) => m !== null),
    );
    return { reports: tally.reports, orphanedReports: tally.orphaned };
  } catch (error) {
    return { reportsError: (error as Error).message.split('\n')[0] };
  }
}

export function healthRoute(app: FastifyInstance, store: GraphStore, supervision: SupervisionStore): void {
  app.get('/health', { config: { rateLimit: false } }, async (_request, reply) => {
    const health = await checkHealth(store);
    const up = health.ok && health.loaded;
    const error =
      health.error ?? (health.ok && !health.loaded ? 'the store holds no graph: load the seeds' : undefined);
    const reports = up ? await reportHealth(store, supervision) : {};
    return reply.code(up ? 200 : 503).send({ ...health, ok: up, ...(error && { error }), ...reports });
  });
}
