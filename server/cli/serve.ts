/**
 * `npm start`: the GraphQL API on the configured store (embedded unless NEO4J_URI is set),
 * with the seeds loaded. A store that is down at start does not stop the server: /health
 * answers 503 and queries say the store is unavailable until it comes back.
 * With WORKERS > 1 this process supervises that many server processes (workers.ts).
 */
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../api/app.ts';
import { configFromEnv, type ServerConfig } from '../api/config.ts';
import { openStore } from '../graph/index.ts';
import { openSupervisionStore } from '../supervision/index.ts';
import { reviewing, staleLines } from './reviewed.ts';
import { seedModel } from './seeds.ts';
import { announce, superviseWorkers } from './workers.ts';

const config = configFromEnv();
if (cluster.isPrimary && config.workers > 1) {
  // Without AUTH_SECRET the workers must still accept each other's tokens: they inherit this one.
  if (!config.auth.secret) process.env.AUTH_SECRET = randomBytes(48).toString('base64url');
  superviseWorkers(config.workers);
} else await serve(config);

async function serve(config: ServerConfig): Promise<void> {
  const store = await openStore();
  const supervision = await openSupervisionStore();
  // The graph serves the seeds as read with the review decisions applied (issue 17).
  const review = reviewing(store, supervision, () => seedModel(config.seeds));
  const app = await buildApp({
    supervision,
    review,
    auth: config.auth,
    store,
    logger: { level: config.logLevel },
    limits: config.limits,
    cors: config.corsOrigins,
    trustProxy: config.trustProxy,
    production: config.production,
    stackTraces: config.stackTraces,
    webRoot: config.webRoot,
    introspection: config.introspection,
  });

  /** Loads the seeds once the store answers; a store down at start is tried again every 10 s. */
  async function loadWhenReady(): Promise<void> {
    try {
      if (await review.ensureLoaded())
        app.log.info('loaded the seeds (%s) into the %s store', JSON.stringify(config.seeds), store.kind);
      for (const line of staleLines(await review.current())) app.log.warn(line);
    } catch (error) {
      app.log.error(
        { err: error },
        'the %s store is not ready; serving anyway (/health says so), trying again in 10 s',
        store.kind,
      );
      setTimeout(() => void loadWhenReady(), 10_000).unref();
    }
  }
  await loadWhenReady();
  if (!config.auth.secret && !cluster.isWorker)
    app.log.warn('AUTH_SECRET is not set: sign-in tokens end when this process does, and other hosts refuse them');

  let stopping = false;
  async function stop(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    app.log.info('%s: closing', signal);
    await app.close();
    await store.close();
    await supervision.close();
    process.exit(0);
  }
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  announce(
    `dutygraph API on ${store.kind} store: ${address}/graphql  ` +
      `(GraphiQL ${address}/graphiql, health ${address}/health)`,
  );
}
