/**
 * The fcose layout, registered with Cytoscape, and its options (force.ts): loaded on demand
 * (`import('./fcose.ts')`) by a graph that needs a force layout, so the first view, drawn in
 * rings or from precomputed positions, does not parse and run it.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export { layoutOptions } from './force.ts';
