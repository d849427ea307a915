/**
 * Protection for a public endpoint: query depth and cost, body size, rate limit, CORS,
 * secure headers, no batching; and /health and / on a server without a front-end build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/api/config.ts';
import { seedModel } from '../support/seed-model.ts';
import { startApi, type Api } from './helpers.ts';

const post = (api: Api, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('limits of the public endpoint', () => {
  let api: Api;
  const noWeb = mkdtempSync(join(tmpdir(), 'dutygraph-no-web-'));
  beforeAll(async () => {
    api = await startApi({ cors: ['https://explorer.example'], webRoot: noWeb });
  });
  afterAll(async () => {
    await api.close();
    rmSync(noWeb, { recursive: true });
  });

  it(`refuses a query deeper than ${DEFAULT_LIMITS.maxDepth}`, async () => {
    const answer = await api.gql(
      `{ touches(unit: "大兴区:区水务局") { assignments { measure { task ` +
        `{ plan { tasks { measures { plan { seed { file } } } } } } } } } }`,
    );
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toMatch(new RegExp(`depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded`));
    expect(answer.data).toBeUndefined();
  });

  it(`refuses a query costing more than ${DEFAULT_LIMITS.maxCost}`, async () => {
    const members =
      `units(first: 200) { edges { node { id name members { id ` +
      `name memberOf { id name members { id name aliases } } } } } }`;
    const answer = await api.gql(`{ a: ${members} b: ${members} }`);
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toMatch(new RegExp(`Cost limit of ${DEFAULT_LIMITS.maxCost} exceeded`));
  });

  it('refuses an oversized body (413) and a batch of operations', async () => {
    const big = await post(api, {
      query: `{ plans { id } }`,
      variables: { pad: 'x'.repeat(DEFAULT_LIMITS.bodyLimit) },
    });
    expect(big.status).toBe(413);
    const batch = await post(api, [{ query: '{ plans { id } }' }, { query: '{ stats { plans } }' }]);
    expect(batch.status).toBe(400);
    expect(await batch.text()).toMatch(/batch/i);
  });

  it('sends secure headers, and CORS only to the configured origin', async () => {
    const allowed = await post(api, { query: '{ stats { plans } }' }, { origin: 'https://explorer.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    const other = await post(api, { query: '{ stats { plans } }' }, { origin: 'https://elsewhere.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const csp = allowed.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    // Worked out once at start, the same on every answer: /health and a 404 too.
    for (const path of ['/health', '/missing']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('/health reports the store reachable, the graph loaded and the counts', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    const model = seedModel();
    expect(await response.json()).toEqual({
      ok: true,
      store: 'embedded',
      loaded: true,
      counts: {
        plans: 17,
        tasks: model.tasks.length,
        measures: model.measures.length,
        units: model.units.length,
        assignments: model.assignments.length,
      },
      // Progress reports (issue 16): none on a fresh server.
      reports: 0,
      orphanedReports: 0,
    });
  });

  it('without a front-end build, / and /graphiql say how to make one', async () => {
    for (const path of ['/', '/graphiql']) {
      const response = await fetch(`${api.url}${path}`);
      expect(await response.text()).toMatch(/npm run build/);
    }
  });
});

describe('repeated questions', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('are answered from the graph as it is now: a reload shows at once', async () => {
    const body = {
      query: `query($id: ID!) { measure(id: $id) { text } }`,
      variables: { id: seedModel().measures[0]!.id },
    };
    const first = await post(api, body);
    expect(first.headers.get('x-response-cache')).toBeNull();
    const before = ((await first.json()) as any).data.measure.text;
    expect(before).toBe(seedModel().measures[0]!.text);
    const reloaded = structuredClone(seedModel());
    reloaded.measures[0]!.text = `${before}（修订）`;
    await api.store.load(reloaded);
    const again = (await (await post(api, body)).json()) as any;
    expect(again.data.measure.text).toBe(`${before}（修订）`);
  });
});

describe('the rate limit', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ limits: { rateLimitMax: 3, rateLimitWindow: 60_000 } });
  });
  afterAll(() => api.close());

  it('answers 429 once a client has used its requests, and leaves /health alone', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.gql(`{ stats { plans } }`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });
});

describe('the built front end', () => {
  let api: Api;
  const web = mkdtempSync(join(tmpdir(), 'dutygraph-web-'));
  beforeAll(async () => {
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(web, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
    writeFileSync(join(web, 'app.js'), 'console.log(1)');
    api = await startApi({ webRoot: web });
  });
  afterAll(async () => {
    await api.close();
    rmSync(web, { recursive: true });
  });

  it('serves the app at /, its files, GraphiQL at /graphiql, and the app for its own routes', async () => {
    expect(await (await fetch(`${api.url}/`)).text()).toContain('explorer');
    expect(await (await fetch(`${api.url}/app.js`)).text()).toContain('console.log');
    expect(await (await fetch(`${api.url}/graphiql`)).text()).toContain('graphiql');
    expect(
      await (await fetch(`${api.url}/unit/大兴区:区水务局`, { headers: { accept: 'text/html' } })).text(),
    ).toContain('explorer');
    const missing = await fetch(`${api.url}/missing.js`, { headers: { accept: '*/*' } });
    expect(missing.status).toBe(404);
  });
});
