/**
 * The `filter: Filter` argument every question shares, checked and turned into the contract's
 * Filter: the same fields, with nulls and empty lists dropped (enum values arrive as the model's,
 * mapped by server/api/enums.ts).
 */
import type { Filter } from '../model/filter.ts';
import type { Context } from './context.ts';
import { badInput, listed, quoted } from './errors.ts';
import type { Filter as FilterInput, InputMaybe } from './generated/resolvers.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(field: string, value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  const valid = ISO_DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  if (!valid) throw badInput(field, `${quoted(value)} is not an ISO date (YYYY-MM-DD).`);
  return value;
}

/** A list argument, when it narrows anything. */
const some = <T>(list: InputMaybe<T[]> | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);

/** `prefix` names the argument in errors (`filter.plans`). */
export async function toFilter(
  ctx: Context,
  input: InputMaybe<FilterInput> | undefined,
  prefix = 'filter.',
): Promise<Filter> {
  const args = input ?? {};
  const dueFrom = isoDate(`${prefix}dueFrom`, args.dueFrom);
  const dueTo = isoDate(`${prefix}dueTo`, args.dueTo);
  if (dueFrom && dueTo && dueFrom > dueTo) throw badInput(`${prefix}dueFrom`, `${dueFrom} is after dueTo ${dueTo}.`);
  const [plans, topics, roles, deadlineKinds] = [
    some(args.plans),
    some(args.topics),
    some(args.roles),
    some(args.deadlineKinds),
  ];
  if (plans) {
    const found = await Promise.all(plans.map((id) => ctx.loaders.plan.get(id)));
    const unknown = plans.filter((_, i) => !found[i]);
    if (unknown.length > 0)
      throw badInput(
        `${prefix}plans`,
        `no plan has the id ${listed(unknown)} (the ids are in \`plans { id title }\`).`,
      );
  }
  return {
    ...(plans && { plans }),
    ...(topics && { topics }),
    ...(roles && { roles }),
    ...(deadlineKinds && { deadlineKinds }),
    ...(dueFrom && { dueFrom }),
    ...(dueTo && { dueTo }),
    ...(args.expandCollectives && { expandCollectives: true }),
  };
}

/** An integer argument within bounds. */
export function bounded(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `must be an integer from ${min} to ${max}, got ${value}.`);
  return value;
}
