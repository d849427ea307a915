/**
 * The answers to the store's questions, in the model's words (roles `lead`, topics `水`): what
 * both stores return and what the GraphQL schema's answer types are mapped onto
 * (codegen.ts). Declared here, on the model's floor, so the stores and the API share one copy.
 */
import type { Assignment, Confidence, Level, Measure, Plan, Role, Task, Unit, UnitKind, UnknownName } from './model.ts';

/** One assignment with what it hangs on. */
export interface Duty {
  assignment: Assignment;
  measure: Measure;
  task: Task;
  plan: Plan;
  /** The collective the assignment names, when the unit is on the measure as one of its members. */
  via?: Unit;
}

export interface Partner {
  unit: Unit;
  /** Measures both units are on. */
  sharedMeasures: number;
  /** Of those, by the partner's role on them. */
  byRole: Record<Role, number>;
}

export interface Touches {
  unit: Unit;
  /** The unit's assignments in document order. */
  duties: Duty[];
  /** Units on the same measures, most shared first. */
  partners: Partner[];
}

export interface RoleCounts {
  lead: number;
  responsible: number;
  coop: number;
  leader: number;
}

export interface UnitLoad {
  unit: Unit;
  counts: RoleCounts;
  byPlan: PlanLoad[];
}

export interface PlanLoad {
  planId: string;
  counts: RoleCounts;
}

/** One link of a chain: `from` and `to` are both on `measure`. */
export interface PathStep {
  from: Unit;
  measure: Measure;
  to: Unit;
}

/** A graph to draw: parties and measures as nodes, an edge per assignment. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** What a graph node stands for. */
export type NodeType = 'unit' | 'person' | 'measure';

export interface GraphNode {
  /** The unit, person or measure id. */
  id: string;
  type: NodeType;
  /** A unit's or person's name; a measure's task number and text. */
  label: string;
  jurisdiction: string;
  /** Units only. */
  level?: Level;
  kind?: UnitKind;
  /** A party's assignments under the filter, over the whole graph; a measure's edges in this subgraph. */
  load: number;
}

export interface GraphEdge {
  /** The assignment id. */
  id: string;
  /** The party. */
  source: string;
  /** The measure. */
  target: string;
  role: Role;
  /** The assignment's confidence: the explorer draws likely and unclear readings differently. */
  confidence: Confidence;
  /** True when the confidence is not `certain`. */
  uncertain: boolean;
}

/** Assignments by confidence. */
export type ConfidenceCounts = Record<Confidence, number>;

export interface Stats {
  counts: GraphCounts & { persons: number; uncertain: number };
  byRole: RoleCounts;
  /** Every assignment by confidence; `counts.uncertain` is `likely` and `unclear` together. */
  byConfidence: ConfidenceCounts;
  byLevel: { level: Level; units: number; assignments: number }[];
  byPlan: PlanStats[];
  unknownNames: UnknownName[];
}

export interface PlanStats {
  planId: string;
  tasks: number;
  measures: number;
  assignments: number;
}

/** What the graph holds, as the health check counts it. */
export interface GraphCounts {
  plans: number;
  tasks: number;
  measures: number;
  units: number;
  assignments: number;
}
