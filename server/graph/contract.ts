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
  MeasureLink,
  Model,
  Person,
  Plan,
  Section,
  Seed,
  Task,
  Unit,
  UnitKind,
  UnmatchedMeasure,
} from '../model/model.ts';
import type { Filter } from '../model/filter.ts';
import type { GraphCounts, Partner, PathStep, Stats, Subgraph, Touches, UnitLoad } from '../model/answers.ts';

export type { Filter } from '../model/filter.ts';
export type * from '../model/answers.ts';

export interface UnitQuery {
  /** Part of a name or alias. */
  search?: string;
  levels?: Level[];
  jurisdictions?: string[];
  kinds?: UnitKind[];
}

export interface LoadQuery {
  /** With `expandCollectives`, a collective's assignments count towards each of its members as well. */
  filter?: Filter;
  levels?: Level[];
  jurisdictions?: string[];
}

/** The longest chain `path` looks for, in measures. */
export const MAX_PATH_HOPS = 12;

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

/** Which gaps `gaps` answers; every field optional, absent meaning all. */
export interface GapQuery {
  /** The districts the gaps are in: the jurisdiction of the plan the city measure is missing from. */
  jurisdictions?: string[];
  /** Plan ids: a gap is kept when its city measure's plan or the district plan it is missing from is one of them. */
  plans?: string[];
}

export interface Health {
  ok: boolean;
  store: 'embedded' | 'neo4j';
  loaded: boolean;
  counts: GraphCounts;
  error?: string;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Replaces the whole graph with `model`, atomically; a model that fails validation changes nothing. */
  load(model: Model): Promise<void>;
  /**
   * Review (issue 17): `model` is the graph as it should now be, differing from the one loaded only
   * in the parties of `measureIds`; replaces those, atomically (Neo4j: one transaction rewriting
   * just those measures' assignments; the embedded store loads the model whole, in about 0.1 s).
   */
  replaceAssignments(model: Model, measureIds: readonly string[]): Promise<void>;
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

  // Measures across plans (issue 18): the links and unmatched measures the ingest computed.
  /** Every link with the measure at either end, in the model's order: one list per id asked, empty for an unknown id. */
  linksOf(measureIds: readonly string[]): Promise<MeasureLink[][]>;
  /** Where each measure has no counterpart (gap, new, dropped), in the model's order: one list per id asked. */
  unmatchedOf(measureIds: readonly string[]): Promise<UnmatchedMeasure[][]>;
  /** City measures without a counterpart in a district plan (kind `gap`), in the model's order. */
  gaps(query?: GapQuery): Promise<UnmatchedMeasure[]>;
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
