/** Growing a drawn graph: expansions add what the API returns, never duplicate it. */
import type { GraphEdge, GraphNode, Subgraph, UnitRef } from './vocabulary.ts';

export const EMPTY_SUBGRAPH: Subgraph = { nodes: [], edges: [] };

/** The union of subgraphs, nodes and edges by id, first occurrence kept. */
export function mergeSubgraphs(...graphs: Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A collective's members (as `unit.members` lists them), linked to it by membership edges. */
export interface Membership {
  collectiveId: string;
  members: UnitRef[];
}

export function memberNodes(m: Membership): GraphNode[] {
  return m.members.map((u) => ({
    id: u.id,
    type: 'UNIT',
    label: u.name,
    jurisdiction: u.jurisdiction,
    level: u.level,
    kind: u.kind,
    load: 0,
  }));
}

export const memberEdgeId = (collectiveId: string, memberId: string): string => `member:${collectiveId}>${memberId}`;

export function countMeasures(g: Subgraph): number {
  return g.nodes.filter((n) => n.type === 'MEASURE').length;
}
