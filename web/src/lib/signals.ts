/** The shape of `window.__dutygraph` (web/src/graph/signals.ts), shared with the browser tests and bench. */

export interface GraphSignal {
  nodes: number;
  measures: number;
  edges: number;
  /** Partners drawn joined to the focus unit by one aggregated edge: partner id → the measures they share. */
  aggregates?: Record<string, number>;
  renderer: 'canvas' | 'webgl';
  /** How long the last layout took, ms. */
  layoutMs: number;
  /** performance.now() (ms since navigation) of the first frame after the last layout. */
  drawnAt: number;
  /** Labels drawn at the current zoom (graph/labels.ts) and the smallest's size on screen, CSS px. */
  labels?: { shown: number; minPx: number | null; ids: string[]; measures: number };
  zoom?: number;
  /** Whether everything visible lies inside the viewport, and when the graph was last fitted. */
  fits?: boolean;
  fittedAt?: number;
  /** Nodes selected, and nodes hidden by "show only the selection". */
  selected?: number;
  hidden?: number;
  /** The node the keyboard is on, and where it is drawn in the canvas (CSS px from its top left). */
  keyboard?: string | null;
  keyboardAt?: { x: number; y: number };
  /** Measure nodes drawn in each light's colour (supervision/GraphLights.tsx), by light. */
  lights?: Record<string, number>;
  /** Groups (compound nodes) drawn, and how many are open. */
  groups?: number;
  openGroups?: number;
}

export interface DutygraphSignals {
  graphs: Record<string, GraphSignal>;
}
