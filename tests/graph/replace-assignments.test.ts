/**
 * GraphStore.replaceAssignments (issue 17) on each store: the graph loaded as read, then the parties
 * of the measures some decisions changed rewritten, answers exactly as a store loaded whole with the
 * reviewed model (the embedded store). On Neo4j it shares the run's database: the graph as read is
 * loaded back at the end.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/graph/contract.ts';
import { EmbeddedStore } from '../../server/graph/embedded.ts';
import { openStore } from '../../server/graph/index.ts';
import { applyDecisions, readingOf, type ReviewEvent } from '../../server/model/review.ts';
import { changedMeasures } from '../../server/review/reviewing.ts';
import { seedModel } from '../support/seed-model.ts';

const model = seedModel();
const ROW = '000_4bf12fe9557cfa06:1:t1:mfefc6a32';
const reading = (id: string) => readingOf(model.assignments.find((a) => a.id === id)!);
const at = (n: number) => `2026-12-01T00:00:0${n}.000Z`;
const events: ReviewEvent[] = [
  {
    id: 'r1',
    at: at(1),
    by: 'b',
    kind: 'role',
    status: 'decided',
    reading: reading(`${ROW}:coop:大兴区:区发展改革委`),
    role: 'lead',
  },
  {
    id: 'r2',
    at: at(2),
    by: 'b',
    kind: 'remove',
    status: 'decided',
    reading: reading(`${ROW}:coop:大兴区:区城市管理委`),
  },
  {
    id: 'r3',
    at: at(3),
    by: 'b',
    kind: 'add',
    status: 'decided',
    reading: { measureId: ROW, role: 'coop', unitId: '大兴区:区水务局', asWritten: '区水务局', lines: [90, 90] },
  },
  {
    id: 'r4',
    at: at(4),
    by: 'b',
    kind: 'move',
    status: 'decided',
    reading: reading('002_221e516616a96fe0:2:t4:mdfc06aff:lead:北京市:市经济和信息化局'),
    toMeasure: '002_221e516616a96fe0:2:t4:m8c73ecfe',
  },
  {
    id: 'r5',
    at: at(5),
    by: 'b',
    kind: 'confirm',
    status: 'decided',
    reading: reading(`${ROW}:coop:大兴区:区交通局`),
    note: '核实',
  },
];
const reviewed = applyDecisions(model, events).model;
const UNITS = [
  '大兴区:区发展改革委',
  '大兴区:区城市管理委',
  '大兴区:区水务局',
  '北京市:市经济和信息化局',
  '大兴区:区交通局',
];

const kinds: GraphStore['kind'][] = process.env.NEO4J_URI ? ['embedded', 'neo4j'] : ['embedded'];

describe.each(kinds)('replaceAssignments on the %s store', (kind) => {
  const opened: GraphStore[] = [];
  afterAll(async () => {
    for (const store of opened) {
      if (store.kind === 'neo4j') await store.load(model);
      await store.close();
    }
  });

  it('answers as a store loaded whole with the reviewed model', async () => {
    const store = await openStore(kind === 'neo4j' ? process.env : {});
    const whole = new EmbeddedStore();
    opened.push(store, whole);
    await Promise.all([store.load(model), whole.load(reviewed)]);
    const changed = changedMeasures(model, reviewed);
    expect(changed.sort()).toEqual(
      [ROW, '002_221e516616a96fe0:2:t4:m8c73ecfe', '002_221e516616a96fe0:2:t4:mdfc06aff'].sort(),
    );
    await store.replaceAssignments(reviewed, changed);
    for (const unit of UNITS) {
      const [got, expected] = [await store.touches(unit), await whole.touches(unit)];
      expect(got!.partners, unit).toEqual(expected!.partners);
      const byId = (duties: NonNullable<typeof got>['duties']) =>
        [...duties].sort((a, b) => (a.assignment.id < b.assignment.id ? -1 : 1));
      expect(byId(got!.duties), unit).toEqual(byId(expected!.duties));
    }
    expect(await store.assignmentsOfMeasures(changed)).toEqual(await whole.assignmentsOfMeasures(changed));
    expect(await store.loads({ filter: { plans: ['000_4bf12fe9557cfa06:1'] } })).toEqual(
      await whole.loads({ filter: { plans: ['000_4bf12fe9557cfa06:1'] } }),
    );
    expect((await store.health()).counts.assignments).toBe(reviewed.assignments.length);
    // (The order of a unit's duties is compared as a set: see replaceAssignments on Neo4j's order.)
  }, 120_000);
});
