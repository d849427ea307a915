/**
 * Counts over the whole graph.
 */
import type { UnknownName } from '../../model/model.ts';
import type { Context } from '../context.ts';

export const statsQueries = {
  stats: async (_: unknown, __: unknown, ctx: Context) => {
    const { counts, ...byWhat } = await ctx.store.stats();
    return { ...counts, ...byWhat };
  },
};

export const statsResolvers = {
  PlanStats: {
    plan: (row: { planId: string }, _: unknown, ctx: Context) => ctx.loaders.plan.get(row.planId),
  },
  UnknownName: {
    unit: (name: UnknownName, _: unknown, ctx: Context) => ctx.loaders.unit.get(name.unitId),
  },
};
