/**
 * The README's example queries, asked over HTTP: each answers without errors, and on Neo4j
 * exactly as on the embedded store (the README shows the embedded store's answers).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, STORE_KINDS, type Api } from './helpers.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const EXAMPLES = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, query]) => query!.trim());

describe('the README’s example queries', () => {
  const apis = new Map<string, Api>();
  beforeAll(async () => {
    for (const kind of STORE_KINDS) apis.set(kind, await startApi({}, kind));
  });
  afterAll(async () => {
    for (const api of apis.values()) await api.close();
  });

  it('are there to check', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
  });

  it.each(EXAMPLES.map((query) => [query.split('\n')[0]!.slice(0, 60), query]))(
    '%s… answers, the same on every store',
    async (_, query) => {
      const answers = [];
      for (const [kind, api] of apis) {
        const answer = await api.gql(query);
        expect(answer.errors, kind).toBeUndefined();
        answers.push(answer.data);
      }
      for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    },
  );
});
