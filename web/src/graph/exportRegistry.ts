/** The graph the export button saves: the one last touched, or the first drawn. */
import type { Core } from 'cytoscape';

const graphs = new Map<string, Core>();
let active: string | undefined;

export function registerGraph(id: string, cy: Core): void {
  graphs.set(id, cy);
}

export function unregisterGraph(id: string, cy: Core): void {
  if (graphs.get(id) === cy) graphs.delete(id);
  if (active === id) active = undefined;
}

export function markActive(id: string): void {
  active = id;
}

export function activeGraph(): { id: string; cy: Core } | undefined {
  const id = active && graphs.has(active) ? active : graphs.keys().next().value;
  return id === undefined ? undefined : { id, cy: graphs.get(id)! };
}

export function hasGraph(): boolean {
  return graphs.size > 0;
}

/** The graph holding a node, preferring the active one (for expanding a collective from its panel). */
export function activeGraphContaining(nodeId: string): string | undefined {
  const candidates = [...graphs.entries()].filter(([, cy]) => cy.getElementById(nodeId).nonempty());
  return (candidates.find(([id]) => id === active) ?? candidates[0])?.[0];
}
