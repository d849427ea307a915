/** The force-directed layout (fcose, registered in cytoscape.ts) for every graph but a fresh focus view. */
import type { LayoutOptions, NodeCollection } from 'cytoscape';

/** Nodes past which the layout is the spectral draft only. */
const BIG_LAYOUT = 600;

/**
 * fcose: spectral start plus a short force-directed polish. After an expansion, `keep` holds
 * the nodes drawn before it: they stay where they are (the focus view keeps its rings, the
 * user their bearings) and only the new ones are placed, which fcose does at 'proof' quality.
 */
export function layoutOptions(nodeCount: number, keep?: NodeCollection): LayoutOptions {
  // The force-directed polish costs seconds past a thousand nodes; the spectral draft alone is readable there.
  const big = nodeCount > BIG_LAYOUT;
  const incremental = keep !== undefined;
  return {
    name: 'fcose',
    quality: incremental ? 'proof' : big ? 'draft' : 'default',
    randomize: !incremental,
    ...(keep &&
      keep.nonempty() && { fixedNodeConstraint: keep.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })) }),
    animate: false,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: false,
    // Packing needs another extension.
    packComponents: false,
    // Random sampling is cheaper, but the spectral draft alone needs
    // greedy sampling (false): random leaves it on a few lines.
    samplingType: !big,
    nodeSeparation: 90,
    nodeRepulsion: () => 15000,
    idealEdgeLength: () => 80,
    edgeElasticity: () => 0.45,
    numIter: 1200,
    sampleSize: 25,
  } as LayoutOptions;
}
