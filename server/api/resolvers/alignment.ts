/**
 * Measures across plans (issue 18): a measure's counterparts, a city measure's cascade into the
 * districts, gaps, what changed for a unit between two years, and two plans side by side. The
 * stores keep the links and unmatched measures the ingest computed (linksOf, unmatchedOf, gaps);
 * these resolvers put them together through the request's loaders, and the rule of a unit's
 * changes is server/model/links.ts.
 */
import type { Measure, MeasureLink, Plan, Role, Unit, UnmatchedMeasure } from '../../model/model.ts';
import {
  rolesChanged,
  rolesOf,
  unitChanges,
  type ChangedDuty,
  type ContinuedDuty,
  type UnitChanges,
  type UnitMeasure,
} from '../../model/links.ts';
import { loadAll, present, type Context } from '../context.ts';
import { badInput, listed, quoted } from '../errors.ts';
import { bounded } from '../filters.ts';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { oneUnit } from '../units.ts';
import { planOf } from './documents.ts';

const CITY = '北京市';
/** The years `changes` takes. */
const YEARS = [2000, 2100] as const;
/** The longest chain of continuations followed between two years (one link per plan between them). */
const MAX_CHAIN = 20;

/** A link seen from one of its measures: `measureId` is the other end. */
export interface CounterpartView {
  link: MeasureLink;
  measureId: string;
}

export interface CascadeView {
  measure: Measure;
  districts: CascadeDistrictView[];
}

export interface CascadeDistrictView {
  plan: Plan;
  gap: boolean;
  /** The cascade links from the city measure to this plan's measures. */
  counterparts: MeasureLink[];
}

/** A cascade link, answered as the district measure it reaches. */
export type CascadeCounterpartView = MeasureLink;

export interface CollectiveDutyView {
  unitId: string;
  role: Role;
  via: Unit;
}

export interface UnitChangesView extends UnitChanges {
  unit: Unit;
  from: number;
  to: number;
}

export interface PlanDiffView {
  from: Plan;
  to: Plan;
  matched: MeasureLink[];
  dropped: UnmatchedMeasure[];
  new: UnmatchedMeasure[];
}

const measureOf = (ctx: Context, id: string) => present(ctx.loaders.measure.get(id), `measure ${id}`);

/** A measure's links of one kind, seen from the end it is at. */
async function counterparts(
  ctx: Context,
  measure: Measure,
  kind: MeasureLink['kind'],
  end: 'from' | 'to',
): Promise<CounterpartView[]> {
  const links = await ctx.loaders.linksOf.load(measure.id);
  return links
    .filter((l) => l.kind === kind && l[end] === measure.id)
    .map((link) => ({ link, measureId: end === 'from' ? link.to : link.from }));
}

async function cascade(ctx: Context, id: string): Promise<CascadeView | null> {
  const measure = await ctx.loaders.measure.get(id);
  if (!measure) return null;
  const [plan, links, unmatched, plans] = await Promise.all([
    planOf(ctx, measure.planId),
    ctx.loaders.linksOf.load(id),
    ctx.loaders.unmatchedOf.load(id),
    ctx.store.plans(),
  ]);
  if (plan.jurisdiction !== CITY) {
    const implemented = links.filter((l) => l.kind === 'cascade' && l.to === id).map((l) => l.from);
    const which = implemented.length ? `; it implements ${listed(implemented)}` : '';
    throw badInput(
      'measure',
      `${quoted(id)} is a measure of ${plan.title}: a cascade starts from a city measure${which}.`,
      {
        implements: implemented,
      },
    );
  }
  const down = links.filter((l) => l.kind === 'cascade' && l.from === id);
  const reached = await Promise.all(down.map((l) => measureOf(ctx, l.to)));
  const gaps = new Set(unmatched.filter((u) => u.kind === 'gap').map((u) => u.otherPlanId));
  const districts = plans.flatMap((p): CascadeDistrictView[] => {
    const counterparts = down.filter((_, i) => reached[i]!.planId === p.id);
    return counterparts.length || gaps.has(p.id) ? [{ plan: p, gap: gaps.has(p.id), counterparts }] : [];
  });
  return { measure, districts };
}

/** A plan argument: the plan, or BAD_USER_INPUT naming the field. */
async function planArgument(ctx: Context, field: string, id: string): Promise<Plan> {
  const plan = await ctx.loaders.plan.get(id);
  if (!plan) throw badInput(field, `no plan has the id ${quoted(id)} (the ids are in \`plans { id title }\`).`);
  return plan;
}

async function planDiff(ctx: Context, fromId: string, toId: string): Promise<PlanDiffView> {
  const [from, to] = await Promise.all([planArgument(ctx, 'from', fromId), planArgument(ctx, 'to', toId)]);
  const [fromMeasures, toMeasures] = await Promise.all([
    ctx.loaders.measuresOfPlan.load(from.id),
    ctx.loaders.measuresOfPlan.load(to.id),
  ]);
  const inTo = new Set(toMeasures.map((m) => m.id));
  const [links, dropped, added] = await Promise.all([
    Promise.all(fromMeasures.map((m) => ctx.loaders.linksOf.load(m.id))),
    Promise.all(fromMeasures.map((m) => ctx.loaders.unmatchedOf.load(m.id))),
    Promise.all(toMeasures.map((m) => ctx.loaders.unmatchedOf.load(m.id))),
  ]);
  return {
    from,
    to,
    matched: links.flatMap((list, i) => {
      const here = fromMeasures[i]!.id;
      return list.filter((l) => inTo.has(l.from === here ? l.to : l.from));
    }),
    dropped: dropped.flat().filter((u) => u.otherPlanId === to.id),
    new: added.flat().filter((u) => u.otherPlanId === from.id),
  };
}

/** The unit's measures in the plans of one year, with its roles on each, in document order. */
function unitMeasures(duties: { assignment: { role: Role }; measure: Measure }[]): UnitMeasure[] {
  const roles = new Map<string, Role[]>();
  for (const d of duties) roles.set(d.measure.id, [...(roles.get(d.measure.id) ?? []), d.assignment.role]);
  return [...roles].map(([measureId, list]) => ({ measureId, roles: rolesOf(list) }));
}

/**
 * The continuation chains from `starts` to measures of the year `target`, followed forward (to
 * later years) or backward: years only ever grow along continuations, so each step nears `target`.
 */
async function chains(
  ctx: Context,
  starts: string[],
  target: number,
  forward: boolean,
  yearOf: (measureId: string) => Promise<number>,
): Promise<MeasureLink[][]> {
  const found: MeasureLink[][] = [];
  let frontier = starts.map((at) => ({ at, chain: [] as MeasureLink[] }));
  for (let step = 0; frontier.length > 0 && step < MAX_CHAIN; step++) {
    const lists = await Promise.all(frontier.map((f) => ctx.loaders.linksOf.load(f.at)));
    const steps = frontier.flatMap((f, i) =>
      lists[i]!.filter((l) => l.kind === 'continuation' && (forward ? l.from : l.to) === f.at).map((l) => ({
        at: forward ? l.to : l.from,
        chain: forward ? [...f.chain, l] : [l, ...f.chain],
      })),
    );
    const years = await Promise.all(steps.map((s) => yearOf(s.at)));
    frontier = [];
    steps.forEach((s, i) => {
      const year = years[i]!;
      if (year === target) found.push(s.chain);
      else if (forward ? year < target : year > target) frontier.push(s);
    });
  }
  return found;
}

async function changes(
  ctx: Context,
  args: { unit: string; jurisdiction?: string | null; from: number; to: number },
): Promise<UnitChangesView> {
  const from = bounded('from', args.from, ...YEARS);
  const to = bounded('to', args.to, ...YEARS);
  if (from >= to) throw badInput('from', `must be a year before to (${to}), got ${from}.`);
  const [unit, plans] = await Promise.all([
    oneUnit(ctx, 'unit', args.unit, { value: args.jurisdiction, field: 'jurisdiction' }),
    ctx.store.plans(),
  ]);
  const years = [...new Set(plans.map((p) => p.year))].sort();
  for (const [field, year] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!years.includes(year))
      throw badInput(field, `no plan is of ${year}; the plans' years are ${years.join(', ')}.`);
  const planYear = new Map(plans.map((p) => [p.id, p.year]));
  const ofYears = plans.filter((p) => p.year === from || p.year === to).map((p) => p.id);
  const touches = await ctx.store.touches(unit.id, { plans: ofYears });
  const duties = touches?.duties ?? [];
  for (const d of duties) ctx.loaders.measure.remember(d.measure.id, d.measure);
  const before = unitMeasures(duties.filter((d) => d.plan.year === from));
  const after = unitMeasures(duties.filter((d) => d.plan.year === to));
  const yearOf = async (id: string) => planYear.get((await measureOf(ctx, id)).planId)!;
  const [forward, backward] = await Promise.all([
    chains(
      ctx,
      before.map((m) => m.measureId),
      to,
      true,
      yearOf,
    ),
    chains(
      ctx,
      after.map((m) => m.measureId),
      from,
      false,
      yearOf,
    ),
  ]);
  const key = (chain: MeasureLink[]) => chain.map((l) => `${l.from}>${l.to}`).join('|');
  const all = [...new Map([...forward, ...backward].map((c) => [key(c), c])).values()];
  return { unit, from, to, ...unitChanges(before, after, all) };
}

async function gaps(
  ctx: Context,
  args: { jurisdiction?: string | null; plans?: readonly string[] | null },
): Promise<UnmatchedMeasure[]> {
  const plans = args.plans && args.plans.length > 0 ? [...args.plans] : undefined;
  if (plans) await Promise.all(plans.map((id) => planArgument(ctx, 'plans', id)));
  if (args.jurisdiction) {
    const districts = [...new Set((await ctx.store.plans()).map((p) => p.jurisdiction))].filter((j) => j !== CITY);
    if (!districts.includes(args.jurisdiction))
      throw badInput(
        'jurisdiction',
        `${quoted(args.jurisdiction)} has no plan a city measure could be missing from; the districts are ${districts.join(', ')}.`,
      );
  }
  return ctx.store.gaps({
    ...(args.jurisdiction && { jurisdictions: [args.jurisdiction] }),
    ...(plans && { plans }),
  });
}

export const alignmentQueries = {
  cascade: (_, args, ctx) => cascade(ctx, args.measure),
  gaps: (_, args, ctx) => gaps(ctx, args),
  changes: (_, args, ctx) => changes(ctx, args),
  planDiff: (_, args, ctx) => planDiff(ctx, args.from, args.to),
} satisfies QueryResolvers;

const link = {
  kind: (l: MeasureLink) => l.kind,
  score: (l: MeasureLink) => l.score,
  label: (l: MeasureLink) => l.label ?? null,
  evidence: (l: MeasureLink) => l.evidence,
};

export const alignmentResolvers = {
  Measure: {
    implements: (m: Measure, _: unknown, ctx: Context) => counterparts(ctx, m, 'cascade', 'to'),
    implementedBy: (m: Measure, _: unknown, ctx: Context) => counterparts(ctx, m, 'cascade', 'from'),
    continues: (m: Measure, _: unknown, ctx: Context) => counterparts(ctx, m, 'continuation', 'to'),
    continuedBy: (m: Measure, _: unknown, ctx: Context) => counterparts(ctx, m, 'continuation', 'from'),
    unmatched: (m: Measure, _: unknown, ctx: Context) => ctx.loaders.unmatchedOf.load(m.id),
  },
  MeasureLink: {
    from: (l: MeasureLink, _: unknown, ctx: Context) => measureOf(ctx, l.from),
    to: (l: MeasureLink, _: unknown, ctx: Context) => measureOf(ctx, l.to),
  },
  Counterpart: {
    measure: (c: CounterpartView, _: unknown, ctx: Context) => measureOf(ctx, c.measureId),
    kind: (c: CounterpartView) => c.link.kind,
    score: (c: CounterpartView) => c.link.score,
    label: (c: CounterpartView) => c.link.label ?? null,
    evidence: (c: CounterpartView) => c.link.evidence,
  },
  UnmatchedMeasure: {
    measure: (u: UnmatchedMeasure, _: unknown, ctx: Context) => measureOf(ctx, u.measureId),
    otherPlan: (u: UnmatchedMeasure, _: unknown, ctx: Context) => planOf(ctx, u.otherPlanId),
  },
  CascadeDistrict: {
    jurisdiction: (d: CascadeDistrictView) => d.plan.jurisdiction,
  },
  CascadeCounterpart: {
    measure: (l: MeasureLink, _: unknown, ctx: Context) => measureOf(ctx, l.to),
    score: link.score,
    evidence: link.evidence,
    leads: (l: MeasureLink, _: unknown, ctx: Context) => unitsInRole(ctx, l.to, 'lead'),
    responsible: (l: MeasureLink, _: unknown, ctx: Context) => unitsInRole(ctx, l.to, 'responsible'),
    members: async (l: MeasureLink, _: unknown, ctx: Context): Promise<CollectiveDutyView[]> => {
      const assignments = (await ctx.loaders.assignmentsOfMeasure.load(l.to)).filter((a) => a.unitId);
      const units = await loadAll(
        ctx.loaders.unit,
        assignments.map((a) => a.unitId!),
      );
      const byId = new Map(units.map((u) => [u.id, u]));
      return assignments.flatMap((a) => {
        const via = byId.get(a.unitId!);
        return (via?.members ?? []).map((unitId) => ({ unitId, role: a.role, via: via! }));
      });
    },
  },
  CollectiveDuty: {
    unit: (d: CollectiveDutyView, _: unknown, ctx: Context) =>
      present(ctx.loaders.unit.get(d.unitId), `unit ${d.unitId}`),
  },
  UnitChanges: {
    roleChanges: (c: UnitChangesView) => c.continued.filter(rolesChanged),
  },
  ChangedDuty: {
    measure: (d: ChangedDuty, _: unknown, ctx: Context) => measureOf(ctx, d.measureId),
    counterparts: (d: ChangedDuty, _: unknown, ctx: Context) =>
      Promise.all(d.counterparts.map((id) => measureOf(ctx, id))),
  },
  ContinuedDuty: {
    from: (d: ContinuedDuty, _: unknown, ctx: Context) => measureOf(ctx, d.from),
    to: (d: ContinuedDuty, _: unknown, ctx: Context) => measureOf(ctx, d.to),
  },
} satisfies Resolvers;

/** The units in one role on a measure, in document order. */
async function unitsInRole(ctx: Context, measureId: string, role: Role): Promise<Unit[]> {
  const assignments = await ctx.loaders.assignmentsOfMeasure.load(measureId);
  const ids = [...new Set(assignments.filter((a) => a.role === role && a.unitId).map((a) => a.unitId!))];
  return loadAll(ctx.loaders.unit, ids);
}
