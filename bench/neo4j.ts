/**
 * `npm run bench` (second part): the Neo4j store beside the embedded store, the same questions
 * on the same graphs, in one run: load, touches, partners, path and overload on the seed graph
 * and on the synthetic graph ×10. Neo4j is the project's local Neo4j (neo4j-local/), started
 * here with a fresh database, or the server NEO4J_URI names (its graph is replaced).
 * Each line gives both stores' medians and p95, and how many times slower Neo4j is.
 *
 *   BENCH_RUNS   questions of each kind per store and graph (200)
 */
import { cpus } from 'node:os';
import neo4jDriver, { type Driver } from 'neo4j-driver';
import { neo4jForRun } from '../neo4j-local/launch.ts';
import type { GraphStore } from '../server/graph/contract.ts';
import { EmbeddedStore } from '../server/graph/embedded.ts';
import { Neo4jStore } from '../server/graph/neo4j/store.ts';
import { ingest } from '../server/ingest/index.ts';
import type { Model, Role } from '../server/model/model.ts';
import { synthesize } from './synthetic.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

interface Figures {
  median: number;
  p95: number;
}

/** Median and p95 of `runs` calls in turn, after a tenth as many to warm up (JIT, query plans, page cache). */
async function latency(runs: number, body: (i: number) => Promise<unknown>): Promise<Figures> {
  for (let i = 0; i < Math.max(5, runs / 10); i++) await body(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1]!, p95: samples[Math.floor(0.95 * samples.length)]! };
}

async function bestLoad(store: GraphStore, model: Model, times: number): Promise<Figures> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await store.load(model);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1]!, p95: samples[samples.length - 1]! };
}

const ms = (x: number) => x.toFixed(x < 10 ? 2 : 0).padStart(7);

function line(label: string, embedded: Figures, neo4j: Figures): void {
  console.log(
    `  ${label.padEnd(42)} embedded ${ms(embedded.median)} ms (p95 ${ms(embedded.p95)})   neo4j ` +
      `${ms(neo4j.median)} ms (p95 ${ms(neo4j.p95)})   ×${(neo4j.median / embedded.median).toFixed(1)}`,
  );
}

function neo4jOnly(label: string, neo4j: Figures): void {
  console.log(`  ${label.padEnd(42)} ${''.padEnd(35)}   neo4j ${ms(neo4j.median)} ms (p95 ${ms(neo4j.p95)})`);
}

/**
 * The store's load replaces the graph in one transaction (all or nothing). For the record, the
 * same load into a database emptied beforehand in batches of its own: the difference is what
 * the atomic replace costs (index look-ups of ids deleted earlier in the same transaction).
 */
async function loadIntoEmpty(driver: Driver, store: GraphStore, model: Model): Promise<Figures> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
    const session = driver.session();
    await session
      .run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS')
      .finally(() => session.close());
    const start = performance.now();
    await store.load(model);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[1]!, p95: samples[2]! };
}

async function compare(label: string, model: Model, neo4j: GraphStore, driver: Driver): Promise<void> {
  const embedded = new EmbeddedStore();
  console.log(
    `\n${label}: ${model.measures.length} measures, ` +
      `${model.assignments.length} assignments, ${model.units.length} units`,
  );
  const embeddedLoad = await bestLoad(embedded, model, 3);
  line('load, replacing the graph (median of 3)', embeddedLoad, await bestLoad(neo4j, model, 3));
  line('  the same into an emptied database', embeddedLoad, await loadIntoEmpty(driver, neo4j, model));
  neo4jOnly(
    'round trip: RETURN 1, the floor of a question',
    await latency(RUNS, () => driver.executeQuery('RETURN 1')),
  );
  const units = [...new Set(model.assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])))];
  const unit = (i: number) => units[(i * 37) % units.length]!;
  const everyRole = { roles: ['lead', 'responsible', 'coop', 'leader'] as Role[] };
  const plans = model.plans.map((p) => p.id);
  const questions: [string, number, (store: GraphStore, i: number) => Promise<unknown>][] = [
    ['touches, units in turn', RUNS, (s, i) => s.touches(unit(i))],
    ['partners, every role named', RUNS, (s, i) => s.partners(unit(i), everyRole)],
    ['path, pairs of units in turn (≤ 6 hops)', RUNS / 4, (s, i) => s.path(unit(i), unit(i * 7 + 3), 6)],
    ['overload, one plan', RUNS / 4, (s, i) => s.loads({ filter: { plans: [plans[i % plans.length]!] } })],
    ['overload, all plans, collectives expanded', 10, (s) => s.loads({ filter: { expandCollectives: true } })],
  ];
  for (const [name, runs, ask] of questions)
    line(name, await latency(runs, (i) => ask(embedded, i)), await latency(runs, (i) => ask(neo4j, i)));
  await embedded.close();
}

const run = await neo4jForRun();
if ('missing' in run) {
  console.log(`\nNeo4j beside the embedded store: skipped, ${run.missing}`);
  process.exit(0);
}
const { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } = run.env;

console.log(
  `\nNeo4j beside the embedded store: node ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; Neo4j at ` +
    `${uri}${run.local ? ' (the local Neo4j, fresh database)' : ''}`,
);
const neo4j = Neo4jStore.connect({ uri, user, password });
const driver = neo4jDriver.driver(uri, neo4jDriver.auth.basic(user, password));
try {
  const seed = ingest();
  await compare('seed graph', seed, neo4j, driver);
  await compare('synthetic graph ×10 (seed value 1)', synthesize(seed, 10, 1), neo4j, driver);
} finally {
  await driver.close();
  await neo4j.close();
  await run.stop();
}
