/**
 * The filter arguments every question shares, checked and turned into the contract's Filter.
 */
import type { Filter } from '../graph/contract.ts';
import type { DeadlineKind, Role, Topic } from '../model/model.ts';
import type { Context } from './context.ts';
import { badInput, listed, quoted } from './errors.ts';

/** As GraphQL hands them over: absent arguments are undefined, explicit ones may be null. */
export interface FilterArgs {
  plans?: string[] | null;
  topic?: Topic | null;
  roles?: Role[] | null;
  deadlineKind?: DeadlineKind | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  expandCollectives?: boolean | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(field: string, value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  const valid = ISO_DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  if (!valid) throw badInput(field, `${quoted(value)} is not an ISO date (YYYY-MM-DD).`);
  return value;
}

/** `prefix` names the argument object in errors (`filter.` for MeasureFilter). */
export async function toFilter(ctx: Context, args: FilterArgs, prefix = ''): Promise<Filter> {
  const dueFrom = isoDate(`${prefix}dueFrom`, args.dueFrom);
  const dueTo = isoDate(`${prefix}dueTo`, args.dueTo);
  if (dueFrom && dueTo && dueFrom > dueTo) throw badInput(`${prefix}dueFrom`, `${dueFrom} is after dueTo ${dueTo}.`);
  if (args.plans) {
    const found = await Promise.all(args.plans.map((id) => ctx.loaders.plan.get(id)));
    const unknown = args.plans.filter((_, i) => !found[i]);
    if (unknown.length > 0) throw badInput(`${prefix}plans`, `no plan has the id ${listed(unknown)} (the ids are in \`plans { id title }\`).`);
  }
  return {
    ...(args.plans && { plans: args.plans }),
    ...(args.topic && { topics: [args.topic] }),
    ...(args.roles && { roles: args.roles }),
    ...(args.deadlineKind && { deadlineKinds: [args.deadlineKind] }),
    ...(dueFrom && { dueFrom }),
    ...(dueTo && { dueTo }),
    ...(args.expandCollectives && { expandCollectives: true }),
  };
}

/** An integer argument within bounds. */
export function bounded(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `must be an integer from ${min} to ${max}, got ${value}.`);
  return value;
}
