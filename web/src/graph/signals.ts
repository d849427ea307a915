/**
 * What the app tells the outside world about drawn graphs, on `window.__dutygraph`: the
 * end-to-end test and the browser benchmark wait on these instead of sleeping.
 */

export interface GraphSignal {
  nodes: number;
  measures: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  /** How long the last layout took, ms. */
  layoutMs: number;
  /** performance.now() (ms since navigation) of the first frame after the last layout. */
  drawnAt: number;
}

export interface DutygraphSignals {
  graphs: Record<string, GraphSignal>;
}

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

export function forgetGraph(graphId: string): void {
  delete signals().graphs[graphId];
}
