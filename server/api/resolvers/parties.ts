/**
 * Units and persons: the parties assignments name.
 */
import type { Person, Unit } from '../../model/model.ts';
import { loadAll, type Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const partyResolvers = {
  Party: {
    __resolveType: (party: Unit | Person) => ('kind' in party ? 'Unit' : 'Person'),
  },
  Unit: {
    branchOf: (unit: Unit, _: unknown, ctx: Context) => (unit.branchOf ? ctx.loaders.unit.get(unit.branchOf) : null),
    members: (unit: Unit, _: unknown, ctx: Context) => loadAll(ctx.loaders.unit, unit.members ?? []),
    membership: (unit: Unit) => unit.membership?.toUpperCase() ?? null,
    memberOf: (unit: Unit, _: unknown, ctx: Context) => ctx.loaders.collectivesOf.load(unit.id),
  },
} satisfies Resolvers;
