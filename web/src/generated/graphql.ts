/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export const AccountRole = {
  /** manages accounts (npm run user); may do what a supervisor may */
  ADMIN: 'ADMIN',
  /** reports for its own units */
  REPORTER: 'REPORTER',
  /** reports for any unit and reopens reports */
  SUPERVISOR: 'SUPERVISOR',
  /** reads */
  VIEWER: 'VIEWER'
} as const;

export type AccountRole = typeof AccountRole[keyof typeof AccountRole];
/** How sure the reading of an assignment is. */
export const Confidence = {
  /** The table's layout states it: one measure in the row, or one group per measure. */
  CERTAIN: 'CERTAIN',
  /** The layout does not pair it, but the measure's text names the party. */
  LIKELY: 'LIKELY',
  /** Nothing in the text pairs it: it rests on the order of the groups, or on a merged column whose split the source lost. */
  UNCLEAR: 'UNCLEAR'
} as const;

export type Confidence = typeof Confidence[keyof typeof Confidence];
export const ContinuationLabel = {
  /** The requirement is substantially modified. */
  CHANGED: 'CHANGED',
  /** The requirement carries on, possibly with new numbers or a new deadline. */
  CONTINUED: 'CONTINUED'
} as const;

export type ContinuationLabel = typeof ContinuationLabel[keyof typeof ContinuationLabel];
export const DeadlineKind = {
  DATE: 'DATE',
  MILESTONES: 'MILESTONES',
  NONE: 'NONE',
  ONGOING: 'ONGOING',
  PERIOD: 'PERIOD',
  UNPARSED: 'UNPARSED',
  YEAR_END: 'YEAR_END'
} as const;

export type DeadlineKind = typeof DeadlineKind[keyof typeof DeadlineKind];
/** What became of an event: APPLIED; STALE (its reading is no longer in the documents: listed, not applied); UNDONE; PROPOSED (waiting); REJECTED; RECORDED (an undo, accept or reject). */
export const DecisionOutcome = {
  APPLIED: 'APPLIED',
  PROPOSED: 'PROPOSED',
  RECORDED: 'RECORDED',
  REJECTED: 'REJECTED',
  STALE: 'STALE',
  UNDONE: 'UNDONE'
} as const;

export type DecisionOutcome = typeof DecisionOutcome[keyof typeof DecisionOutcome];
/** DECIDED by a supervisor or admin; PROPOSED by a reporter, in effect once a supervisor accepts it. */
export const DecisionStatus = {
  DECIDED: 'DECIDED',
  PROPOSED: 'PROPOSED'
} as const;

export type DecisionStatus = typeof DecisionStatus[keyof typeof DecisionStatus];
/** What paired an assignment with its measure. */
export const EvidenceBasis = {
  /** The table's rows and groups. */
  LAYOUT: 'LAYOUT',
  /** The order of the groups only. */
  ORDER: 'ORDER',
  /** A phrase of the measure text. */
  TEXT: 'TEXT'
} as const;

export type EvidenceBasis = typeof EvidenceBasis[keyof typeof EvidenceBasis];
/**
 * Which assignments a question counts; every field optional, absent (or empty) meaning all. The
 * same fields as the store contract's Filter and the explorer's URL state.
 */
export type Filter = {
  deadlineKinds?: Array<DeadlineKind> | null | undefined;
  /** ISO dates: measures due on or after / on or before; measures without a due date drop out when either is set. */
  dueFrom?: string | null | undefined;
  dueTo?: string | null | undefined;
  /** A unit also answers for what a collective it belongs to is given (a town for 各镇人民政府). */
  expandCollectives?: boolean | null | undefined;
  /** Plan ids (`plans { id }`). */
  plans?: Array<string> | null | undefined;
  roles?: Array<Role> | null | undefined;
  topics?: Array<Topic> | null | undefined;
};

export const Level = {
  CITY: 'CITY',
  DISTRICT: 'DISTRICT',
  OTHER: 'OTHER',
  TOWN: 'TOWN'
} as const;

export type Level = typeof Level[keyof typeof Level];
export const Light = {
  /** 已完成，或未到期且近期有报告 */
  GREEN: 'GREEN',
  /** 未到期且从未报告 */
  GREY: 'GREY',
  /** 已逾期未完成 */
  RED: 'RED',
  /** 临近时限，或长期任务久未报告 */
  YELLOW: 'YELLOW'
} as const;

export type Light = typeof Light[keyof typeof Light];
export const NodeType = {
  MEASURE: 'MEASURE',
  PERSON: 'PERSON',
  UNIT: 'UNIT'
} as const;

export type NodeType = typeof NodeType[keyof typeof NodeType];
export const ProgressStatus = {
  /** 受阻 */
  BLOCKED: 'BLOCKED',
  /** 已完成 */
  DONE: 'DONE',
  /** 推进中 */
  IN_PROGRESS: 'IN_PROGRESS',
  /** 未启动 */
  NOT_STARTED: 'NOT_STARTED'
} as const;

export type ProgressStatus = typeof ProgressStatus[keyof typeof ProgressStatus];
/** A decision about one reading. */
export type ReadingDecision = {
  asWritten?: string | null | undefined;
  kind: ReadingDecisionKind;
  line?: number | null | undefined;
  measure?: string | null | undefined;
  role?: Role | null | undefined;
  unit?: string | null | undefined;
};

/** What a decision does to the reading it names. */
export const ReadingDecisionKind = {
  /** A party the reader missed: `unit`, `role` and `line` (where it is printed; `asWritten` as printed, default its name). */
  ADD: 'ADD',
  /** The reading is right. */
  CONFIRM: 'CONFIRM',
  /** The party belongs to another measure of the same row: `measure`. */
  MOVE: 'MOVE',
  /** The text does not support the party. */
  REMOVE: 'REMOVE',
  /** The party's role is another (lead ↔ co-op): `role`. */
  SET_ROLE: 'SET_ROLE'
} as const;

export type ReadingDecisionKind = typeof ReadingDecisionKind[keyof typeof ReadingDecisionKind];
export const ReportKind = {
  REOPEN: 'REOPEN',
  REPORT: 'REPORT'
} as const;

export type ReportKind = typeof ReportKind[keyof typeof ReportKind];
/** A review event: a decision, or an undo, accept or reject of an earlier one. */
export const ReviewEventKind = {
  ACCEPT: 'ACCEPT',
  ADD: 'ADD',
  CONFIRM: 'CONFIRM',
  MOVE: 'MOVE',
  REJECT: 'REJECT',
  REMOVE: 'REMOVE',
  SET_ROLE: 'SET_ROLE',
  UNDO: 'UNDO'
} as const;

export type ReviewEventKind = typeof ReviewEventKind[keyof typeof ReviewEventKind];
export const Role = {
  /** 协办单位 / 配合单位 */
  COOP: 'COOP',
  /** 牵头单位 / 牵头部门 */
  LEAD: 'LEAD',
  /** 牵头领导 (a person) */
  LEADER: 'LEADER',
  /** 主责单位 / 责任单位 */
  RESPONSIBLE: 'RESPONSIBLE'
} as const;

export type Role = typeof Role[keyof typeof Role];
export const Topic = {
  /** 大气 */
  AIR: 'AIR',
  /** 应对气候变化 */
  CLIMATE: 'CLIMATE',
  /** 生态 */
  ECOLOGY: 'ECOLOGY',
  /** 综合 */
  GENERAL: 'GENERAL',
  /** 土壤 */
  SOIL: 'SOIL',
  /** 水 */
  WATER: 'WATER'
} as const;

export type Topic = typeof Topic[keyof typeof Topic];
export const UnitKind = {
  BRANCH: 'BRANCH',
  COLLECTIVE: 'COLLECTIVE',
  COMPANY: 'COMPANY',
  DEPARTMENT: 'DEPARTMENT',
  GOVERNMENT: 'GOVERNMENT',
  STREET_OFFICE: 'STREET_OFFICE',
  ZONE_COMMITTEE: 'ZONE_COMMITTEE'
} as const;

export type UnitKind = typeof UnitKind[keyof typeof UnitKind];
export const UnmatchedKind = {
  /** A measure with no counterpart in the next year's plan. */
  DROPPED: 'DROPPED',
  /** A city measure that gives district governments a duty, with no counterpart in the district's plan. */
  GAP: 'GAP',
  /** A measure with no counterpart in the previous year's plan. */
  NEW: 'NEW'
} as const;

export type UnmatchedKind = typeof UnmatchedKind[keyof typeof UnmatchedKind];
export type UnitRefFragment = { id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind };

export type CountsFragment = { lead: number, responsible: number, coop: number, leader: number, total: number };

export type SubgraphFieldsFragment = { nodes: Array<{ id: string, type: NodeType, label: string, jurisdiction: string, level: Level | null, kind: UnitKind | null, load: number }>, edges: Array<{ id: string, source: string, target: string, role: Role, confidence: Confidence }> };

export type MeasureRowFragment = { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, seed: { docNumber: string | null } }, task: { seq: string, title: string } };

export type AssignmentRowFragment = { id: string, role: Role, column: string, asWritten: string, uncertain: string | null, confidence: Confidence, via: { id: string, name: string } | null, source: { file: string, firstLine: number, lastLine: number }, measure: { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, seed: { docNumber: string | null } }, task: { seq: string, title: string } } };

export type TouchesDetailFragment = { measureCount: number, unit: { known: boolean, aliases: Array<string>, membership: string | null, id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind, members: Array<{ id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }>, memberOf: Array<{ id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }> }, counts: { lead: number, responsible: number, coop: number, leader: number, total: number }, assignments: Array<{ id: string, role: Role, column: string, asWritten: string, uncertain: string | null, confidence: Confidence, via: { id: string, name: string } | null, source: { file: string, firstLine: number, lastLine: number }, measure: { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, seed: { docNumber: string | null } }, task: { seq: string, title: string } } }> };

export type UnitLoadRowFragment = { rank: number, score: number, unit: { id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }, counts: { lead: number, responsible: number, coop: number, leader: number, total: number } };

export type PathStepRowFragment = { from: { id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }, measure: { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, seed: { docNumber: string | null } }, task: { seq: string, title: string } }, to: { id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind } };

export type SuggestQueryVariables = Exact<{
  text: string;
}>;


export type SuggestQuery = { suggest: Array<{ id: string, type: NodeType, name: string, jurisdiction: string, level: Level | null, matched: string | null, sharedBy: number }> };

export type PlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansQuery = { plans: Array<{ id: string, title: string, label: string | null, topic: Topic, topicLabel: string, jurisdiction: string, year: number, measureCount: number }> };

export type FocusQueryVariables = Exact<{
  unit: string;
  filter?: Filter | null | undefined;
}>;


export type FocusQuery = { touches: Array<{ measureCount: number, graph: { nodes: Array<{ id: string, type: NodeType, label: string, jurisdiction: string, level: Level | null, kind: UnitKind | null, load: number }>, edges: Array<{ id: string, source: string, target: string, role: Role, confidence: Confidence }> }, unit: { known: boolean, aliases: Array<string>, membership: string | null, id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind, members: Array<{ id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }>, memberOf: Array<{ id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }> }, counts: { lead: number, responsible: number, coop: number, leader: number, total: number }, assignments: Array<{ id: string, role: Role, column: string, asWritten: string, uncertain: string | null, confidence: Confidence, via: { id: string, name: string } | null, source: { file: string, firstLine: number, lastLine: number }, measure: { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, seed: { docNumber: string | null } }, task: { seq: string, title: string } } }> }> };

export type UnitPanelQueryVariables = Exact<{
  unit: string;
  filter?: Filter | null | undefined;
}>;


export type UnitPanelQuery = { touches: Array<{ measureCount: number, unit: { known: boolean, aliases: Array<string>, membership: string | null, id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind, members: Array<{ id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }>, memberOf: Array<{ id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }> }, counts: { lead: number, responsible: number, coop: number, leader: number, total: number }, assignments: Array<{ id: string, role: Role, column: string, asWritten: string, uncertain: string | null, confidence: Confidence, via: { id: string, name: string } | null, source: { file: string, firstLine: number, lastLine: number }, measure: { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, seed: { docNumber: string | null } }, task: { seq: string, title: string } } }> }> };

export type GraphQueryVariables = Exact<{
  around?: Array<string> | string | null | undefined;
  filter?: Filter | null | undefined;
}>;


export type GraphQuery = { graph: { nodes: Array<{ id: string, type: NodeType, label: string, jurisdiction: string, level: Level | null, kind: UnitKind | null, load: number }>, edges: Array<{ id: string, source: string, target: string, role: Role, confidence: Confidence }> } };

export type MembersQueryVariables = Exact<{
  id: string;
}>;


export type MembersQuery = { unit: { id: string, membership: string | null, members: Array<{ id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }> } | null };

export type MeasurePanelQueryVariables = Exact<{
  id: string;
}>;


export type MeasurePanelQuery = { measure: { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, jurisdiction: string, year: number, seed: { docNumber: string | null } }, task: { seq: string, title: string }, section: { path: Array<string> } | null, source: { file: string, firstLine: number, lastLine: number }, assignments: Array<{ id: string, role: Role, column: string, asWritten: string, uncertain: string | null, confidence: Confidence, evidence: { basis: EvidenceBasis, phrase: string | null, text: string }, reviewed: { decision: string, by: string, at: string, note: string | null } | null, party:
        | { id: string, name: string, jurisdiction: string }
        | { level: Level, kind: UnitKind, id: string, name: string, jurisdiction: string }
      , via: { id: string, name: string } | null }> } | null };

export type OverloadQueryVariables = Exact<{
  level?: Level | null | undefined;
  jurisdiction?: string | null | undefined;
  top?: number | null | undefined;
  filter?: Filter | null | undefined;
}>;


export type OverloadQuery = { overload: Array<{ rank: number, score: number, unit: { id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }, counts: { lead: number, responsible: number, coop: number, leader: number, total: number } }> };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PathQuery = { path: { hops: number, steps: Array<{ from: { id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind }, measure: { id: string, text: string, deadline: { text: string, kind: DeadlineKind, due: string | null }, plan: { id: string, title: string, seed: { docNumber: string | null } }, task: { seq: string, title: string } }, to: { id: string, name: string, jurisdiction: string, level: Level, kind: UnitKind } }>, graph: { nodes: Array<{ id: string, type: NodeType, label: string, jurisdiction: string, level: Level | null, kind: UnitKind | null, load: number }>, edges: Array<{ id: string, source: string, target: string, role: Role, confidence: Confidence }> } } | null };

export type LinkedMeasureFragment = { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } };

export type CityMeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type CityMeasuresQuery = { plans: Array<{ id: string, title: string, jurisdiction: string, year: number, tasks: Array<{ seq: string, title: string, measures: Array<{ id: string, text: string, implementedBy: Array<{ score: number }>, unmatched: Array<{ kind: UnmatchedKind }> }> }> }> };

export type CascadeQueryVariables = Exact<{
  measure: string;
}>;


export type CascadeQuery = { cascade: { measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } }, districts: Array<{ jurisdiction: string, gap: boolean, plan: { id: string, title: string }, counterparts: Array<{ score: number, evidence: Array<string>, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } }, leads: Array<{ id: string, name: string }>, responsible: Array<{ id: string, name: string }>, members: Array<{ role: Role, unit: { id: string, name: string } }> }> }> } | null };

export type ChangesQueryVariables = Exact<{
  unit: string;
  from: number;
  to: number;
}>;


export type ChangesQuery = { changes: { from: number, to: number, unit: { id: string, name: string, jurisdiction: string }, added: Array<{ roles: Array<Role>, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } }>, dropped: Array<{ roles: Array<Role>, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } }>, continued: Array<{ label: ContinuationLabel, score: number, fromRoles: Array<Role>, toRoles: Array<Role>, from: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } }, to: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } }> } };

export type CounterpartsQueryVariables = Exact<{
  id: string;
}>;


export type CounterpartsQuery = { measure: { id: string, plan: { jurisdiction: string }, implements: Array<{ score: number, label: ContinuationLabel | null, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } }>, implementedBy: Array<{ score: number, label: ContinuationLabel | null, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } }>, continues: Array<{ score: number, label: ContinuationLabel | null, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } }>, continuedBy: Array<{ score: number, label: ContinuationLabel | null, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } }>, unmatched: Array<{ kind: UnmatchedKind, otherPlan: { title: string } }> } | null };

export type CounterpartFieldsFragment = { score: number, label: ContinuationLabel | null, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string, jurisdiction: string, year: number }, task: { seq: string, title: string } } };

export type PlanCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanCountsQuery = { stats: { byPlan: Array<{ assignments: number, plan: { id: string, title: string, topic: Topic, topicLabel: string, jurisdiction: string, year: number } }> } };

export type ReviewQueueQueryVariables = Exact<{
  filter?: Filter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, remaining: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { file: string, open: number, unclear: number, weight: number, lines: Array<{ number: number, text: string }>, measure: { id: string, text: string, deadline: { text: string }, plan: { id: string, title: string }, task: { seq: string, title: string, measures: Array<{ id: string, text: string }> } }, readings: Array<{ id: string, role: Role, column: string, asWritten: string, confidence: Confidence, uncertain: string | null, evidence: { basis: EvidenceBasis, text: string }, source: { firstLine: number, lastLine: number }, party:
            | { id: string, name: string }
            | { id: string, name: string }
          , reviewed: { decision: string, by: string, note: string | null } | null }> } }> } };

export type ResolveReadingMutationVariables = Exact<{
  assignment: string;
  decision: ReadingDecision;
  note?: string | null | undefined;
}>;


export type ResolveReadingMutation = { resolveReading: { id: string, kind: ReviewEventKind, status: DecisionStatus | null, outcome: DecisionOutcome } };

export type UndoDecisionMutationVariables = Exact<{
  decision: string;
}>;


export type UndoDecisionMutation = { undoDecision: { id: string, outcome: DecisionOutcome } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: AccountRole, units: Array<{ id: string, name: string, jurisdiction: string }> } | null };

export type LoginMutationVariables = Exact<{
  name: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { name: string, role: AccountRole } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LedgerQueryVariables = Exact<{
  filter?: Filter | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LedgerQuery = { ledger: { totalCount: number, counts: { red: number, yellow: number, green: number, grey: number, total: number }, byMonth: Array<{ month: string | null, counts: { red: number, yellow: number, green: number, grey: number, total: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { light: Light, reason: string, due: string | null, overdueDays: number, measure: { id: string, text: string, deadline: { text: string }, task: { seq: string }, plan: { title: string, jurisdiction: string } }, leads: Array<{ id: string, name: string }>, responsible: Array<{ id: string, name: string }>, lastReport: { status: ProgressStatus, asOf: string, by: string, note: string | null } | null } }> } };

export type MeasureLightsQueryVariables = Exact<{
  measures: Array<string> | string;
  asOf?: string | null | undefined;
}>;


export type MeasureLightsQuery = { lights: Array<{ light: Light, measure: { id: string } }> };

export type ScorecardQueryVariables = Exact<{
  filter?: Filter | null | undefined;
  asOf?: string | null | undefined;
  top?: number | null | undefined;
}>;


export type ScorecardQuery = { scorecard: Array<{ rank: number, unit: { id: string, name: string, jurisdiction: string }, counts: { red: number, yellow: number, green: number, grey: number, total: number } }> };

export type MeasureReportsQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;


export type MeasureReportsQuery = { measure: { id: string, light: { light: Light, reason: string, due: string | null }, assignments: Array<{ role: Role, party:
        | { id: string, name: string }
        | { level: Level, id: string, name: string }
       }>, reports: Array<{ id: string, status: ProgressStatus, note: string | null, asOf: string, recordedAt: string, by: string, kind: ReportKind, unit: { id: string, name: string } | null }> } | null };

export type ReportProgressMutationVariables = Exact<{
  measure: string;
  unit: string;
  status: ProgressStatus;
  note?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ReportProgressMutation = { reportProgress: { id: string, status: ProgressStatus } };

export type ReopenReportMutationVariables = Exact<{
  report: string;
  note?: string | null | undefined;
}>;


export type ReopenReportMutation = { reopenReport: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    type
    label
    jurisdiction
    level
    kind
    load
  }
  edges {
    id
    source
    target
    role
    confidence
  }
}
    `, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const UnitRefFragmentDoc = new TypedDocumentString(`
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
    `, {"fragmentName":"UnitRef"}) as unknown as TypedDocumentString<UnitRefFragment, unknown>;
export const CountsFragmentDoc = new TypedDocumentString(`
    fragment Counts on RoleCounts {
  lead
  responsible
  coop
  leader
  total
}
    `, {"fragmentName":"Counts"}) as unknown as TypedDocumentString<CountsFragment, unknown>;
export const MeasureRowFragmentDoc = new TypedDocumentString(`
    fragment MeasureRow on Measure {
  id
  text
  deadline {
    text
    kind
    due
  }
  plan {
    id
    title
    seed {
      docNumber
    }
  }
  task {
    seq
    title
  }
}
    `, {"fragmentName":"MeasureRow"}) as unknown as TypedDocumentString<MeasureRowFragment, unknown>;
export const AssignmentRowFragmentDoc = new TypedDocumentString(`
    fragment AssignmentRow on Assignment {
  id
  role
  column
  asWritten
  uncertain
  confidence
  via {
    id
    name
  }
  source {
    file
    firstLine
    lastLine
  }
  measure {
    ...MeasureRow
  }
}
    fragment MeasureRow on Measure {
  id
  text
  deadline {
    text
    kind
    due
  }
  plan {
    id
    title
    seed {
      docNumber
    }
  }
  task {
    seq
    title
  }
}`, {"fragmentName":"AssignmentRow"}) as unknown as TypedDocumentString<AssignmentRowFragment, unknown>;
export const TouchesDetailFragmentDoc = new TypedDocumentString(`
    fragment TouchesDetail on Touches {
  unit {
    ...UnitRef
    known
    aliases
    membership
    members {
      ...UnitRef
    }
    memberOf {
      ...UnitRef
    }
  }
  counts {
    ...Counts
  }
  measureCount
  assignments {
    ...AssignmentRow
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
fragment Counts on RoleCounts {
  lead
  responsible
  coop
  leader
  total
}
fragment MeasureRow on Measure {
  id
  text
  deadline {
    text
    kind
    due
  }
  plan {
    id
    title
    seed {
      docNumber
    }
  }
  task {
    seq
    title
  }
}
fragment AssignmentRow on Assignment {
  id
  role
  column
  asWritten
  uncertain
  confidence
  via {
    id
    name
  }
  source {
    file
    firstLine
    lastLine
  }
  measure {
    ...MeasureRow
  }
}`, {"fragmentName":"TouchesDetail"}) as unknown as TypedDocumentString<TouchesDetailFragment, unknown>;
export const UnitLoadRowFragmentDoc = new TypedDocumentString(`
    fragment UnitLoadRow on UnitLoad {
  rank
  score
  unit {
    ...UnitRef
  }
  counts {
    ...Counts
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
fragment Counts on RoleCounts {
  lead
  responsible
  coop
  leader
  total
}`, {"fragmentName":"UnitLoadRow"}) as unknown as TypedDocumentString<UnitLoadRowFragment, unknown>;
export const PathStepRowFragmentDoc = new TypedDocumentString(`
    fragment PathStepRow on PathStep {
  from {
    ...UnitRef
  }
  measure {
    ...MeasureRow
  }
  to {
    ...UnitRef
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
fragment MeasureRow on Measure {
  id
  text
  deadline {
    text
    kind
    due
  }
  plan {
    id
    title
    seed {
      docNumber
    }
  }
  task {
    seq
    title
  }
}`, {"fragmentName":"PathStepRow"}) as unknown as TypedDocumentString<PathStepRowFragment, unknown>;
export const LinkedMeasureFragmentDoc = new TypedDocumentString(`
    fragment LinkedMeasure on Measure {
  id
  text
  deadline {
    text
  }
  plan {
    id
    title
    jurisdiction
    year
  }
  task {
    seq
    title
  }
}
    `, {"fragmentName":"LinkedMeasure"}) as unknown as TypedDocumentString<LinkedMeasureFragment, unknown>;
export const CounterpartFieldsFragmentDoc = new TypedDocumentString(`
    fragment CounterpartFields on Counterpart {
  score
  label
  measure {
    ...LinkedMeasure
  }
}
    fragment LinkedMeasure on Measure {
  id
  text
  deadline {
    text
  }
  plan {
    id
    title
    jurisdiction
    year
  }
  task {
    seq
    title
  }
}`, {"fragmentName":"CounterpartFields"}) as unknown as TypedDocumentString<CounterpartFieldsFragment, unknown>;
export const SuggestDocument = new TypedDocumentString(`
    query Suggest($text: String!) {
  suggest(text: $text, first: 12) {
    id
    type
    name
    jurisdiction
    level
    matched
    sharedBy
  }
}
    `) as unknown as TypedDocumentString<SuggestQuery, SuggestQueryVariables>;
export const PlansDocument = new TypedDocumentString(`
    query Plans {
  plans {
    id
    title
    label
    topic
    topicLabel
    jurisdiction
    year
    measureCount
  }
}
    `) as unknown as TypedDocumentString<PlansQuery, PlansQueryVariables>;
export const FocusDocument = new TypedDocumentString(`
    query Focus($unit: String!, $filter: Filter) {
  touches(unit: $unit, filter: $filter) {
    ...TouchesDetail
    graph {
      ...SubgraphFields
    }
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
fragment Counts on RoleCounts {
  lead
  responsible
  coop
  leader
  total
}
fragment SubgraphFields on Subgraph {
  nodes {
    id
    type
    label
    jurisdiction
    level
    kind
    load
  }
  edges {
    id
    source
    target
    role
    confidence
  }
}
fragment MeasureRow on Measure {
  id
  text
  deadline {
    text
    kind
    due
  }
  plan {
    id
    title
    seed {
      docNumber
    }
  }
  task {
    seq
    title
  }
}
fragment AssignmentRow on Assignment {
  id
  role
  column
  asWritten
  uncertain
  confidence
  via {
    id
    name
  }
  source {
    file
    firstLine
    lastLine
  }
  measure {
    ...MeasureRow
  }
}
fragment TouchesDetail on Touches {
  unit {
    ...UnitRef
    known
    aliases
    membership
    members {
      ...UnitRef
    }
    memberOf {
      ...UnitRef
    }
  }
  counts {
    ...Counts
  }
  measureCount
  assignments {
    ...AssignmentRow
  }
}`) as unknown as TypedDocumentString<FocusQuery, FocusQueryVariables>;
export const UnitPanelDocument = new TypedDocumentString(`
    query UnitPanel($unit: String!, $filter: Filter) {
  touches(unit: $unit, filter: $filter) {
    ...TouchesDetail
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
fragment Counts on RoleCounts {
  lead
  responsible
  coop
  leader
  total
}
fragment MeasureRow on Measure {
  id
  text
  deadline {
    text
    kind
    due
  }
  plan {
    id
    title
    seed {
      docNumber
    }
  }
  task {
    seq
    title
  }
}
fragment AssignmentRow on Assignment {
  id
  role
  column
  asWritten
  uncertain
  confidence
  via {
    id
    name
  }
  source {
    file
    firstLine
    lastLine
  }
  measure {
    ...MeasureRow
  }
}
fragment TouchesDetail on Touches {
  unit {
    ...UnitRef
    known
    aliases
    membership
    members {
      ...UnitRef
    }
    memberOf {
      ...UnitRef
    }
  }
  counts {
    ...Counts
  }
  measureCount
  assignments {
    ...AssignmentRow
  }
}`) as unknown as TypedDocumentString<UnitPanelQuery, UnitPanelQueryVariables>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($around: [ID!], $filter: Filter) {
  graph(around: $around, filter: $filter) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    type
    label
    jurisdiction
    level
    kind
    load
  }
  edges {
    id
    source
    target
    role
    confidence
  }
}`) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($id: ID!) {
  unit(id: $id) {
    id
    membership
    members {
      ...UnitRef
    }
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}`) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const MeasurePanelDocument = new TypedDocumentString(`
    query MeasurePanel($id: ID!) {
  measure(id: $id) {
    id
    text
    deadline {
      text
      kind
      due
    }
    plan {
      id
      title
      jurisdiction
      year
      seed {
        docNumber
      }
    }
    task {
      seq
      title
    }
    section {
      path
    }
    source {
      file
      firstLine
      lastLine
    }
    assignments {
      id
      role
      column
      asWritten
      uncertain
      confidence
      evidence {
        basis
        phrase
        text
      }
      reviewed {
        decision
        by
        at
        note
      }
      party {
        id
        name
        jurisdiction
        ... on Unit {
          level
          kind
        }
      }
      via {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasurePanelQuery, MeasurePanelQueryVariables>;
export const OverloadDocument = new TypedDocumentString(`
    query Overload($level: Level, $jurisdiction: String, $top: Int, $filter: Filter) {
  overload(level: $level, jurisdiction: $jurisdiction, top: $top, filter: $filter) {
    ...UnitLoadRow
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
fragment Counts on RoleCounts {
  lead
  responsible
  coop
  leader
  total
}
fragment UnitLoadRow on UnitLoad {
  rank
  score
  unit {
    ...UnitRef
  }
  counts {
    ...Counts
  }
}`) as unknown as TypedDocumentString<OverloadQuery, OverloadQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: String!, $to: String!) {
  path(from: $from, to: $to) {
    hops
    steps {
      ...PathStepRow
    }
    graph {
      ...SubgraphFields
    }
  }
}
    fragment UnitRef on Unit {
  id
  name
  jurisdiction
  level
  kind
}
fragment SubgraphFields on Subgraph {
  nodes {
    id
    type
    label
    jurisdiction
    level
    kind
    load
  }
  edges {
    id
    source
    target
    role
    confidence
  }
}
fragment MeasureRow on Measure {
  id
  text
  deadline {
    text
    kind
    due
  }
  plan {
    id
    title
    seed {
      docNumber
    }
  }
  task {
    seq
    title
  }
}
fragment PathStepRow on PathStep {
  from {
    ...UnitRef
  }
  measure {
    ...MeasureRow
  }
  to {
    ...UnitRef
  }
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const CityMeasuresDocument = new TypedDocumentString(`
    query CityMeasures {
  plans {
    id
    title
    jurisdiction
    year
    tasks {
      seq
      title
      measures {
        id
        text
        implementedBy {
          score
        }
        unmatched {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CityMeasuresQuery, CityMeasuresQueryVariables>;
export const CascadeDocument = new TypedDocumentString(`
    query Cascade($measure: ID!) {
  cascade(measure: $measure) {
    measure {
      ...LinkedMeasure
    }
    districts {
      jurisdiction
      gap
      plan {
        id
        title
      }
      counterparts {
        score
        evidence
        measure {
          ...LinkedMeasure
        }
        leads {
          id
          name
        }
        responsible {
          id
          name
        }
        members {
          unit {
            id
            name
          }
          role
        }
      }
    }
  }
}
    fragment LinkedMeasure on Measure {
  id
  text
  deadline {
    text
  }
  plan {
    id
    title
    jurisdiction
    year
  }
  task {
    seq
    title
  }
}`) as unknown as TypedDocumentString<CascadeQuery, CascadeQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($unit: String!, $from: Int!, $to: Int!) {
  changes(unit: $unit, from: $from, to: $to) {
    unit {
      id
      name
      jurisdiction
    }
    from
    to
    added {
      roles
      measure {
        ...LinkedMeasure
      }
    }
    dropped {
      roles
      measure {
        ...LinkedMeasure
      }
    }
    continued {
      label
      score
      fromRoles
      toRoles
      from {
        ...LinkedMeasure
      }
      to {
        ...LinkedMeasure
      }
    }
  }
}
    fragment LinkedMeasure on Measure {
  id
  text
  deadline {
    text
  }
  plan {
    id
    title
    jurisdiction
    year
  }
  task {
    seq
    title
  }
}`) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const CounterpartsDocument = new TypedDocumentString(`
    query Counterparts($id: ID!) {
  measure(id: $id) {
    id
    plan {
      jurisdiction
    }
    implements {
      ...CounterpartFields
    }
    implementedBy {
      ...CounterpartFields
    }
    continues {
      ...CounterpartFields
    }
    continuedBy {
      ...CounterpartFields
    }
    unmatched {
      kind
      otherPlan {
        title
      }
    }
  }
}
    fragment LinkedMeasure on Measure {
  id
  text
  deadline {
    text
  }
  plan {
    id
    title
    jurisdiction
    year
  }
  task {
    seq
    title
  }
}
fragment CounterpartFields on Counterpart {
  score
  label
  measure {
    ...LinkedMeasure
  }
}`) as unknown as TypedDocumentString<CounterpartsQuery, CounterpartsQueryVariables>;
export const PlanCountsDocument = new TypedDocumentString(`
    query PlanCounts {
  stats {
    byPlan {
      plan {
        id
        title
        topic
        topicLabel
        jurisdiction
        year
      }
      assignments
    }
  }
}
    `) as unknown as TypedDocumentString<PlanCountsQuery, PlanCountsQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($filter: Filter, $first: Int, $after: String) {
  reviewQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    remaining
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        file
        open
        unclear
        weight
        lines {
          number
          text
        }
        measure {
          id
          text
          deadline {
            text
          }
          plan {
            id
            title
          }
          task {
            seq
            title
            measures {
              id
              text
            }
          }
        }
        readings {
          id
          role
          column
          asWritten
          confidence
          uncertain
          evidence {
            basis
            text
          }
          source {
            firstLine
            lastLine
          }
          party {
            ... on Unit {
              id
              name
            }
            ... on Person {
              id
              name
            }
          }
          reviewed {
            decision
            by
            note
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ResolveReadingDocument = new TypedDocumentString(`
    mutation ResolveReading($assignment: ID!, $decision: ReadingDecision!, $note: String) {
  resolveReading(assignment: $assignment, decision: $decision, note: $note) {
    id
    kind
    status
    outcome
  }
}
    `) as unknown as TypedDocumentString<ResolveReadingMutation, ResolveReadingMutationVariables>;
export const UndoDecisionDocument = new TypedDocumentString(`
    mutation UndoDecision($decision: ID!) {
  undoDecision(decision: $decision) {
    id
    outcome
  }
}
    `) as unknown as TypedDocumentString<UndoDecisionMutation, UndoDecisionMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    role
    units {
      id
      name
      jurisdiction
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($name: String!, $password: String!) {
  login(name: $name, password: $password) {
    expiresAt
    user {
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LedgerDocument = new TypedDocumentString(`
    query Ledger($filter: Filter, $asOf: Date, $first: Int, $after: String) {
  ledger(filter: $filter, asOf: $asOf, first: $first, after: $after) {
    totalCount
    counts {
      red
      yellow
      green
      grey
      total
    }
    byMonth {
      month
      counts {
        red
        yellow
        green
        grey
        total
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        light
        reason
        due
        overdueDays
        measure {
          id
          text
          deadline {
            text
          }
          task {
            seq
          }
          plan {
            title
            jurisdiction
          }
        }
        leads {
          id
          name
        }
        responsible {
          id
          name
        }
        lastReport {
          status
          asOf
          by
          note
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerQuery, LedgerQueryVariables>;
export const MeasureLightsDocument = new TypedDocumentString(`
    query MeasureLights($measures: [ID!]!, $asOf: Date) {
  lights(measures: $measures, asOf: $asOf) {
    light
    measure {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureLightsQuery, MeasureLightsQueryVariables>;
export const ScorecardDocument = new TypedDocumentString(`
    query Scorecard($filter: Filter, $asOf: Date, $top: Int) {
  scorecard(filter: $filter, asOf: $asOf, top: $top) {
    rank
    unit {
      id
      name
      jurisdiction
    }
    counts {
      red
      yellow
      green
      grey
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardQuery, ScorecardQueryVariables>;
export const MeasureReportsDocument = new TypedDocumentString(`
    query MeasureReports($id: ID!, $asOf: Date) {
  measure(id: $id) {
    id
    light(asOf: $asOf) {
      light
      reason
      due
    }
    assignments {
      role
      party {
        id
        name
        ... on Unit {
          level
        }
      }
    }
    reports {
      id
      status
      note
      asOf
      recordedAt
      by
      kind
      unit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureReportsQuery, MeasureReportsQueryVariables>;
export const ReportProgressDocument = new TypedDocumentString(`
    mutation ReportProgress($measure: ID!, $unit: ID!, $status: ProgressStatus!, $note: String, $asOf: Date) {
  reportProgress(
    measure: $measure
    unit: $unit
    status: $status
    note: $note
    asOf: $asOf
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReportProgressMutation, ReportProgressMutationVariables>;
export const ReopenReportDocument = new TypedDocumentString(`
    mutation ReopenReport($report: ID!, $note: String) {
  reopenReport(report: $report, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReopenReportMutation, ReopenReportMutationVariables>;