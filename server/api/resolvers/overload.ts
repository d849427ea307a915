/**
 * Who carries the most: per-unit load under the filters, scored by role weights.
 */
import type { PlanLoad, RoleCounts, UnitLoad } from '../../graph/contract.ts';
import { ROLES } from '../../model/model.ts';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import { bounded, toFilter } from '../filters.ts';
import { planOf } from './documents.ts';
import type { InputMaybe, PlanLoadResolvers, QueryResolvers, RoleWeights } from '../generated/resolvers.ts';

/** Leading and answering for a measure weigh as much; co-operating a third of that. */
export const DEFAULT_WEIGHTS: RoleCounts = { lead: 3, responsible: 3, coop: 1, leader: 2 };

function weightsOf(given: InputMaybe<RoleWeights> | undefined): RoleCounts {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const role of ROLES) {
    const w = given?.[role];
    if (w == null) continue;
    if (!Number.isFinite(w) || w < 0) throw badInput(`weights.${role}`, `must be a number of 0 or more, got ${w}.`);
    weights[role] = w;
  }
  return weights;
}

/** The most units `overload` ranks in one answer. */
export const MAX_TOP = 2000;

export const overloadQueries = {
  overload: async (_, args, ctx) => {
    // Up to 2000: the explorer's overview asks for every unit at once (1,723 on the synthetic graph ×100).
    const top = bounded('top', args.top, 1, MAX_TOP);
    const weights = weightsOf(args.weights);
    const loads = await ctx.store.loads({
      filter: await toFilter(ctx, args.filter),
      ...(args.level && { levels: [args.level] }),
      ...(args.jurisdiction && { jurisdictions: [args.jurisdiction] }),
    });
    const total = ({ counts: c }: UnitLoad) => c.lead + c.responsible + c.coop + c.leader;
    const score = ({ counts: c }: UnitLoad) =>
      c.lead * weights.lead + c.responsible * weights.responsible + c.coop * weights.coop + c.leader * weights.leader;
    // The store ranks by total, then name; a stable sort by score keeps that order among equals.
    return loads
      .map((load) => ({ load, score: score(load), total: total(load) }))
      .sort((a, b) => b.score - a.score || b.total - a.total)
      .slice(0, top)
      .map(({ load, score }, i) => ({ unit: load.unit, counts: load.counts, byPlan: load.byPlan, score, rank: i + 1 }));
  },
} satisfies QueryResolvers;

export const overloadResolvers = {
  PlanLoad: {
    plan: (load: PlanLoad, _: unknown, ctx: Context) => planOf(ctx, load.planId),
  } satisfies PlanLoadResolvers,
};
