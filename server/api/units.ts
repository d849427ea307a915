/**
 * Unit arguments (`unit`, `from`, `to`, `filter.unit`): a unit id or a name or alias. A name
 * shared by several units means all of them unless a jurisdiction picks one.
 */
import { GraphQLError } from 'graphql';
import type { Unit } from '../model/model.ts';
import type { Context } from './context.ts';
import { badInput, listed, NOT_FOUND, notFound, quoted } from './errors.ts';

/** Every unit the argument names, in `jurisdiction` when given; NOT_FOUND with the closest names when none. */
export async function unitsNamed(
  ctx: Context,
  field: string,
  name: string,
  jurisdiction?: string | null,
): Promise<Unit[]> {
  const byId = await ctx.loaders.unit.get(name);
  const named = byId ? [byId] : await ctx.loaders.unitsNamed.load(name);
  if (named.length === 0) {
    const closest = await ctx.names.closest(name);
    throw notFound(field, `No unit is named ${quoted(name)}. Closest names: ${closest.join(', ')}.`, closest);
  }
  if (!jurisdiction) return named;
  const inJurisdiction = named.filter((u) => u.jurisdiction === jurisdiction);
  if (inJurisdiction.length === 0) {
    const ids = named.map((u) => u.id);
    throw notFound(field, `${quoted(name)} names no unit in ${quoted(jurisdiction)}; it names ${ids.join(', ')}.`, ids);
  }
  return inJurisdiction;
}

/** The one unit the argument names; BAD_USER_INPUT listing the candidates when it names several. */
export async function oneUnit(
  ctx: Context,
  field: string,
  name: string,
  jurisdiction?: { value?: string | null; field: string },
): Promise<Unit> {
  const units = await unitsNamed(ctx, field, name, jurisdiction?.value);
  if (units.length > 1) {
    const ids = units.map((u) => u.id);
    const hint = jurisdiction ? `pass one of these ids or set ${jurisdiction.field}` : 'pass one of these ids';
    throw badInput(field, `${quoted(name)} names ${units.length} units (${ids.join(', ')}); ${hint}.`, {
      candidates: ids,
    });
  }
  return units[0]!;
}

/**
 * Party ids (units or persons) as `graph(around:)` takes them: NOT_FOUND listing the ids nothing
 * has, as `touches` answers for an unknown unit, rather than a graph quietly missing them.
 */
export async function knownParties(ctx: Context, field: string, ids: readonly string[]): Promise<void> {
  const found = await Promise.all(
    ids.map(async (id) => (await ctx.loaders.unit.get(id)) ?? (await ctx.loaders.person.get(id))),
  );
  const unknown = [...new Set(ids.filter((_, i) => !found[i]))];
  if (unknown.length > 0) {
    throw new GraphQLError(`${field}: no unit or person has the id ${listed(unknown)}.`, {
      extensions: { code: NOT_FOUND, field, unknown },
    });
  }
}
