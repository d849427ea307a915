import { MultiUndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import {
  byName,
  byPersonName,
  drawSubgraph,
  sortLoads,
  sortPartners,
  zeroConfidences,
  zeroCounts as zero,
} from './answers.ts';
import type {
  Assignment,
  Level,
  Measure,
  MeasureLink,
  Model,
  Person,
  Plan,
  Role,
  Section,
  Seed,
  Task,
  Unit,
  UnmatchedMeasure,
} from '../model/model.ts';
import { MAX_PATH_HOPS } from './contract.ts';
import type {
  Duty,
  Filter,
  GapQuery,
  GraphStore,
  Health,
  LoadQuery,
  MeasureQuery,
  Partner,
  PathStep,
  RoleCounts,
  Stats,
  Subgraph,
  SubgraphQuery,
  Touches,
  UnitLoad,
  UnitQuery,
} from './contract.ts';
import { validateModel } from './validate.ts';

/** The loaded model with the indexes the questions need. Built whole, then swapped in. */
interface State {
  model: Model;
  plans: Map<string, Plan>;
  sections: Map<string, Section>;
  tasks: Map<string, Task>;
  measures: Map<string, Measure>;
  units: Map<string, Unit>;
  persons: Map<string, Person>;
  /** Assignments per party and per measure, in document order. */
  byParty: Map<string, Assignment[]>;
  byMeasure: Map<string, Assignment[]>;
  /** Collectives per member unit. */
  memberOf: Map<string, string[]>;
  /** Each assignment's and each plan's place in document order. */
  order: Map<string, number>;
  planOrder: Map<string, number>;
  /** Units and measures, an edge per assignment of a unit: the graph chains of shared measures run on. */
  graph: MultiUndirectedGraph;
  /**
   * Each unit's partners with no filter, worked out when first
   * asked: the most asked question, on a graph that never changes.
   */
  partnersUnfiltered: Map<string, Partner[]>;
  /** Links and unmatched measures per measure (a link under both its ends), in the model's order. */
  linksByMeasure: Map<string, MeasureLink[]>;
  unmatchedByMeasure: Map<string, UnmatchedMeasure[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function index(model: Model): State {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const state: State = {
    model,
    plans: byId(model.plans),
    sections: byId(model.sections),
    tasks: byId(model.tasks),
    measures: byId(model.measures),
    units: byId(model.units),
    persons: byId(model.persons),
    byParty: new Map(),
    byMeasure: new Map(),
    memberOf: new Map(),
    order: new Map(model.assignments.map((a, i) => [a.id, i])),
    planOrder: new Map(model.plans.map((p, i) => [p.id, i])),
    graph: new MultiUndirectedGraph(),
    partnersUnfiltered: new Map(),
    linksByMeasure: new Map(),
    unmatchedByMeasure: new Map(),
  };
  for (const link of model.links) {
    push(state.linksByMeasure, link.from, link);
    push(state.linksByMeasure, link.to, link);
  }
  for (const u of model.unmatched) push(state.unmatchedByMeasure, u.measureId, u);
  for (const measure of model.measures) state.graph.addNode(measure.id);
  for (const unit of model.units) state.graph.addNode(unit.id);
  for (const unit of model.units) for (const member of unit.members ?? []) push(state.memberOf, member, unit.id);
  for (const a of model.assignments) {
    push(state.byParty, a.unitId ?? a.personId!, a);
    push(state.byMeasure, a.measureId, a);
    if (a.unitId) state.graph.addEdgeWithKey(a.id, a.unitId, a.measureId);
  }
  return state;
}

/**
 * The in-process store: the default when no Neo4j address is configured. It keeps the
 * model in memory with indexes, and uses graphology for chains between units.
 */
export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private state: State | undefined;

  async replaceAssignments(model: Model): Promise<void> {
    await this.load(model);
  }

  async load(model: Model): Promise<void> {
    validateModel(model);
    this.state = index(model);
  }

  async health(): Promise<Health> {
    const m = this.state?.model;
    return {
      ok: true,
      store: 'embedded',
      loaded: m !== undefined,
      counts: {
        plans: m?.plans.length ?? 0,
        tasks: m?.tasks.length ?? 0,
        measures: m?.measures.length ?? 0,
        units: m?.units.length ?? 0,
        assignments: m?.assignments.length ?? 0,
      },
    };
  }

  async close(): Promise<void> {
    this.state = undefined;
  }

  private get loaded(): State {
    if (!this.state) throw new Error('the embedded store holds no graph: load a model first');
    return this.state;
  }

  async seeds(): Promise<Seed[]> {
    return this.loaded.model.seeds;
  }

  async plans(): Promise<Plan[]> {
    return this.loaded.model.plans;
  }

  async plansById(ids: readonly string[]) {
    return pick(this.loaded.plans, ids);
  }
  async sectionsById(ids: readonly string[]) {
    return pick(this.loaded.sections, ids);
  }
  async tasksById(ids: readonly string[]) {
    return pick(this.loaded.tasks, ids);
  }
  async measuresById(ids: readonly string[]) {
    return pick(this.loaded.measures, ids);
  }
  async unitsById(ids: readonly string[]) {
    return pick(this.loaded.units, ids);
  }
  async personsById(ids: readonly string[]) {
    return pick(this.loaded.persons, ids);
  }

  async assignmentsOfMeasures(measureIds: readonly string[]): Promise<Assignment[][]> {
    return measureIds.map((id) => this.loaded.byMeasure.get(id) ?? []);
  }

  async collectivesOf(unitIds: readonly string[]): Promise<Unit[][]> {
    return unitIds.map((id) => (this.loaded.memberOf.get(id) ?? []).map((c) => this.loaded.units.get(c)!).sort(byName));
  }

  async findPersons(search?: string): Promise<Person[]> {
    const key = search?.replace(/\s+/g, '');
    return this.loaded.model.persons.filter((p) => !key || p.name.includes(key)).sort(byPersonName);
  }

  async findUnits(query: UnitQuery): Promise<Unit[]> {
    const search = query.search?.replace(/\s+/g, '');
    return this.loaded.model.units
      .filter(
        (u) =>
          (!search || u.name.includes(search) || u.aliases.some((a) => a.includes(search))) &&
          (!query.levels || query.levels.includes(u.level)) &&
          (!query.jurisdictions || query.jurisdictions.includes(u.jurisdiction)) &&
          (!query.kinds || query.kinds.includes(u.kind)),
      )
      .sort(byName);
  }

  async resolveUnit(name: string): Promise<Unit[]> {
    const key = name.replace(/\s+/g, '');
    return this.loaded.model.units.filter((u) => u.name === key || u.aliases.includes(key)).sort(byName);
  }

  async findMeasures(query: MeasureQuery): Promise<Measure[]> {
    const s = this.loaded;
    const filter = query.filter ?? {};
    const text = query.text?.replace(/\s+/g, '');
    const measures = query.unitId
      ? [...new Map(this.duties(query.unitId, filter).map((d) => [d.measure.id, d.measure])).values()]
      : s.model.measures.filter(
          (m) =>
            this.measurePasses(m, filter) &&
            (!filter.roles || (s.byMeasure.get(m.id) ?? []).some((a) => filter.roles!.includes(a.role))),
        );
    return text ? measures.filter((m) => m.text.includes(text)) : measures;
  }

  async touches(unitId: string, filter: Filter = {}): Promise<Touches | null> {
    const unit = this.loaded.units.get(unitId);
    if (!unit) return null;
    const duties = this.duties(unitId, filter);
    return { unit, duties, partners: this.partnersOn(unitId, duties, filter) };
  }

  async partners(unitId: string, filter: Filter = {}): Promise<Partner[] | null> {
    if (!this.loaded.units.has(unitId)) return null;
    return this.partnersOn(unitId, this.duties(unitId, filter), filter);
  }

  async loads(query: LoadQuery = {}): Promise<UnitLoad[]> {
    const s = this.loaded;
    const filter = query.filter ?? {};
    const loads = new Map<string, { counts: RoleCounts; byPlan: Map<string, RoleCounts> }>();
    const count = (unitId: string, role: Role, planId: string) => {
      let load = loads.get(unitId);
      if (!load) loads.set(unitId, (load = { counts: zero(), byPlan: new Map() }));
      load.counts[role] += 1;
      let plan = load.byPlan.get(planId);
      if (!plan) load.byPlan.set(planId, (plan = zero()));
      plan[role] += 1;
    };
    for (const a of s.model.assignments) {
      if (!a.unitId || !this.passes(a, filter)) continue;
      const planId = s.measures.get(a.measureId)!.planId;
      count(a.unitId, a.role, planId);
      if (filter.expandCollectives)
        for (const member of s.units.get(a.unitId)!.members ?? []) count(member, a.role, planId);
    }
    const answer = [...loads.entries()]
      .map(([id, load]) => ({
        unit: s.units.get(id)!,
        counts: load.counts,
        byPlan: [...load.byPlan.entries()].map(([planId, counts]) => ({ planId, counts })),
      }))
      .filter(
        ({ unit }) =>
          (!query.levels || query.levels.includes(unit.level)) &&
          (!query.jurisdictions || query.jurisdictions.includes(unit.jurisdiction)),
      );
    return sortLoads(answer, s.planOrder);
  }

  async subgraph(query: SubgraphQuery = {}): Promise<Subgraph> {
    const s = this.loaded;
    const filter = query.filter ?? {};
    let assignments: Assignment[];
    if (query.around) {
      // The parties' own measures under the filter, with everyone on them (as partners are counted).
      const measureIds = new Set(query.around.flatMap((id) => this.duties(id, filter).map((d) => d.measure.id)));
      assignments = [...measureIds]
        .flatMap((id) => s.byMeasure.get(id) ?? [])
        .sort((a, b) => s.order.get(a.id)! - s.order.get(b.id)!);
    } else {
      assignments = s.model.assignments.filter((a) => this.passes(a, filter));
    }
    const parties = new Set(assignments.map((a) => a.unitId ?? a.personId!));
    const measures = new Set(assignments.map((a) => s.measures.get(a.measureId)!));
    return drawSubgraph(assignments, {
      units: s.units,
      persons: s.persons,
      measures: s.measures,
      taskSeqs: new Map([...measures].map((m) => [m.id, s.tasks.get(m.taskId)!.seq])),
      jurisdictions: new Map([...measures].map((m) => [m.id, s.plans.get(m.planId)!.jurisdiction])),
      loads: new Map([...parties].map((id) => [id, this.countDuties(id, filter)])),
    });
  }

  async stats(): Promise<Stats> {
    const m = this.loaded.model;
    const byRole = zero();
    const byConfidence = zeroConfidences();
    const levels = new Map<Level, { level: Level; units: number; assignments: number }>();
    const level = (l: Level) => levels.get(l) ?? levels.set(l, { level: l, units: 0, assignments: 0 }).get(l)!;
    for (const unit of m.units) level(unit.level).units += 1;
    const byPlan = new Map(m.plans.map((p) => [p.id, { planId: p.id, tasks: 0, measures: 0, assignments: 0 }]));
    for (const t of m.tasks) byPlan.get(t.planId)!.tasks += 1;
    for (const x of m.measures) byPlan.get(x.planId)!.measures += 1;
    for (const a of m.assignments) {
      byRole[a.role] += 1;
      byConfidence[a.confidence] += 1;
      byPlan.get(this.loaded.measures.get(a.measureId)!.planId)!.assignments += 1;
      if (a.unitId) level(this.loaded.units.get(a.unitId)!.level).assignments += 1;
    }
    const { counts } = await this.health();
    return {
      counts: {
        ...counts,
        persons: m.persons.length,
        uncertain: byConfidence.likely + byConfidence.unclear,
      },
      byRole,
      byConfidence,
      byLevel: (['city', 'district', 'town', 'other'] as Level[]).flatMap((l) =>
        levels.has(l) ? [levels.get(l)!] : [],
      ),
      byPlan: [...byPlan.values()],
      unknownNames: m.unknownNames,
    };
  }

  async path(fromId: string, toId: string, maxHops: number): Promise<PathStep[] | null> {
    const s = this.loaded;
    if (!s.units.has(fromId) || !s.units.has(toId)) return null;
    if (fromId === toId) return []; // a chain of 0 measures; null would say there is none
    // Of all shortest chains, the one whose node ids are least in order: the chain Neo4j's
    // allShortestPaths ordered by ids gives. Walk from `from`, always to the least id one step nearer.
    const distance = singleSourceLength(s.graph, toId);
    const length = distance[fromId];
    if (length === undefined || length / 2 > Math.min(maxHops, MAX_PATH_HOPS)) return null;
    const nodes = [fromId];
    for (let at = fromId; at !== toId; nodes.push(at)) {
      const nearer = distance[at]! - 1;
      at = s.graph
        .neighbors(at)
        .reduce((least, n) => (distance[n] === nearer && (least === '' || n < least) ? n : least), '');
    }
    const chain: PathStep[] = [];
    for (let i = 0; i + 2 < nodes.length; i += 2) {
      chain.push({
        from: s.units.get(nodes[i]!)!,
        measure: s.measures.get(nodes[i + 1]!)!,
        to: s.units.get(nodes[i + 2]!)!,
      });
    }
    return chain;
  }

  async linksOf(measureIds: readonly string[]): Promise<MeasureLink[][]> {
    return measureIds.map((id) => this.loaded.linksByMeasure.get(id) ?? []);
  }

  async unmatchedOf(measureIds: readonly string[]): Promise<UnmatchedMeasure[][]> {
    return measureIds.map((id) => this.loaded.unmatchedByMeasure.get(id) ?? []);
  }

  async gaps(query: GapQuery = {}): Promise<UnmatchedMeasure[]> {
    const s = this.loaded;
    return s.model.unmatched.filter((u) => {
      if (u.kind !== 'gap') return false;
      const district = s.plans.get(u.otherPlanId)!;
      const cityPlan = s.measures.get(u.measureId)!.planId;
      return (
        (!query.jurisdictions || query.jurisdictions.includes(district.jurisdiction)) &&
        (!query.plans || query.plans.includes(district.id) || query.plans.includes(cityPlan))
      );
    });
  }

  /** A party's assignments under the filter, with those of its collectives when asked, in document order. */
  private duties(partyId: string, filter: Filter): Duty[] {
    const s = this.loaded;
    const duty = (assignment: Assignment, via?: Unit): Duty => {
      const measure = s.measures.get(assignment.measureId)!;
      return {
        assignment,
        measure,
        task: s.tasks.get(measure.taskId)!,
        plan: s.plans.get(measure.planId)!,
        ...(via && { via }),
      };
    };
    const duties = (s.byParty.get(partyId) ?? []).filter((a) => this.passes(a, filter)).map((a) => duty(a));
    if (!filter.expandCollectives) return duties;
    for (const collectiveId of s.memberOf.get(partyId) ?? []) {
      const collective = s.units.get(collectiveId)!;
      for (const a of s.byParty.get(collectiveId) ?? []) if (this.passes(a, filter)) duties.push(duty(a, collective));
    }
    return duties.sort((a, b) => s.order.get(a.assignment.id)! - s.order.get(b.assignment.id)!);
  }

  /** How many duties `duties` would give, without building them: a drawing sizes every node by it. */
  private countDuties(partyId: string, filter: Filter): number {
    const s = this.loaded;
    const lists = [
      s.byParty.get(partyId) ?? [],
      ...(filter.expandCollectives ? (s.memberOf.get(partyId) ?? []).map((c) => s.byParty.get(c) ?? []) : []),
    ];
    const all = passesAll(filter);
    return lists.reduce((n, list) => n + (all ? list.length : list.filter((a) => this.passes(a, filter)).length), 0);
  }

  /** The units on the duties' measures other than the unit itself (and the collectives it was on them through). */
  private partnersOn(unitId: string, duties: Duty[], filter: Filter): Partner[] {
    const s = this.loaded;
    const remembered = !filter.expandCollectives && passesAll(filter);
    if (remembered && s.partnersUnfiltered.has(unitId)) return s.partnersUnfiltered.get(unitId)!;
    const partners = new Map<string, Partner>();
    const self = new Set([unitId, ...duties.flatMap((d) => (d.via ? [d.via.id] : []))]);
    for (const measureId of new Set(duties.map((d) => d.measure.id))) {
      const onMeasure = new Set<string>();
      for (const other of s.byMeasure.get(measureId) ?? []) {
        if (!other.unitId || self.has(other.unitId)) continue;
        let partner = partners.get(other.unitId);
        if (!partner)
          partners.set(
            other.unitId,
            (partner = { unit: s.units.get(other.unitId)!, sharedMeasures: 0, byRole: zero() }),
          );
        if (!onMeasure.has(other.unitId)) partner.sharedMeasures += 1;
        onMeasure.add(other.unitId);
        partner.byRole[other.role] += 1;
      }
    }
    const sorted = sortPartners([...partners.values()]);
    if (remembered) s.partnersUnfiltered.set(unitId, sorted);
    return sorted;
  }

  private passes(a: Assignment, filter: Filter): boolean {
    return (
      (!filter.roles || filter.roles.includes(a.role)) &&
      this.measurePasses(this.loaded.measures.get(a.measureId)!, filter)
    );
  }

  /** The filter's conditions on the measure itself: plan, topic, deadline. */
  private measurePasses(measure: Measure, filter: Filter): boolean {
    const plan = this.loaded.plans.get(measure.planId)!;
    const due = measure.deadline.due;
    return (
      (!filter.plans || filter.plans.includes(plan.id)) &&
      (!filter.topics || filter.topics.includes(plan.topic)) &&
      (!filter.deadlineKinds || filter.deadlineKinds.includes(measure.deadline.kind)) &&
      (!filter.dueFrom || (due !== undefined && due >= filter.dueFrom)) &&
      (!filter.dueTo || (due !== undefined && due <= filter.dueTo))
    );
  }
}

/** Whether the filter lets every assignment through (collectives aside). */
function passesAll(filter: Filter): boolean {
  return !filter.roles && !filter.plans && !filter.topics && !filter.deadlineKinds && !filter.dueFrom && !filter.dueTo;
}

/** Items by id in the order asked, null where an id is unknown. */
function pick<T>(map: Map<string, T>, ids: readonly string[]): (T | null)[] {
  return ids.map((id) => map.get(id) ?? null);
}
