/**
 * The Neo4j store with a real driver and no server: the failures a user meets when Neo4j is
 * down or misconfigured. (The contract suite runs against a live server when NEO4J_URI is set.)
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/graph/contract.ts';
import { openStore } from '../../server/graph/index.ts';
import { Neo4jStore } from '../../server/graph/neo4j/store.ts';
import { ModelError } from '../../server/graph/validate.ts';
import type { Model } from '../../server/model/model.ts';
import { seedModel } from '../support/seed-model.ts';

// Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
const CLOSED = 'bolt://127.0.0.1:9';

describe('the Neo4j store when the server is unreachable', () => {
  const store = Neo4jStore.connect({ uri: CLOSED, user: 'neo4j', password: 'x', maxRetryTime: 200 });
  afterAll(() => store.close());

  it('reports a failing health check naming the address, without throwing', async () => {
    const health = await store.health();
    expect(health).toMatchObject({ ok: false, store: 'neo4j', loaded: false });
    expect(health.error).toContain(`Neo4j at ${CLOSED} cannot be reached`);
  });

  it('rejects a question with StoreUnavailableError, not a driver error', async () => {
    const error = await store.touches('大兴区:区城市管理委').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/cannot be reached/);
  });

  it('refuses a bad model before contacting the server', async () => {
    const model = seedModel();
    const dangling: Model = {
      ...model,
      assignments: [...model.assignments, { ...model.assignments[0]!, id: 'x', measureId: 'nowhere' }],
    };
    await expect(store.load(dangling)).rejects.toThrow(ModelError);
  });
});

describe('choosing the store from the environment', () => {
  it('is the embedded store without NEO4J_URI, and Neo4j with it', async () => {
    expect((await openStore({})).kind).toBe('embedded');
    const neo = await openStore({ NEO4J_URI: CLOSED, NEO4J_PASSWORD: 'x' });
    expect(neo.kind).toBe('neo4j');
    await neo.close();
  });

  it('names the missing or wrong setting', async () => {
    await expect(openStore({ NEO4J_URI: CLOSED })).rejects.toThrow(/NEO4J_PASSWORD is not set/);
    await expect(openStore({ NEO4J_URI: 'http//nope', NEO4J_PASSWORD: 'x' })).rejects.toThrow(
      /NEO4J_URI "http\/\/nope" is not a Neo4j address/,
    );
  });
});

describe('npm run load:neo4j', () => {
  const load = (env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli/load-neo4j.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { PATH: process.env.PATH!, ...env },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );

  it('says which setting is missing, and that an unreachable server cannot be reached, in one line each', async () => {
    const unset = await load({});
    expect(unset.code).toBe(1);
    expect(unset.stderr.trim()).toBe(
      'error: NEO4J_URI is not set: give the Neo4j address, for example bolt://localhost:7687',
    );
    const down = await load({ NEO4J_URI: CLOSED, NEO4J_PASSWORD: 'x', NEO4J_MAX_RETRY_MS: '200' });
    expect(down.code).toBe(1);
    expect(down.stderr.trim()).toMatch(new RegExp(`^error: Neo4j at ${CLOSED} cannot be reached: .*ECONNREFUSED`));
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
