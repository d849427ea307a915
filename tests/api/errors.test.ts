/**
 * Errors a client can act on: NOT_FOUND with the closest names, BAD_USER_INPUT naming the
 * field, and a store that is down saying so (with /health failing), never with a stack trace.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/graph/index.ts';
import { startApi, type Api } from './helpers.ts';

describe('errors a client can act on', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ production: true });
  });
  afterAll(() => api.close());

  const errorOf = async (query: string, variables?: Record<string, unknown>) => {
    const answer = await api.gql(query, variables);
    expect(answer.errors).toHaveLength(1);
    const [error] = answer.errors!;
    expect(error!.extensions).not.toHaveProperty('stacktrace');
    return { ...error!, status: answer.status };
  };

  it('an unknown unit is NOT_FOUND, with the closest names', async () => {
    const error = await errorOf(`{ touches(unit: "区城市管里委") { unit { id } } }`);
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unit' });
    expect(error.extensions!.closest).toContain('区城市管理委');
    expect(error.message).toContain('区城市管理委');
    const partners = await errorOf(`{ partners(unit: "区水物局") { unit { id } } }`);
    expect(partners.extensions!.closest).toContain('区水务局');
  });

  it('a jurisdiction without that unit is NOT_FOUND, naming the units the name has', async () => {
    const error = await errorOf(`{ touches(unit: "区城市管理委", jurisdiction: "朝阳区") { unit { id } } }`);
    expect(error.extensions).toMatchObject({
      code: 'NOT_FOUND',
      closest: ['大兴区:区城市管理委', '通州区:区城市管理委'],
    });
  });

  it('a path from a name several units share is BAD_USER_INPUT listing the candidates', async () => {
    const error = await errorOf(`{ path(from: "区城市管理委", to: "大兴区:区水务局") { hops } }`);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
      candidates: ['大兴区:区城市管理委', '通州区:区城市管理委'],
    });
    expect(error.message).toMatch(/fromJurisdiction/);
  });

  it.each([
    ['filter.dueFrom', `{ touches(unit: "大兴区:区水务局", filter: { dueFrom: "2023-13-01" }) { counts { total } } }`],
    ['filter.dueFrom', `{ overload(filter: { dueFrom: "2023-12-31", dueTo: "2023-01-01" }) { rank } }`],
    ['filter.plans', `{ overload(filter: { plans: ["no-such-plan"] }) { rank } }`],
    ['weights.coop', `{ overload(weights: { coop: -1 }) { rank } }`],
    ['top', `{ overload(top: 0) { rank } }`],
    ['first', `{ units(first: 1000) { totalCount } }`],
    ['after', `{ units(after: "bm90LWEtY3Vyc29y") { totalCount } }`],
    ['maxHops', `{ path(from: "大兴区:区水务局", to: "大兴区:区公安交通支队", maxHops: 99) { hops } }`],
    ['unit', `{ measures(unit: "区城市管理委") { totalCount } }`],
    ['filter.dueTo', `{ measures(filter: { dueTo: "tomorrow" }) { totalCount } }`],
  ])('bad %s is BAD_USER_INPUT naming the field', async (field, query) => {
    const error = await errorOf(query);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('a value of the wrong type is refused by GraphQL itself, naming the argument', async () => {
    const error = await errorOf(
      `query($roles: [Role!]) { touches(unit: "大兴区:区水务局", filter: { roles: $roles }) { counts { total } } }`,
      { roles: ['BOSS'] },
    );
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('$roles');
  });
});

// The Neo4j store (issue 3) reports an unreachable server; this runs once server/graph/neo4j/store.ts exists.
const neo4jStoreWritten = existsSync(new URL('../../server/graph/neo4j/store.ts', import.meta.url));

describe.skipIf(!neo4jStoreWritten)('a store that is down', () => {
  let api: Api;
  beforeAll(async () => {
    // A real driver against a closed port: nothing answers there (and no retrying, to keep the test quick).
    const store = await openStore({
      NEO4J_URI: 'bolt://127.0.0.1:9',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'x',
      NEO4J_MAX_RETRY_MS: '0',
    });
    api = await startApi({ production: true }, store);
  }, 60_000);
  afterAll(() => api?.close());

  it('fails /health with 503 and the reason', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, store: 'neo4j', error: expect.any(String) });
  });

  it('answers queries with STORE_UNAVAILABLE, a readable message and no stack trace', async () => {
    const answer = await api.gql(`{ touches(unit: "大兴区:区城市管理委") { counts { total } } }`);
    expect(answer.status).toBe(503);
    const [error] = answer.errors!;
    expect(error!.extensions).toEqual({ code: 'STORE_UNAVAILABLE' });
    expect(error!.message).toMatch(/^The graph store is unavailable: /);
    expect(JSON.stringify(answer)).not.toMatch(/\n\s+at /);
  });
});
