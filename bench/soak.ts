/**
 * `npm run soak`: the server as deployed (`WORKERS=auto`, bench/server-process.ts) driven on
 * loopback for a bounded time (SOAK_SECONDS, 60), then stopped. Reports requests per second, p99
 * latency, errors and non-2xx answers, and each server process's memory (RSS) at the start (after
 * a warm-up: the most it held in the warm-up's last 10 s) and at the end. The test suite runs a
 * 15-second soak (tests/soak.test.ts).
 *
 * The load is a Node client (no tool to install; it takes a share of the cores the server uses, so
 * req/s is lower than bench/api.ts's wrk figures): SOAK_CONNECTIONS concurrent requests, each
 * sending its next as soon as the answer arrives, cycling through the explorer's queries and
 * bad requests the server must refuse (a 4xx for those is expected and counted as such).
 *
 *   SOAK_SECONDS       seconds of load after the warm-up (60)
 *   SOAK_CONNECTIONS   concurrent requests (8)
 *   SOAK_WORKERS       server processes (auto)
 */
import { Agent, request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { rssMiB, startServer, stopServer } from './server-process.ts';
import { FOCUS, GRAPH, OVERLOAD, SUGGEST } from '../web/src/api/queries.ts';

interface Load {
  body: string;
  /** A bad request: its 4xx is the right answer. */
  refused?: boolean;
}

/**
 * Before the start figures: each process's heap grows to its working size over its first 15,000
 * or so requests (then RSS goes up and down by some 20% with the collector). The warm-up lasts
 * that many requests (at least 20 s, at most 90 s: on a busy machine it is slower), and the start
 * figure is the most each process held in the warm-up's last 10 s; growth beyond it is what a
 * leak would show.
 */
export interface WarmUp {
  requests: number;
  leastMs: number;
  mostMs: number;
  /** The start figure is the most each process held in the warm-up's last `sampledMs`. */
  sampledMs: number;
}
const WARM_UP: WarmUp = { requests: 15_000, leastMs: 20_000, mostMs: 90_000, sampledMs: 10_000 };

const LOADS: Load[] = [
  { body: JSON.stringify({ query: FOCUS, variables: { unit: '区城市管理委' } }) },
  { body: JSON.stringify({ query: SUGGEST, variables: { text: '区水' } }) },
  { body: JSON.stringify({ query: OVERLOAD, variables: { top: 20 } }) },
  {
    body: JSON.stringify({
      query: '{ path(from: "大兴区:区水务局", to: "大兴区:区公安交通支队") { hops steps { measure { id } } } }',
    }),
  },
  { body: JSON.stringify({ query: GRAPH, variables: { around: ['大兴区:区水务局'] } }) },
  {
    body: JSON.stringify({
      query: 'query($n: String!) { touches(unit: $n) { unit { id } } }',
      variables: { n: 'x'.repeat(50_000) },
    }),
    refused: true,
  },
  { body: JSON.stringify({ query: 'mutation { plans { id } }' }), refused: true },
];

export interface SoakReport {
  seconds: number;
  workers: string;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Network errors and timeouts. */
  errors: number;
  /** Answers outside 2xx to good requests, and outside 4xx to bad ones. */
  unexpected: number;
  /** Every answer outside 2xx, the refused bad requests included. */
  non2xx: number;
  /** Resident memory of each server process, MiB, after the warm-up and at the end. */
  rss: { pid: number; startMiB: number; endMiB: number }[];
}

function send(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', reject);
    req.end(body);
  });
}

/** Drives `url` with `connections` loops until `until` (a time, or a test of the requests sent); latencies in ms. */
async function drive(url: URL, connections: number, until: number | ((sent: number) => boolean), record: boolean) {
  let sent = 0;
  const going = typeof until === 'number' ? () => Date.now() < until : () => !until(sent);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let unexpected = 0;
  let non2xx = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      for (let i = c; going(); i++, sent++) {
        const load = LOADS[i % LOADS.length]!;
        const started = performance.now();
        try {
          const status = await send(agent, url, load.body);
          if (!record) continue;
          latencies.push(performance.now() - started);
          if (status < 200 || status >= 300) non2xx++;
          if (load.refused ? status < 400 || status >= 500 : status < 200 || status >= 300) unexpected++;
        } catch {
          if (record) errors++;
        }
      }
    }),
  );
  agent.destroy();
  return { latencies: latencies.sort((a, b) => a - b), errors, unexpected, non2xx };
}

export async function soak(options: {
  seconds: number;
  connections?: number;
  workers?: string;
  warmUp?: WarmUp;
}): Promise<SoakReport> {
  const workers = options.workers ?? 'auto';
  const warmUp = options.warmUp ?? WARM_UP;
  const connections = options.connections ?? 8;
  // LOG_LEVEL info, as deployed: a log line per request, read and dropped.
  const { child, url } = await startServer({ WORKERS: workers });
  try {
    const graphql = new URL(`${url}/graphql`);
    const start = new Map<number, number>();
    const sample = setInterval(() => {
      for (const [pid, mib] of rssMiB(child.pid!)) start.set(pid, Math.max(start.get(pid) ?? 0, mib));
    }, 500);
    const began = Date.now();
    let sampling = 0;
    await drive(
      graphql,
      connections,
      (sent) => {
        const elapsed = Date.now() - began;
        const done = elapsed >= warmUp.mostMs || (sent >= warmUp.requests && elapsed >= warmUp.leastMs);
        // Only the last sampledMs counts: the warm-up ends sampledMs after it has met its ends.
        if (!done) return false;
        if (!sampling) {
          sampling = Date.now();
          start.clear();
        }
        return Date.now() - sampling >= warmUp.sampledMs;
      },
      false,
    );
    clearInterval(sample);
    const started = performance.now();
    const run = await drive(graphql, connections, Date.now() + options.seconds * 1000, true);
    const seconds = (performance.now() - started) / 1000;
    const end = rssMiB(child.pid!);
    const at = (q: number) =>
      Math.round((run.latencies[Math.min(run.latencies.length - 1, Math.floor(run.latencies.length * q))] ?? 0) * 10) /
      10;
    return {
      seconds: Math.round(seconds * 10) / 10,
      workers,
      requests: run.latencies.length,
      reqPerSec: Math.round(run.latencies.length / seconds),
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      errors: run.errors,
      unexpected: run.unexpected,
      non2xx: run.non2xx,
      rss: [...start].map(([pid, startMiB]) => ({
        pid,
        startMiB: Math.round(startMiB),
        endMiB: Math.round(end.get(pid) ?? NaN),
      })),
    };
  } finally {
    await stopServer(child);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const report = await soak({
    seconds: Number(process.env.SOAK_SECONDS ?? 60),
    connections: Number(process.env.SOAK_CONNECTIONS ?? 8),
    workers: process.env.SOAK_WORKERS ?? 'auto',
  });
  console.log(
    `soak: ${report.seconds} s, WORKERS=${report.workers}, ${LOADS.length} requests ` +
      `in turn (${LOADS.filter((l) => l.refused).length} of them bad, refused with 4xx)`,
  );
  console.log(
    `  ${report.requests} requests, ${report.reqPerSec} req/s, p50 ${report.p50Ms} ms, p99 ${report.p99Ms} ms`,
  );
  console.log(`  errors ${report.errors}, non-2xx ${report.non2xx} (unexpected statuses ${report.unexpected})`);
  for (const p of report.rss) console.log(`  pid ${p.pid}: RSS ${p.startMiB} MiB at start, ${p.endMiB} MiB at end`);
  if (report.errors || report.unexpected) process.exitCode = 1;
}
