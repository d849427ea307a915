/**
 * The network around units: everything a unit touches, its partners, chains between two
 * units, and graphs to draw.
 */
import {
  MAX_PATH_HOPS,
  type Duty,
  type Filter,
  type Partner,
  type PathStep,
  type RoleCounts,
} from '../../graph/contract.ts';
import { ROLES, type Unit } from '../../model/model.ts';
import type { Context } from '../context.ts';
import { bounded, toFilter } from '../filters.ts';
import type { PathResolvers, QueryResolvers, RoleCountsResolvers, TouchesResolvers } from '../generated/resolvers.ts';
import { knownParties, oneUnit, unitsNamed } from '../units.ts';

export interface TouchesView {
  unit: Unit;
  duties: Duty[];
  partners: Partner[];
  filter: Filter;
}

export interface PathView {
  /** Where the chain starts: the whole chain when it is 0 measures long (a unit to itself). */
  from: Unit;
  steps: PathStep[];
}

function roleCounts(duties: readonly Duty[]): RoleCounts {
  const counts: RoleCounts = { lead: 0, responsible: 0, coop: 0, leader: 0 };
  for (const d of duties) counts[d.assignment.role] += 1;
  return counts;
}

/** Distinct items in first-seen order. */
function distinct<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((x) => [x.id, x])).values()];
}

/** The store's answers carry the measure, task and plan of each duty; later fields find them without asking again. */
function remember(ctx: Context, duties: readonly Duty[]): void {
  for (const d of duties) {
    ctx.loaders.measure.remember(d.measure.id, d.measure);
    ctx.loaders.task.remember(d.task.id, d.task);
    ctx.loaders.plan.remember(d.plan.id, d.plan);
  }
}

export const networkQueries = {
  touches: async (_, args, ctx): Promise<TouchesView[]> => {
    const [units, filter] = await Promise.all([
      unitsNamed(ctx, 'unit', args.unit, args.jurisdiction),
      toFilter(ctx, args.filter),
    ]);
    return Promise.all(
      units.map(async (unit) => {
        const touches = await ctx.store.touches(unit.id, filter);
        if (!touches) throw new Error(`the store lost unit ${unit.id}`);
        remember(ctx, touches.duties);
        return { ...touches, filter };
      }),
    );
  },

  partners: async (_, args, ctx) => {
    const [units, filter] = await Promise.all([
      unitsNamed(ctx, 'unit', args.unit, args.jurisdiction),
      toFilter(ctx, args.filter),
    ]);
    return Promise.all(
      units.map(async (unit) => ({ unit, partners: (await ctx.store.partners(unit.id, filter)) ?? [] })),
    );
  },

  path: async (_, args, ctx): Promise<PathView | null> => {
    const maxHops = bounded('maxHops', args.maxHops, 1, MAX_PATH_HOPS);
    const [from, to] = await Promise.all([
      oneUnit(ctx, 'from', args.from, { value: args.fromJurisdiction, field: 'fromJurisdiction' }),
      oneUnit(ctx, 'to', args.to, { value: args.toJurisdiction, field: 'toJurisdiction' }),
    ]);
    const steps = await ctx.store.path(from.id, to.id, maxHops);
    return steps && { from, steps };
  },

  graph: async (_, args, ctx) => {
    const [filter] = await Promise.all([
      toFilter(ctx, args.filter),
      args.around && knownParties(ctx, 'around', args.around),
    ]);
    return ctx.store.subgraph({ ...(args.around && { around: args.around }), filter });
  },
} satisfies QueryResolvers;

export const networkResolvers = {
  Touches: {
    // A Duty is an AssignmentView: the store's answer goes out as it is.
    assignments: (t: TouchesView) => t.duties,
    byRole: (t: TouchesView) =>
      ROLES.map((role) => ({ role, assignments: t.duties.filter((d) => d.assignment.role === role) })).filter(
        (g) => g.assignments.length > 0,
      ),
    counts: (t: TouchesView) => roleCounts(t.duties),
    measureCount: (t: TouchesView) => new Set(t.duties.map((d) => d.measure.id)).size,
    tasks: (t: TouchesView) => distinct(t.duties.map((d) => d.task)),
    plans: (t: TouchesView) => distinct(t.duties.map((d) => d.plan)),
    graph: (t: TouchesView, _: unknown, ctx: Context) => ctx.store.subgraph({ around: [t.unit.id], filter: t.filter }),
  } satisfies TouchesResolvers,
  Path: {
    hops: (p: PathView) => p.steps.length,
    /** The chain's units and measures with the assignments linking them, as the store draws them. */
    graph: async (p: PathView, _: unknown, ctx: Context) => {
      const units = [...new Set([p.from.id, ...p.steps.flatMap((s) => [s.from.id, s.to.id])])];
      const onChain = new Set([...units, ...p.steps.map((s) => s.measure.id)]);
      const around = await ctx.store.subgraph({ around: units });
      return {
        nodes: around.nodes.filter((n) => onChain.has(n.id)),
        edges: around.edges.filter((e) => onChain.has(e.source) && onChain.has(e.target)),
      };
    },
  } satisfies PathResolvers,
  RoleCounts: {
    total: (c: RoleCounts) => c.lead + c.responsible + c.coop + c.leader,
  } satisfies RoleCountsResolvers,
};
