/**
 * What the app tells the outside world about drawn graphs, on `window.__dutygraph`: the
 * end-to-end test and the browser benchmark wait on these instead of sleeping.
 */

import type { DutygraphSignals, GraphSignal } from '../lib/signals.ts';

declare global {
  interface Window {
    __dutygraph?: DutygraphSignals;
  }
}

function signals(): DutygraphSignals {
  return (window.__dutygraph ??= { graphs: {} });
}

export function reportGraph(graphId: string, signal: GraphSignal): void {
  signals().graphs[graphId] = signal;
}

/** Updates what a drawn graph reports (labels after a zoom, a re-fit); nothing before its first drawing. */
export function updateGraphSignal(graphId: string, patch: Partial<GraphSignal>): void {
  const current = signals().graphs[graphId];
  if (current) signals().graphs[graphId] = { ...current, ...patch };
}

export function forgetGraph(graphId: string): void {
  delete signals().graphs[graphId];
}
