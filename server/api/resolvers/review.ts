/**
 * Review (issue 17): the queue of readings to settle, decisions on them, and the decisions' log.
 * A supervisor or admin decides; a reporter proposes, and a supervisor accepts or rejects. Every
 * decision is an event in the supervision store; the server then serves the reviewed model
 * (server/review/reviewing.ts). Resolvers stay thin: what a decision does is server/model/review.ts.
 */
import { GraphQLError } from 'graphql';
import type { Filter } from '../../model/filter.ts';
import type { Assignment, Measure, Model, Plan, Role } from '../../model/model.ts';
import {
  assignmentId,
  partyOf,
  readingOf,
  reviewQueue,
  type NewReviewEvent,
  type Outcome,
  type QueueItem,
  type ReviewEvent,
  type ReviewResult,
} from '../../model/review.ts';
import type { Reviewing } from '../../review/reviewing.ts';
import { atLeast } from '../auth.ts';
import type { Context } from '../context.ts';
import { badInput, notFound, quoted } from '../errors.ts';
import { bounded, toFilter } from '../filters.ts';
import type { MutationResolvers, QueryResolvers, ReadingDecision } from '../generated/resolvers.ts';
import type { AssignmentView } from './documents.ts';

export interface DecisionView {
  event: ReviewEvent;
  outcome: Outcome;
  staleReason?: string;
}

export interface SourceLineView {
  number: number;
  text: string;
}

export interface QueueItemView {
  item: QueueItem;
  measure: Measure;
  plan: Plan;
  assignments: Assignment[];
}

export interface QueueView {
  totalCount: number;
  remaining: number;
  edges: { cursor: string; node: QueueItemView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The most printed lines an item shows: a row of 002 with its unit groups runs to about 30. */
const MAX_ITEM_LINES = 80;
const MAX_QUEUE_PAGE = 100;
const MAX_DECISIONS_PAGE = 1000;
const encode = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

function reviewingOf(ctx: Context): Reviewing {
  if (!ctx.review)
    throw new GraphQLError('This server reviews no readings: it was started without the model as read.', {
      extensions: { code: 'REVIEW_UNAVAILABLE' },
    });
  return ctx.review;
}

function decisionView(result: ReviewResult, event: ReviewEvent): DecisionView {
  const stale = result.stale.find((s) => s.event.id === event.id);
  return {
    event,
    outcome: result.outcomes.get(event.id) ?? 'recorded',
    ...(stale && { staleReason: stale.reason }),
  };
}

/** Whether a measure is under the filter (plans, topics, deadlines); roles narrow the readings. */
function keepMeasure(model: Model, filter: Filter): (measureId: string) => boolean {
  const measures = new Map(model.measures.map((m) => [m.id, m]));
  const topics = new Map(model.plans.map((p) => [p.id, p.topic]));
  return (id) => {
    const m = measures.get(id)!;
    const due = m.deadline.due;
    return (
      (!filter.plans || filter.plans.includes(m.planId)) &&
      (!filter.topics || filter.topics.includes(topics.get(m.planId)!)) &&
      (!filter.deadlineKinds || filter.deadlineKinds.includes(m.deadline.kind)) &&
      (!filter.dueFrom || (due !== undefined && due >= filter.dueFrom)) &&
      (!filter.dueTo || (due !== undefined && due <= filter.dueTo))
    );
  };
}

function queuePage(items: QueueItem[], model: Model, first: number, after: string | null | undefined): QueueView {
  let start = 0;
  if (after != null) {
    const index = items.findIndex((i) => i.measureId === decode(after));
    if (index < 0) throw badInput('after', 'is not the cursor of an item of this queue (use pageInfo.endCursor).');
    start = index + 1;
  }
  const measures = new Map(model.measures.map((m) => [m.id, m]));
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const page = items.slice(start, start + first).map((item) => {
    const measure = measures.get(item.measureId)!;
    return {
      item,
      measure,
      plan: plans.get(measure.planId)!,
      assignments: model.assignments.filter((a) => a.measureId === item.measureId),
    };
  });
  return {
    totalCount: items.length,
    remaining: items.reduce((n, i) => n + i.open.length, 0),
    edges: page.map((node) => ({ cursor: encode(node.item.measureId), node })),
    pageInfo: {
      hasNextPage: start + first < items.length,
      endCursor: page.length ? encode(page[page.length - 1]!.item.measureId) : null,
    },
  };
}

/** The event a decision makes, checked against the reviewed model the client sees. */
function decisionEvent(model: Model, target: string, decision: ReadingDecision): Omit<NewReviewEvent, 'by' | 'status'> {
  const current = model.assignments.find((a) => a.id === target);
  if (decision.kind === 'add') return addEvent(model, current?.measureId ?? target, decision);
  if (!current)
    throw notFound('assignment', `No assignment has the id ${quoted(target)} (reviewQueue gives them).`, []);
  const reading = readingOf(current);
  switch (decision.kind) {
    case 'confirm':
    case 'remove':
      return { kind: decision.kind, reading };
    case 'role': {
      const role = need('decision.role', decision.role);
      if (current.personId || role === 'leader')
        throw badInput(
          'decision.role',
          'a 牵头领导 is a person: only units change between lead, responsible and co-op.',
        );
      return { kind: 'role', reading, role };
    }
    case 'move': {
      const to = model.measures.find((m) => m.id === need('decision.measure', decision.measure));
      const from = model.measures.find((m) => m.id === current.measureId)!;
      if (!to || to.taskId !== from.taskId || to.id === from.id)
        throw badInput(
          'decision.measure',
          `${quoted(decision.measure!)} is not another measure of the same row (task ${from.taskId}).`,
        );
      if (model.assignments.some((a) => a.id === assignmentId(to.id, current.role, partyOf(current))))
        throw badInput('decision.measure', `the party is already ${current.role} on that measure: remove this one.`);
      return { kind: 'move', reading, toMeasure: to.id };
    }
    default:
      throw badInput('decision.kind', `unknown kind ${quoted(String(decision.kind))}.`);
  }
}

function addEvent(model: Model, measureId: string, decision: ReadingDecision): Omit<NewReviewEvent, 'by' | 'status'> {
  const measure = model.measures.find((m) => m.id === measureId);
  if (!measure)
    throw notFound(
      'assignment',
      `For ADD, name the measure or one of its assignments: ${quoted(measureId)} is neither.`,
      [],
    );
  const role: Role = need('decision.role', decision.role);
  const partyId = need('decision.unit', decision.unit);
  const line = need('decision.line', decision.line);
  const unit = model.units.find((u) => u.id === partyId);
  const person = unit ? undefined : model.persons.find((p) => p.id === partyId);
  if (!unit && !person) throw notFound('decision.unit', `No unit or person has the id ${quoted(partyId)}.`, []);
  if ((role === 'leader') !== Boolean(person))
    throw badInput('decision.role', 'a 牵头领导 (LEADER) is a person, every other role a unit.');
  const plan = model.plans.find((p) => p.id === measure.planId)!;
  if (!Number.isInteger(line) || line < plan.lines[0] || line > plan.lines[1])
    throw badInput(
      'decision.line',
      `the line where the party is printed: ${plan.lines[0]} to ${plan.lines[1]} in ${plan.seed}.`,
    );
  if (model.assignments.some((a) => a.id === assignmentId(measure.id, role, partyId)))
    throw badInput('decision.unit', `${quoted(partyId)} is already ${role} on this measure.`);
  const asWritten = decision.asWritten?.trim() || (unit ?? person)!.name;
  return {
    kind: 'add',
    reading: {
      measureId: measure.id,
      role,
      ...(unit ? { unitId: partyId } : { personId: partyId }),
      asWritten,
      lines: [line, line],
    },
  };
}

function need<T>(field: string, value: T | null | undefined): T {
  if (value === null || value === undefined) throw badInput(field, 'is needed for this kind of decision.');
  return value;
}

const noteOf = (note: string | null | undefined) => (note?.trim() ? { note: note.trim() } : {});

/** A follow-up (undo, accept, reject) of an event, checked against what became of it. */
async function followUp(
  ctx: Context,
  kind: 'undo' | 'accept' | 'reject',
  target: string,
  note: string | null | undefined,
): Promise<DecisionView> {
  const what = { undo: 'undo a decision', accept: 'accept a proposal', reject: 'reject a proposal' }[kind];
  const account = atLeast(ctx, 'supervisor', what);
  const review = reviewingOf(ctx);
  const before = await review.current();
  const events = await ctx.supervision.reviewEvents();
  const event = events.find((e) => e.id === target);
  if (!event) throw notFound('decision', `No decision has the id ${quoted(target)}.`, []);
  const outcome = before.outcomes.get(target);
  if (kind === 'undo') {
    const undoable =
      outcome === 'applied' || outcome === 'stale' || (event.kind === 'accept' && outcome === 'recorded');
    if (!undoable || events.some((e) => e.kind === 'undo' && e.target === target))
      throw badInput(
        'decision',
        `${quoted(target)} is ${outcome}: only a decision in effect (or an accept) can be undone.`,
      );
  } else if (outcome !== 'proposed')
    throw badInput('decision', `${quoted(target)} is ${outcome}, not a proposal waiting for a decision.`);
  const recorded = await ctx.supervision.addReviewEvent({ by: account.name, kind, target, ...noteOf(note) });
  return decisionView(await review.recorded(kind !== 'reject'), recorded);
}

export const reviewQueries = {
  reviewQueue: async (_, args, ctx) => {
    const first = bounded('first', args.first, 1, MAX_QUEUE_PAGE);
    const filter = await toFilter(ctx, args.filter);
    const { model } = await reviewingOf(ctx).current();
    const keep = keepMeasure(model, filter);
    const roles = filter.roles;
    const items = reviewQueue(model, keep)
      .map((item) => (roles ? { ...item, open: item.open.filter((a) => roles.includes(a.role)) } : item))
      .filter((item) => item.open.length > 0);
    return queuePage(items, model, first, args.after);
  },
  reviewDecisions: async (_, args, ctx) => {
    const first = bounded('first', args.first, 1, MAX_DECISIONS_PAGE);
    const result = await reviewingOf(ctx).current();
    const outcomes = args.outcomes?.length ? new Set(args.outcomes) : undefined;
    return (await ctx.supervision.reviewEvents(args.since ?? undefined))
      .map((event) => decisionView(result, event))
      .filter((d) => !outcomes || outcomes.has(d.outcome))
      .slice(0, first);
  },
} satisfies QueryResolvers;

export const reviewMutations = {
  resolveReading: async (_, args, ctx) => {
    const account = atLeast(ctx, 'reporter', 'propose a reading');
    const review = reviewingOf(ctx);
    const { model } = await review.current();
    const event = decisionEvent(model, args.assignment, args.decision);
    const status = account.role === 'reporter' ? 'proposed' : 'decided';
    const recorded = await ctx.supervision.addReviewEvent({
      ...event,
      by: account.name,
      status,
      ...noteOf(args.note),
    });
    return decisionView(await review.recorded(status === 'decided'), recorded);
  },
  undoDecision: (_, args, ctx) => followUp(ctx, 'undo', args.decision, args.note),
  acceptProposal: (_, args, ctx) => followUp(ctx, 'accept', args.decision, args.note),
  rejectProposal: (_, args, ctx) => followUp(ctx, 'reject', args.decision, args.note),
} satisfies MutationResolvers;

export const reviewResolvers = {
  ReviewDecision: {
    id: (d: DecisionView) => d.event.id,
    kind: (d: DecisionView) => d.event.kind,
    status: (d: DecisionView) => d.event.status ?? null,
    outcome: (d: DecisionView) => d.outcome,
    staleReason: (d: DecisionView) => d.staleReason ?? null,
    by: (d: DecisionView) => d.event.by,
    at: (d: DecisionView) => d.event.at,
    note: (d: DecisionView) => d.event.note ?? null,
    reading: (d: DecisionView) => d.event.reading ?? null,
    role: (d: DecisionView) => d.event.role ?? null,
    toMeasure: (d: DecisionView) => d.event.toMeasure ?? null,
    target: (d: DecisionView) => d.event.target ?? null,
  },
  ReadingRef: {
    measure: (r: NonNullable<ReviewEvent['reading']>, _: unknown, ctx: Context) => ctx.loaders.measure.get(r.measureId),
    partyId: (r: NonNullable<ReviewEvent['reading']>) => partyOf(r),
    firstLine: (r: NonNullable<ReviewEvent['reading']>) => r.lines[0],
    lastLine: (r: NonNullable<ReviewEvent['reading']>) => r.lines[1],
  },
  ReviewItem: {
    measure: (v: QueueItemView) => v.measure,
    file: (v: QueueItemView) => v.plan.seed,
    open: (v: QueueItemView) => v.item.open.length,
    unclear: (v: QueueItemView) => v.item.unclear,
    weight: (v: QueueItemView) => v.item.weight,
    readings: (v: QueueItemView): AssignmentView[] =>
      v.assignments.map((assignment) => ({ assignment, measure: v.measure, plan: v.plan })),
    lines: (v: QueueItemView, _: unknown, ctx: Context): SourceLineView[] => {
      const spans = [v.measure.lines, ...v.assignments.map((a) => a.lines)];
      const first = Math.min(...spans.map((s) => s[0]));
      const last = Math.min(Math.max(...spans.map((s) => s[1])), first + MAX_ITEM_LINES - 1);
      return reviewingOf(ctx)
        .sourceLines(v.plan.seed, first, last)
        .map((text, i) => ({ number: first + i, text }));
    },
  },
  Review: {
    note: (r: NonNullable<Assignment['reviewed']>) => r.note ?? null,
    acceptedBy: (r: NonNullable<Assignment['reviewed']>) => r.acceptedBy ?? null,
  },
};
