/**
 * The ledger (台账) with 10,000 progress reports on the synthetic graph ×10, over real HTTP: the
 * embedded graph with SQLite reports (a file in a temporary DATA_DIR), and, with BENCH_NEO4J=1, the
 * Neo4j pair on the project's local Neo4j (or NEO4J_URI's; its graph is replaced). Figures in
 * BENCHMARKS.md ("Supervision").
 *
 *   npx tsx bench/ledger.ts            BENCH_RUNS questions of each kind (default 100)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/api/app.ts';
import type { GraphStore } from '../server/graph/contract.ts';
import { EmbeddedStore } from '../server/graph/embedded.ts';
import { ingest } from '../server/ingest/index.ts';
import type { Model } from '../server/model/model.ts';
import { PROGRESS_STATUSES } from '../server/model/supervision.ts';
import type { SupervisionStore } from '../server/supervision/contract.ts';
import { hashPassword } from '../server/supervision/passwords.ts';
import { SqliteSupervisionStore } from '../server/supervision/sqlite.ts';
import { synthesize } from './synthetic.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const REPORTS = 10_000;

/** mulberry32, as synthetic.ts: the same reports every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function addReports(store: SupervisionStore, model: Model): Promise<void> {
  await store.createAccount({
    name: 'bench',
    role: 'supervisor',
    units: [],
    disabled: false,
    createdAt: new Date().toISOString(),
    passwordHash: await hashPassword('bench'),
  });
  const rand = random(16);
  const parties = new Map<string, string>();
  for (const a of model.assignments) if (a.unitId && !parties.has(a.measureId)) parties.set(a.measureId, a.unitId);
  const measures = model.measures.filter((m) => parties.has(m.id));
  for (let i = 0; i < REPORTS; i++) {
    const m = measures[Math.floor(rand() * measures.length)]!;
    const day = 1 + Math.floor(rand() * 330);
    const asOf = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    const status = PROGRESS_STATUSES[Math.floor(rand() * PROGRESS_STATUSES.length)]!;
    await store.addReport({ measureId: m.id, unitId: parties.get(m.id)!, status, asOf, by: 'bench', kind: 'report' });
  }
}

async function latency(runs: number, body: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < Math.max(5, runs / 10); i++) await body();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1]!, p95: samples[Math.floor(0.95 * samples.length)]! };
}

const QUERIES: [string, string][] = [
  [
    'ledger, first page of 50 (as the 台账 view asks)',
    `{ ledger(asOf: "2026-12-03", first: 50) { totalCount counts { red yellow green grey total }
       byMonth { month counts { red yellow green grey } }
       edges { node { measure { id text plan { title } } light reason due overdueDays
         leads { name } responsible { name } lastReport { status asOf by } } } } }`,
  ],
  [
    'ledger, red only, first 50',
    `{ ledger(asOf: "2026-12-03", light: [RED], first: 50) { totalCount edges { node { measure { id } reason } } } }`,
  ],
  ['scorecard, top 20', `{ scorecard(asOf: "2026-12-03") { rank unit { name } counts { red yellow green grey } } }`],
];

async function bench(label: string, graph: GraphStore, supervision: SupervisionStore, model: Model): Promise<void> {
  const app = await buildApp({ store: graph, supervision, limits: { rateLimitMax: 0 } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(
    `${label}: ${model.measures.length} measures, ${model.assignments.length} assignments, ${REPORTS} reports`,
  );
  for (const [name, query] of QUERIES) {
    const ask = async () => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const answer = (await response.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    };
    const cpuBefore = process.cpuUsage();
    const { median, p95 } = await latency(RUNS, ask);
    // CPU time per question (server and this client, one process): what the load of a shared machine leaves alone.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000 / (RUNS + Math.max(5, RUNS / 10));
    console.log(
      `  ${name.padEnd(50)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   ` +
        `CPU ${cpuMs.toFixed(1).padStart(5)} ms per question`,
    );
  }
  await app.close();
}

console.log(
  `# bench/ledger.ts on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${RUNS} runs each, ` +
    `load average before ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const model = synthesize(ingest(), 10, 1);
const dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-bench-ledger-'));
try {
  const graph = new EmbeddedStore();
  await graph.load(model);
  const supervision = SqliteSupervisionStore.inFolder(dataDir);
  await addReports(supervision, model);
  await bench('embedded graph + SQLite reports, synthetic ×10', graph, supervision, model);
  await supervision.close();
  await graph.close();

  if (process.env.BENCH_NEO4J === '1') {
    const { neo4jForRun } = await import('../neo4j-local/launch.ts');
    const { Neo4jStore } = await import('../server/graph/neo4j/store.ts');
    const { Neo4jSupervisionStore } = await import('../server/supervision/neo4j.ts');
    const run = await neo4jForRun(() => {});
    if ('missing' in run) throw new Error(`no Neo4j: ${run.missing}`);
    try {
      const env = { ...process.env, ...run.env };
      const neoGraph = Neo4jStore.fromEnv(env);
      await neoGraph.load(model);
      const neoReports = Neo4jSupervisionStore.fromEnv(env);
      await addReports(neoReports, model);
      await bench('Neo4j graph + Neo4j reports, synthetic ×10', neoGraph, neoReports, model);
      await neoReports.close();
      await neoGraph.close();
    } finally {
      await run.stop();
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
