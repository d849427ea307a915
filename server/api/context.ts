/**
 * What every resolver gets: the store, this request's loaders, and the app's unit names.
 * Loaders live for one request, so a query asking for the same plan or unit a hundred
 * times asks the store once, in one batch.
 */
import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/contract.ts';
import type {
  Assignment,
  Measure,
  MeasureLink,
  Person,
  Plan,
  Section,
  Seed,
  Task,
  Unit,
  UnmatchedMeasure,
} from '../model/model.ts';
import type { UnitNames } from './names.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Report } from '../model/supervision.ts';
import type { SupervisionStore } from '../supervision/contract.ts';
import { Auth, type Viewer } from './auth.ts';
import { SqliteSupervisionStore } from '../supervision/sqlite.ts';
import type { Reviewing } from '../review/reviewing.ts';

/**
 * Items by id for one request: batched through a DataLoader, and answered synchronously once
 * known, which keeps answers of thousands of fields out of promise chains.
 */
export class ById<T> {
  private readonly known = new Map<string, T | null>();
  private readonly loader: DataLoader<string, T | null>;

  constructor(batch: (ids: readonly string[]) => Promise<(T | null)[]>) {
    this.loader = new DataLoader(batch);
  }

  /** The item, or null for an unknown id; synchronous when already known. */
  get(id: string): T | null | Promise<T | null> {
    const item = this.known.get(id);
    if (item !== undefined) return item;
    return this.loader.load(id).then((loaded) => {
      this.known.set(id, loaded);
      return loaded;
    });
  }

  /** Items a question answered along the way (the measures of duties …). */
  remember(id: string, item: T): void {
    this.known.set(id, item);
  }
}

export interface Loaders {
  plan: ById<Plan>;
  section: ById<Section>;
  task: ById<Task>;
  measure: ById<Measure>;
  unit: ById<Unit>;
  person: ById<Person>;
  /** Units whose name or alias is exactly the key. */
  unitsNamed: DataLoader<string, Unit[]>;
  /** A plan's measures in document order. */
  measuresOfPlan: DataLoader<string, Measure[]>;
  /** Every party's assignment on a measure (by id), in document order. */
  assignmentsOfMeasure: DataLoader<string, Assignment[]>;
  /** The collectives a unit (by id) is a member of, by name. */
  collectivesOf: DataLoader<string, Unit[]>;
  /** The source document by file name; null for a file the store has no seed for. */
  seed: DataLoader<string, Seed | null>;
  /** Every link with the measure (by id) at either end, and the plans it has no counterpart in (issue 18). */
  linksOf: DataLoader<string, MeasureLink[]>;
  unmatchedOf: DataLoader<string, UnmatchedMeasure[]>;
}

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  names: UnitNames;
  /** Supervision: who asks (null when anonymous), sign-in, and the reports (auth.ts). */
  viewer: Viewer | null;
  auth: Auth;
  supervision: SupervisionStore;
  /** A measure's reports (by id), oldest first. */
  reportsOfMeasure: DataLoader<string, Report[]>;
  /** Review (issue 17): the decisions and the reviewed model; null when the server was given no read model. */
  review: Reviewing | null;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** What a request brings beyond the store: supervision and the HTTP exchange (app.ts). */
export interface RequestParts {
  auth: Auth;
  request: FastifyRequest;
  reply: FastifyReply;
  review?: Reviewing;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    plan: new ById((ids) => store.plansById(ids)),
    section: new ById((ids) => store.sectionsById(ids)),
    task: new ById((ids) => store.tasksById(ids)),
    measure: new ById((ids) => store.measuresById(ids)),
    unit: new ById((ids) => store.unitsById(ids)),
    person: new ById((ids) => store.personsById(ids)),
    unitsNamed: new DataLoader((names) => Promise.all(names.map((name) => store.resolveUnit(name)))),
    measuresOfPlan: new DataLoader(async (planIds) => {
      const measures = await store.findMeasures({ filter: { plans: [...planIds] } });
      return planIds.map((id) => measures.filter((m) => m.planId === id));
    }),
    assignmentsOfMeasure: new DataLoader((ids) => store.assignmentsOfMeasures(ids)),
    collectivesOf: new DataLoader((ids) => store.collectivesOf(ids)),
    seed: new DataLoader(async (files) => {
      const seeds = new Map((await store.seeds()).map((s) => [s.file, s]));
      return files.map((file) => seeds.get(file) ?? null);
    }),
    linksOf: new DataLoader((ids) => store.linksOf(ids)),
    unmatchedOf: new DataLoader((ids) => store.unmatchedOf(ids)),
  };
}

/** Without `parts` (a context outside an HTTP request: benches, tests of execution), nobody is signed in. */
export function createContext(store: GraphStore, names: UnitNames, parts?: RequestParts): Context {
  const auth = parts?.auth ?? anonymousAuth();
  const supervision = auth.store;
  return {
    store,
    loaders: createLoaders(store),
    names,
    viewer: parts?.request.viewer ?? null,
    auth,
    supervision,
    reportsOfMeasure: new DataLoader((ids) => supervision.reportsOfMeasures(ids)),
    review: parts?.review ?? null,
    request: parts?.request as FastifyRequest,
    reply: parts?.reply as FastifyReply,
  };
}

let noReports: Auth | undefined;
/** An empty in-memory supervision store, shared by every context made without a request. */
function anonymousAuth(): Auth {
  return (noReports ??= new Auth(new SqliteSupervisionStore(':memory:')));
}

/**
 * Applies `f` to a value that may still be loading, staying synchronous when
 * it is not. (Not named `then`: a module exporting `then` is a thenable.)
 */
export function whenLoaded<T, R>(value: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** An item the store's own answers refer to, so it must have it (a field the schema says is never null). */
export function present<T>(value: T | null | Promise<T | null>, what: string): T | Promise<T> {
  return whenLoaded(value, (v) => {
    if (v === null) throw new Error(`the store has no ${what}`);
    return v;
  });
}

/** Loads by id, dropping ids the store does not know (a store error still fails the field). */
export async function loadAll<T>(loader: ById<T>, ids: readonly string[]): Promise<T[]> {
  const found: (T | null)[] = await Promise.all(ids.map((id) => loader.get(id)));
  return found.filter((x): x is T => x !== null);
}
