/** The GraphQL documents the explorer sends, with the shapes of their answers. */
import type { Deadline, Level, NodeType, PlanRef, Role, RoleCounts, Source, Subgraph, UnitKind, UnitRef } from '../lib/types.ts';

const UNIT_REF = 'id name jurisdiction level kind';
const COUNTS = 'lead responsible coop leader total';
const SUBGRAPH = 'nodes { id type label jurisdiction level kind load } edges { id source target role uncertain }';
const FILTER_ARGS = '$plans: [ID!], $topic: Topic, $roles: [Role!], $deadlineKind: DeadlineKind, $dueFrom: String, $dueTo: String, $expandCollectives: Boolean';
const FILTERS = 'plans: $plans, topic: $topic, roles: $roles, deadlineKind: $deadlineKind, dueFrom: $dueFrom, dueTo: $dueTo, expandCollectives: $expandCollectives';

export const SUGGEST = `query Suggest($text: String!) {
  suggest(text: $text, first: 12) { id type name jurisdiction level matched sharedBy }
}`;
export interface Suggestion {
  id: string;
  type: NodeType;
  name: string;
  jurisdiction: string;
  level: Level | null;
  matched: string | null;
  sharedBy: number;
}

export const PLANS = `query Plans { plans { id title label topic topicLabel jurisdiction year measureCount } }`;
export interface PlanInfo extends PlanRef {
  label: string | null;
  measureCount: number;
}

export interface AssignmentRow {
  id: string;
  role: Role;
  column: string;
  asWritten: string;
  uncertain: string | null;
  via: { id: string; name: string } | null;
  source: Source;
  measure: {
    id: string;
    text: string;
    deadline: Deadline;
    plan: { id: string; title: string };
    task: { seq: string; title: string };
  };
}

const TOUCHES_DETAIL = `
  unit { ${UNIT_REF} known aliases membership members { ${UNIT_REF} } memberOf { ${UNIT_REF} } }
  counts { ${COUNTS} }
  measureCount
  assignments {
    id role column asWritten uncertain via { id name } source { file firstLine lastLine }
    measure { id text deadline { text kind due } plan { id title } task { seq title } }
  }`;

export interface UnitDetail extends UnitRef {
  known: boolean;
  aliases: string[];
  membership: string | null;
  members: UnitRef[];
  memberOf: UnitRef[];
}

export interface TouchesDetail {
  unit: UnitDetail;
  counts: RoleCounts;
  measureCount: number;
  assignments: AssignmentRow[];
}

/** Focus view: every unit the name stands for, with what it touches and the graph to draw. */
export const FOCUS = `query Focus($unit: String!, ${FILTER_ARGS}) {
  touches(unit: $unit, ${FILTERS}) { ${TOUCHES_DETAIL} graph { ${SUBGRAPH} } }
}`;
export type FocusAnswer = { touches: (TouchesDetail & { graph: Subgraph })[] };

/** Side panel of a unit. */
export const UNIT_PANEL = `query UnitPanel($unit: String!, ${FILTER_ARGS}) {
  touches(unit: $unit, ${FILTERS}) { ${TOUCHES_DETAIL} }
}`;
export type UnitPanelAnswer = { touches: TouchesDetail[] };

/** The parties around some units (a person, an expanded node) or, without `around`, the whole graph. */
export const GRAPH = `query Graph($around: [ID!], ${FILTER_ARGS}) {
  graph(around: $around, ${FILTERS}) { ${SUBGRAPH} }
}`;
export type GraphAnswer = { graph: Subgraph };

export const MEMBERS = `query Members($id: ID!) { unit(id: $id) { id membership members { ${UNIT_REF} } } }`;
export type MembersAnswer = { unit: { id: string; membership: string | null; members: UnitRef[] } | null };

export const MEASURE_PANEL = `query MeasurePanel($id: ID!) {
  measure(id: $id) {
    id text deadline { text kind due }
    plan { id title jurisdiction year }
    task { seq title }
    section { path }
    source { file firstLine lastLine }
    assignments {
      id role column asWritten uncertain
      party { id name jurisdiction ... on Unit { level kind } }
      via { id name }
    }
  }
}`;
export interface MeasureDetail {
  id: string;
  text: string;
  deadline: Deadline;
  plan: { id: string; title: string; jurisdiction: string; year: number };
  task: { seq: string; title: string };
  section: { path: string[] } | null;
  source: Source;
  assignments: {
    id: string;
    role: Role;
    column: string;
    asWritten: string;
    uncertain: string | null;
    party: { id: string; name: string; jurisdiction: string; level?: Level; kind?: UnitKind };
    via: { id: string; name: string } | null;
  }[];
}
export type MeasurePanelAnswer = { measure: MeasureDetail | null };

export const OVERLOAD = `query Overload($level: Level, $jurisdiction: String, $top: Int, ${FILTER_ARGS}) {
  overload(level: $level, jurisdiction: $jurisdiction, top: $top, ${FILTERS}) {
    rank score unit { ${UNIT_REF} } counts { ${COUNTS} }
  }
}`;
export interface UnitLoadRow {
  rank: number;
  score: number;
  unit: UnitRef;
  counts: RoleCounts;
}
export type OverloadAnswer = { overload: UnitLoadRow[] };

export const PATH = `query Path($from: String!, $to: String!) {
  path(from: $from, to: $to) {
    hops
    steps { from { ${UNIT_REF} } measure { id text deadline { text kind due } plan { id title } task { seq title } } to { ${UNIT_REF} } }
    graph { ${SUBGRAPH} }
  }
}`;
export interface PathStepRow {
  from: UnitRef;
  to: UnitRef;
  measure: AssignmentRow['measure'];
}
export type PathAnswer = { path: { hops: number; steps: PathStepRow[]; graph: Subgraph } | null };

