/**
 * Composition: the seeds read by the ingest, put into whichever store the app runs on. It sits
 * with the commands (not in server/graph) so that the stores never depend on the ingest.
 */
import type { GraphStore } from '../graph/contract.ts';
import { ingest } from '../ingest/index.ts';
import type { SeedsChoice } from '../api/config.ts';
import type { Model } from '../model/model.ts';
import { synthesize } from './synthetic.ts';

/** The graph `SEEDS` asks for: the seed documents, or the synthetic graph N times their size (seed value 1). */
export function seedModel(choice: SeedsChoice): Model {
  const documents = ingest();
  return choice.kind === 'synthetic' ? synthesize(documents, choice.factor, 1) : documents;
}

/** Loads the seeds (or `model`) when the store holds no graph yet; returns whether it loaded. */
export async function ensureLoaded(store: GraphStore, model: () => Model = () => ingest()): Promise<boolean> {
  const health = await store.health();
  if (!health.ok) throw new Error(`the ${store.kind} store is not reachable: ${health.error ?? 'no reason given'}`);
  if (health.loaded) return false;
  await store.load(model());
  return true;
}
