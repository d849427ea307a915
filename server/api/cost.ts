/**
 * What a query will cost the server, estimated before it runs, and refused over `maxCost`.
 *
 * graphql-armor's cost limit counts each field once, whatever it does and however many times it
 * runs: `plans { tasks { measures { assignments { party { id } } } } }` is a cost of about 40 but
 * completes some 10,000 fields, and `graph` (the whole graph drawn) costs as little as `stats`.
 * Some 60 aliases of either fit under every other limit and held the server for over a second.
 * This estimate counts
 *   - every field completed, times the number of times it runs: a list field multiplies what is
 *     under it by its length, `first`/`top` where given (a variable counts as the most allowed),
 *     else the most it has on the seed graph (LIST_SIZE, checked by tests/api/cost.test.ts);
 *   - the work of the costly resolvers themselves (WORK): drawing a graph, a path, the closest-name
 *     search an unknown unit name starts, a text search over measures.
 * A unit is about one field completed, a few microseconds of CPU; MAX_COST_DEFAULT (config.ts)
 * keeps the costliest accepted query on the seed graph well under 200 ms of server CPU.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Resolvers' own work, in fields' worth, beyond the fields they return (measured on the seed graph). */
export const WORK: Record<string, number> = {
  'Query.graph': 3000, // every assignment under the filters, drawn
  'Touches.graph': 1500,
  'Path.graph': 500,
  'Query.path': 900, // two unit arguments, each a closest-name search when unknown, and the search
  'Query.touches': 600, // a unit argument (closest-name search when unknown) and its duties
  'Query.partners': 600,
  'Query.measures': 2000, // a text search over every measure
  'Query.overload': 600,
  'Query.stats': 500,
  'Query.units': 300,
  'Query.suggest': 300,
  'Query.resolveUnit': 50,
  // Supervision: the ledger and the scorecard put a light on every measure under the filter.
  'Query.ledger': 3000,
  'Query.scorecard': 3500,
  'Query.lights': 100, // the latest reports (held in memory) and the plans' years
  'Measure.light': 5,
  'Measure.reports': 5,
  // Per item, through this request's loaders (a promise each): the fan-out of walking every plan.
  'Plan.tasks': 5,
  'Task.measures': 3,
  'Measure.assignments': 10,
  'Assignment.party': 3,
  // Review (issue 17): the queue walks every assignment of the reviewed model; a decision reloads the graph.
  'Query.reviewQueue': 800,
  'Query.reviewDecisions': 300,
  'ReviewItem.lines': 5,
  'Mutation.resolveReading': 2000,
  'Mutation.undoDecision': 2000,
  'Mutation.acceptProposal': 2000,
  'Mutation.rejectProposal': 300,
  // Measures across plans (issue 18): a measure's links and unmatched plans through the loaders;
  // changes follows continuation chains from a unit's measures of two years.
  'Query.cascade': 100,
  'Query.gaps': 200,
  'Query.changes': 900, // a unit argument (closest-name search when unknown), its duties, the chains
  'Query.planDiff': 300,
  'Measure.implements': 5,
  'Measure.implementedBy': 5,
  'Measure.continues': 5,
  'Measure.continuedBy': 5,
  'Measure.unmatched': 5,
  'CascadeCounterpart.leads': 5,
  'CascadeCounterpart.responsible': 5,
  'CascadeCounterpart.members': 10,
};

/**
 * Items a list field has on the seed graph, where no `first` or `top` says: the most one parent
 * has where the client picks the parent (the unit of `touches`), the mean where it walks them all
 * (`plans { tasks }` is 400 tasks, not 17 times the longest plan's 75). `A.b>C.d` is `C.d` under `A.b`.
 */
export const LIST_SIZE: Record<string, number> = {
  'Query.plans': 17,
  'Query.touches': 2, // units one name names (one per district)
  'Query.partners': 2,
  'Query.resolveUnit': 2,
  'Plan.tasks': 25, // 400 tasks in 17 plans
  'Task.measures': 2, // 785 measures in 400 tasks
  'Measure.assignments': 6, // 4161 assignments on 785 measures
  'Touches.assignments': 400, // 234 own on the seeds, more with expandCollectives
  'Touches.byRole': 4,
  'RoleGroup.assignments': 400,
  'Touches.tasks': 150,
  'Touches.plans': 17,
  'Touches.partners': 200,
  'UnitPartners.partners': 200,
  'Partner.byRole': 1,
  'Path.steps': 6,
  'Subgraph.nodes': 1100, // the whole graph: 222 units, 10 persons, 785 measures
  'Subgraph.edges': 4200, // 4161 assignments
  'Touches.graph>Subgraph.nodes': 450, // a unit's measures and partners
  'Touches.graph>Subgraph.edges': 1500,
  'Path.graph>Subgraph.nodes': 15,
  'Path.graph>Subgraph.edges': 60,
  'Unit.aliases': 20,
  'Unit.members': 25,
  'Unit.memberOf': 3,
  'Section.path': 5,
  'UnitLoad.byPlan': 17,
  'Stats.byLevel': 4,
  'Stats.byPlan': 17,
  'Stats.unknownNames': 10,
  'LedgerRow.leads': 3,
  'LedgerRow.responsible': 2,
  'LedgerConnection.byMonth': 24,
  'Measure.reports': 10, // a measure's reports: about one a month
  'Query.lights': 1000, // at most the 1000 measures asked (argument-limits.ts)
  'User.units': 5,
  // Measures across plans: the most one measure, unit or plan pair has on the seeds, rounded up.
  'Measure.implements': 4,
  'Measure.implementedBy': 4,
  'Measure.continues': 6,
  'Measure.continuedBy': 3,
  'Measure.unmatched': 2,
  'MeasureLink.evidence': 3,
  'Counterpart.evidence': 3,
  'CascadeCounterpart.evidence': 3,
  'Query.gaps': 60,
  'Cascade.districts': 2,
  'CascadeDistrict.counterparts': 4,
  'CascadeCounterpart.leads': 3,
  'CascadeCounterpart.responsible': 3,
  'CascadeCounterpart.members': 40, // 各镇人民政府 and 各街道办事处 of a district
  'UnitChanges.added': 100,
  'UnitChanges.dropped': 100,
  'UnitChanges.continued': 50,
  'UnitChanges.roleChanges': 50,
  'ChangedDuty.roles': 2,
  'ChangedDuty.counterparts': 2,
  'ContinuedDuty.fromRoles': 2,
  'ContinuedDuty.toRoles': 2,
  'ContinuedDuty.links': 2,
  'PlanDiff.matched': 110,
  'PlanDiff.dropped': 80,
  'PlanDiff.new': 80,
  // Review: a page of the queue (`first` is on reviewQueue), a row's printed lines and readings.
  'ReviewQueue.edges': 100,
  'ReviewItem.lines': 40,
  'ReviewItem.readings': 12,
};

/** A list field not in LIST_SIZE (there should be none; the test checks). */
const DEFAULT_LIST_SIZE = 50;
/** `first`/`top` from a variable: the most the argument allows. */
const PAGE_ARGUMENTS: Record<string, number> = { first: 200, top: 500 };
/** A field returning an object, where a scalar is 1. */
const OBJECT_COST = 2;
/** Introspection is answered from the schema alone: one fixed cost, whatever is asked of it. */
const INTROSPECTION_COST = 5000;

/** Where a field allows more than PAGE_ARGUMENTS says (`overload(top:)`: every unit, for the explorer's overview). */
const FIELD_PAGE_ARGUMENTS: Record<string, Record<string, number>> = { 'Query.overload': { top: 2000 } };

function listSize(parent: string, key: string, field: FieldNode): number {
  for (const arg of field.arguments ?? []) {
    const most = FIELD_PAGE_ARGUMENTS[key]?.[arg.name.value] ?? PAGE_ARGUMENTS[arg.name.value];
    if (most === undefined) continue;
    if (arg.value.kind === Kind.INT) return Math.min(Number(arg.value.value), most);
    return most;
  }
  return LIST_SIZE[`${parent}>${key}`] ?? LIST_SIZE[key] ?? DEFAULT_LIST_SIZE;
}

/**
 * The cost of a selection set on `type`, run `times` times; fragments are
 * followed (validation has already refused cycles… or will: `seen` stops them).
 */
function selectionCost(
  context: ValidationContext,
  type: GraphQLCompositeType,
  set: SelectionSetNode,
  times: number,
  seen: Set<string>,
  costs: Map<string, number>,
  parent = '',
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type;
      if (on && isCompositeType(on))
        cost += selectionCost(context, on, selection.selectionSet, times, seen, costs, parent);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || seen.has(name)) continue;
      const on = context.getSchema().getType(fragment.typeCondition.name.value);
      seen.add(name);
      if (on && isCompositeType(on))
        cost += selectionCost(context, on, fragment.selectionSet, times, seen, costs, parent);
      seen.delete(name);
      continue;
    }
    const name = selection.name.value;
    if (name === '__typename') continue;
    if (name === '__schema' || name === '__type') {
      cost += INTROSPECTION_COST * times;
      continue;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) continue; // a union: only __typename and fragments
    const definition = type.getFields()[name];
    if (!definition) continue; // validation reports it
    const key = `${type.name}.${name}`;
    const work = WORK[key] ?? 0;
    if (work) costs.set(key, (costs.get(key) ?? 0) + work * times);
    const returned = getNamedType(definition.type);
    // An object costs more than a scalar: it is looked up (often through a loader) before its fields.
    cost += ((isCompositeType(returned) ? OBJECT_COST : 1) + work) * times;
    if (selection.selectionSet && isCompositeType(returned)) {
      const size = isListType(getNullableType(definition.type)) ? listSize(parent, key, selection) : 1;
      cost += selectionCost(context, returned, selection.selectionSet, times * size, seen, costs, key);
    }
  }
  return cost;
}

/** The estimated cost of an operation, and which costly resolvers make it up. */
export function operationCost(
  context: ValidationContext,
  operation: OperationDefinitionNode,
): { cost: number; costs: Map<string, number> } {
  const costs = new Map<string, number>();
  const root = context.getSchema().getRootType(operation.operation);
  const cost = root ? selectionCost(context, root, operation.selectionSet, 1, new Set(), costs) : 0;
  return { cost: Math.round(cost), costs };
}

/** The validation rule: a 400 naming the limit, the estimate and the costliest resolvers in it. */
export function costLimit(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const { cost, costs } = operationCost(context, operation);
      if (cost <= maxCost) return;
      const costliest = [...costs]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([key, c]) => `${key} ${Math.round(c)}`);
      const why = costliest.length ? ` (of which ${costliest.join(', ')})` : '';
      context.reportError(
        new GraphQLError(
          `Query Cost limit of ${maxCost} exceeded, found ${cost}${why}: ` +
            `ask for fewer fields, fewer aliases or smaller pages (first, top).`,
          { nodes: operation, extensions: { maxCost, cost } },
        ),
      );
    },
  });
}
