/**
 * The ledger (台账) and the scorecard: every measure under a filter with its light at an as-of date,
 * and per unit the lights of what it leads or answers for. Computed from the two stores' answers
 * (the measures, their plans' years, each measure's latest report) by the pure rules of lights.ts,
 * so both store pairs give the same ledger.
 */
import type { GraphStore } from '../graph/contract.ts';
import type { Filter } from '../model/filter.ts';
import { lightOf, type Light, type LightSettings, type Verdict } from '../model/lights.ts';
import type { Measure } from '../model/model.ts';
import type { Report } from '../model/supervision.ts';
import type { SupervisionStore } from './contract.ts';

export interface LedgerEntry {
  measure: Measure;
  verdict: Verdict;
}

export type LightCounts = Record<Light, number> & { total: number };

export const zeroLights = (): LightCounts => ({ red: 0, yellow: 0, green: 0, grey: 0, total: 0 });

export function countLights(entries: readonly LedgerEntry[]): LightCounts {
  const counts = zeroLights();
  for (const { verdict } of entries) {
    counts[verdict.light]++;
    counts.total++;
  }
  return counts;
}

/** Every measure under `filter`, in document order, with its light at `asOf`. */
export async function ledger(
  graph: GraphStore,
  supervision: SupervisionStore,
  filter: Filter,
  asOf: string,
  settings: LightSettings,
): Promise<LedgerEntry[]> {
  return lightsOf(graph, supervision, await graph.findMeasures({ filter }), asOf, settings);
}

/** `measures`, in their order, each with its light at `asOf`. */
export async function lightsOf(
  graph: GraphStore,
  supervision: SupervisionStore,
  measures: readonly Measure[],
  asOf: string,
  settings: LightSettings,
): Promise<LedgerEntry[]> {
  const [plans, latest] = await Promise.all([graph.plans(), supervision.latestReports(asOf)]);
  const years = new Map(plans.map((p) => [p.id, p.year]));
  const last = byMeasure(latest);
  const entries: LedgerEntry[] = new Array(measures.length);
  for (let i = 0; i < measures.length; i++) {
    const measure = measures[i]!;
    entries[i] = {
      measure,
      verdict: lightOf(measure, years.get(measure.planId)!, last.get(measure.id), asOf, settings),
    };
  }
  return entries;
}

/** The latest reports by measure id; a store that answers with the same list again (sqlite.ts) gets the same map. */
const maps = new WeakMap<readonly Report[], Map<string, Report>>();
function byMeasure(latest: readonly Report[]): Map<string, Report> {
  let map = maps.get(latest);
  if (!map) maps.set(latest, (map = new Map(latest.map((r) => [r.measureId, r]))));
  return map;
}

/** The deadline timeline: rows by due month (YYYY-MM), months in order, those without a due date last. */
export function byMonth(entries: readonly LedgerEntry[]): { month: string | null; counts: LightCounts }[] {
  const months = new Map<string | null, LightCounts>();
  for (const { verdict } of entries) {
    const month = verdict.due?.slice(0, 7) ?? null;
    let counts = months.get(month);
    if (!counts) months.set(month, (counts = zeroLights()));
    counts[verdict.light]++;
    counts.total++;
  }
  return [...months]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([month, counts]) => ({ month, counts }));
}

export interface UnitScore {
  unitId: string;
  counts: LightCounts;
}

/**
 * Per unit, the lights of the measures it leads or is responsible for (each measure once), most
 * red first, then most yellow, then by unit id (the API breaks ties by name).
 */
export async function scorecard(graph: GraphStore, entries: readonly LedgerEntry[]): Promise<UnitScore[]> {
  const assignments = await graph.assignmentsOfMeasures(entries.map((e) => e.measure.id));
  const byUnit = new Map<string, Map<string, Light>>();
  entries.forEach((entry, i) => {
    for (const a of assignments[i]!) {
      if (!a.unitId || (a.role !== 'lead' && a.role !== 'responsible')) continue;
      if (!byUnit.has(a.unitId)) byUnit.set(a.unitId, new Map());
      byUnit.get(a.unitId)!.set(entry.measure.id, entry.verdict.light);
    }
  });
  return [...byUnit]
    .map(([unitId, lights]) => {
      const counts = zeroLights();
      for (const light of lights.values()) {
        counts[light]++;
        counts.total++;
      }
      return { unitId, counts };
    })
    .sort((a, b) => b.counts.red - a.counts.red || b.counts.yellow - a.counts.yellow || (a.unitId < b.unitId ? -1 : 1));
}
