/**
 * Neo4j going away while the API serves, and coming back: a real local Neo4j of its own (so the
 * rest of the run keeps its database), a real driver, the real HTTP server. /health turns 503
 * and every question fails with STORE_UNAVAILABLE within a second; once Neo4j is back, the same
 * questions get the same answers without restarting the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j-local/launch.ts';
import { Neo4jStore } from '../../server/graph/neo4j/store.ts';
import { seedModel } from '../support/seed-model.ts';
import { startApi, type Api } from './helpers.ts';

const QUESTIONS = {
  touches: `{ touches(unit: "大兴区:区城市管理委") { counts { total } } }`,
  overload: `{ overload(top: 5) { unit { id } score } }`,
  path: `{ path(from: "大兴区:区水务局", to: "大兴区:区公安交通支队") { hops } }`,
  units: `{ units(search: "水务") { edges { node { id } } } }`,
  stats: `{ stats { assignments uncertain } }`,
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.runIf(process.env.NEO4J_URI)('Neo4j stops while the API serves, then comes back', () => {
  const password = 'outage-test-password';
  const dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-outage-'));
  let port: number;
  let neo4j: LocalNeo4j;
  let api: Api;
  const before: Record<string, unknown> = {};

  beforeAll(async () => {
    port = await freePort();
    neo4j = await startLocalNeo4j({ password, port, dataDir, onLog: () => {} });
    const store = Neo4jStore.connect({ uri: neo4j.uri, user: 'neo4j', password });
    await store.load(seedModel());
    api = await startApi({ production: true }, store);
    for (const [name, query] of Object.entries(QUESTIONS)) before[name] = (await api.gql(query)).data;
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers every question while Neo4j is up', () => {
    for (const name of Object.keys(QUESTIONS)) expect(before[name], name).toBeTruthy();
  });

  it('turns /health 503 and fails every question with STORE_UNAVAILABLE, each within a second', async () => {
    await neo4j.stop();
    const started = performance.now();
    const health = await fetch(`${api.url}/health`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      ok: false,
      store: 'neo4j',
      error: expect.stringContaining('cannot be reached'),
    });
    for (const [name, query] of Object.entries(QUESTIONS)) {
      const asked = performance.now();
      const answer = await api.gql(query);
      expect(performance.now() - asked, name).toBeLessThan(1_000);
      expect(answer.status, name).toBe(503);
      expect(answer.errors![0]!.extensions, name).toEqual({ code: 'STORE_UNAVAILABLE' });
    }
  }, 60_000);

  it('answers as before once Neo4j is back, without restarting the API', async () => {
    neo4j = await startLocalNeo4j({ password, port, dataDir, onLog: () => {} });
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, store: 'neo4j', loaded: true });
    for (const [name, query] of Object.entries(QUESTIONS))
      expect((await api.gql(query)).data, name).toEqual(before[name]);
  }, 180_000);
});
