/**
 * For `npm run ingest`: how many progress reports the supervision store holds and how many of them
 * name a measure the model just read no longer has (orphaned: kept, never dropped). The store is the
 * one the server uses: Neo4j when NEO4J_URI is set, else the SQLite file in DATA_DIR when there is
 * one (the ingest never creates it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/model.ts';
import { dataDir, openSupervisionStore } from '../supervision/index.ts';
import { tallyReports } from '../supervision/orphans.ts';
import { DATABASE_FILE } from '../supervision/sqlite.ts';

/** The line to print, or undefined when there is no store or no report yet. */
export async function reportTallyLine(model: Model, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (!env.NEO4J_URI && !existsSync(join(dataDir(env), DATABASE_FILE))) return undefined;
  const where = env.NEO4J_URI ? `Neo4j at ${env.NEO4J_URI}` : dataDir(env);
  try {
    const store = await openSupervisionStore(env);
    try {
      const ids = new Set(model.measures.map((m) => m.id));
      const tally = await tallyReports(store, (list) => list.map((id) => ids.has(id)));
      if (tally.reports === 0) return undefined;
      const orphans = tally.orphaned
        ? `: ${tally.orphaned} orphaned (their measure is no longer in the seeds: ${tally.orphanedMeasures.slice(0, 5).join(', ')}${tally.orphanedMeasures.length > 5 ? ' …' : ''})`
        : ', none orphaned';
      return `${tally.reports} progress reports in ${where}${orphans}`;
    } finally {
      await store.close();
    }
  } catch (error) {
    return `progress reports in ${where} could not be counted: ${(error as Error).message.split('\n')[0]}`;
  }
}
