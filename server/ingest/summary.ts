import { CONFIDENCES, type Confidence, type Model } from '../model/model.ts';

/** One plan's counts; `certain`, `likely` and `unclear` count its assignments by confidence. */
export interface PlanSummary extends Record<Confidence, number> {
  seed: string;
  plan: string;
  tasks: number;
  measures: number;
  assignments: number;
  units: number;
  unknown: number;
}

/** Per plan: tasks, measures, assignments, distinct units, assignments by confidence, distinct unknown names. */
export function summarize(model: Model): { plans: PlanSummary[]; total: PlanSummary } {
  const unitById = new Map(model.units.map((u) => [u.id, u]));
  const measurePlan = new Map(model.measures.map((m) => [m.id, m.planId]));
  // Grouped in one pass each, not filtered per plan: a 10 MB document has hundreds of plans and
  // a hundred thousand assignments, and filtering per plan took longer than reading them.
  const group = <T>(items: T[], planOf: (item: T) => string | undefined) => {
    const by = new Map<string, T[]>();
    for (const item of items) {
      const plan = planOf(item);
      if (plan === undefined) continue;
      const list = by.get(plan);
      if (list) list.push(item);
      else by.set(plan, [item]);
    }
    return (plan: string) => by.get(plan) ?? [];
  };
  const tasksOf = group(model.tasks, (t) => t.planId);
  const measuresOf = group(model.measures, (m) => m.planId);
  const assignmentsOf = group(model.assignments, (a) => measurePlan.get(a.measureId));
  const line = (
    seed: string,
    plan: string,
    tasks: number,
    measures: number,
    assignments: Model['assignments'],
  ): PlanSummary => {
    const units = new Set(assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])));
    const byConfidence = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<Confidence, number>;
    for (const a of assignments) byConfidence[a.confidence] += 1;
    return {
      seed,
      plan,
      tasks,
      measures,
      assignments: assignments.length,
      units: units.size,
      ...byConfidence,
      unknown: [...units].filter((id) => !unitById.get(id)!.known).length,
    };
  };
  return {
    plans: model.plans.map((plan) =>
      line(
        plan.seed,
        `${plan.label ? `${plan.label} ` : ''}${plan.title}`,
        tasksOf(plan.id).length,
        measuresOf(plan.id).length,
        assignmentsOf(plan.id),
      ),
    ),
    total: line('', 'total', model.tasks.length, model.measures.length, model.assignments),
  };
}
