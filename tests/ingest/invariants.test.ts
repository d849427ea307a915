import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../server/ingest/index.ts';
import { seedModel } from '../support/seed-model.ts';

const model = seedModel();
const lines = new Map(model.seeds.map((s) => [s.file, readFileSync(join(SEEDS_DIR, s.file), 'utf8').split('\n')]));

describe('invariants over every seed', () => {
  it('every measure has at least one lead or responsible party', () => {
    const owned = new Set(
      model.assignments.filter((a) => a.role === 'lead' || a.role === 'responsible').map((a) => a.measureId),
    );
    const orphans = model.measures
      .filter((m) => !owned.has(m.id))
      .map((m) => `${m.id} (lines ${m.lines.join('-')}) ${m.text.slice(0, 30)}`);
    expect(orphans).toEqual([]);
  });

  it('every measure has text, and every task a number and a title', () => {
    expect(model.measures.filter((m) => m.text === '').map((m) => m.id)).toEqual([]);
    expect(model.tasks.filter((t) => !t.seq || !t.title).map((t) => t.id)).toEqual([]);
  });

  it('no unit or person name, alias or name as written holds whitespace', () => {
    const names = [
      ...model.units.flatMap((u) => [u.name, ...u.aliases]),
      ...model.persons.map((p) => p.name),
      ...model.assignments.map((a) => a.asWritten),
    ];
    expect(names.filter((n) => n === '' || /\s/.test(n))).toEqual([]);
  });

  it('every unit has a level, a kind and a jurisdiction the model knows', () => {
    const jurisdictions = new Set(model.jurisdictions.map((j) => j.name));
    const bad = model.units.filter(
      (u) => !['city', 'district', 'town', 'other'].includes(u.level) || !u.kind || !jurisdictions.has(u.jurisdiction),
    );
    expect(bad).toEqual([]);
  });

  it('every assignment points at source lines that contain its name as written', () => {
    const misses = model.assignments.filter((a) => {
      const measure = model.measures.find((m) => m.id === a.measureId)!;
      const plan = model.plans.find((p) => p.id === measure.planId)!;
      const [first, last] = a.lines;
      const text = lines
        .get(plan.seed)!
        .slice(first - 1, last)
        .join('')
        .replace(/\s+/g, '');
      return first < 1 || last < first || !text.includes(a.asWritten);
    });
    expect(misses.map((a) => `${a.id} ${a.asWritten} @${a.lines.join('-')}`)).toEqual([]);
  });

  it('ids are unique and every reference resolves', () => {
    for (const list of [
      model.plans,
      model.sections,
      model.tasks,
      model.measures,
      model.units,
      model.persons,
      model.assignments,
    ]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const ids = new Set(
      [...model.plans, ...model.sections, ...model.tasks, ...model.measures, ...model.units, ...model.persons].map(
        (x) => x.id,
      ),
    );
    const dangling = [
      ...model.tasks.flatMap((t) => [t.planId, ...(t.sectionId ? [t.sectionId] : [])]),
      ...model.measures.flatMap((m) => [m.taskId, m.planId]),
      ...model.assignments.flatMap((a) => [a.measureId, a.unitId ?? a.personId!]),
      ...model.units.flatMap((u) => [...(u.members ?? []), ...(u.branchOf ? [u.branchOf] : [])]),
    ].filter((id) => !ids.has(id));
    expect(dangling).toEqual([]);
  });

  it('a 牵头领导 is always a person and every other party a unit', () => {
    expect(model.assignments.filter((a) => (a.role === 'leader') !== (a.personId !== undefined))).toEqual([]);
  });

  it('every uncertain assignment says why, and the count is what the README states', () => {
    const uncertain = model.assignments.filter((a) => a.uncertain !== undefined);
    expect(uncertain.every((a) => a.uncertain!.length > 20)).toBe(true);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`${uncertain.length} uncertain assignments`);
    const unknown = new Set(model.unknownNames.map((u) => u.name));
    expect(readme).toContain(`${unknown.size} unknown names`);
  });
});
