import type { Model } from '../model/model.ts';

/** A model a store refuses to load. The message names every problem found (up to ten). */
export class ModelError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `the model cannot be loaded: ${problems.slice(0, 10).join('; ')}` +
        `${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`,
    );
    this.name = 'ModelError';
  }
}

/** Checks ids are unique and every reference points at something in the model; throws ModelError otherwise. */
export function validateModel(model: Model): void {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const lists = {
    plan: model.plans,
    section: model.sections,
    task: model.tasks,
    measure: model.measures,
    unit: model.units,
    person: model.persons,
    assignment: model.assignments,
  };
  for (const [kind, list] of Object.entries(lists)) {
    for (const item of list) {
      const other = ids.get(item.id);
      if (other) problems.push(`duplicate id "${item.id}" (${other} and ${kind})`);
      ids.set(item.id, kind);
    }
  }
  const expect = (from: string, field: string, id: string | undefined, kind: string) => {
    if (id === undefined) return;
    if (ids.get(id) !== kind) problems.push(`${from}: ${field} "${id}" is not a ${kind} of the model`);
  };
  for (const s of model.sections) expect(`section ${s.id}`, 'planId', s.planId, 'plan');
  for (const t of model.tasks) {
    expect(`task ${t.id}`, 'planId', t.planId, 'plan');
    expect(`task ${t.id}`, 'sectionId', t.sectionId, 'section');
  }
  for (const m of model.measures) {
    expect(`measure ${m.id}`, 'taskId', m.taskId, 'task');
    expect(`measure ${m.id}`, 'planId', m.planId, 'plan');
  }
  for (const a of model.assignments) {
    expect(`assignment ${a.id}`, 'measureId', a.measureId, 'measure');
    if ((a.unitId === undefined) === (a.personId === undefined))
      problems.push(`assignment ${a.id}: needs exactly one of unitId and personId`);
    expect(`assignment ${a.id}`, 'unitId', a.unitId, 'unit');
    expect(`assignment ${a.id}`, 'personId', a.personId, 'person');
  }
  for (const l of model.links) {
    expect(`${l.kind} link`, 'from', l.from, 'measure');
    expect(`${l.kind} link`, 'to', l.to, 'measure');
  }
  for (const u of model.unmatched) {
    expect(`${u.kind} measure`, 'measureId', u.measureId, 'measure');
    expect(`${u.kind} measure`, 'otherPlanId', u.otherPlanId, 'plan');
  }
  for (const u of model.units) {
    expect(`unit ${u.id}`, 'branchOf', u.branchOf, 'unit');
    for (const member of u.members ?? []) expect(`unit ${u.id}`, 'members', member, 'unit');
  }
  if (problems.length) throw new ModelError(problems);
}
