/**
 * Every statement in cypher/ is checked with Neo4j's own Cypher language support: syntax and
 * semantics (unknown variables, wrong types, undeclared parameters), against the graph's labels,
 * relationship types and properties, with each file's parameters declared as the store passes them.
 */
import { readdirSync } from 'node:fs';
import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, QUERIES, statements, type QueryName } from '../../server/graph/neo4j/cypher.ts';
import { GRAPH_SHAPE } from '../../server/graph/neo4j/rows.ts';

const files = readdirSync(CYPHER_DIR)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.slice(0, -'.cypher'.length));

/** Example values of the types the store sends, so the linter can type-check their use. */
const SAMPLE: Record<string, unknown> = {
  ids: ['a'],
  partyIds: ['a'],
  around: ['a'],
  roles: ['lead'],
  plans: ['p'],
  topics: ['水'],
  deadlineKinds: ['date'],
  dueFrom: '2023-01-01',
  dueTo: '2023-12-31',
  expandCollectives: false,
  levels: ['town'],
  jurisdictions: ['大兴区'],
  kinds: ['department'],
  search: '区',
  name: '区水务局',
  text: '环卫',
  partyId: 'u',
  unitId: 'u',
  fromId: 'a',
  toId: 'b',
  maxHops: 6,
  // Supervision.
  account: { name: 'a', role: 'viewer' },
  report: { id: 'r', by: 'a', measureId: 'm' },
  disabled: true,
  passwordHash: 'scrypt$…',
  id: 'x',
  expiresAt: '2026-12-31T00:00:00.000Z',
  now: '2026-12-01T00:00:00.000Z',
  asOf: '2026-12-01',
  // Review (issue 17).
  event: { id: 'e', by: 'a', payload: '{}' },
  since: '2026-12-01',
};

function schemaFor(name: QueryName): DbSchema {
  const parameters = Object.fromEntries(QUERIES[name].map((p) => [p, SAMPLE[p] ?? [{}]]));
  return { ...GRAPH_SHAPE, parameters, defaultLanguage: 'CYPHER 5' };
}

describe('cypher/', () => {
  it('holds exactly the queries the store names', () => {
    expect(files.sort()).toEqual(Object.keys(QUERIES).sort());
  });

  describe.each(files as QueryName[])('%s.cypher', (name) => {
    it('lints clean, using exactly its declared parameters', () => {
      const used = new Set<string>();
      for (const statement of statements(name)) {
        const diagnostics = lintCypherQuery(statement, schemaFor(name));
        expect(
          diagnostics.map((d) => `${d.message} at «${statement.slice(d.offsets.start, d.offsets.end + 20)}»`),
        ).toEqual([]);
        for (const [, param] of statement.matchAll(/\$(\w+)/g)) used.add(param!);
      }
      expect([...used].sort()).toEqual([...QUERIES[name]].sort());
    });
  });

  it('catches a mistake: a misspelt variable and an undeclared parameter fail the lint', () => {
    const diagnostics = lintCypherQuery('MATCH (u:Unit {id: $unitId}) RETURN uu.name, $nope', {
      ...GRAPH_SHAPE,
      parameters: { unitId: 'x' },
    });
    const messages = diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/uu/);
    expect(messages).toMatch(/\$nope/);
  });
});
