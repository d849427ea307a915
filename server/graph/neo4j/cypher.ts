/**
 * The Cypher of the Neo4j store lives in `cypher/`, one file per query; this module names each
 * file with the parameters it takes and reads it. TypeScript never builds Cypher: values reach
 * a statement only as parameters. The lint test checks every file against this list.
 */
import { readFileSync } from 'node:fs';

export const CYPHER_DIR = new URL('../../../cypher/', import.meta.url).pathname;

/** The parameters of the shared filter (see `filterParams` in rows.ts). */
export const FILTER_PARAMS = [
  'roles',
  'plans',
  'topics',
  'deadlineKinds',
  'dueFrom',
  'dueTo',
  'expandCollectives',
] as const;
const MEASURE_FILTER = ['plans', 'topics', 'deadlineKinds', 'dueFrom', 'dueTo'] as const;

/** Every query by file name, with the parameters its statements use. */
export const QUERIES = {
  schema: [],
  load: [
    'seeds',
    'jurisdictions',
    'plans',
    'sections',
    'tasks',
    'measures',
    'units',
    'persons',
    'leads',
    'responsibilities',
    'cooperations',
    'oversights',
    'unknownNames',
    'cascades',
    'continuations',
    'unmatched',
  ],
  // Review (issue 17): the parties of some measures rewritten, in one transaction.
  'replace-assignments': ['measureIds', 'leads', 'responsibilities', 'cooperations', 'oversights'],
  health: [],
  stats: [],
  seeds: [],
  plans: [],
  'plans-by-id': ['ids'],
  'sections-by-id': ['ids'],
  'tasks-by-id': ['ids'],
  'measures-by-id': ['ids'],
  'units-by-id': ['ids'],
  'persons-by-id': ['ids'],
  'find-units': ['search', 'levels', 'jurisdictions', 'kinds'],
  'find-persons': ['search'],
  'assignments-of-measures': ['ids'],
  'collectives-of': ['ids'],
  'resolve-unit': ['name'],
  'find-measures': [...MEASURE_FILTER, 'roles', 'text'],
  duties: ['partyId', ...FILTER_PARAMS],
  partners: ['unitId', ...FILTER_PARAMS],
  loads: [...FILTER_PARAMS, 'levels', 'jurisdictions'],
  'subgraph-around': ['around', ...FILTER_PARAMS],
  'subgraph-all': ['roles', ...MEASURE_FILTER],
  'party-loads': ['partyIds', ...FILTER_PARAMS],
  'measure-labels': ['ids'],
  path: ['fromId', 'toId', 'maxHops'],
  // Measures across plans (issue 18).
  'links-of-measures': ['ids'],
  'unmatched-of-measures': ['ids'],
  gaps: ['jurisdictions', 'plans'],
  // Supervision (server/supervision/neo4j.ts): accounts, revoked tokens, progress reports.
  'account-create': ['account'],
  account: ['name'],
  accounts: [],
  'account-disable': ['name', 'disabled'],
  'account-password': ['name', 'passwordHash'],
  'token-revoke': ['id', 'expiresAt', 'now'],
  'token-revoked': ['id'],
  'report-add': ['report'],
  // Review events (issue 17).
  'review-add': ['event'],
  'review-events': ['since'],
  'review-count': [],
  report: ['id'],
  'reports-of-measures': ['ids'],
  'reports-latest': ['asOf'],
  'reports-all': [],
  'report-counts': [],
  'supervision-health': [],
} as const satisfies Record<string, readonly string[]>;

export type QueryName = keyof typeof QUERIES;
export type QueryParams<Q extends QueryName> = Record<(typeof QUERIES)[Q][number], unknown>;

const cache = new Map<QueryName, string[]>();

/** A file's statements, comments dropped: split at a `;` that ends a line. */
export function statements(name: QueryName, dir = CYPHER_DIR): string[] {
  let list = cache.get(name);
  if (!list) {
    const text = readFileSync(`${dir}${name}.cypher`, 'utf8');
    list = splitStatements(text);
    if (dir === CYPHER_DIR) cache.set(name, list);
  }
  return list;
}

export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;[ \t]*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The single statement of a read query. */
export function query(name: QueryName): string {
  const [only, ...rest] = statements(name);
  if (!only || rest.length) throw new Error(`cypher/${name}.cypher must hold exactly one statement`);
  return only;
}
