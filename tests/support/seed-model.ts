import { ingest } from '../../server/ingest/index.ts';
import type { Model, Role } from '../../server/model/model.ts';

let cached: Model | undefined;

/** The model of the real seeds, read once per test file. */
export function seedModel(): Model {
  return (cached ??= ingest());
}

export interface MeasureView {
  plan: string;
  taskSeq: string;
  taskTitle: string;
  text: string;
  deadline: string;
  /** Canonical unit (or person) names per role, in document order. */
  units: Record<Role, string[]>;
  /** Names as written per role, in document order. */
  asWritten: Record<Role, string[]>;
  uncertain: string[];
  lines: [number, number];
}

/**
 * The measures of one seed file whose text starts with `start` (spaces ignored), with
 * their parties by role: what a hand-checked row is compared against.
 */
export function measuresStarting(seedPrefix: string, start: string): MeasureView[] {
  const model = seedModel();
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const names = new Map<string, string>([...model.units, ...model.persons].map((u) => [u.id, u.name]));
  const key = start.replace(/\s+/g, '');
  return model.measures
    .filter((m) => plans.get(m.planId)!.seed.startsWith(seedPrefix) && m.text.startsWith(key))
    .map((m) => {
      const task = tasks.get(m.taskId)!;
      const empty = (): Record<Role, string[]> => ({ lead: [], responsible: [], coop: [], leader: [] });
      const view: MeasureView = {
        plan: plans.get(m.planId)!.title,
        taskSeq: task.seq,
        taskTitle: task.title,
        text: m.text,
        deadline: m.deadline.text,
        units: empty(),
        asWritten: empty(),
        uncertain: [],
        lines: m.lines,
      };
      for (const a of model.assignments.filter((a) => a.measureId === m.id)) {
        const name = names.get(a.unitId ?? a.personId!)!;
        view.units[a.role].push(name);
        view.asWritten[a.role].push(a.asWritten);
        if (a.uncertain) view.uncertain.push(name);
      }
      return view;
    });
}

/** The single measure of a seed starting with `start`; fails loudly when there are none or several. */
export function measure(seedPrefix: string, start: string): MeasureView {
  const found = measuresStarting(seedPrefix, start);
  if (found.length !== 1) throw new Error(`${found.length} measures of ${seedPrefix} start with "${start}"`);
  return found[0]!;
}
