/**
 * Which store the app runs on: Neo4j when NEO4J_URI is set, the embedded store otherwise.
 * Both sit behind the same contract, so nothing downstream needs to know.
 */
import { ingest } from '../ingest/index.ts';
import type { Model } from '../ingest/model.ts';
import type { GraphStore } from './contract.ts';
import { EmbeddedStore } from './embedded.ts';

export type { GraphStore } from './contract.ts';

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  if (!env.NEO4J_URI) return new EmbeddedStore();
  const { Neo4jStore } = await import('./neo4j/store.ts');
  return Neo4jStore.fromEnv(env);
}

/** Loads the seeds (or `model`) when the store holds no graph yet; returns whether it loaded. */
export async function ensureLoaded(store: GraphStore, model: () => Model = () => ingest()): Promise<boolean> {
  const health = await store.health();
  if (!health.ok) throw new Error(`the ${store.kind} store is not reachable: ${health.error ?? 'no reason given'}`);
  if (health.loaded) return false;
  await store.load(model());
  return true;
}
