/**
 * Supervision (督查督办): signing in and out, progress reports, lights, the ledger and the scorecard.
 * Resolvers stay thin: permissions come from auth.ts, lights from server/model/lights.ts, the
 * ledger from server/supervision/ledger.ts.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { latestReport, lightOf, type Verdict } from '../../model/lights.ts';
import type { Measure, Unit } from '../../model/model.ts';
import type { Account, Report } from '../../model/supervision.ts';
import {
  byMonth,
  countLights,
  ledger,
  lightsOf,
  scorecard,
  type LedgerEntry,
  type LightCounts,
} from '../../supervision/ledger.ts';
import { atLeast, forbidden, signedIn } from '../auth.ts';
import { loadAll, type Context } from '../context.ts';
import { badInput, listed, notFound, quoted } from '../errors.ts';
import { bounded, toFilter } from '../filters.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import { planOf } from './documents.ts';

export interface SessionView {
  token: string;
  expiresAt: string;
  account: Account;
}

export type LightView = Verdict;

export interface LedgerRowView {
  measure: Measure;
  verdict: Verdict;
}

export interface LedgerView {
  totalCount: number;
  counts: LightCounts;
  byMonth: { month: string | null; counts: LightCounts }[];
  edges: { cursor: string; node: LedgerRowView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface UnitScoreView {
  rank: number;
  unit: Unit;
  counts: LightCounts;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: unknown): string {
  const valid =
    typeof value === 'string' && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid)
    throw new GraphQLError(
      `${typeof value === 'string' ? quoted(value) : 'the value'} is not an ISO date (YYYY-MM-DD).`,
    );
  return value as string;
}

const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO date, YYYY-MM-DD.',
  serialize: (value) => value as string,
  parseValue: checkDate,
  parseLiteral: (ast) => checkDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Today in Beijing, where the plans run. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

const MAX_LEDGER_PAGE = 1000;
const encode = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

function ledgerPage(entries: LedgerEntry[], first: number, after: string | null | undefined): LedgerView {
  bounded('first', first, 0, MAX_LEDGER_PAGE);
  let start = 0;
  if (after != null) {
    const index = entries.findIndex((e) => e.measure.id === decode(after));
    if (index < 0) throw badInput('after', 'is not the cursor of a row of this ledger (use pageInfo.endCursor).');
    start = index + 1;
  }
  const page = entries.slice(start, start + first);
  return {
    totalCount: entries.length,
    counts: countLights(entries),
    byMonth: byMonth(entries),
    edges: page.map((node) => ({ cursor: encode(node.measure.id), node })),
    pageInfo: {
      hasNextPage: start + first < entries.length,
      endCursor: page.length ? encode(page[page.length - 1]!.measure.id) : null,
    },
  };
}

const lightSettings = (ctx: Context) => ({ dueSoonDays: ctx.auth.settings.dueSoonDays, reportEveryDays: 35 });

async function partiesOf(ctx: Context, measure: Measure, roles: string[]): Promise<Unit[]> {
  const assignments = await ctx.loaders.assignmentsOfMeasure.load(measure.id);
  const ids = [...new Set(assignments.flatMap((a) => (a.unitId && roles.includes(a.role) ? [a.unitId] : [])))];
  return loadAll(ctx.loaders.unit, ids);
}

const collator = new Intl.Collator('zh');

export const supervisionQueries = {
  me: (_, __, ctx) => ctx.viewer?.account ?? null,
  ledger: async (_, args, ctx) => {
    const filter = await toFilter(ctx, args.filter);
    const entries = await ledger(ctx.store, ctx.supervision, filter, args.asOf ?? today(), lightSettings(ctx));
    const lights = args.light?.length ? new Set(args.light) : undefined;
    return ledgerPage(lights ? entries.filter((e) => lights.has(e.verdict.light)) : entries, args.first, args.after);
  },
  lights: async (_, args, ctx) => {
    const measures = (await ctx.store.measuresById(args.measures)).filter((m): m is Measure => m !== null);
    return lightsOf(ctx.store, ctx.supervision, measures, args.asOf ?? today(), lightSettings(ctx));
  },
  scorecard: async (_, args, ctx) => {
    const top = bounded('top', args.top, 1, 500);
    const filter = await toFilter(ctx, args.filter);
    const entries = await ledger(ctx.store, ctx.supervision, filter, args.asOf ?? today(), lightSettings(ctx));
    const scores = await scorecard(ctx.store, entries);
    const units = await ctx.store.unitsById(scores.map((s) => s.unitId));
    return scores
      .map((score, i) => ({ unit: units[i]!, counts: score.counts }))
      .filter((s) => s.unit)
      .sort(
        (a, b) =>
          b.counts.red - a.counts.red ||
          b.counts.yellow - a.counts.yellow ||
          collator.compare(a.unit.name, b.unit.name) ||
          collator.compare(a.unit.jurisdiction, b.unit.jurisdiction),
      )
      .slice(0, top)
      .map((s, i) => ({ ...s, rank: i + 1 }));
  },
} satisfies QueryResolvers;

export const supervisionMutations = {
  login: async (_, args, ctx) => {
    const session = await ctx.auth.login(args.name, args.password, ctx.request.ip);
    ctx.auth.setCookie(ctx.reply, session.token, session.expiresAt);
    return session;
  },
  logout: async (_, __, ctx) => {
    signedIn(ctx);
    await ctx.auth.logout(ctx.viewer!, ctx.reply);
    return true;
  },
  reportProgress: async (_, args, ctx) => {
    const account = atLeast(ctx, 'reporter', 'report progress');
    const measure = await ctx.loaders.measure.get(args.measure);
    if (!measure) throw notFound('measure', `No measure has the id ${quoted(args.measure)}.`, []);
    const parties = (await ctx.loaders.assignmentsOfMeasure.load(measure.id)).flatMap((a) =>
      a.unitId ? [a.unitId] : [],
    );
    if (!parties.includes(args.unit))
      throw badInput(
        'unit',
        `${quoted(args.unit)} is not a party of this measure; its units are ${listed([...new Set(parties)])}.`,
      );
    if (account.role === 'reporter' && !account.units.includes(args.unit))
      throw forbidden(`${account.name} reports for ${listed(account.units)} only, not for ${quoted(args.unit)}.`);
    const asOf = args.asOf ?? today();
    if (asOf > today()) throw badInput('asOf', `${asOf} is in the future: report for today or an earlier date.`);
    return ctx.supervision.addReport({
      measureId: measure.id,
      unitId: args.unit,
      status: args.status,
      ...(args.note?.trim() && { note: args.note.trim() }),
      asOf,
      by: account.name,
      kind: 'report',
    });
  },
  reopenReport: async (_, args, ctx) => {
    const account = atLeast(ctx, 'supervisor', 'reopen a report');
    const report = await ctx.supervision.report(args.report);
    if (!report) throw notFound('report', `No report has the id ${quoted(args.report)}.`, []);
    return ctx.supervision.addReport({
      measureId: report.measureId,
      unitId: report.unitId,
      status: 'in-progress',
      ...(args.note?.trim() && { note: args.note.trim() }),
      asOf: today(),
      by: account.name,
      kind: 'reopen',
      reopens: report.id,
    });
  },
} satisfies MutationResolvers;

export const supervisionResolvers = {
  Date: DateScalar,
  User: {
    units: (account: Account, _: unknown, ctx: Context) => loadAll(ctx.loaders.unit, account.units),
  },
  Session: {
    user: (session: SessionView) => session.account,
  },
  Report: {
    measure: (r: Report, _: unknown, ctx: Context) => ctx.loaders.measure.get(r.measureId),
    unit: (r: Report, _: unknown, ctx: Context) => ctx.loaders.unit.get(r.unitId),
    note: (r: Report) => r.note ?? null,
    recordedAt: (r: Report) => r.at,
    reopens: (r: Report) => r.reopens ?? null,
  },
  MeasureLight: {
    due: (v: LightView) => v.due ?? null,
    lastReport: (v: LightView) => v.lastReport ?? null,
  },
  LedgerRow: {
    light: (row: LedgerRowView) => row.verdict.light,
    reason: (row: LedgerRowView) => row.verdict.reason,
    due: (row: LedgerRowView) => row.verdict.due ?? null,
    overdueDays: (row: LedgerRowView) => row.verdict.overdueDays,
    lastReport: (row: LedgerRowView) => row.verdict.lastReport ?? null,
    leads: (row: LedgerRowView, _: unknown, ctx: Context) => partiesOf(ctx, row.measure, ['lead']),
    responsible: (row: LedgerRowView, _: unknown, ctx: Context) => partiesOf(ctx, row.measure, ['responsible']),
  },
  Measure: {
    light: async (measure: Measure, args: { asOf?: string | null }, ctx: Context): Promise<LightView> => {
      const asOf = args.asOf ?? today();
      const [reports, plan] = await Promise.all([ctx.reportsOfMeasure.load(measure.id), planOf(ctx, measure.planId)]);
      return lightOf(measure, plan.year, latestReport(reports, asOf), asOf, lightSettings(ctx));
    },
    reports: (measure: Measure, _: unknown, ctx: Context) => ctx.reportsOfMeasure.load(measure.id),
  },
};
