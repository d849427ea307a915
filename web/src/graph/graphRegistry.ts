/**
 * The graphs drawn on the page, by graph id, and the one last touched: what 导出图片 saves, and
 * where a panel's "expand members" adds to. One instance per explorer, handed down by
 * ExportsContext (web/src/exports.tsx), so nothing is shared through module state.
 */
import type { Core } from 'cytoscape';

export class GraphRegistry {
  private readonly graphs = new Map<string, Core>();
  private active: string | undefined;
  private readonly listeners = new Set<() => void>();

  register(id: string, cy: Core): void {
    this.graphs.set(id, cy);
    this.changed();
  }

  unregister(id: string, cy: Core): void {
    if (this.graphs.get(id) === cy) this.graphs.delete(id);
    if (this.active === id) this.active = undefined;
    this.changed();
  }

  /** For useSyncExternalStore: 导出图片 is enabled while a graph is drawn. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  count = (): number => this.graphs.size;

  /** Every graph drawn, in the order they were drawn (导出图片 saves each). */
  all(): { id: string; cy: Core }[] {
    return [...this.graphs].map(([id, cy]) => ({ id, cy }));
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  markActive(id: string): void {
    this.active = id;
  }

  /** The graph last touched, or the first drawn. */
  activeGraph(): { id: string; cy: Core } | undefined {
    const id = this.active && this.graphs.has(this.active) ? this.active : this.graphs.keys().next().value;
    return id === undefined ? undefined : { id, cy: this.graphs.get(id)! };
  }

  /** The graph holding a node, preferring the active one (for expanding a collective from its panel). */
  graphContaining(nodeId: string): string | undefined {
    const candidates = [...this.graphs.entries()].filter(([, cy]) => cy.getElementById(nodeId).nonempty());
    return (candidates.find(([id]) => id === this.active) ?? candidates[0])?.[0];
  }
}
