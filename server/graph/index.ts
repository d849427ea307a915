/**
 * Which store the app runs on: Neo4j when NEO4J_URI is set, the embedded store otherwise.
 * Both sit behind the same contract, so nothing downstream needs to know.
 */
import type { GraphStore } from './contract.ts';
import { EmbeddedStore } from './embedded.ts';

export type { GraphStore } from './contract.ts';

export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  if (!env.NEO4J_URI) return new EmbeddedStore();
  const { Neo4jStore } = await import('./neo4j/store.ts');
  return Neo4jStore.fromEnv(env);
}
