/**
 * Composition for review (issue 17): the seeds as read, the decisions of the supervision store
 * applied to them, and the printed lines of the seed files for the queue. Beside seeds.ts, with the
 * commands, so that neither the stores nor the model depend on the ingest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphStore } from '../graph/contract.ts';
import { SEEDS_DIR } from '../ingest/index.ts';
import type { Model } from '../model/model.ts';
import { applyDecisions, type ReviewEvent, type ReviewResult } from '../model/review.ts';
import { dataDir, openSupervisionStore } from '../supervision/index.ts';
import { DATABASE_FILE } from '../supervision/sqlite.ts';
import { Reviewing } from '../review/reviewing.ts';
import type { SupervisionStore } from '../supervision/contract.ts';

/** The lines of the seed files as printed (1-based), each file read once; none for a file not there (the synthetic graph). */
export function seedSources(dir: string = SEEDS_DIR): (file: string, first: number, last: number) => string[] {
  const files = new Map<string, string[]>();
  return (file, first, last) => {
    let lines = files.get(file);
    if (!lines) {
      try {
        lines = readFileSync(join(dir, file), 'utf8')
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/);
      } catch {
        lines = [];
      }
      files.set(file, lines);
    }
    return lines.slice(first - 1, last);
  };
}

/** The server's review: `read` gives the model as read, the graph store serves it reviewed. */
export function reviewing(
  store: GraphStore,
  supervision: SupervisionStore,
  read: () => Model,
  seedsDir: string = SEEDS_DIR,
): Reviewing {
  return new Reviewing(store, supervision, { read, sourceLines: seedSources(seedsDir) });
}

/**
 * The review events of the supervision store the server uses (Neo4j with NEO4J_URI, else the SQLite
 * file in DATA_DIR), oldest first, at or after `since`; none when there is no SQLite file yet (a
 * command does not create one).
 */
export async function storedReviewEvents(env: NodeJS.ProcessEnv = process.env, since?: string): Promise<ReviewEvent[]> {
  if (!env.NEO4J_URI && !existsSync(join(dataDir(env), DATABASE_FILE))) return [];
  const supervision = await openSupervisionStore(env);
  try {
    return await supervision.reviewEvents(since);
  } finally {
    await supervision.close();
  }
}

/** The model with every decision of the server's supervision store applied (export, load:neo4j). */
export async function reviewedModel(model: Model, env: NodeJS.ProcessEnv = process.env): Promise<ReviewResult> {
  return applyDecisions(model, await storedReviewEvents(env));
}

/** One line per stale decision, for a command's standard error. */
export function staleLines(result: ReviewResult): string[] {
  return result.stale.map(
    ({ event, reason }) => `stale review decision ${event.id} (${event.kind} by ${event.by}, ${event.at}): ${reason}`,
  );
}
