/**
 * Issue 12 items 2, 3 and 5: what the API does with operations it does not run. It answers
 * queries and the supervision mutations: a subscription is a clear 400 (not an internal error with an
 * error-level log line any client could repeat to fill the log); an `operationName` the document
 * lacks is told so, with the name given; and introspection is a setting (INTROSPECTION), on unless
 * turned off, since the schema is the API's documentation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/api/config.ts';
import { startApi, type Api } from './helpers.ts';

const post = async (api: Api, body: unknown) => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as {
      data?: any;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    }),
  };
};

describe('operations the API does not run', () => {
  let api: Api;
  const logged: { level: number; msg: string }[] = [];
  beforeAll(async () => {
    // Production settings, with the log lines kept to look at.
    api = await startApi({
      production: true,
      logger: { level: 'info', stream: { write: (line: string) => void logged.push(JSON.parse(line)) } },
    });
  });
  afterAll(() => api.close());

  it.each(['subscription'])(
    'a %s is a 400 saying the operation type is not supported, logged below error level',
    async (type) => {
      logged.length = 0;
      const answer = await post(api, { query: `${type} Change { plans { id } }` });
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([
        {
          message:
            `${type} operations are not supported: this API answers queries, and the ` +
            `supervision mutations (login, logout, reportProgress, reopenReport).`,
          extensions: { code: 'OPERATION_NOT_SUPPORTED' },
        },
      ]);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the request's log line is written after the answer
      expect(logged.filter((line) => line.level >= 50)).toEqual([]);
      expect(logged.some((line) => line.msg === 'request')).toBe(true);
    },
  );

  it('an operationName the document lacks is a 400 naming it and the operations there are', async () => {
    const answer = await post(api, {
      query: `query Plans { plans { id } } query Stats { stats { plans } }`,
      operationName: 'Units',
    });
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([
      {
        message: 'operationName: the document has no operation named "Units"; it has Plans, Stats.',
        extensions: { code: 'OPERATION_RESOLUTION_FAILURE', field: 'operationName' },
      },
    ]);
    const anonymous = await post(api, { query: `{ stats { plans } }`, operationName: 'Stats' });
    expect(anonymous.errors![0]!.message).toBe(
      'operationName: the document has no operation named "Stats"; ' +
        'it has one unnamed operation (leave operationName out).',
    );
  });

  it('several operations without an operationName are a 400 listing them', async () => {
    const answer = await post(api, { query: `query Plans { plans { id } } query Stats { stats { plans } }` });
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.message).toBe(
      'operationName: the document has 2 operations (Plans, Stats); name the one to run in operationName.',
    );
  });

  it('the operation named is run, and a long name is quoted cut short', async () => {
    const answer = await post(api, {
      query: `query Plans { plans { id } } query Stats { stats { plans } }`,
      operationName: 'Stats',
    });
    expect(answer).toEqual({ status: 200, data: { stats: { plans: 17 } } });
    const long = await post(api, { query: `{ stats { plans } }`, operationName: 'N'.repeat(5000) });
    expect(long.errors![0]!.message).toContain(`"${'N'.repeat(100)}…" (5000 characters)`);
  });
});

describe('introspection', () => {
  const INTROSPECT = { query: `{ __schema { queryType { name } } }` };

  it('INTROSPECTION is on unless set to false (or 0), and refuses other values', () => {
    expect(configFromEnv({}).introspection).toBe(true);
    expect(configFromEnv({ NODE_ENV: 'production' }).introspection).toBe(true);
    expect(configFromEnv({ INTROSPECTION: 'false' }).introspection).toBe(false);
    expect(configFromEnv({ INTROSPECTION: '0' }).introspection).toBe(false);
    expect(configFromEnv({ INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(() => configFromEnv({ INTROSPECTION: 'maybe' })).toThrow(
      'INTROSPECTION must be true or false (or 1 or 0), got "maybe"',
    );
  });

  it('in production, answers introspection by default and refuses it when turned off', async () => {
    const on = await startApi({ production: true });
    const off = await startApi({ production: true, introspection: false });
    try {
      expect(await post(on, INTROSPECT)).toEqual({ status: 200, data: { __schema: { queryType: { name: 'Query' } } } });
      const refused = await post(off, INTROSPECT);
      expect(refused.status).toBe(400);
      expect(refused.errors![0]!.message).toMatch(/introspection is not allowed/i);
      expect((await post(off, { query: '{ stats { plans } }' })).data).toEqual({ stats: { plans: 17 } });
    } finally {
      await Promise.all([on.close(), off.close()]);
    }
  });
});
