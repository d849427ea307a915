/**
 * Issue 12 item 12: the hostile run kept as tests. Each row is a bad request sent to the real HTTP
 * server; it must get exactly its error class (HTTP status and `extensions.code`) and a message
 * saying what is wrong, and the good query asked after it must get the same answer as before:
 * nothing a client sends changes what the next client sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/api/config.ts';
import { startApi, type Api } from './helpers.ts';

interface Row {
  /** A GraphQL body, or the raw request. */
  body?: unknown;
  raw?: { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  status: number;
  /** `extensions.code` of the first error; null for an answer that is not GraphQL's. */
  code: string | null;
  message: string | RegExp;
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const nest = (depth: number) =>
  `{ touches(unit: "大兴区:区水务局") { ${'unit { memberOf { '.repeat(depth)}id${' }'.repeat(depth * 2)} } }`;

const ROWS: Record<string, Row> = {
  // Not GraphQL at all.
  'malformed JSON': {
    raw: { headers: { 'content-type': 'application/json' }, body: '{"query": "{ plans { id } }"' },
    status: 400,
    code: null,
    message: /JSON/,
  },
  'a body that is a JSON string': {
    raw: { headers: { 'content-type': 'application/json' }, body: '"{ plans { id } }"' },
    status: 400,
    code: null,
    message: /POST body/,
  },
  'no query': { body: {}, status: 400, code: 'BAD_REQUEST', message: 'POST body missing' },
  'an empty query': { body: { query: '' }, status: 400, code: 'BAD_REQUEST', message: 'non-empty `query`' },
  'query not a string': {
    body: { query: 42 },
    status: 400,
    code: 'BAD_REQUEST',
    message: 'GraphQL queries must be strings.',
  },
  'variables not an object': {
    body: { query: '{ plans { id } }', variables: [1] },
    status: 400,
    code: 'BAD_REQUEST',
    message: '`variables` in a POST body must be an object',
  },
  'a text/plain body (CSRF)': {
    raw: { headers: { 'content-type': 'text/plain' }, body: '{"query":"{ plans { id } }"}' },
    status: 400,
    code: null,
    message: /CSRF|content-type|Content-Type/i,
  },
  'an unsupported content type': {
    raw: { headers: { 'content-type': 'application/xml' }, body: '<q/>' },
    status: 415,
    code: null,
    message: /Unsupported Media Type|content-type/i,
  },
  'a batch of operations': {
    body: [{ query: '{ plans { id } }' }, { query: '{ stats { plans } }' }],
    status: 400,
    code: null,
    message: /batch/i,
  },
  'a body over the limit': {
    body: { query: '{ plans { id } }', variables: { pad: 'x'.repeat(DEFAULT_LIMITS.bodyLimit) } },
    status: 413,
    code: null,
    message: /too large/i,
  },
  'a PUT': {
    raw: { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ plans { id } }"}' },
    status: 404,
    code: null,
    message: /not found/i,
  },
  'a mutation over GET': {
    raw: {
      method: 'GET',
      path: '/graphql?query=' + encodeURIComponent('mutation { logout }'),
      headers: { 'apollo-require-preflight': '1' },
    },
    status: 405,
    code: 'BAD_REQUEST',
    message: 'GET requests only support query operations',
  },
  // Syntax and size.
  'a syntax error': {
    body: { query: '{ plans { id }' },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Syntax Error',
  },
  'more than 1000 tokens': {
    body: { query: `{ ${'__typename '.repeat(1001)}}` },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Document contains more that 1000 tokens',
  },
  'too deep': {
    body: { query: nest(6) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded`,
  },
  'too many aliases': {
    body: { query: aliases(16, 'stats { plans }') },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Aliases limit of 15 exceeded',
  },
  'too costly: the whole graph four times': {
    body: { query: aliases(4, 'graph { nodes { id label } edges { id source target } }') },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Cost limit of ${DEFAULT_LIMITS.maxCost} exceeded`,
  },
  'too costly: every plan walked twice': {
    body: { query: aliases(2, 'plans { tasks { measures { assignments { party { id name } } } } }') },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Assignment.party',
  },
  'too many directives': {
    body: { query: `{ plans { ${'... @include(if: true) { id } '.repeat(51)}} }` },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Directives limit of 50 exceeded, found 51',
  },
  'an unknown field': {
    body: { query: '{ plans { id } secrets }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot query field "secrets"',
  },
  'a field name of 90,000 characters': {
    body: { query: `{ ${'a'.repeat(90_000)} }` },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'message cut at 1000',
  },
  'an unknown argument': {
    body: { query: '{ plans(limit: 1) { id } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Unknown argument "limit"',
  },
  'a fragment cycle': {
    body: {
      query: 'query { units { ...A } } fragment A on UnitConnection { ...B } fragment B on UnitConnection { ...A }',
    },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot spread fragment "A" within itself',
  },
  // Operations.
  'a mutation the schema lacks': {
    body: { query: 'mutation { plans { id } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot query field "plans" on type "Mutation"',
  },
  'a subscription': {
    body: { query: 'subscription { plans { id } }' },
    status: 400,
    code: 'OPERATION_NOT_SUPPORTED',
    message: 'subscription operations are not supported',
  },
  'an operationName not in the document': {
    body: { query: 'query A { stats { plans } }', operationName: 'Drop' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'no operation named "Drop"; it has A',
  },
  'two operations, no operationName': {
    body: { query: 'query A { stats { plans } } query B { plans { id } }' },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
    message: 'the document has 2 operations (A, B)',
  },
  // Arguments: bounds.
  'a unit name of 97,000 characters in 15 paths': {
    body: {
      query: `query($n: String!) ${aliases(15, 'path(from: $n, to: "大兴区:区水务局") { hops }')}`,
      variables: { n: 'x'.repeat(97_000) },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'from: at most 100 characters, got 97000.',
  },
  'a search of 101 characters': {
    body: { query: `{ units(search: "${'区'.repeat(101)}") { totalCount } }` },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'search: at most 100 characters, got 101.',
  },
  'a suggest text of 5,000 characters': {
    body: { query: `{ suggest(text: "${'区'.repeat(5000)}") { id } }` },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'text: at most 100 characters',
  },
  'plans listing 101 ids': {
    body: {
      query: 'query($p: [ID!]) { overload(filter: { plans: $p }) { rank } }',
      variables: { p: Array.from({ length: 101 }, (_, i) => `p${i}`) },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'filter.plans: at most 100 items, got 101.',
  },
  'a measure text search of 200 characters': {
    body: { query: `query($t: String) { measures(text: $t) { totalCount } }`, variables: { t: '的'.repeat(200) } },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'text: at most 100 characters, got 200.',
  },
  // Arguments: values.
  'an unknown unit': {
    body: { query: '{ touches(unit: "区城市管里委") { unit { id } } }' },
    status: 200,
    code: 'NOT_FOUND',
    message: 'Closest names: 区城市管委, 区城市管理委',
  },
  'unknown ids around a graph': {
    body: { query: '{ graph(around: ["nope:1", "nope:2"]) { nodes { id } } }' },
    status: 200,
    code: 'NOT_FOUND',
    message: 'around: no unit or person has the id "nope:1", "nope:2".',
  },
  'a name several units share, where one is needed': {
    body: { query: '{ path(from: "区城市管理委", to: "大兴区:区水务局") { hops } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'set fromJurisdiction',
  },
  'a date that is not a date': {
    body: { query: '{ touches(unit: "大兴区:区水务局", filter: { dueFrom: "2023-02-30" }) { counts { total } } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'filter.dueFrom: "2023-02-30" is not an ISO date',
  },
  'dates the wrong way round': {
    body: { query: '{ overload(filter: { dueFrom: "2023-12-31", dueTo: "2023-01-01" }) { rank } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'filter.dueFrom: 2023-12-31 is after dueTo 2023-01-01',
  },
  'a plan that does not exist': {
    body: { query: '{ overload(filter: { plans: ["no-such-plan"] }) { rank } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'filter.plans: no plan has the id "no-such-plan"',
  },
  'a negative weight': {
    body: { query: '{ overload(weights: { coop: -1 }) { rank } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'weights.coop',
  },
  'a page of 1000': {
    body: { query: '{ units(first: 1000) { totalCount } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'first: must be an integer from 0 to 200, got 1000.',
  },
  'a negative page': {
    body: { query: '{ measures(first: -1) { totalCount } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'first: must be an integer from 0 to 200, got -1.',
  },
  'a cursor from nowhere': {
    body: { query: '{ units(after: "bm9wZQ") { totalCount } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'after: is not the cursor of an edge of this list',
  },
  'maxHops of 99': {
    body: { query: '{ path(from: "大兴区:区水务局", to: "大兴区:区公安交通支队", maxHops: 99) { hops } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'maxHops: must be an integer from 1 to',
  },
  'an Int beyond 32 bits': {
    body: { query: '{ units(first: 99999999999) { totalCount } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Int cannot represent non 32-bit signed integer value',
  },
  'an enum value that does not exist': {
    body: {
      query: 'query($r: [Role!]) { touches(unit: "大兴区:区水务局", filter: { roles: $r }) { counts { total } } }',
      variables: { r: ['BOSS'] },
    },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'Variable "$r" got invalid value "BOSS"',
  },
  'a variable of the wrong type': {
    body: { query: 'query($u: String!) { touches(unit: $u) { unit { id } } }', variables: { u: { $ne: null } } },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'String cannot represent a non string value',
  },
  'a required variable missing': {
    body: { query: 'query($u: String!) { touches(unit: $u) { unit { id } } }' },
    status: 400,
    code: 'BAD_USER_INPUT',
    message: 'Variable "$u" of required type "String!" was not provided.',
  },
  'a null for a non-null argument': {
    body: { query: '{ touches(unit: null) { unit { id } } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Expected value of type "String!", found null.',
  },
};

const GOOD = {
  query:
    '{ touches(unit: "大兴区:区水务局") { counts { lead coop ' +
    'total } measureCount } stats { plans measures assignments } }',
};

describe('the hostile run, request by request', () => {
  let api: Api;
  let before: unknown;
  const good = async () =>
    (
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(GOOD),
      })
    ).json();
  beforeAll(async () => {
    api = await startApi({ production: true });
    before = await good();
  });
  afterAll(() => api.close());

  it('has at least 40 rows', () => {
    expect(Object.keys(ROWS).length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(ROWS))('%s', async (_, row) => {
    const init = row.raw ?? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(row.body) };
    const response = await fetch(`${api.url}${row.raw?.path ?? '/graphql'}`, {
      method: row.raw?.method ?? 'POST',
      headers: init.headers,
      ...(init.body !== undefined && { body: init.body }),
    });
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(row.status);
    let message = text;
    if (row.code !== null) {
      const answer = JSON.parse(text) as {
        errors: { message: string; extensions: { code: string; stacktrace?: unknown } }[];
      };
      expect(answer.errors[0]!.extensions.code, answer.errors[0]!.message.slice(0, 300)).toBe(row.code);
      expect(answer.errors[0]!.extensions).not.toHaveProperty('stacktrace');
      message = answer.errors[0]!.message;
    }
    if (typeof row.message === 'string') expect(message).toContain(row.message);
    else expect(message).toMatch(row.message);
    // Nothing the client echoed comes back whole.
    expect(text.length).toBeLessThan(3000);
    expect(await good()).toEqual(before);
  });
});
