/**
 * The mapping between the model and Neo4j, checked without a server: what load.cypher receives,
 * and how the property maps the queries return become model objects again.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  filterParams,
  loadParams,
  toAssignment,
  toMeasure,
  toPerson,
  toPlan,
  toSection,
  toSeed,
  toTask,
  toUnit,
  toUnknownName,
} from '../../server/graph/neo4j/rows.ts';
import { seedModel } from '../support/seed-model.ts';

const model = seedModel();
const params = loadParams(model) as Record<string, Record<string, unknown>[]>;

/** What `RETURN n {.*}` hands back with disableLosslessIntegers: Neo4j integers as JS numbers. */
const returned = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, neo4j.isInt(v) ? (v as ReturnType<typeof neo4j.int>).toNumber() : v]),
  );

describe('model ↔ Neo4j rows', () => {
  it('round-trips every plan, section, task, measure, unit, person and unknown name', () => {
    expect(params.seeds!.map((r) => toSeed(returned(r)))).toEqual(model.seeds);
    expect(params.plans!.map((r) => toPlan(returned(r)))).toEqual(model.plans);
    expect(params.sections!.map((r) => toSection(returned(r)))).toEqual(model.sections);
    expect(params.tasks!.map((r) => toTask(returned(r)))).toEqual(model.tasks);
    expect(params.measures!.map((r) => toMeasure(returned(r)))).toEqual(model.measures);
    expect(params.units!.map((r) => toUnit(returned(r)))).toEqual(model.units);
    expect(params.persons!.map((r) => toPerson(returned(r)))).toEqual(model.persons);
    expect(params.unknownNames!.map((r) => toUnknownName(returned(r)))).toEqual(model.unknownNames);
  });

  it('splits assignments by role into the four relationship lists, keeping document order', () => {
    const lists = {
      leads: 'lead',
      responsibilities: 'responsible',
      cooperations: 'coop',
      oversights: 'leader',
    } as const;
    const back = Object.keys(lists).flatMap((list) => params[list]!.map(returned));
    expect(back).toHaveLength(model.assignments.length);
    for (const [list, role] of Object.entries(lists)) expect(params[list]!.every((r) => r.role === role)).toBe(true);
    const inOrder = back.sort((a, b) => (a.order as number) - (b.order as number)).map(toAssignment);
    expect(inOrder).toEqual(model.assignments);
    expect(params.oversights!.every((r) => r.personId && !r.unitId)).toBe(true);
  });

  it('sends integers as Neo4j integers, flattens deadlines and never sends an undefined or null value', () => {
    const trucks = model.measures.find((m) => m.text.startsWith('新增和更新的4.5吨以下环卫车'))!;
    const row = params.measures!.find((r) => r.id === trucks.id)!;
    expect(neo4j.isInt(row.firstLine)).toBe(true);
    expect(row).toMatchObject({
      deadlineText: '2023年底前',
      deadlineKind: 'year-end',
      due: '2023-12-31',
      topic: '大气',
    });
    for (const list of Object.values(params))
      for (const r of list) for (const v of Object.values(r)) expect(v ?? 'missing').not.toBe('missing');
  });

  it('flattens an assignment’s confidence and evidence onto the relationship, and reads them back', () => {
    const [a] = model.assignments;
    const likely = {
      ...a!,
      confidence: 'likely' as const,
      evidence: { basis: 'text' as const, phrase: '市城管委牵头', at: 12 },
      uncertain: 'the measure text names the unit',
    };
    const rows = loadParams({ ...model, assignments: [likely] }) as Record<string, Record<string, unknown>[]>;
    const [row] = Object.values(rows).find((list) => list.some((r) => r.id === a!.id))!;
    expect(row).toMatchObject({ confidence: 'likely', evidenceBasis: 'text', evidencePhrase: '市城管委牵头' });
    expect(neo4j.isInt(row!.evidenceAt)).toBe(true);
    expect(toAssignment(returned(row!))).toEqual(likely);
    // Layout evidence has no phrase: nothing is sent for it, and nothing comes back.
    const certain = { ...a!, confidence: 'certain' as const, evidence: { basis: 'layout' as const } };
    delete certain.uncertain;
    const [plain] = Object.values(loadParams({ ...model, assignments: [certain] }) as typeof rows).find((list) =>
      list.some((r) => r.id === a!.id),
    )!;
    expect(Object.keys(plain!)).not.toContain('evidencePhrase');
    expect(toAssignment(returned(plain!))).toEqual(certain);
  });

  it('turns a filter into parameters, with null for "any"', () => {
    expect(filterParams()).toEqual({
      roles: null,
      plans: null,
      topics: null,
      deadlineKinds: null,
      dueFrom: null,
      dueTo: null,
      expandCollectives: false,
    });
    expect(filterParams({ roles: ['lead'], dueTo: '2023-06-30', expandCollectives: true })).toMatchObject({
      roles: ['lead'],
      dueTo: '2023-06-30',
      expandCollectives: true,
      plans: null,
    });
  });
});
