/**
 * Reports whose measure is no longer in the graph (a document corrected and read again changed
 * it): kept, never dropped, and counted by /health and `npm run ingest` so someone looks at them.
 */
import type { SupervisionStore } from './contract.ts';

export interface ReportTally {
  reports: number;
  orphaned: number;
  /** The measure ids orphaned reports name, in id order. */
  orphanedMeasures: string[];
}

/** `known` says, for measure ids, which the graph (or the model) has. */
export async function tallyReports(
  store: SupervisionStore,
  known: (ids: string[]) => Promise<boolean[]> | boolean[],
): Promise<ReportTally> {
  const counts = await store.reportCounts();
  const present = await known(counts.map((c) => c.measureId));
  const orphans = counts.filter((_, i) => !present[i]);
  return {
    reports: counts.reduce((n, c) => n + c.reports, 0),
    orphaned: orphans.reduce((n, c) => n + c.reports, 0),
    orphanedMeasures: orphans.map((c) => c.measureId),
  };
}
