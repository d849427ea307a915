/**
 * The Neo4j store: the production home of the graph. Every statement comes from `cypher/` by
 * name (cypher.ts); rows.ts maps the model to parameters and records back to the model; the
 * ordering and drawing rules shared with the embedded store (answers.ts) keep the two
 * answering identically. Reads use read routing, so a cluster spreads them over its followers.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type {
  Assignment,
  Measure,
  MeasureLink,
  Model,
  Person,
  Plan,
  Section,
  Seed,
  Task,
  Unit,
  UnmatchedMeasure,
} from '../../model/model.ts';
import {
  byName,
  byPersonName,
  drawSubgraph,
  sortLoads,
  sortPartners,
  zeroConfidences,
  zeroCounts,
} from '../answers.ts';
import {
  MAX_PATH_HOPS,
  StoreConfigError,
  StoreUnavailableError,
  type Duty,
  type Filter,
  type GapQuery,
  type GraphStore,
  type Health,
  type LoadQuery,
  type MeasureQuery,
  type Partner,
  type PathStep,
  type Stats,
  type Subgraph,
  type SubgraphQuery,
  type Touches,
  type UnitLoad,
  type UnitQuery,
} from '../contract.ts';
import { validateModel } from '../validate.ts';
import { query, statements, type QueryName, type QueryParams } from './cypher.ts';
import {
  filterParams,
  loadParams,
  toAssignment,
  toLink,
  toMeasure,
  toPerson,
  toPlan,
  toSection,
  toSeed,
  toTask,
  toUnit,
  toUnknownName,
  toUnmatched,
} from './rows.ts';

/**
 * A record as the driver hands it back: property maps whose shape the
 * Cypher file, not TypeScript, declares (rows.ts maps them to the model).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  /** Absent: the server's default database. */
  database?: string;
  /** How long a read or the load keeps retrying a lost connection, in ms. */
  maxRetryTime?: number;
}

/** Driver errors that mean "cannot reach or enter the server", as opposed to a bad query. */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private schemaReady = false;

  private constructor(
    private readonly driver: Driver,
    private readonly settings: Neo4jSettings,
  ) {}

  /** Settings from NEO4J_URI, NEO4J_USER (default neo4j), NEO4J_PASSWORD, NEO4J_DATABASE and NEO4J_MAX_RETRY_MS. */
  static fromEnv(env: NodeJS.ProcessEnv): Neo4jStore {
    const {
      NEO4J_URI: uri,
      NEO4J_USER: user = 'neo4j',
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
      NEO4J_MAX_RETRY_MS: retry,
    } = env;
    if (!uri)
      throw new StoreConfigError('NEO4J_URI is not set: give the Neo4j address, for example bolt://localhost:7687');
    if (!password)
      throw new StoreConfigError('NEO4J_PASSWORD is not set: give the password of NEO4J_USER (see .env.example)');
    return Neo4jStore.connect({
      uri,
      user,
      password,
      database: database || undefined,
      maxRetryTime: retry ? Number(retry) : undefined,
    });
  }

  static connect(settings: Neo4jSettings): Neo4jStore {
    let driver: Driver;
    try {
      driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
        disableLosslessIntegers: true,
        connectionTimeout: 5_000,
        maxTransactionRetryTime: settings.maxRetryTime ?? 5_000,
      });
    } catch (error) {
      throw new StoreConfigError(`NEO4J_URI "${settings.uri}" is not a Neo4j address: ${(error as Error).message}`);
    }
    return new Neo4jStore(driver, settings);
  }

  async load(model: Model): Promise<void> {
    validateModel(model);
    await this.guard(async () => {
      await this.ensureSchema();
      const params = loadParams(model) as Row;
      const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        // One transaction for every statement: a failure part-way leaves the previous graph.
        await session.executeWrite(async (tx) => {
          for (const statement of statements('load')) await tx.run(statement, paramsUsedBy(statement, params));
        });
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Each rewritten party's `order` is its place in `model`; the other measures keep theirs. A
   * decision that adds a party can so give two parties of neighbouring measures the same order, and
   * a unit's duties across those two measures may then come in either order until the next full load.
   */
  async replaceAssignments(model: Model, measureIds: readonly string[]): Promise<void> {
    validateModel(model);
    if (measureIds.length === 0) return;
    const ids = new Set(measureIds);
    const all = loadParams(model) as Row;
    const only = (rows: { measureId: string }[]) => rows.filter((r) => ids.has(r.measureId));
    const params: Row = {
      measureIds: [...ids],
      leads: only(all.leads),
      responsibilities: only(all.responsibilities),
      cooperations: only(all.cooperations),
      oversights: only(all.oversights),
    };
    await this.guard(async () => {
      await this.ensureSchema();
      const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite(async (tx) => {
          for (const statement of statements('replace-assignments'))
            await tx.run(statement, paramsUsedBy(statement, params));
        });
      } finally {
        await session.close();
      }
    });
  }

  async health(): Promise<Health> {
    try {
      await this.driver.verifyConnectivity({ database: this.settings.database });
      const [row] = await this.read('health', {});
      const counts = {
        plans: row!.plans,
        tasks: row!.tasks,
        measures: row!.measures,
        units: row!.units,
        assignments: row!.assignments,
      };
      return { ok: true, store: 'neo4j', loaded: counts.plans > 0, counts };
    } catch (error) {
      const reason = error instanceof StoreUnavailableError ? error.message : this.unavailable(error).message;
      return {
        ok: false,
        store: 'neo4j',
        loaded: false,
        counts: { plans: 0, tasks: 0, measures: 0, units: 0, assignments: 0 },
        error: reason,
      };
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async seeds(): Promise<Seed[]> {
    return (await this.read('seeds', {})).map((r) => toSeed(r.seed));
  }
  async plans(): Promise<Plan[]> {
    return (await this.read('plans', {})).map((r) => toPlan(r.plan));
  }

  async plansById(ids: readonly string[]) {
    return this.byId('plans-by-id', ids, toPlan);
  }
  async sectionsById(ids: readonly string[]): Promise<(Section | null)[]> {
    return this.byId('sections-by-id', ids, toSection);
  }
  async tasksById(ids: readonly string[]): Promise<(Task | null)[]> {
    return this.byId('tasks-by-id', ids, toTask);
  }
  async measuresById(ids: readonly string[]): Promise<(Measure | null)[]> {
    return this.byId('measures-by-id', ids, toMeasure);
  }
  async unitsById(ids: readonly string[]): Promise<(Unit | null)[]> {
    return this.byId('units-by-id', ids, toUnit);
  }
  async personsById(ids: readonly string[]): Promise<(Person | null)[]> {
    return this.byId('persons-by-id', ids, toPerson);
  }

  async assignmentsOfMeasures(measureIds: readonly string[]): Promise<Assignment[][]> {
    const rows = await this.read('assignments-of-measures', { ids: [...measureIds] });
    const found = new Map(rows.map((r) => [r.id as string, (r.assignments as Row[]).map(toAssignment)]));
    return measureIds.map((id) => found.get(id) ?? []);
  }

  async collectivesOf(unitIds: readonly string[]): Promise<Unit[][]> {
    const rows = await this.read('collectives-of', { ids: [...unitIds] });
    const found = new Map(rows.map((r) => [r.id as string, (r.collectives as Row[]).map(toUnit).sort(byName)]));
    return unitIds.map((id) => found.get(id) ?? []);
  }

  async findPersons(search?: string): Promise<Person[]> {
    return (await this.read('find-persons', { search: search?.replace(/\s+/g, '') || null }))
      .map((r) => toPerson(r.person))
      .sort(byPersonName);
  }

  async findUnits(q: UnitQuery): Promise<Unit[]> {
    const rows = await this.read('find-units', {
      search: q.search?.replace(/\s+/g, '') || null,
      levels: q.levels ?? null,
      jurisdictions: q.jurisdictions ?? null,
      kinds: q.kinds ?? null,
    });
    return rows.map((r) => toUnit(r.unit)).sort(byName);
  }

  async resolveUnit(name: string): Promise<Unit[]> {
    return (await this.read('resolve-unit', { name: name.replace(/\s+/g, '') }))
      .map((r) => toUnit(r.unit))
      .sort(byName);
  }

  async findMeasures(q: MeasureQuery): Promise<Measure[]> {
    const text = q.text?.replace(/\s+/g, '') || null;
    if (q.unitId) {
      const measures = [
        ...new Map((await this.duties(q.unitId, q.filter)).map((d) => [d.measure.id, d.measure])).values(),
      ];
      return text ? measures.filter((m) => m.text.includes(text)) : measures;
    }
    const { expandCollectives: _, ...filter } = filterParams(q.filter);
    return (await this.read('find-measures', { ...filter, text })).map((r) => toMeasure(r.measure));
  }

  async touches(unitId: string, filter: Filter = {}): Promise<Touches | null> {
    const [[unit], duties, partners] = await Promise.all([
      this.unitsById([unitId]),
      this.duties(unitId, filter),
      this.partnerRows(unitId, filter),
    ]);
    return unit ? { unit, duties, partners } : null;
  }

  async partners(unitId: string, filter: Filter = {}): Promise<Partner[] | null> {
    const [[unit], partners] = await Promise.all([this.unitsById([unitId]), this.partnerRows(unitId, filter)]);
    return unit ? partners : null;
  }

  async loads(q: LoadQuery = {}): Promise<UnitLoad[]> {
    const plans = await this.plans();
    const filter = filterParams(q.filter);
    const rows = await this.read('loads', {
      ...filter,
      plans: filter.plans ?? plans.map((p) => p.id),
      levels: q.levels ?? null,
      jurisdictions: q.jurisdictions ?? null,
    });
    const loads = rows.map((r): UnitLoad => {
      const counts = zeroCounts();
      const byPlan = new Map<string, UnitLoad['counts']>();
      for (const { planId, role, n } of r.counts as { planId: string; role: keyof UnitLoad['counts']; n: number }[]) {
        counts[role] += n;
        if (!byPlan.has(planId)) byPlan.set(planId, zeroCounts());
        byPlan.get(planId)![role] += n;
      }
      return { unit: toUnit(r.unit), counts, byPlan: [...byPlan].map(([planId, c]) => ({ planId, counts: c })) };
    });
    return sortLoads(loads, new Map(plans.map((p, i) => [p.id, i])));
  }

  async subgraph(q: SubgraphQuery = {}): Promise<Subgraph> {
    const filter = filterParams(q.filter);
    const rows = q.around
      ? await this.read('subgraph-around', { ...filter, around: q.around })
      : await this.read('subgraph-all', filter);
    const assignments = rows.map((r) => toAssignment(r.assignment));
    const ids = (pick: (a: (typeof assignments)[number]) => string | undefined) => [
      ...new Set(assignments.flatMap((a) => pick(a) ?? [])),
    ];
    const unitIds = ids((a) => a.unitId);
    const personIds = ids((a) => a.personId);
    const measureIds = ids((a) => a.measureId);
    const [units, persons, measures, labels, loads] = await Promise.all([
      this.unitsById(unitIds),
      this.personsById(personIds),
      this.measuresById(measureIds),
      this.read('measure-labels', { ids: measureIds }),
      this.read('party-loads', { ...filter, partyIds: [...unitIds, ...personIds] }),
    ]);
    const byId = <T extends { id: string }>(list: (T | null)[]) =>
      new Map(list.flatMap((x) => (x ? [[x.id, x] as const] : [])));
    return drawSubgraph(assignments, {
      units: byId(units),
      persons: byId(persons),
      measures: byId(measures),
      taskSeqs: new Map(labels.map((r) => [r.id, r.taskSeq])),
      jurisdictions: new Map(labels.map((r) => [r.id, r.jurisdiction])),
      loads: new Map(loads.map((r) => [r.id, r.load])),
    });
  }

  async path(fromId: string, toId: string, maxHops: number): Promise<PathStep[] | null> {
    if (fromId === toId) return (await this.unitsById([fromId]))[0] ? [] : null; // a chain of 0 measures
    const hops = Math.min(Math.max(0, Math.floor(maxHops)), MAX_PATH_HOPS);
    const [row] = await this.read('path', { fromId, toId, maxHops: neo4j.int(hops) });
    if (!row) return null;
    const ids = row.ids as string[];
    const unitIds = ids.filter((_, i) => i % 2 === 0);
    const [units, measures] = await Promise.all([
      this.unitsById(unitIds),
      this.measuresById(ids.filter((_, i) => i % 2 === 1)),
    ]);
    return measures.map((measure, i) => ({ from: units[i]!, measure: measure!, to: units[i + 1]! }));
  }

  async stats(): Promise<Stats> {
    const [health, [row]] = await Promise.all([this.health(), this.read('stats', {})]);
    if (!health.ok) throw new StoreUnavailableError(health.error!);
    const byRole = zeroCounts();
    const byConfidence = zeroConfidences();
    for (const { role, confidence, n } of row!.byRoleAndConfidence as {
      role: keyof typeof byRole;
      confidence: keyof typeof byConfidence;
      n: number;
    }[]) {
      byRole[role] += n;
      byConfidence[confidence] += n;
    }
    const levels = ['city', 'district', 'town', 'other'];
    return {
      counts: { ...health.counts, persons: row!.persons, uncertain: byConfidence.likely + byConfidence.unclear },
      byRole,
      byConfidence,
      byLevel: (row!.byLevel as Stats['byLevel']).sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level)),
      byPlan: row!.byPlan,
      unknownNames: (row!.unknownNames as Row[]).map(toUnknownName),
    };
  }

  async linksOf(measureIds: readonly string[]): Promise<MeasureLink[][]> {
    if (measureIds.length === 0) return [];
    const rows = await this.read('links-of-measures', { ids: [...measureIds] });
    const found = new Map(rows.map((r) => [r.id as string, (r.links as Row[]).map(toLink)]));
    return measureIds.map((id) => found.get(id) ?? []);
  }

  async unmatchedOf(measureIds: readonly string[]): Promise<UnmatchedMeasure[][]> {
    if (measureIds.length === 0) return [];
    const rows = await this.read('unmatched-of-measures', { ids: [...measureIds] });
    const found = new Map(rows.map((r) => [r.id as string, (r.unmatched as Row[]).map(toUnmatched)]));
    return measureIds.map((id) => found.get(id) ?? []);
  }

  async gaps(q: GapQuery = {}): Promise<UnmatchedMeasure[]> {
    const rows = await this.read('gaps', { jurisdictions: q.jurisdictions ?? null, plans: q.plans ?? null });
    return rows.map((r) => toUnmatched(r.gap));
  }

  private async duties(partyId: string, filter: Filter = {}): Promise<Duty[]> {
    const rows = await this.read('duties', { partyId, ...filterParams(filter) });
    return rows.map((r) => ({
      assignment: toAssignment(r.assignment),
      measure: toMeasure(r.measure),
      task: toTask(r.task),
      plan: toPlan(r.plan),
      ...(r.via && { via: toUnit(r.via) }),
    }));
  }

  private async partnerRows(unitId: string, filter: Filter): Promise<Partner[]> {
    const rows = await this.read('partners', { unitId, ...filterParams(filter) });
    return sortPartners(
      rows.map((r) => ({
        unit: toUnit(r.unit),
        sharedMeasures: r.sharedMeasures,
        byRole: { lead: r.lead, responsible: r.responsible, coop: r.coop, leader: r.leader },
      })),
    );
  }

  private async byId<T extends { id: string }>(
    name: QueryName,
    ids: readonly string[],
    map: (props: Row) => T,
  ): Promise<(T | null)[]> {
    if (ids.length === 0) return [];
    const found = new Map(
      (await this.read(name, { ids: [...ids] } as QueryParams<typeof name>)).map((r) => [
        r.row.id as string,
        map(r.row),
      ]),
    );
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * One read, in an auto-commit transaction that the driver does not retry: when the server is
   * gone, a question fails at once (STORE_UNAVAILABLE) instead of after the retry budget, and
   * the client asks again. Loads keep the driver's retries (see `load`).
   */
  private read<Q extends QueryName>(name: Q, params: QueryParams<Q>): Promise<Row[]> {
    return this.guard(async () => {
      const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
      try {
        const { records } = await session.run(query(name), params);
        return records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Constraints and indexes, once per store; each schema statement runs in a transaction of its own, as Neo4j requires.
   */
  private async ensureSchema(): Promise<void> {
    if (this.schemaReady) return;
    for (const statement of statements('schema'))
      await this.driver.executeQuery(statement, {}, { database: this.settings.database });
    this.schemaReady = true;
  }

  /** Runs a store operation; a server that cannot be reached becomes a StoreUnavailableError saying so. */
  private async guard<T>(body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      throw UNAVAILABLE.has((error as { code?: string }).code ?? '') ? this.unavailable(error) : error;
    }
  }

  private unavailable(error: unknown): StoreUnavailableError {
    const reason = (error as Error).message?.split('\n')[0] ?? String(error);
    return new StoreUnavailableError(`Neo4j at ${this.settings.uri} cannot be reached: ${reason}`, { cause: error });
  }
}

/** Only the parameters a statement names: load.cypher's statements each take one list of rows. */
function paramsUsedBy(statement: string, params: Row): Row {
  return Object.fromEntries([...statement.matchAll(/\$(\w+)/g)].map(([, name]) => [name!, params[name!]]));
}
