import type { Confidence, Evidence, Model } from '../model/model.ts';

/** One exported assignment. The field set and order are a stable format other tools build on. */
export interface ExportRow {
  seed: string;
  plan: string;
  section: string;
  taskSeq: string;
  taskTitle: string;
  measure: string;
  deadline: string;
  role: string;
  unit: string;
  unitId: string;
  asWritten: string;
  level: string;
  jurisdiction: string;
  /** True for `likely` and `unclear`: the reading is not what the table's layout states. */
  uncertain: boolean;
  lines: [number, number];
  confidence: Confidence;
  /** Why the reading is `likely` or `unclear` (it says which); '' when certain. */
  reason: string;
  /** What paired the party with the measure: `{ basis, phrase?, at? }`, in that key order. */
  evidence: Evidence;
}

/** Assignments in document order, one row each. A 牵头领导 is a person: `level` is 'person', `unitId` the person id. */
export function exportRows(model: Model): ExportRow[] {
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const sections = new Map(model.sections.map((s) => [s.id, s]));
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const measures = new Map(model.measures.map((m) => [m.id, m]));
  const units = new Map(model.units.map((u) => [u.id, u]));
  const persons = new Map(model.persons.map((p) => [p.id, p]));
  return model.assignments.map((a) => {
    const measure = measures.get(a.measureId)!;
    const task = tasks.get(measure.taskId)!;
    const plan = plans.get(measure.planId)!;
    const party = a.unitId ? units.get(a.unitId)! : persons.get(a.personId!)!;
    return {
      seed: plan.seed,
      plan: plan.title,
      section: task.sectionId ? sections.get(task.sectionId)!.path.join('/') : '',
      taskSeq: task.seq,
      taskTitle: task.title,
      measure: measure.text,
      deadline: measure.deadline.text,
      role: a.role,
      unit: party.name,
      unitId: party.id,
      asWritten: a.asWritten,
      level: 'level' in party ? (party.level as string) : 'person',
      jurisdiction: party.jurisdiction,
      uncertain: a.confidence !== 'certain',
      lines: a.lines,
      confidence: a.confidence,
      reason: a.uncertain ?? '',
      evidence: {
        basis: a.evidence.basis,
        ...(a.evidence.phrase !== undefined && { phrase: a.evidence.phrase }),
        ...(a.evidence.at !== undefined && { at: a.evidence.at }),
      },
    };
  });
}

export function toJsonl(model: Model): string {
  return exportRows(model)
    .map((row) => JSON.stringify(row))
    .join('\n')
    .concat('\n');
}
