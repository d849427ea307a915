/**
 * Which supervision store the app uses: Neo4j beside a Neo4j graph (NEO4J_URI set), else SQLite in
 * DATA_DIR (default ./data/) beside the embedded graph.
 */
import { resolve } from 'node:path';
import type { SupervisionStore } from './contract.ts';
import { SqliteSupervisionStore } from './sqlite.ts';

export type { SupervisionStore } from './contract.ts';

export const DEFAULT_DATA_DIR = './data/';

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR || DEFAULT_DATA_DIR);
}

export async function openSupervisionStore(env: NodeJS.ProcessEnv = process.env): Promise<SupervisionStore> {
  if (!env.NEO4J_URI) return SqliteSupervisionStore.inFolder(dataDir(env));
  const { Neo4jSupervisionStore } = await import('./neo4j.ts');
  return Neo4jSupervisionStore.fromEnv(env);
}
