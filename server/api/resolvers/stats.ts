/**
 * Counts over the whole graph.
 */
import type { PlanStats } from '../../graph/contract.ts';
import type { UnknownName } from '../../model/model.ts';
import { whenLoaded, type Context } from '../context.ts';
import type { PlanStatsResolvers, QueryResolvers, UnknownNameResolvers } from '../generated/resolvers.ts';
import { planOf } from './documents.ts';

export const statsQueries = {
  stats: async (_, __, ctx) => {
    const { counts, ...byWhat } = await ctx.store.stats();
    return { ...counts, ...byWhat };
  },
} satisfies QueryResolvers;

export const statsResolvers = {
  PlanStats: {
    plan: (row: PlanStats, _: unknown, ctx: Context) => planOf(ctx, row.planId),
  } satisfies PlanStatsResolvers,
  UnknownName: {
    unit: (name: UnknownName, _: unknown, ctx: Context) =>
      whenLoaded(ctx.loaders.unit.get(name.unitId), (unit) => {
        if (!unit) throw new Error(`the store has no unit ${name.unitId}`);
        return unit;
      }),
  } satisfies UnknownNameResolvers,
};
