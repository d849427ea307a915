/**
 * The API's words as the explorer uses them: the enums (generated from the schema, listed here
 * in display order) and names for the answer shapes the views, tables and graphs share. Every
 * type comes from web/src/generated (`npm run codegen`); this module only names and orders them,
 * so lib/ and the views need not reach into the query documents.
 */
import {
  DeadlineKind,
  Level,
  Role,
  Topic,
  type AssignmentRowFragment,
  type PathStepRowFragment,
  type PlansQuery,
  type SubgraphFieldsFragment,
  type SuggestQuery,
  type TouchesDetailFragment,
  type UnitLoadRowFragment,
  type UnitRefFragment,
} from '../generated/graphql.ts';

export { DeadlineKind, Level, Role, Topic };
export type { Confidence, Filter, NodeType, UnitKind } from '../generated/graphql.ts';

// The order the explorer shows them in (tests/web/state.test.ts checks each lists every value).
export const ROLES = [Role.LEAD, Role.RESPONSIBLE, Role.COOP, Role.LEADER] as const satisfies readonly Role[];
export const LEVELS = [Level.CITY, Level.DISTRICT, Level.TOWN, Level.OTHER] as const satisfies readonly Level[];
export const TOPICS = [
  Topic.CLIMATE,
  Topic.AIR,
  Topic.WATER,
  Topic.SOIL,
  Topic.ECOLOGY,
  Topic.GENERAL,
] as const satisfies readonly Topic[];
export const DEADLINE_KINDS = [
  DeadlineKind.DATE,
  DeadlineKind.YEAR_END,
  DeadlineKind.ONGOING,
  DeadlineKind.MILESTONES,
  DeadlineKind.PERIOD,
  DeadlineKind.NONE,
  DeadlineKind.UNPARSED,
] as const satisfies readonly DeadlineKind[];

export type Subgraph = SubgraphFieldsFragment;
export type GraphNode = Subgraph['nodes'][number];
export type GraphEdge = Subgraph['edges'][number];
export type UnitRef = UnitRefFragment;
export type RoleCounts = TouchesDetailFragment['counts'];
export type TouchesDetail = TouchesDetailFragment;
export type AssignmentRow = AssignmentRowFragment;
export type Deadline = AssignmentRow['measure']['deadline'];
export type Source = AssignmentRow['source'];
export type UnitLoadRow = UnitLoadRowFragment;
export type PathStepRow = PathStepRowFragment;
export type PlanInfo = PlansQuery['plans'][number];
export type Suggestion = SuggestQuery['suggest'][number];

/** The RoleCounts field of a role. */
export const roleKey = (role: Role): Exclude<keyof RoleCounts, 'total'> =>
  role.toLowerCase() as Exclude<keyof RoleCounts, 'total'>;
