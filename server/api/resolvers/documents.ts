/**
 * What the documents say: plans, sections, tasks, measures and assignments, each with its
 * provenance (seed file and line span; assignments also the name as written).
 */
import { evidenceText } from '../../model/evidence.ts';
import type { Assignment, Evidence, LineSpan, Measure, Plan, Section, Seed, Task, Unit } from '../../model/model.ts';
import { loadAll, present, whenLoaded, type Context } from '../context.ts';
import type { MeasureAssignmentsArgs, Resolvers } from '../generated/resolvers.ts';

/**
 * An assignment as the API hands it on, with what the question already knew about it. A
 * store's Duty is one as it is, so a unit's assignments go out without copying any.
 */
export interface AssignmentView {
  assignment: Assignment;
  /** The collective the assignment names, when the unit is on the measure as one of its members. */
  via?: Unit;
  measure?: Measure;
  plan?: Plan;
}

// Field resolvers stay synchronous when the request already knows what they need.

/** A plan the store's answers refer to (so it must have it). */
export function planOf(ctx: Context, planId: string): Plan | Promise<Plan> {
  return whenLoaded(ctx.loaders.plan.get(planId), (plan) => {
    if (!plan) throw new Error(`the store has no plan ${planId}`);
    return plan;
  });
}

function source(ctx: Context, planId: string, [firstLine, lastLine]: LineSpan) {
  return whenLoaded(planOf(ctx, planId), (plan) => ({ file: plan.seed, firstLine, lastLine }));
}

const byTask = (ctx: Context, t: { taskId: string }) => present(ctx.loaders.task.get(t.taskId), `task ${t.taskId}`);
const byPlan = (ctx: Context, x: { planId: string }) => planOf(ctx, x.planId);

export const documentResolvers = {
  Plan: {
    topicLabel: (plan: Plan) => plan.topic,
    /** The store's seed; a model without one for the plan's file still answers what the plan knows. */
    seed: async (plan: Plan, _: unknown, ctx: Context): Promise<Seed> =>
      (await ctx.loaders.seed.load(plan.seed)) ?? {
        file: plan.seed,
        title: plan.title,
        jurisdiction: plan.jurisdiction,
        year: plan.year,
        format: 'unknown',
      },
    source: (plan: Plan) => ({ file: plan.seed, firstLine: plan.lines[0], lastLine: plan.lines[1] }),
    tasks: async (plan: Plan, _: unknown, ctx: Context) => {
      const measures = await ctx.loaders.measuresOfPlan.load(plan.id);
      return loadAll(ctx.loaders.task, [...new Set(measures.map((m) => m.taskId))]);
    },
    measureCount: async (plan: Plan, _: unknown, ctx: Context) =>
      (await ctx.loaders.measuresOfPlan.load(plan.id)).length,
  },
  Section: {
    plan: (section: Section, _: unknown, ctx: Context) => byPlan(ctx, section),
    source: (section: Section, _: unknown, ctx: Context) => source(ctx, section.planId, [section.line, section.line]),
  },
  Task: {
    plan: (task: Task, _: unknown, ctx: Context) => byPlan(ctx, task),
    section: (task: Task, _: unknown, ctx: Context) =>
      task.sectionId ? ctx.loaders.section.get(task.sectionId) : null,
    measures: async (task: Task, _: unknown, ctx: Context) =>
      (await ctx.loaders.measuresOfPlan.load(task.planId)).filter((m) => m.taskId === task.id),
    source: (task: Task, _: unknown, ctx: Context) => source(ctx, task.planId, task.lines),
  },
  Measure: {
    task: (measure: Measure, _: unknown, ctx: Context) => byTask(ctx, measure),
    plan: (measure: Measure, _: unknown, ctx: Context) => byPlan(ctx, measure),
    section: (measure: Measure, _: unknown, ctx: Context) => {
      const sectionOf = (task: Task) => (task.sectionId ? ctx.loaders.section.get(task.sectionId) : null);
      const task = byTask(ctx, measure);
      return task instanceof Promise ? task.then(sectionOf) : sectionOf(task);
    },
    assignments: async (measure: Measure, args: MeasureAssignmentsArgs, ctx: Context): Promise<AssignmentView[]> => {
      const all = await ctx.loaders.assignmentsOfMeasure.load(measure.id);
      const roles = args.roles;
      return (roles ? all.filter((a) => roles.includes(a.role)) : all).map((assignment) => ({ assignment, measure }));
    },
    source: (measure: Measure, _: unknown, ctx: Context) => source(ctx, measure.planId, measure.lines),
  },
  Evidence: {
    text: (evidence: Evidence) => evidenceText(evidence),
  },
  Assignment: {
    id: (v: AssignmentView) => v.assignment.id,
    role: (v: AssignmentView) => v.assignment.role,
    column: (v: AssignmentView) => v.assignment.column,
    asWritten: (v: AssignmentView) => v.assignment.asWritten,
    uncertain: (v: AssignmentView) => v.assignment.uncertain ?? null,
    confidence: (v: AssignmentView) => v.assignment.confidence,
    evidence: (v: AssignmentView) => v.assignment.evidence,
    reviewed: (v: AssignmentView) => v.assignment.reviewed ?? null,
    via: (v: AssignmentView) => v.via ?? null,
    party: ({ assignment: a }: AssignmentView, _: unknown, ctx: Context) =>
      a.unitId
        ? present(ctx.loaders.unit.get(a.unitId), `unit ${a.unitId}`)
        : present(ctx.loaders.person.get(a.personId!), `person ${a.personId}`),
    measure: (v: AssignmentView, _: unknown, ctx: Context) =>
      v.measure ?? present(ctx.loaders.measure.get(v.assignment.measureId), `measure ${v.assignment.measureId}`),
    source: ({ assignment: a, measure, plan }: AssignmentView, _: unknown, ctx: Context) => {
      if (plan) return { file: plan.seed, firstLine: a.lines[0], lastLine: a.lines[1] };
      return whenLoaded(measure ?? ctx.loaders.measure.get(a.measureId), (m) => source(ctx, m!.planId, a.lines));
    },
  },
} satisfies Resolvers;
