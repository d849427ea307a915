/**
 * What only a real Neo4j can show: `npm run load:neo4j` run twice, a load that fails half-way,
 * the schema that a load leaves, every file of cypher/ planned by the database itself, and the
 * plans of the hot queries. Runs on the Neo4j that the test run started (or NEO4J_URI).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR, QUERIES, query, statements, type QueryName } from '../../server/graph/neo4j/cypher.ts';
import { filterParams } from '../../server/graph/neo4j/rows.ts';
import { Neo4jStore } from '../../server/graph/neo4j/store.ts';
import { EmbeddedStore } from '../../server/graph/embedded.ts';
import type { Model } from '../../server/model/model.ts';
import { seedModel } from '../support/seed-model.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const model = seedModel();

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The operators a plan starts from (its leaves), without the "@neo4j" suffix. */
function leaves(plan: PlanNode): string[] {
  return plan.children.length ? plan.children.flatMap(leaves) : [plan.operatorType.replace(/@.*/, '')];
}

describe.runIf(process.env.NEO4J_URI)('on a real Neo4j', () => {
  let driver: Driver;
  let store: Neo4jStore;
  const embedded = new EmbeddedStore();
  beforeAll(async () => {
    driver = neo4j.driver(
      process.env.NEO4J_URI!,
      neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!),
      { disableLosslessIntegers: true },
    );
    store = Neo4jStore.fromEnv(process.env);
    await Promise.all([store.load(model), embedded.load(model)]);
  });
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  it('npm run load:neo4j twice gives the same counts: the load replaces, never adds', async () => {
    const load = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli/load-neo4j.ts'], {
        cwd: ROOT,
        env: process.env,
      });
    const first = await load();
    const second = await load();
    const counts =
      `loaded ${model.plans.length} plans, ${model.tasks.length} tasks, ${model.measures.length} ` +
      `measures, ${model.units.length} units and ${model.assignments.length} assignments`;
    expect(first.stdout).toContain(counts);
    expect(second.stdout).toContain(counts);
    const { records } = await driver.executeQuery(
      'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships',
    );
    const graph = records[0]!.toObject();
    await load();
    expect(
      (
        await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships')
      ).records[0]!.toObject(),
    ).toEqual(graph);
  }, 120_000);

  const FAILED_LOAD_KEEPS_GRAPH =
    'a load that fails half-way (a bad unit row, after plans, tasks and measures) leaves the previous graph whole';
  it(
    FAILED_LOAD_KEEPS_GRAPH,
    async () => {
      // A nested map is no Neo4j property value: the units statement fails after six have run.
      const bad = {
        ...model,
        units: model.units.map((u, i) => (i === model.units.length - 1 ? { ...u, extra: { nested: true } } : u)),
      } as Model;
      await expect(store.load(bad)).rejects.toThrow(/Property values can only be of primitive types/);
      expect((await store.health()).counts).toEqual({
        plans: model.plans.length,
        tasks: model.tasks.length,
        measures: model.measures.length,
        units: model.units.length,
        assignments: model.assignments.length,
      });
      expect(await store.touches('大兴区:区城市管理委')).toEqual(await embedded.touches('大兴区:区城市管理委'));
    },
    60_000,
  );

  it('has every constraint and index of schema.cypher after a load, online', async () => {
    const declared = [
      ...readFileSync(`${CYPHER_DIR}schema.cypher`, 'utf8').matchAll(
        /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+)/gm,
      ),
    ].map(([, kind, name]) => ({ kind, name }));
    expect(declared.length).toBeGreaterThan(10);
    const constraints = (await driver.executeQuery('SHOW CONSTRAINTS YIELD name, type')).records.map((r) =>
      r.get('name'),
    );
    const indexes = new Map(
      (await driver.executeQuery('SHOW INDEXES YIELD name, state')).records.map((r) => [r.get('name'), r.get('state')]),
    );
    for (const { kind, name } of declared) {
      if (kind === 'CONSTRAINT') expect(constraints, name).toContain(name);
      else expect(indexes.get(name), name).toBe('ONLINE');
    }
  });

  it.each(readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher'))(
    'EXPLAIN of %s: the database plans every statement, with no warning',
    async (file) => {
      const name = file.replace(/\.cypher$/, '') as QueryName;
      const params = Object.fromEntries(QUERIES[name].map((p) => [p, null]));
      for (const statement of statements(name)) {
        const { summary } = await driver.executeQuery(`EXPLAIN ${statement}`, params);
        expect(summary.plan, statement).toBeTruthy();
        const warnings = summary.gqlStatusObjects
          .filter((s) => s.severity === 'WARNING')
          .map((s) => `${s.gqlStatus} ${s.statusDescription}`);
        expect(warnings, statement).toEqual([]);
      }
    },
  );

  // The hot questions (touches = duties + partners, overload = loads, path): each plan must start
  // from an index (a unit's id, or the plans' measures), never from a scan of a label or of all nodes.
  const unit = '大兴区:区城市管理委';
  const hot: [QueryName, Record<string, unknown>][] = [
    ['duties', { partyId: unit, ...filterParams({}) }],
    ['duties', { partyId: unit, ...filterParams({ expandCollectives: true, roles: ['lead'] }) }],
    ['partners', { unitId: unit, ...filterParams({}) }],
    ['loads', { ...filterParams({}), plans: model.plans.map((p) => p.id), levels: null, jurisdictions: null }],
    [
      'loads',
      {
        ...filterParams({ plans: [model.plans[0]!.id], expandCollectives: true }),
        levels: ['district'],
        jurisdictions: null,
      },
    ],
    ['path', { fromId: '大兴区:区水务局', toId: '大兴区:区公安交通支队', maxHops: neo4j.int(6) }],
    // A measure's counterparts and the plans it has none in: asked by every measure panel and cascade.
    ['links-of-measures', { ids: [...new Set(model.links.slice(0, 20).map((l) => l.from))] }],
    ['unmatched-of-measures', { ids: model.unmatched.slice(0, 20).map((u) => u.measureId) }],
  ];
  it.each(hot)('PROFILE of %s starts from index seeks', async (name, params) => {
    const { summary } = await driver.executeQuery(`PROFILE ${query(name)}`, params);
    // A leaf is where rows come from: an index seek, a parameter list unwound, or the argument of
    // a subquery; never a label scan or an all-nodes scan.
    const starts = leaves(summary.profile as unknown as PlanNode);
    expect(
      starts.some((operator) => operator.includes('IndexSeek')),
      starts.join(', '),
    ).toBe(true);
    for (const operator of starts)
      expect(operator, `${name} starts from ${starts.join(', ')}`).toMatch(/IndexSeek$|^Unwind$|^Argument$/);
  });
});
