import type { Model } from './model.ts';

export interface PlanSummary {
  seed: string;
  plan: string;
  tasks: number;
  measures: number;
  assignments: number;
  units: number;
  uncertain: number;
  unknown: number;
}

/** Per plan: tasks, measures, assignments, distinct units, uncertain assignments, distinct unknown names. */
export function summarize(model: Model): { plans: PlanSummary[]; total: PlanSummary } {
  const unitById = new Map(model.units.map((u) => [u.id, u]));
  const measurePlan = new Map(model.measures.map((m) => [m.id, m.planId]));
  const rows = model.plans.map((plan) => {
    const assignments = model.assignments.filter((a) => measurePlan.get(a.measureId) === plan.id);
    const units = new Set(assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])));
    return {
      seed: plan.seed,
      plan: `${plan.label ? `${plan.label} ` : ''}${plan.title}`,
      tasks: model.tasks.filter((t) => t.planId === plan.id).length,
      measures: model.measures.filter((m) => m.planId === plan.id).length,
      assignments: assignments.length,
      units: units.size,
      uncertain: assignments.filter((a) => a.uncertain).length,
      unknown: new Set([...units].filter((id) => !unitById.get(id)!.known)).size,
    };
  });
  const allUnits = new Set(model.assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])));
  return {
    plans: rows,
    total: {
      seed: '',
      plan: 'total',
      tasks: model.tasks.length,
      measures: model.measures.length,
      assignments: model.assignments.length,
      units: allUnits.size,
      uncertain: model.assignments.filter((a) => a.uncertain).length,
      unknown: new Set([...allUnits].filter((id) => !unitById.get(id)!.known)).size,
    },
  };
}
