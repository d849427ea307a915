/** Cytoscape set up the way the explorer draws: fcose layout, WebGL for big graphs. */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from '../lib/graphStyle.ts';

cytoscape.use(fcose);

/** Past this many elements the canvas renderer struggles to pan and zoom smoothly. */
export const BIG_GRAPH = 2000;
/** Nodes past which the layout is the spectral draft only. */
const BIG_LAYOUT = 600;

let webgl2: boolean | undefined;
export function webglSupported(): boolean {
  return (webgl2 ??= (() => {
    try {
      return document.createElement('canvas').getContext('webgl2') !== null;
    } catch {
      return false;
    }
  })());
}

export function wantsWebgl(elementCount: number): boolean {
  return elementCount > BIG_GRAPH && webglSupported();
}

export function createCy(container: HTMLElement, webgl: boolean, big: boolean): Core {
  return cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // WebGL draws big graphs in batches; without it, keep pans smooth by drawing a texture while moving.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    ...(big && !webgl ? { textureOnViewport: true, hideEdgesOnViewport: true } : {}),
  } as cytoscape.CytoscapeOptions);
}

/**
 * fcose: spectral start plus a short force-directed polish. `incremental` keeps the
 * current positions (after an expansion), which fcose only honours at 'proof' quality.
 */
export function layoutOptions(nodeCount: number, incremental: boolean): LayoutOptions {
  // The force-directed polish costs seconds past a thousand nodes; the spectral draft alone is readable there.
  const big = nodeCount > BIG_LAYOUT;
  return {
    name: 'fcose',
    quality: incremental ? 'proof' : big ? 'draft' : 'default',
    randomize: !incremental,
    animate: false,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: false,
    // Packing needs another extension; random sampling is as good here and cheaper.
    packComponents: false,
    samplingType: !big,
    nodeSeparation: 90,
    nodeRepulsion: () => 15000,
    idealEdgeLength: () => 80,
    edgeElasticity: () => 0.45,
    numIter: 1200,
    sampleSize: 25,
  } as LayoutOptions;
}

export type { Core, ElementDefinition };
