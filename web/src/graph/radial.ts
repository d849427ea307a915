/** The focus view's layout: rings around one unit, computed directly rather than by force. */
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';

/** Space between the rings, px. */
const RING_GAP = 70;

/**
 * Positions for the focus view: the centre unit in the middle, its measures on a ring
 * around it in document order (plan, task, measure), the partner units and lead officials
 * on an outer ring, each at the mean angle of the measures it shares, so a partner sits
 * beside its measures (an aggregated edge to the centre lists them). Partners alternate between two radii so that their labels have
 * room. Computed directly: milliseconds where fcose took one to two seconds.
 */
export function radialPositions(cy: Core, centreId: string): Map<string, Position> | undefined {
  const centre = cy.getElementById(centreId);
  if (centre.empty() || !centre.isNode()) return undefined;
  const positions = new Map<string, Position>([[centreId, { x: 0, y: 0 }]]);
  const nodes = cy
    .nodes()
    .toArray()
    .filter((n) => n.id() !== centreId) as NodeSingular[];
  const measures = nodes
    .filter((n) => n.hasClass('measure'))
    .sort((a, b) => a.id().localeCompare(b.id(), 'en', { numeric: true }));
  const others = nodes.filter((n) => !n.hasClass('measure'));
  const size = (n: NodeSingular) => Number(n.data('size')) || 20;

  // Measures: a ring whose circumference fits them side by side.
  const centreRadius = size(centre) / 2;
  const measureSpan = measures.reduce((sum, m) => sum + size(m) + 10, 0);
  const r1 = Math.max(centreRadius + RING_GAP, measureSpan / (2 * Math.PI));
  const angle = new Map<string, number>();
  let along = 0;
  for (const m of measures) {
    const a = ((along + (size(m) + 10) / 2) / measureSpan) * 2 * Math.PI - Math.PI / 2;
    along += size(m) + 10;
    angle.set(m.id(), a);
    positions.set(m.id(), { x: r1 * Math.cos(a), y: r1 * Math.sin(a) });
  }

  // Partners: ordered by the mean direction of their measures, then spread evenly in that order.
  const direction = (n: NodeSingular): number => {
    let x = 0;
    let y = 0;
    // Its measures: its neighbours, and the measures an aggregated edge to the centre stands for.
    const ids = new Set(n.neighborhood('node').map((m) => m.id()));
    n.connectedEdges('.agg').forEach((e) => {
      for (const id of (e.data('measures') as string[] | undefined) ?? []) ids.add(id);
    });
    for (const id of ids) {
      const a = angle.get(id);
      if (a !== undefined) {
        x += Math.cos(a);
        y += Math.sin(a);
      }
    }
    return x === 0 && y === 0 ? Infinity : Math.atan2(y, x);
  };
  const ordered = others.map((n) => ({ n, a: direction(n) })).sort((p, q) => p.a - q.a);
  const partnerSpan = ordered.reduce((sum, { n }) => sum + size(n) + 24, 0);
  // Two staggered radii halve the circumference the partners need.
  const r2 = Math.max(r1 + RING_GAP, partnerSpan / 2 / (2 * Math.PI));
  const placed = ordered.filter(({ a }) => Number.isFinite(a));
  const start = placed.length > 0 ? placed[0]!.a : -Math.PI / 2;
  along = 0;
  ordered.forEach(({ n }, i) => {
    const a = start + ((along + (size(n) + 24) / 2) / partnerSpan) * 2 * Math.PI;
    along += size(n) + 24;
    const r = r2 + (i % 2 === 1 ? RING_GAP * 0.8 : 0);
    positions.set(n.id(), { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  return positions;
}

export function radialLayout(positions: Map<string, Position>): LayoutOptions {
  return {
    name: 'preset',
    positions: (n: NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 },
    // The canvas fits the graph once it is laid out (GraphCanvas's finish): fitting here too would measure it twice.
    fit: false,
    padding: 24,
    animate: false,
  } as LayoutOptions;
}
