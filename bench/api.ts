/**
 * `npm run bench` (third part): load on the GraphQL API over loopback.
 * The server runs as `npm start` runs it (package.json's `serve` command: server/cli/serve.ts with
 * its Node flags, embedded store with the seeds, NODE_ENV=production), in processes of its own;
 * only the rate limit is off and the port is free.
 * It is measured twice: as one process, and with WORKERS=auto (one process per core), the way to
 * use a machine's cores. The load generators are written in C (Debian packages): they need about
 * a tenth of the CPU per request that a Node one does, and they share these cores with the
 * server. Each query is driven for a bounded time after a warm-up, twice:
 *   - flat out (wrk, 10 connections, each sending its next request when an answer arrives): the
 *     most the server answers per second, and the latency at that saturation;
 *   - at a fixed offered rate (h2load from nghttp2-client, as many connections, each sending on
 *     its own timer): the latency a client sees at that load, below saturation.
 * The report gives requests per second, p50/p99 latency, errors and non-2xx answers, and the
 * server's CPU time per answer.
 * First, in this process, it times executing each query alone: graphql-js's interpreter against
 * the compiled form the API uses (server/api/compiled-execution.ts). The baseline `{ __typename }`
 * is the cost of any request: HTTP, Fastify, Apollo's pipeline and the log line.
 *
 *   BENCH_SECONDS       seconds per query (10)
 *   BENCH_CONNECTIONS   concurrent connections flat out (10)
 *   BENCH_RATE          the offered rate of the paced run, requests per second (2000; 0: none)
 *   BENCH_WORKERS       server processes to measure, comma-separated (1,auto)
 *   BENCH_LOG_LEVEL     the server's LOG_LEVEL (info, as deployed: one log line per request)
 *   BENCH_ONLY          run only the queries whose name contains this
 *   BENCH_CPU_PROF      a folder: the server runs under `node --cpu-prof` and writes its profile there
 *   BENCH_STORES        the stores the server runs on, comma-separated (embedded,neo4j). On neo4j
 *                       the server uses the local Neo4j (neo4j-local/, started here with the seeds
 *                       loaded) or the one NEO4J_URI names, and only the touches list and overload
 *                       queries are driven; skipped with a line saying why without Java and Maven.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse } from 'graphql';
import { typeDefs } from '../server/api/app.ts';
import { ROOT, serverCpuMs, startServer as startProcess, stopServer } from './server-process.ts';
import { compiledExecution } from '../server/api/compiled-execution.ts';
import { createContext } from '../server/api/context.ts';
import { UnitNames } from '../server/api/names.ts';
import { resolvers } from '../server/api/resolvers/index.ts';
import { openStore } from '../server/graph/index.ts';
import { ensureLoaded } from '../server/cli/seeds.ts';
import { Neo4jStore } from '../server/graph/neo4j/store.ts';
import { ingest } from '../server/ingest/index.ts';
import { neo4jForRun, type Neo4jEnv } from '../neo4j-local/launch.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 2000);
/** Connections of the paced run, as many as flat out; each offers RATE / PACED_CONNECTIONS requests a second. */
const PACED_CONNECTIONS = CONNECTIONS;
const WORKERS = (process.env.BENCH_WORKERS ?? '1,auto').split(',');
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
const ONLY = process.env.BENCH_ONLY;
const CPU_PROF = process.env.BENCH_CPU_PROF;
const STORES = (process.env.BENCH_STORES ?? 'embedded,neo4j').split(',');
const WARM_UP_SECONDS = 2;

/**
 * (a) The list a client typically asks for: each assignment
 * with its role, measure, task and plan; partners with counts.
 */
const TOUCHES_LIST = `query TouchesList($unit: String!) {
  touches(unit: $unit) {
    unit { id name jurisdiction }
    counts { lead responsible coop leader total }
    assignments { id role asWritten measure { id text deadline { text kind due } task { seq title } plan { title } } }
    partners { unit { id name } sharedMeasures byRole { lead responsible coop leader total } }
  }
}`;

/**
 * (b) The explorer's focus view as the front end sends it (web/src/api/queries.ts,
 * FOCUS): all of the above, provenance, and the graph to draw.
 */
const UNIT_REF = 'id name jurisdiction level kind';
const TOUCHES_EXPLORER = `query Focus($unit: String!) {
  touches(unit: $unit) {
    unit { ${UNIT_REF} known aliases membership members { ${UNIT_REF} } memberOf { ${UNIT_REF} } }
    counts { lead responsible coop leader total }
    measureCount
    assignments {
      id role column asWritten uncertain via { id name } source { file firstLine lastLine }
      measure { id text deadline { text kind due } plan { id title } task { seq title } }
    }
    graph { nodes { id type label jurisdiction level kind load } edges { id source target role uncertain } }
  }
}`;

const OVERLOAD = `query Overload($filter: Filter) {
  overload(filter: $filter, top: 20) {
    rank score unit { id name jurisdiction } counts { lead responsible coop leader total }
    byPlan { plan { title } counts { total } }
  }
}`;

/** Starts serve.ts as deployed (bench/server-process.ts), with the bench's log level, workers, store and profile. */
function startServer(workers: string, storeEnv: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const profile = CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF] : [];
  return startProcess({ LOG_LEVEL, WORKERS: workers, ...storeEnv }, profile);
}

/** The server's settings for Neo4j with the seeds loaded (neo4j-local/launch.ts picks the Neo4j), or why there is none. */
async function neo4jWithSeeds(): Promise<{ env: Neo4jEnv; stop: () => Promise<void> } | { missing: string }> {
  const neo4j = await neo4jForRun();
  if ('missing' in neo4j) return neo4j;
  const store = Neo4jStore.fromEnv(neo4j.env);
  await store.load(ingest());
  await store.close();
  return neo4j;
}

async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; bytes: number; answer: { data?: unknown; errors?: unknown } }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(text), answer: JSON.parse(text) };
}

interface WrkResult {
  requests: number;
  durationUs: number;
  errors: { connect: number; read: number; write: number; timeout: number };
  non2xx: number;
  latencyUs: { p50: number; p99: number; max: number };
}

/** Runs wrk against /graphql with this body for `seconds`; its Lua script prints the result as JSON. */
function wrk(url: string, bodyFile: string, seconds: number): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const args = [
      '-t1',
      `-c${CONNECTIONS}`,
      `-d${seconds}s`,
      '--timeout',
      '10s',
      '-s',
      join(ROOT, 'bench/wrk-post.lua'),
      `${url}/graphql`,
    ];
    const child = spawn('wrk', args, {
      env: { ...process.env, BENCH_BODY_FILE: bodyFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{"requests"'));
      if (code !== 0 || !line) reject(new Error(`wrk exited (${code}):\n${output}`));
      else resolve(JSON.parse(line) as WrkResult);
    });
  });
}

interface Run {
  requests: number;
  seconds: number;
  errors: number;
  non2xx: number;
  p50Ms: number;
  p99Ms: number;
}

function fromWrk(result: WrkResult): Run {
  const { errors, latencyUs } = result;
  return {
    requests: result.requests,
    seconds: result.durationUs / 1e6,
    errors: errors.connect + errors.read + errors.write + errors.timeout,
    non2xx: result.non2xx,
    p50Ms: latencyUs.p50 / 1000,
    p99Ms: latencyUs.p99 / 1000,
  };
}

/**
 * Offers RATE requests a second for `seconds` with h2load: each connection's timer sends its
 * share (waiting only for its own previous answer, as an HTTP/1.1 connection must). Latencies
 * come from its per-request log (start time in µs, status, duration in µs, tab-separated).
 */
function paced(url: string, bodyFile: string, seconds: number): Promise<Run> {
  const log = join(dirname(bodyFile), 'h2load.log');
  // Connections start 1 ms apart, so their timers spread the
  // requests over each period instead of sending them in one burst.
  const spread = ['-r1', '--rate-period=1ms'];
  const args = [
    '--h1',
    `-c${PACED_CONNECTIONS}`,
    ...spread,
    `--rps=${RATE / PACED_CONNECTIONS}`,
    `-n${RATE * seconds}`,
    '-d',
    bodyFile,
    '-H',
    'content-type: application/json',
    `--log-file=${log}`,
    `${url}/graphql`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('h2load', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      // "requests: 19991 total, 19999 started, 19991 done, 19991 succeeded, 0 failed, 0 errored, 0 timeout"
      const counts = /requests: .*?(\d+) failed, (\d+) errored, (\d+) timeout/.exec(output);
      const took = /finished in ([\d.]+)s/.exec(output);
      if (code !== 0 || !counts || !took) return reject(new Error(`h2load exited (${code}):\n${output}`));
      const rows = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split('\t').map(Number));
      const durations = rows.map((r) => r[2]!).sort((a, b) => a - b);
      const quantile = (q: number) =>
        durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]! / 1000;
      resolve({
        requests: rows.length,
        seconds: Number(took[1]),
        errors: Number(counts[1]) + Number(counts[2]) + Number(counts[3]),
        non2xx: rows.filter(([, status]) => status! < 200 || status! > 299).length,
        p50Ms: quantile(0.5),
        p99Ms: quantile(0.99),
      });
    });
  });
}

function report(label: string, run: Run, extra: string): void {
  const ms = (x: number) => x.toFixed(1).padStart(5);
  console.log(
    `  ${label.padEnd(46)} ${(run.requests / run.seconds).toFixed(0).padStart(6)} req/s` +
      `   p50 ${ms(run.p50Ms)} ms   p99 ${ms(run.p99Ms)} ms` +
      `   errors ${run.errors}   non-2xx ${run.non2xx}   (${run.requests} requests${extra})`,
  );
}

async function load(url: string, pid: number | undefined, name: string, body: unknown): Promise<void> {
  const check = await post(url, body);
  if (check.status !== 200 || check.answer.errors)
    throw new Error(`${name}: ${check.status} ${JSON.stringify(check.answer.errors)}`);
  const folder = mkdtempSync(join(tmpdir(), 'dutygraph-bench-'));
  try {
    const bodyFile = join(folder, 'body.json');
    writeFileSync(bodyFile, JSON.stringify(body));
    await wrk(url, bodyFile, WARM_UP_SECONDS);
    const cpuBefore = serverCpuMs(pid);
    const flatOut = fromWrk(await wrk(url, bodyFile, SECONDS));
    const cpuAfter = serverCpuMs(pid);
    // Server CPU per answer: steadier than req/s when other work runs on the machine.
    const cpu =
      cpuBefore === undefined || cpuAfter === undefined
        ? ''
        : `, server CPU ${((cpuAfter - cpuBefore) / flatOut.requests).toFixed(2)} ms per answer`;
    const size = `, ${(check.bytes / 1024).toFixed(1)} KiB per answer`;
    report(name, flatOut, size + cpu);
    // Below the rate flat out, a paced run would only measure a queue growing.
    if (RATE > 0 && flatOut.requests / flatOut.seconds > RATE)
      report(`  at ${RATE} req/s offered`, await paced(url, bodyFile, SECONDS), '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Median time to execute each touches query in this process, interpreted by graphql-js and compiled. */
async function executionInProcess(): Promise<void> {
  const store = await openStore({});
  await ensureLoaded(store);
  const names = new UnitNames(store);
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const { executor } = await compiledExecution(typeDefs, resolvers).load({ apollo: {} });
  const median = async (run: () => Promise<unknown>): Promise<string> => {
    for (let i = 0; i < 200; i++) await run(); // warm-up: V8's JIT, and the compiled query
    const samples: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    return samples.sort((a, b) => a - b)[samples.length >> 1]!.toFixed(3);
  };
  console.log('\nExecuting one query in-process (fresh request context each time), median of 1000:');
  const variables = { unit: '大兴区:区城市管理委' };
  for (const [name, query] of [
    ['(a) list', TOUCHES_LIST],
    ['(b) explorer', TOUCHES_EXPLORER],
  ] as const) {
    const document = parse(query);
    const interpreted = await median(() =>
      Promise.resolve(
        execute({ schema, document, variableValues: variables, contextValue: createContext(store, names) }),
      ),
    );
    // The parts of Apollo's request context the executor reads.
    const request = () =>
      ({
        document,
        operationName: null,
        request: { variables },
        context: createContext(store, names),
      }) as unknown as Parameters<NonNullable<typeof executor>>[0];
    const compiled = await median(() => executor!(request()));
    console.log(`  touches ${name.padEnd(14)} graphql-js ${interpreted} ms   compiled ${compiled} ms`);
  }
  await store.close();
}

/** The load generators, from Debian's packages: wrk, and h2load (nghttp2-client) for the paced runs. */
function requireTools(): void {
  const tools = [['wrk', 'wrk'], ...(RATE > 0 ? [['h2load', 'nghttp2-client']] : [])] as const;
  for (const [tool, debianPackage] of tools) {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
    } catch (error) {
      // wrk --version exits 1 after printing its version; only a missing binary is a problem.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new Error(`bench/api.ts needs ${tool}: apt-get install ${debianPackage} (Debian/Ubuntu)`, {
          cause: error,
        });
    }
  }
}

// A signal ends the bench through process.exit, so each server is killed on the way out.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
requireTools();
await executionInProcess();
console.log(
  `\nGraphQL API over loopback: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ` +
    `server as \`npm start\` (NODE_ENV=production, LOG_LEVEL=${LOG_LEVEL}); ${WARM_UP_SECONDS} s warm-up, ` +
    `then per query ${SECONDS} s flat out (wrk, 1 thread, ${CONNECTIONS} connections)` +
    (RATE > 0 ? ` and ${SECONDS} s at ${RATE} req/s offered (h2load, ${PACED_CONNECTIONS} connections)` : ''),
);
if (STORES.includes('embedded')) for (const workers of WORKERS) await measure(workers, 'embedded', {});
if (STORES.includes('neo4j')) {
  const neo4j = await neo4jWithSeeds();
  if ('missing' in neo4j) console.log(`\n On Neo4j: skipped, ${neo4j.missing}`);
  else {
    for (const workers of WORKERS) await measure(workers, 'neo4j', { ...neo4j.env });
    await neo4j.stop();
  }
}

async function measure(workers: string, store: string, storeEnv: Record<string, string>): Promise<void> {
  const { child, url } = await startServer(workers, storeEnv);
  // However this ends, the server does not outlive the bench.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  try {
    const { plans } = (await post(url, { query: '{ plans { id title } }' })).answer.data as {
      plans: { id: string; title: string }[];
    };
    const daxingWater = plans.find((p) => p.title === '大兴区水污染防治2023年行动计划')!.id;
    const unit = '大兴区:区城市管理委';
    const scenarios = [
      { name: 'baseline { __typename }', body: { query: '{ __typename }' } },
      { name: `touches ${unit} (a) list`, body: { query: TOUCHES_LIST, variables: { unit } } },
      { name: `touches ${unit} (b) explorer, with graph`, body: { query: TOUCHES_EXPLORER, variables: { unit } } },
      {
        name: 'overload, 大兴区 water plan, top 20',
        body: { query: OVERLOAD, variables: { filter: { plans: [daxingWater] } } },
      },
    ]
      .filter((s) => !ONLY || s.name.includes(ONLY))
      // On Neo4j: the list a client asks for most, and the ranking.
      .filter((s) => store === 'embedded' || s.name.includes('(a) list') || s.name.startsWith('overload'));
    console.log(` ${store} store, WORKERS=${workers}`);
    for (const { name, body } of scenarios) await load(url, child.pid, name, body);
  } finally {
    await stopServer(child);
    process.off('exit', killOnExit);
  }
}
