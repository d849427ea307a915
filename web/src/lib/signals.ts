/** The shape of `window.__dutygraph` (web/src/graph/signals.ts), shared with the browser tests and bench. */

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
