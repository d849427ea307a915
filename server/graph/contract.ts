/**
 * The store contract: every question the API asks of the responsibility graph. The
 * embedded store and the Neo4j store both implement it and must answer identically;
 * one contract test suite runs against each. Results are model types (plain data), so
 * nothing store-specific leaks out.
 */
import type {
  Assignment,
  Level,
  Measure,
  Model,
  Person,
  Plan,
  Role,
  Section,
  Seed,
  Task,
  Unit,
  UnitKind,
  UnknownName,
} from '../model/model.ts';
import type { Filter } from '../model/filter.ts';

export type { Filter } from '../model/filter.ts';

export interface UnitQuery {
  /** Part of a name or alias. */
  search?: string;
  levels?: Level[];
  jurisdictions?: string[];
  kinds?: UnitKind[];
}

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

export interface LoadQuery {
  /** With `expandCollectives`, a collective's assignments count towards each of its members as well. */
  filter?: Filter;
  levels?: Level[];
  jurisdictions?: string[];
}

/** The longest chain `path` looks for, in measures. */
export const MAX_PATH_HOPS = 12;

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
  uncertain: boolean;
}

export interface SubgraphQuery {
  /** Parties to draw with their measures and everyone else on them; absent means the whole graph. */
  around?: string[];
  filter?: Filter;
}

export interface MeasureQuery {
  /** Measures this unit is on (in `filter.roles`, when given, and through its collectives with `expandCollectives`). */
  unitId?: string;
  /** Part of the measure text, spaces ignored. */
  text?: string;
  filter?: Filter;
}

export interface Stats {
  counts: Health['counts'] & { persons: number; uncertain: number };
  byRole: RoleCounts;
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

export interface Health {
  ok: boolean;
  store: 'embedded' | 'neo4j';
  loaded: boolean;
  counts: { plans: number; tasks: number; measures: number; units: number; assignments: number };
  error?: string;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Replaces the whole graph with `model`, atomically; a model that fails validation changes nothing. */
  load(model: Model): Promise<void>;
  health(): Promise<Health>;
  close(): Promise<void>;

  /** The source documents, in manifest order. */
  seeds(): Promise<Seed[]>;
  plans(): Promise<Plan[]>;
  /** Batch look-ups by id, in the order asked; null where an id is unknown. */
  plansById(ids: readonly string[]): Promise<(Plan | null)[]>;
  sectionsById(ids: readonly string[]): Promise<(Section | null)[]>;
  tasksById(ids: readonly string[]): Promise<(Task | null)[]>;
  measuresById(ids: readonly string[]): Promise<(Measure | null)[]>;
  unitsById(ids: readonly string[]): Promise<(Unit | null)[]>;
  personsById(ids: readonly string[]): Promise<(Person | null)[]>;

  /** Every party on each measure, in document order: one list per id asked, empty for an unknown id. */
  assignmentsOfMeasures(measureIds: readonly string[]): Promise<Assignment[][]>;
  /** The collectives each unit is a member of, by name: one list per id asked. */
  collectivesOf(unitIds: readonly string[]): Promise<Unit[][]>;
  /** Persons (牵头领导) whose name contains `search` (all when absent), by name. */
  findPersons(search?: string): Promise<Person[]>;

  /** Units matching the query, by name. */
  findUnits(query: UnitQuery): Promise<Unit[]>;
  /** Every unit whose name or alias is exactly `name`: 区城市管理委 gives one per district. */
  resolveUnit(name: string): Promise<Unit[]>;

  /** Measures matching the query, in document order. */
  findMeasures(query: MeasureQuery): Promise<Measure[]>;

  /** Everything a unit touches: its duties and its partners. Null for an unknown unit id. */
  touches(unitId: string, filter?: Filter): Promise<Touches | null>;
  /** The units on the same measures as this one, most shared first. Null for an unknown unit id. */
  partners(unitId: string, filter?: Filter): Promise<Partner[] | null>;
  /** The parties around some units (or the whole graph) and their measures, to draw. Unknown ids are ignored. */
  subgraph(query?: SubgraphQuery): Promise<Subgraph>;
  /** Per-unit load counts by role, highest total first. */
  loads(query?: LoadQuery): Promise<UnitLoad[]>;
  /**
   * The shortest chain of shared measures from one unit to another, or null when none within
   * `maxHops` measures (at most MAX_PATH_HOPS) or either id is unknown. From a unit to itself it is
   * the chain of 0 measures, `[]`. Of several shortest chains, the one whose node ids are least in
   * order, so every store gives the same.
   */
  path(fromId: string, toId: string, maxHops: number): Promise<PathStep[] | null>;
  /** Counts over the whole graph. */
  stats(): Promise<Stats>;
}

/**
 * The store cannot answer: its server is unreachable or refused us. The message says which and why, without a stack.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The store's settings are missing or wrong: the message names the setting. */
export class StoreConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConfigError';
  }
}
