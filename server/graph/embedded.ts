import { MultiUndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { Assignment, Measure, Model, Person, Plan, Role, Section, Task, Unit } from '../ingest/model.ts';
import type { Duty, Filter, GraphStore, Health, LoadQuery, Partner, PathStep, RoleCounts, Touches, UnitLoad, UnitQuery } from './contract.ts';
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
  /** Units and measures, an edge per assignment of a unit: the graph chains of shared measures run on. */
  graph: MultiUndirectedGraph;
}

const zero = (): RoleCounts => ({ lead: 0, responsible: 0, coop: 0, leader: 0 });
const total = (c: RoleCounts) => c.lead + c.responsible + c.coop + c.leader;

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
    graph: new MultiUndirectedGraph(),
  };
  for (const measure of model.measures) state.graph.addNode(measure.id);
  for (const unit of model.units) state.graph.addNode(unit.id);
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
      counts: { plans: m?.plans.length ?? 0, tasks: m?.tasks.length ?? 0, measures: m?.measures.length ?? 0, units: m?.units.length ?? 0, assignments: m?.assignments.length ?? 0 },
    };
  }

  async close(): Promise<void> {
    this.state = undefined;
  }

  private get s(): State {
    if (!this.state) throw new Error('the embedded store holds no graph: load a model first');
    return this.state;
  }

  async plans(): Promise<Plan[]> {
    return this.s.model.plans;
  }

  async plansById(ids: readonly string[]) {
    return pick(this.s.plans, ids);
  }
  async sectionsById(ids: readonly string[]) {
    return pick(this.s.sections, ids);
  }
  async tasksById(ids: readonly string[]) {
    return pick(this.s.tasks, ids);
  }
  async measuresById(ids: readonly string[]) {
    return pick(this.s.measures, ids);
  }
  async unitsById(ids: readonly string[]) {
    return pick(this.s.units, ids);
  }
  async personsById(ids: readonly string[]) {
    return pick(this.s.persons, ids);
  }

  async findUnits(query: UnitQuery): Promise<Unit[]> {
    const search = query.search?.replace(/\s+/g, '');
    return this.s.model.units
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
    return this.s.model.units.filter((u) => u.name === key || u.aliases.includes(key)).sort(byName);
  }

  async touches(partyId: string, filter: Filter = {}): Promise<Touches | null> {
    const s = this.s;
    const unit = s.units.get(partyId);
    if (!unit) return null;
    const duties = (s.byParty.get(partyId) ?? []).filter((a) => this.passes(a, filter)).map((a) => this.duty(a));
    const partners = new Map<string, Partner>();
    const seen = new Set<string>();
    for (const { measure } of duties) {
      if (seen.has(measure.id)) continue;
      seen.add(measure.id);
      const onMeasure = new Set<string>();
      for (const other of s.byMeasure.get(measure.id) ?? []) {
        if (!other.unitId || other.unitId === partyId) continue;
        let partner = partners.get(other.unitId);
        if (!partner) partners.set(other.unitId, (partner = { unit: s.units.get(other.unitId)!, sharedMeasures: 0, byRole: zero() }));
        if (!onMeasure.has(other.unitId)) partner.sharedMeasures += 1;
        onMeasure.add(other.unitId);
        partner.byRole[other.role] += 1;
      }
    }
    return { unit, duties, partners: [...partners.values()].sort((a, b) => b.sharedMeasures - a.sharedMeasures || byName(a.unit, b.unit)) };
  }

  async loads(query: LoadQuery = {}): Promise<UnitLoad[]> {
    const s = this.s;
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
      if (!a.unitId || !this.passes(a, query.filter ?? {})) continue;
      const planId = s.measures.get(a.measureId)!.planId;
      count(a.unitId, a.role, planId);
      if (query.expandCollectives) for (const member of s.units.get(a.unitId)!.members ?? []) count(member, a.role, planId);
    }
    return [...loads.entries()]
      .map(([id, load]) => ({ unit: s.units.get(id)!, counts: load.counts, byPlan: [...load.byPlan.entries()].map(([planId, counts]) => ({ planId, counts })) }))
      .filter(({ unit }) => (!query.levels || query.levels.includes(unit.level)) && (!query.jurisdictions || query.jurisdictions.includes(unit.jurisdiction)))
      .sort((a, b) => total(b.counts) - total(a.counts) || byName(a.unit, b.unit));
  }

  async path(fromId: string, toId: string, maxHops: number): Promise<PathStep[] | null> {
    const s = this.s;
    if (!s.units.has(fromId) || !s.units.has(toId) || fromId === toId) return null;
    const nodes = bidirectional(s.graph, fromId, toId);
    if (!nodes || (nodes.length - 1) / 2 > maxHops) return null;
    const steps: PathStep[] = [];
    for (let i = 0; i + 2 < nodes.length; i += 2) {
      steps.push({ from: s.units.get(nodes[i]!)!, measure: s.measures.get(nodes[i + 1]!)!, to: s.units.get(nodes[i + 2]!)! });
    }
    return steps;
  }

  private duty(assignment: Assignment): Duty {
    const measure = this.s.measures.get(assignment.measureId)!;
    return { assignment, measure, task: this.s.tasks.get(measure.taskId)!, plan: this.s.plans.get(measure.planId)! };
  }

  private passes(a: Assignment, filter: Filter): boolean {
    const measure = this.s.measures.get(a.measureId)!;
    const plan = this.s.plans.get(measure.planId)!;
    const due = measure.deadline.due;
    return (
      (!filter.roles || filter.roles.includes(a.role)) &&
      (!filter.plans || filter.plans.includes(plan.id)) &&
      (!filter.topics || filter.topics.includes(plan.topic)) &&
      (!filter.deadlineKinds || filter.deadlineKinds.includes(measure.deadline.kind)) &&
      (!filter.dueFrom || (due !== undefined && due >= filter.dueFrom)) &&
      (!filter.dueTo || (due !== undefined && due <= filter.dueTo))
    );
  }
}

/** Items by id in the order asked, null where an id is unknown. */
function pick<T>(map: Map<string, T>, ids: readonly string[]): (T | null)[] {
  return ids.map((id) => map.get(id) ?? null);
}

function byName(a: Unit, b: Unit): number {
  return a.name.localeCompare(b.name, 'zh') || a.jurisdiction.localeCompare(b.jurisdiction, 'zh');
}
