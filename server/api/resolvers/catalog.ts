/**
 * Looking things up: plans, units, tasks, measures, and autocomplete.
 */
import type { Person, Unit } from '../../model/model.ts';
import type { Context } from '../context.ts';
import { bounded, toFilter } from '../filters.ts';
import type { QueryResolvers, Suggestion } from '../generated/resolvers.ts';
import { paginate } from '../pagination.ts';
import { oneUnit } from '../units.ts';

/** A suggestion as the schema has it, with the model's values, and how well it fits. */
export type SuggestionView = Omit<Suggestion, 'type' | 'level' | 'matched'> & {
  type: 'unit' | 'person';
  level?: Unit['level'];
  matched?: string;
  /** 0 exact, 1 prefix, 2 elsewhere. */
  fit: number;
};

const fit = (text: string, spelling: string) => (spelling === text ? 0 : spelling.startsWith(text) ? 1 : 2);
const collator = new Intl.Collator('zh');

async function suggest(ctx: Context, text: string, first: number): Promise<SuggestionView[]> {
  const key = text.replace(/\s+/g, '');
  if (key === '') return [];
  const [units, persons] = await Promise.all([ctx.store.findUnits({ search: key }), ctx.store.findPersons(key)]);
  const ofUnit = async (unit: Unit): Promise<SuggestionView> => {
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
  const ofPerson = (p: Person): SuggestionView => ({
    id: p.id,
    type: 'person',
    name: p.name,
    jurisdiction: p.jurisdiction,
    sharedBy: 1,
    fit: fit(key, p.name),
  });
  const all = [...(await Promise.all(units.map(ofUnit))), ...persons.map(ofPerson)];
  return all
    .sort(
      (a, b) => a.fit - b.fit || collator.compare(a.name, b.name) || collator.compare(a.jurisdiction, b.jurisdiction),
    )
    .slice(0, first);
}

export const catalogQueries = {
  plans: (_, __, ctx) => ctx.store.plans(),
  plan: (_, args, ctx) => ctx.loaders.plan.get(args.id),
  task: (_, args, ctx) => ctx.loaders.task.get(args.id),
  measure: (_, args, ctx) => ctx.loaders.measure.get(args.id),
  unit: (_, args, ctx) => ctx.loaders.unit.get(args.id),
  resolveUnit: (_, args, ctx) => ctx.loaders.unitsNamed.load(args.name),

  units: async (_, args, ctx) => {
    const units = await ctx.store.findUnits({
      ...(args.search && { search: args.search }),
      ...(args.level && { levels: [args.level] }),
      ...(args.jurisdiction && { jurisdictions: [args.jurisdiction] }),
      ...(args.kind && { kinds: [args.kind] }),
    });
    return paginate(units, args.first, args.after);
  },

  measures: async (_, args, ctx) => {
    const { unit, text } = args;
    const [filter, unitId] = await Promise.all([
      toFilter(ctx, args.filter),
      unit ? oneUnit(ctx, 'unit', unit).then((u) => u.id) : undefined,
    ]);
    const measures = await ctx.store.findMeasures({ ...(unitId && { unitId }), ...(text && { text }), filter });
    return paginate(measures, args.first, args.after);
  },

  suggest: (_, args, ctx) => suggest(ctx, args.text, bounded('first', args.first, 1, 50)),
} satisfies QueryResolvers;
