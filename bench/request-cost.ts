/**
 * What a request may cost on a real server process (issue 12): server CPU for each of the
 * costliest requests the limits accept, and /health's latency while hostile requests arrive.
 * Aims: no accepted request over 200 ms of server CPU on the seed graph; /health under 50 ms.
 * `npx tsx bench/request-cost.ts` (figures in BENCHMARKS.md). tests/api/request-cost.test.ts
 * sends the same requests and checks what does not depend on the machine's load.
 */
import { pathToFileURL } from 'node:url';
import { FOCUS, GRAPH } from '../web/src/api/queries.ts';
import { serverCpuMs, startServer, stopServer } from './server-process.ts';

export const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
/** The hostile run's request: 15 paths (the most aliases allowed) from a name of 97,000 characters, 97 KB in all. */
export const HUGE_PATHS = {
  query: `query($name: String!) ${aliases(15, `path(from: $name, to: "大兴区:区水务局") { hops }`)}`,
  variables: { name: 'x'.repeat(97_000) },
};
export const PLANS_DEEP = `plans { tasks { measures { assignments { party { id name } } } } }`;

/** The costliest requests the limits accept (each near the cost limit), and the hostile ones refused. */
export const ACCEPTED: [string, unknown][] = [
  [
    'focus view of the busiest unit, collectives expanded',
    { query: FOCUS, variables: { unit: '大兴区:区生态环境局', filter: { expandCollectives: true } } },
  ],
  ['the whole graph', { query: GRAPH, variables: {} }],
  ['every plan walked down to its parties', { query: `{ ${PLANS_DEEP} }` }],
  [
    'two text searches of 200 measures',
    { query: aliases(2, `measures(text: "的", first: 200) { edges { node { id text deadline { text } } } }`) },
  ],
  ['ten introspections', { query: aliases(10, `__schema { types { name fields { name type { name } } } }`) }],
  [
    '15 closest-name searches of 100 characters',
    { query: aliases(15, `touches(unit: "${'市'.repeat(100)}") { unit { id } }`) },
  ],
  [
    '15 paths with their graphs',
    {
      query: aliases(
        15,
        `path(from: "大兴区:区水务局", to: "北京市:市生态环境局") { hops graph { nodes { id } edges { id } } }`,
      ),
    },
  ],
];

const HOSTILE = [
  HUGE_PATHS,
  { query: aliases(2, PLANS_DEEP) },
  { query: aliases(15, `touches(unit: "${'市'.repeat(100)}") { unit { id } }`) },
].map((b) => JSON.stringify(b));

/** Two clients sending the hostile requests back to back until stopped. */
export function floodHostile(url: string): { stop: () => Promise<void> } {
  const send = (body: string) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) =>
      r.arrayBuffer(),
    );
  let flooding = true;
  const clients = Promise.all(
    Array.from({ length: 2 }, async (_, i) => {
      for (let sent = i; flooding; sent++) await send(HOSTILE[sent % HOSTILE.length]!);
    }),
  );
  return {
    stop: async () => {
      flooding = false;
      await clients;
    },
  };
}

const post = (url: string, body: unknown) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.text());

async function main(): Promise<void> {
  const server = await startServer();
  try {
    console.log('| request | server CPU (mean of 5, after a warm-up) |\n|---|---|');
    for (const [name, body] of [...ACCEPTED, ['the hostile 97 KB request (refused)', HUGE_PATHS] as const]) {
      await post(server.url, body);
      const before = serverCpuMs(server.child.pid)!;
      for (let i = 0; i < 5; i++) await post(server.url, body);
      console.log(`| ${name} | ${((serverCpuMs(server.child.pid)! - before) / 5).toFixed(0)} ms |`);
    }
    const flood = floodHostile(server.url);
    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      await fetch(`${server.url}/health`);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await flood.stop();
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.floor((latencies.length - 1) * q)]!.toFixed(1);
    console.log(`/health under hostile load: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
  } finally {
    await stopServer(server.child);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main();
