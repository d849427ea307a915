/**
 * `npm run bench`: times the ingest over all seeds (read, interpret, resolve units) and
 * each reader alone, then the embedded store on the seed graph and on a synthetic graph
 * 100 times larger. Prints medians and 95th percentiles over repeated runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { ingest, SEEDS_DIR } from '../server/ingest/index.ts';
import { loadManifest } from '../server/ingest/manifest.ts';
import { FORMATS } from '../server/ingest/readers/index.ts';
import { EmbeddedStore } from '../server/graph/embedded.ts';
import type { Model, Role } from '../server/model/model.ts';
import { synthesize } from './synthetic.ts';

function time(label: string, runs: number, body: () => unknown): void {
  for (let i = 0; i < 5; i++) body(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
  console.log(`${label.padEnd(44)} median ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   (${runs} runs)`);
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
const cold = performance.now();
ingest();
console.log(`${'ingest, all five seeds, first run (cold)'.padEnd(44)} ${(performance.now() - cold).toFixed(2)} ms`);
time('ingest, all five seeds (warm)', 50, () => ingest());
for (const seed of loadManifest(SEEDS_DIR).seeds) {
  const text = readFileSync(join(SEEDS_DIR, seed.file), 'utf8');
  time(`  reader ${seed.format} ${seed.file}`, 100, () => FORMATS[seed.format]!(text, seed.file));
}

/** The embedded store's answers are synchronous underneath; awaiting adds only a microtask. */
async function storeBench(label: string, model: Model, touchRuns: number): Promise<void> {
  const store = new EmbeddedStore();
  const units = [...new Set(model.assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])))];
  console.log(
    `\n${label}: ${model.measures.length} measures, ` +
      `${model.assignments.length} assignments, ${model.units.length} units`,
  );
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await store.load(model);
    loads.push(performance.now() - start);
  }
  console.log(`${'  load (validate + index), best of 5'.padEnd(44)} ${Math.min(...loads).toFixed(2)} ms`);
  // Without a filter a unit's partners are worked out once per loaded graph; naming every role asks
  // for the same answer through a filter, so they are worked out each time.
  const everyRole = { roles: ['lead', 'responsible', 'coop', 'leader'] as Role[] };
  await latency('touches, no filter (partners remembered)', touchRuns, (i) => store.touches(units[i % units.length]!));
  await latency('touches, every role named (partners worked out)', touchRuns, (i) =>
    store.touches(units[i % units.length]!, everyRole),
  );
  await latency('partners, every role named', touchRuns, (i) => store.partners(units[i % units.length]!, everyRole));
  await latency('subgraph around a unit, units in turn', touchRuns / 10, (i) =>
    store.subgraph({ around: [units[i % units.length]!] }),
  );
  await latency('loads over all units (collectives expanded)', 10, () =>
    store.loads({ filter: { expandCollectives: true } }),
  );
  await latency('path between two units, pairs in turn', touchRuns / 10, (i) =>
    store.path(units[i % units.length]!, units[(i * 7 + 3) % units.length]!, 6),
  );
}

/** Median and 95th percentile of an async operation, run `runs` times in turn. */
async function latency(label: string, runs: number, body: (i: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.floor(q * samples.length)]!.toFixed(3);
  console.log(
    `  ${label.padEnd(48)} median ${at(0.5).padStart(8)} ms   p95 ${at(0.95).padStart(8)} ms   (${runs} runs)`,
  );
}

const seedGraph = ingest();
await storeBench('embedded store, seed graph', seedGraph, 2000);
await storeBench('embedded store, synthetic graph ×100 (seed value 1)', synthesize(seedGraph, 100, 1), 2000);
