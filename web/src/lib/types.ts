/** The GraphQL API's enums and the shapes the explorer reads, as the API returns them. */

export const ROLES = ['LEAD', 'RESPONSIBLE', 'COOP', 'LEADER'] as const;
export type Role = (typeof ROLES)[number];

export const LEVELS = ['CITY', 'DISTRICT', 'TOWN', 'OTHER'] as const;
export type Level = (typeof LEVELS)[number];

export const TOPICS = ['CLIMATE', 'AIR', 'WATER', 'SOIL', 'ECOLOGY', 'GENERAL'] as const;
export type Topic = (typeof TOPICS)[number];

export const DEADLINE_KINDS = ['DATE', 'YEAR_END', 'ONGOING', 'MILESTONES', 'PERIOD', 'NONE', 'UNPARSED'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type UnitKind = 'GOVERNMENT' | 'DEPARTMENT' | 'BRANCH' | 'STREET_OFFICE' | 'ZONE_COMMITTEE' | 'COMPANY' | 'COLLECTIVE';
export type NodeType = 'UNIT' | 'PERSON' | 'MEASURE';

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  jurisdiction: string;
  level: Level | null;
  kind: UnitKind | null;
  load: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  role: Role;
  uncertain: boolean;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface RoleCounts {
  lead: number;
  responsible: number;
  coop: number;
  leader: number;
  total: number;
}

export interface UnitRef {
  id: string;
  name: string;
  jurisdiction: string;
  level: Level;
  kind: UnitKind;
}

export interface PlanRef {
  id: string;
  title: string;
  topic: Topic;
  topicLabel: string;
  jurisdiction: string;
  year: number;
}

export interface Source {
  file: string;
  firstLine: number;
  lastLine: number;
}

export interface Deadline {
  text: string;
  kind: DeadlineKind;
  due: string | null;
}

/** The RoleCounts field of a role. */
export const roleKey = (role: Role): Exclude<keyof RoleCounts, 'total'> => role.toLowerCase() as Exclude<keyof RoleCounts, 'total'>;
