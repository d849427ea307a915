import type { Confidence, Evidence, LineSpan, MeasureLink, Model, UnmatchedMeasure } from '../model/model.ts';

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
  /** What paired the party with the measure: `{ basis, phrase?, at?, via? }`, in that key order. */
  evidence: Evidence;
  /** The id of the review decision that settled the reading (issue 17); null when it is the reader's. */
  reviewed: string | null;
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
        ...(a.evidence.via !== undefined && { via: a.evidence.via }),
      },
      reviewed: a.reviewed?.decision ?? null,
    };
  });
}

export function toJsonl(model: Model): string {
  return exportRows(model)
    .map((row) => JSON.stringify(row))
    .join('\n')
    .concat('\n');
}

/** A measure as the links export names it: its seed, plan title, id and lines. */
export interface LinkEnd {
  seed: string;
  plan: string;
  measure: string;
  lines: LineSpan;
}

/** One exported link (issue 18): fields in this order. */
export interface LinkRow {
  kind: MeasureLink['kind'];
  from: LinkEnd;
  to: LinkEnd;
  score: number;
  /** `continued` or `changed` for a continuation; null for a cascade. */
  label: MeasureLink['label'] | null;
  evidence: string[];
}

/** One exported measure without a counterpart: the measure's fields, and the plan it has none in. */
export interface UnmatchedRow extends LinkEnd {
  kind: UnmatchedMeasure['kind'];
  otherPlan: { seed: string; plan: string };
}

/** Every link in the model's order, then every unmatched measure in the model's order. */
export function linkRows(model: Model): (LinkRow | UnmatchedRow)[] {
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const measures = new Map(model.measures.map((m) => [m.id, m]));
  const end = (measureId: string): LinkEnd => {
    const measure = measures.get(measureId)!;
    const plan = plans.get(measure.planId)!;
    return { seed: plan.seed, plan: plan.title, measure: measure.id, lines: measure.lines };
  };
  const links = model.links.map((l): LinkRow => ({
    kind: l.kind,
    from: end(l.from),
    to: end(l.to),
    score: l.score,
    label: l.label ?? null,
    evidence: l.evidence,
  }));
  const unmatched = model.unmatched.map((u): UnmatchedRow => {
    const other = plans.get(u.otherPlanId)!;
    return { kind: u.kind, ...end(u.measureId), otherPlan: { seed: other.seed, plan: other.title } };
  });
  return [...links, ...unmatched];
}

export function toLinksJsonl(model: Model): string {
  return linkRows(model)
    .map((row) => JSON.stringify(row))
    .join('\n')
    .concat('\n');
}
