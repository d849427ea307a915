/**
 * Issue 12 item 1: a request's CPU is bounded by its size. The hostile run's case, 15 aliases of
 * `path(from: "<a name of thousands of characters>")` in a 97 KB body, held the server for 7.4 s
 * (and /health with it) and echoed 1.46 MB. Strings are now bounded (a unit name is at most 100
 * characters), and the cost limit counts what resolvers do and how many times (server/api/cost.ts).
 * The aim, checked on a real server process: no accepted request over 200 ms of server CPU on the
 * seed graph, and /health under 50 ms while hostile requests arrive.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCpuMs, startServer, stopServer } from '../../bench/server-process.ts';
import { DEFAULT_LIMITS } from '../../server/api/config.ts';
import { FOCUS, GRAPH } from '../../web/src/api/queries.ts';
import { startApi, type Api } from './helpers.ts';

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
/** The hostile run's request: 15 paths (the most aliases allowed) from a name of 97,000 characters, 97 KB in all. */
const HUGE_PATHS = {
  query: `query($name: String!) ${aliases(15, `path(from: $name, to: "大兴区:区水务局") { hops }`)}`,
  variables: { name: 'x'.repeat(97_000) },
};
const PLANS_DEEP = `plans { tasks { measures { assignments { party { id name } } } } }`;

const post = async (url: string, body: unknown) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    ...(JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: any }[] }),
  };
};

describe('bounded requests', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ production: true });
  });
  afterAll(() => api.close());

  const HUGE_NAMES_REFUSED =
    'the 97 KB request of 15 huge names is refused at once, naming the field and the limit, in a short answer';
  it(HUGE_NAMES_REFUSED, async () => {
    expect(Buffer.byteLength(JSON.stringify(HUGE_PATHS))).toBeGreaterThan(95_000);
    const started = performance.now();
    const answer = await post(api.url, HUGE_PATHS);
    expect(performance.now() - started).toBeLessThan(200);
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([
      {
        message: 'from: at most 100 characters, got 97000.',
        extensions: { code: 'BAD_USER_INPUT', field: 'from', limit: 100 },
      },
    ]);
    expect(answer.bytes).toBeLessThan(1000);
  });

  it.each([
    [
      'unit',
      `query($u: String!) { touches(unit: $u) { unit { id } } }`,
      { u: '区'.repeat(101) },
      'unit: at most 100 characters, got 101.',
    ],
    [
      'text',
      `{ measures(text: "${'的'.repeat(150)}") { totalCount } }`,
      undefined,
      'text: at most 100 characters, got 150.',
    ],
    [
      'around',
      `query($a: [ID!]) { graph(around: $a) { nodes { id } } }`,
      { a: Array.from({ length: 101 }, () => '大兴区:区水务局') },
      'around: at most 100 items, got 101.',
    ],
    [
      'after',
      `{ units(after: "${'A'.repeat(201)}") { totalCount } }`,
      undefined,
      'after: at most 200 characters, got 201.',
    ],
  ])('%s over its bound is BAD_USER_INPUT naming it and the limit', async (field, query, variables, message) => {
    const answer = await post(api.url, { query, variables });
    expect(answer.status).toBe(400);
    expect(answer.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
  });

  it('a unit name of exactly 100 characters is looked up (NOT_FOUND), its echo cut short', async () => {
    const answer = await post(api.url, { query: `{ touches(unit: "${'区'.repeat(100)}") { unit { id } } }` });
    expect(answer.errors![0]!.extensions.code).toBe('NOT_FOUND');
    expect(answer.bytes).toBeLessThan(1000);
  });

  it.each([
    ['every plan walked down to its parties, twice', aliases(2, PLANS_DEEP), 'Assignment.party'],
    [
      'the whole graph drawn four times',
      aliases(4, `graph { nodes { id label } edges { id source target } }`),
      'Query.graph',
    ],
    [
      '15 graphs of the busiest unit',
      aliases(15, `touches(unit: "区生态环境局") { graph { nodes { id } edges { id } } }`),
      'Touches.graph',
    ],
  ])('the cost limit counts resolvers and list lengths: %s is refused', async (_, query, costliest) => {
    const answer = await post(api.url, { query });
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toMatch(
      new RegExp(
        `^Query Cost limit of ${DEFAULT_LIMITS.maxCost} exceeded, ` +
          `found \\d+ \\(of which ${costliest.replace('.', '\\.')} \\d+`,
      ),
    );
  });

  it("the explorer's own queries are within the limit", async () => {
    for (const [query, variables] of [
      [FOCUS, { unit: '大兴区:区生态环境局', filter: { expandCollectives: true } }],
      [GRAPH, {}],
      [`{ a: ${PLANS_DEEP} }`, {}],
    ] as const) {
      const answer = await post(api.url, { query, variables });
      expect(answer.status, JSON.stringify(answer.errors)).toBe(200);
    }
  });
});

describe('CPU per request on a real server process', () => {
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    server = await startServer();
  }, 120_000);
  afterAll(() => stopServer(server.child));

  /** The costliest requests the limits accept (each near the cost limit), and the hostile ones refused. */
  const ACCEPTED: [string, unknown][] = [
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

  it.each(ACCEPTED)(
    '%s: at most 200 ms of server CPU',
    async (_, body) => {
      const runs = 5;
      await post(server.url, body); // compiled and warm, as a repeated request is
      const before = serverCpuMs(server.child.pid)!;
      for (let i = 0; i < runs; i++) expect((await post(server.url, body)).status).toBeLessThan(500);
      const perRequest = (serverCpuMs(server.child.pid)! - before) / runs;
      console.log(`server CPU per request, ${_}: ${perRequest.toFixed(0)} ms`);
      expect(perRequest).toBeLessThanOrEqual(200);
    },
    60_000,
  );

  it('/health answers in under 50 ms while the hostile requests arrive', async () => {
    // Encoded once: the client shares the machine's cores with the server.
    const hostile = [
      HUGE_PATHS,
      { query: aliases(2, PLANS_DEEP) },
      { query: aliases(15, `touches(unit: "${'市'.repeat(100)}") { unit { id } }`) },
    ].map((b) => JSON.stringify(b));
    const send = (body: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
        (r) => r.arrayBuffer(),
      );
    for (const body of hostile) await send(body);
    let flooding = true;
    const flood = Promise.all(
      Array.from({ length: 2 }, async (_, i) => {
        for (let sent = i; flooding; sent++) await send(hostile[sent % hostile.length]!);
      }),
    );
    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    flooding = false;
    await flood;
    latencies.sort((a, b) => a - b);
    const p90 = latencies[Math.floor(latencies.length * 0.9)]!;
    console.log(
      `/health under hostile load: median ${latencies[20]!.toFixed(1)} ` +
        `ms, p90 ${p90.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
    );
    // The 90th percentile, not the maximum: the test run shares this machine's cores with other suites.
    expect(p90).toBeLessThan(50);
  }, 60_000);
});
