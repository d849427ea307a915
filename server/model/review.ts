/**
 * Reviewing readings (issue 17): a coordinator's decisions about what the documents leave unclear,
 * kept as append-only events beside the source data, and the reviewed model they give.
 *
 * A decision names the reading it is about by the source, not by position: the measure id (a digest
 * of the task and the measure's text, stable across re-reads), the role and the party, with the name
 * as written and its source lines for people. Decisions are applied in the order they took effect;
 * one whose reading is no longer there (the document was corrected and read again) is listed as
 * stale, never applied silently. Pure functions: the stores keep the events, the server serves the
 * model `applyDecisions` gives.
 */
import type { Assignment, LineSpan, Model, Role } from './model.ts';

/** What a decision does to the reading it names. */
export type DecisionKind =
  | 'confirm' // the reading is right
  | 'role' // the party's role is another (lead ↔ coop)
  | 'move' // the party belongs to another measure of the same row (task)
  | 'remove' // the text does not support the party
  | 'add'; // a party the reader missed, on this measure, printed at `line`
export const DECISION_KINDS: readonly DecisionKind[] = ['confirm', 'role', 'move', 'remove', 'add'];

/** Events about earlier events: `undo` a decision (or an accept), `accept` or `reject` a proposal. */
export type FollowUpKind = 'undo' | 'accept' | 'reject';
export type ReviewEventKind = DecisionKind | FollowUpKind;

/** `decided` by a supervisor or admin, `proposed` by a reporter (takes effect once accepted). */
export type DecisionStatus = 'decided' | 'proposed';

/** A reading, keyed to the source. */
export interface ReadingKey {
  measureId: string;
  role: Role;
  unitId?: string;
  personId?: string;
  /** The name as written (for `add`: as the reviewer writes it), and where it is printed. */
  asWritten: string;
  lines: LineSpan;
}

export interface ReviewEvent {
  id: string;
  /** ISO timestamp the store recorded it. */
  at: string;
  /** The account name that made it. */
  by: string;
  kind: ReviewEventKind;
  /** Decisions only. */
  status?: DecisionStatus;
  /** Decisions only: the reading decided on (for `add`, the new one). */
  reading?: ReadingKey;
  /** `role`: the role the party has. */
  role?: Role;
  /** `move`: the measure the party belongs to. */
  toMeasure?: string;
  /** Follow-ups only: the event undone, accepted or rejected. */
  target?: string;
  note?: string;
}

/** An event before the store has recorded it. */
export type NewReviewEvent = Omit<ReviewEvent, 'id' | 'at'>;

/** On a reviewed assignment: the decision that settled it. */
export interface Reviewed {
  decision: string;
  by: string;
  at: string;
  note?: string;
  /** For an accepted proposal: who accepted it. */
  acceptedBy?: string;
}

/**
 * What became of an event: `applied`; `stale` (its reading or measure is no longer in the model);
 * `undone`; `proposed` (waiting for a supervisor); `rejected`; follow-ups are `recorded`.
 */
export type Outcome = 'applied' | 'stale' | 'undone' | 'proposed' | 'rejected' | 'recorded';

export interface StaleDecision {
  event: ReviewEvent;
  reason: string;
}

export interface ReviewResult {
  model: Model;
  /** The decisions applied, in the order they took effect. */
  applied: ReviewEvent[];
  stale: StaleDecision[];
  /** Every event's outcome, by id. */
  outcomes: Map<string, Outcome>;
}

/** The id the ingest gives an assignment (server/ingest/interpret.ts). */
export const assignmentId = (measureId: string, role: Role, party: string): string => `${measureId}:${role}:${party}`;

export const partyOf = (r: { unitId?: string; personId?: string }): string => (r.unitId ?? r.personId)!;

/** The column label a role is printed under when no party of the measure shows it. */
const COLUMN_OF_ROLE: Record<Role, string> = {
  lead: '牵头单位',
  responsible: '责任单位',
  coop: '协办单位',
  leader: '牵头领导',
};

/** The reading key of an assignment. */
export function readingOf(a: Assignment): ReadingKey {
  return {
    measureId: a.measureId,
    role: a.role,
    ...(a.unitId ? { unitId: a.unitId } : { personId: a.personId }),
    asWritten: a.asWritten,
    lines: a.lines,
  };
}

interface Effective {
  event: ReviewEvent;
  /** When it took effect: its own time, or the accept's for a proposal. */
  at: string;
  acceptedBy?: string;
}

/** The decisions in effect, in the order they took effect; every event's outcome so far. */
function effectiveDecisions(events: readonly ReviewEvent[]): {
  effective: Effective[];
  outcomes: Map<string, Outcome>;
} {
  const outcomes = new Map<string, Outcome>();
  const undone = new Set(events.filter((e) => e.kind === 'undo').map((e) => e.target!));
  const accepts = new Map<string, ReviewEvent>();
  const rejected = new Set<string>();
  for (const e of events) {
    if (e.kind === 'accept' && !undone.has(e.id) && !accepts.has(e.target!) && !rejected.has(e.target!))
      accepts.set(e.target!, e);
    if (e.kind === 'reject' && !accepts.has(e.target!)) rejected.add(e.target!);
  }
  const effective: Effective[] = [];
  for (const e of events) {
    if (!DECISION_KINDS.includes(e.kind as DecisionKind)) {
      outcomes.set(e.id, 'recorded');
      continue;
    }
    if (undone.has(e.id)) outcomes.set(e.id, 'undone');
    else if (e.status === 'proposed') {
      const accept = accepts.get(e.id);
      if (accept) effective.push({ event: e, at: accept.at, acceptedBy: accept.by });
      else outcomes.set(e.id, rejected.has(e.id) ? 'rejected' : 'proposed');
    } else effective.push({ event: e, at: e.at });
  }
  // Stable: events of the same instant keep the order they were recorded in.
  effective.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { effective, outcomes };
}

/**
 * The model with the decisions in effect applied: each reading decided on becomes `certain`, with
 * a `reviewed` marker (the decision, who, when, the note). Events are taken in the order given
 * (the store's, oldest first). The model given is not changed.
 */
export function applyDecisions(model: Model, events: readonly ReviewEvent[]): ReviewResult {
  const { effective, outcomes } = effectiveDecisions(events);
  const work = new Working(model);
  const applied: ReviewEvent[] = [];
  const stale: StaleDecision[] = [];
  for (const { event, acceptedBy } of effective) {
    const reviewed: Reviewed = {
      decision: event.id,
      by: event.by,
      at: event.at,
      ...(event.note && { note: event.note }),
      ...(acceptedBy && { acceptedBy }),
    };
    const reason = work.apply(event, reviewed);
    if (reason) {
      stale.push({ event, reason });
      outcomes.set(event.id, 'stale');
    } else {
      applied.push(event);
      outcomes.set(event.id, 'applied');
    }
  }
  return { model: { ...model, assignments: work.assignments }, applied, stale, outcomes };
}

/** The assignments being reviewed, in document order. */
class Working {
  assignments: Assignment[];
  private readonly measures: Map<string, Model['measures'][number]>;
  private readonly parties: Set<string>;

  constructor(model: Model) {
    this.assignments = [...model.assignments];
    this.measures = new Map(model.measures.map((m) => [m.id, m]));
    this.parties = new Set([...model.units.map((u) => u.id), ...model.persons.map((p) => p.id)]);
  }

  /** Applies one decision; the reason it is stale, or undefined once applied. */
  apply(event: ReviewEvent, reviewed: Reviewed): string | undefined {
    const key = event.reading!;
    const party = partyOf(key);
    if (!this.measures.has(key.measureId)) return `the measure ${key.measureId} is no longer in the documents`;
    const id = assignmentId(key.measureId, key.role, party);
    const index = this.assignments.findIndex((a) => a.id === id);
    if (event.kind === 'add') {
      if (!this.parties.has(party)) return `${party} is not a unit or person of the model`;
      if (index >= 0) this.settle(index, reviewed);
      else this.insert(this.added(key, reviewed));
      return undefined;
    }
    if (index < 0) return `${key.asWritten} (${party}) is no longer read as ${key.role} of ${key.measureId}`;
    const current = this.assignments[index]!;
    switch (event.kind) {
      case 'confirm':
        this.settle(index, reviewed);
        return undefined;
      case 'remove':
        this.assignments.splice(index, 1);
        return undefined;
      case 'role':
        return this.relocate(index, current.measureId, event.role!, reviewed);
      case 'move': {
        const to = this.measures.get(event.toMeasure!);
        if (!to) return `the measure ${event.toMeasure} is no longer in the documents`;
        if (to.taskId !== this.measures.get(current.measureId)!.taskId)
          return `the measure ${event.toMeasure} is no longer in the same row as ${current.measureId}`;
        return this.relocate(index, to.id, current.role, reviewed);
      }
      default:
        return `not a decision: ${event.kind}`;
    }
  }

  private settle(index: number, reviewed: Reviewed): void {
    const { uncertain: _, ...a } = this.assignments[index]!;
    this.assignments[index] = { ...a, confidence: 'certain', reviewed };
  }

  /** The party in another role or on another measure; where it already is, the two are one. */
  private relocate(index: number, measureId: string, role: Role, reviewed: Reviewed): undefined {
    const current = this.assignments[index]!;
    const id = assignmentId(measureId, role, partyOf(current));
    if (id === current.id) {
      this.settle(index, reviewed);
      return undefined;
    }
    this.assignments.splice(index, 1);
    const existing = this.assignments.findIndex((a) => a.id === id);
    if (existing >= 0) {
      this.settle(existing, reviewed);
      return undefined;
    }
    const { uncertain: _, ...rest } = current;
    this.insert({
      ...rest,
      id,
      measureId,
      role,
      column: role === current.role ? current.column : this.columnOf(measureId, role),
      confidence: 'certain',
      reviewed,
    });
    return undefined;
  }

  private added(key: ReadingKey, reviewed: Reviewed): Assignment {
    return {
      id: assignmentId(key.measureId, key.role, partyOf(key)),
      measureId: key.measureId,
      role: key.role,
      ...(key.unitId ? { unitId: key.unitId } : { personId: key.personId }),
      column: this.columnOf(key.measureId, key.role),
      asWritten: key.asWritten,
      lines: key.lines,
      confidence: 'certain',
      evidence: { basis: 'layout' },
      reviewed,
    };
  }

  private columnOf(measureId: string, role: Role): string {
    return this.assignments.find((a) => a.measureId === measureId && a.role === role)?.column ?? COLUMN_OF_ROLE[role];
  }

  /** After the measure's last party, or where its measure falls in document order. */
  private insert(a: Assignment): void {
    let at = -1;
    for (let i = 0; i < this.assignments.length; i++) if (this.assignments[i]!.measureId === a.measureId) at = i;
    if (at < 0) {
      const order = [...this.measures.keys()];
      const mine = order.indexOf(a.measureId);
      const position = new Map(order.map((id, i) => [id, i]));
      for (let i = 0; i < this.assignments.length; i++)
        if (position.get(this.assignments[i]!.measureId)! < mine) at = i;
    }
    this.assignments.splice(at + 1, 0, a);
  }
}

/** One measure of the review queue: its uncertain readings not yet reviewed. */
export interface QueueItem {
  measureId: string;
  /** The readings still `likely` or `unclear`. */
  open: Assignment[];
  unclear: number;
  /** The highest load (assignments in the model) of a party among them: how much the answer moves. */
  weight: number;
}

/**
 * The readings to settle, grouped by measure, most consequential first: measures with an `unclear`
 * reading before those with only `likely` ones, then by the load of the busiest party concerned,
 * then in document order. `keep` narrows the measures (a filter).
 */
export function reviewQueue(model: Model, keep: (measureId: string) => boolean = () => true): QueueItem[] {
  const load = new Map<string, number>();
  for (const a of model.assignments) load.set(partyOf(a), (load.get(partyOf(a)) ?? 0) + 1);
  const byMeasure = new Map<string, Assignment[]>();
  for (const a of model.assignments)
    if (a.confidence !== 'certain' && keep(a.measureId))
      byMeasure.set(a.measureId, [...(byMeasure.get(a.measureId) ?? []), a]);
  const order = new Map(model.measures.map((m, i) => [m.id, i]));
  return [...byMeasure.entries()]
    .map(([measureId, open]) => ({
      measureId,
      open,
      unclear: open.filter((a) => a.confidence === 'unclear').length,
      weight: Math.max(...open.map((a) => load.get(partyOf(a)) ?? 0)),
    }))
    .sort(
      (a, b) =>
        Number(b.unclear > 0) - Number(a.unclear > 0) ||
        b.weight - a.weight ||
        order.get(a.measureId)! - order.get(b.measureId)!,
    );
}
