/**
 * Looking things up: plans, units, tasks, measures, and autocomplete.
 */
import type { Level, Person, Unit, UnitKind } from '../../model/model.ts';
import type { Context } from '../context.ts';
import { bounded, toFilter, type FilterArgs } from '../filters.ts';
import { paginate } from '../pagination.ts';
import { oneUnit } from '../units.ts';

interface UnitsArgs {
  search?: string | null;
  level?: Level | null;
  jurisdiction?: string | null;
  kind?: UnitKind | null;
  first: number;
  after?: string | null;
}

interface MeasuresArgs {
  filter?: (FilterArgs & { unit?: string | null; text?: string | null }) | null;
  first: number;
  after?: string | null;
}

interface Suggestion {
  id: string;
  type: 'unit' | 'person';
  name: string;
  jurisdiction: string;
  level?: Level;
  matched?: string;
  sharedBy: number;
  /** 0 exact, 1 prefix, 2 elsewhere. */
  fit: number;
}

const fit = (text: string, spelling: string) => (spelling === text ? 0 : spelling.startsWith(text) ? 1 : 2);
const collator = new Intl.Collator('zh');

async function suggest(ctx: Context, text: string, first: number): Promise<Suggestion[]> {
  const key = text.replace(/\s+/g, '');
  if (key === '') return [];
  const [units, persons] = await Promise.all([ctx.store.findUnits({ search: key }), ctx.store.findPersons(key)]);
  const ofUnit = async (unit: Unit): Promise<Suggestion> => {
    const spellings = [unit.name, ...unit.aliases].filter((s) => s.includes(key));
    const best = spellings.reduce((a, b) => (fit(key, b) < fit(key, a) ? b : a));
    return {
      id: unit.id,
      type: 'unit',
      name: unit.name,
      jurisdiction: unit.jurisdiction,
      level: unit.level,
      ...(best !== unit.name && { matched: best }),
      sharedBy: await ctx.names.sharedBy(unit.name),
      fit: fit(key, best),
    };
  };
  const ofPerson = (p: Person): Suggestion => ({ id: p.id, type: 'person', name: p.name, jurisdiction: p.jurisdiction, sharedBy: 1, fit: fit(key, p.name) });
  const all = [...(await Promise.all(units.map(ofUnit))), ...persons.map(ofPerson)];
  return all.sort((a, b) => a.fit - b.fit || collator.compare(a.name, b.name) || collator.compare(a.jurisdiction, b.jurisdiction)).slice(0, first);
}

export const catalogQueries = {
  plans: (_: unknown, __: unknown, ctx: Context) => ctx.store.plans(),
  plan: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.plan.get(args.id),
  task: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.task.get(args.id),
  measure: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.measure.get(args.id),
  unit: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.unit.get(args.id),
  resolveUnit: (_: unknown, args: { name: string }, ctx: Context) => ctx.loaders.unitsNamed.load(args.name),

  units: async (_: unknown, args: UnitsArgs, ctx: Context) => {
    const units = await ctx.store.findUnits({
      ...(args.search && { search: args.search }),
      ...(args.level && { levels: [args.level] }),
      ...(args.jurisdiction && { jurisdictions: [args.jurisdiction] }),
      ...(args.kind && { kinds: [args.kind] }),
    });
    return paginate(units, args.first, args.after);
  },

  measures: async (_: unknown, args: MeasuresArgs, ctx: Context) => {
    const { unit, text, ...filterArgs } = args.filter ?? {};
    const [filter, unitId] = await Promise.all([toFilter(ctx, filterArgs, 'filter.'), unit ? oneUnit(ctx, 'filter.unit', unit).then((u) => u.id) : undefined]);
    const measures = await ctx.store.findMeasures({ ...(unitId && { unitId }), ...(text && { text }), filter });
    return paginate(measures, args.first, args.after);
  },

  suggest: (_: unknown, args: { text: string; first: number }, ctx: Context) => suggest(ctx, args.text, bounded('first', args.first, 1, 50)),
};
