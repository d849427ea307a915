/**
 * Cytoscape set up the way the explorer draws: WebGL for big graphs where a GPU draws it. The
 * fcose layout loads when a graph first needs it (fcose.ts; the focus view's rings are radial.ts).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { stylesheet } from '../lib/graphStyle.ts';

// Cytoscape warns on every edge whose ends overlap (the whole graph's draft layout has hundreds):
// in a built bundle that is console noise, and slow where something listens to the console.
if (import.meta.env.PROD) cytoscape.warnings(false);

/** Past this many elements the canvas renderer struggles to pan and zoom smoothly. */
export const BIG_GRAPH = 2000;

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

let softwareGl: boolean | undefined;
/**
 * WebGL drawn by the CPU (SwiftShader, llvmpipe: a browser without a GPU, or with it
 * disabled) is slower than Cytoscape's canvas renderer: the first frame of the whole graph
 * took seconds building buffers.
 */
export function softwareWebgl(): boolean {
  return (softwareGl ??= (() => {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return false;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
    } catch {
      return false;
    }
  })());
}

export function wantsWebgl(elementCount: number): boolean {
  return elementCount > BIG_GRAPH && webglSupported() && !softwareWebgl();
}

export function createCy(container: HTMLElement, webgl: boolean, big: boolean): Core {
  return cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    // Shift-drag draws a selection box (a plain drag pans).
    boxSelectionEnabled: true,
    // WebGL draws big graphs in batches; without it, keep pans smooth by drawing a texture while moving.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    ...(big && !webgl ? { textureOnViewport: true, hideEdgesOnViewport: true } : {}),
  } as cytoscape.CytoscapeOptions);
}

export type { Core, ElementDefinition };
