/**
 * What the pointer and the keyboard do on a graph, beyond Cytoscape's own: the hovered node's
 * neighbourhood stands out, arrow keys walk from node to node on screen.
 */
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Role } from '../lib/vocabulary.ts';

/** Past this many elements, fading everything else costs a visible pause on hover: only the neighbourhood is marked. */
const FADE_LIMIT = 3000;

/** Marks `node`'s neighbourhood (and fades the rest on graphs small enough), or clears the marks. */
export function highlight(cy: Core, node: NodeSingular | null): void {
  cy.batch(() => {
    cy.elements('.near, .faded, .hovered').removeClass('near faded hovered');
    if (!node || node.removed()) return;
    // A unit drawn more than once (the overview by plan: a node per plan, `unitId` its id) lights every copy.
    const unitId = node.data('unitId') as string | undefined;
    const copies = unitId ? cy.nodes().filter((n) => n.data('unitId') === unitId) : cy.collection();
    // An open group lights its units.
    const lit = node.closedNeighborhood().union(copies).union(node.descendants());
    // Groups holding what is lit stay unfaded too (a compound's opacity is its children's).
    const near = lit.union(lit.ancestors());
    if (cy.elements().length <= FADE_LIMIT) cy.elements().difference(near).addClass('faded');
    near.addClass('near');
    node.union(copies).addClass('hovered');
  });
}

/**
 * The duties a node's drawn edges stand for, counted by role (what its tooltip says): its own
 * edges, or, for a partner joined to the focus unit by one aggregated edge, the roles that edge
 * stands for. Aggregated edges ending at the focus unit are its partners' duties, not its own.
 */
export function drawnRoles(node: NodeSingular): Partial<Record<Role, number>> {
  const counts: Partial<Record<Role, number>> = {};
  const aggregate = aggregateOf(node);
  if (aggregate) {
    const roles = aggregate.data('roles') as Partial<Record<Role, number>>;
    for (const [role, n] of Object.entries(roles) as [Role, number][]) counts[role] = n;
    return counts;
  }
  node.connectedEdges().forEach((e) => {
    if (e.hasClass('agg')) return;
    const role = e.data('role') as Role | undefined;
    if (role) counts[role] = (counts[role] ?? 0) + 1;
  });
  return counts;
}

/** The aggregated edge joining a partner to the focus unit, if it is drawn that way. */
export function aggregateOf(node: NodeSingular): EdgeSingular | undefined {
  const edge = node.connectedEdges('.agg').filter((e) => e.source().same(node));
  return edge.nonempty() ? edge[0] : undefined;
}

/**
 * Draws, for a moment, the measure edges an aggregate stands for around `node` (the hovered node,
 * or the one the keyboard is on; null: none), and removes the ones drawn for the node before.
 */
export function revealDetails(
  cy: Core,
  node: NodeSingular | null,
  details: ReadonlyMap<string, ElementDefinition[]> | undefined,
): void {
  cy.batch(() => {
    cy.edges('.transient').remove();
    const defs = node && !node.removed() ? details?.get(node.id()) : undefined;
    if (!defs) return;
    cy.add(
      defs
        .filter((d) => cy.getElementById(d.data.id!).empty())
        .map((d) => ({ ...d, classes: [...((d.classes as string[] | undefined) ?? []), 'transient'] })),
    );
  });
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

export const isArrowKey = (key: string): boolean => key in DIRECTIONS;

/**
 * The node the arrow key leads to from `from`: the nearest on screen within 60° of the key's
 * direction, nearness weighing distance off the axis double.
 */
export function nextNode(cy: Core, from: NodeSingular, key: string): NodeSingular | undefined {
  const [dx, dy] = DIRECTIONS[key] ?? [0, 0];
  const p = from.renderedPosition();
  let best: NodeSingular | undefined;
  let bestScore = Infinity;
  cy.nodes(':visible').forEach((n) => {
    if (n.same(from) || n.isParent()) return;
    const q = n.renderedPosition();
    const along = (q.x - p.x) * dx + (q.y - p.y) * dy;
    const across = Math.abs((q.x - p.x) * dy - (q.y - p.y) * dx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  });
  return best;
}

/** Where keyboard navigation starts: the focus unit, else the most loaded node. */
export function startNode(cy: Core): NodeSingular | undefined {
  const focus = cy.nodes('.focus:visible');
  if (focus.nonempty()) return focus[0];
  let best: NodeSingular | undefined;
  cy.nodes(':visible').forEach((n) => {
    if (!n.isParent() && (!best || Number(n.data('load') ?? 0) > Number(best.data('load') ?? 0))) best = n;
  });
  return best;
}

/**
 * Whether every visible element lies inside the viewport (within a pixel). Edges are straight
 * lines between nodes, so the nodes' box holds them: only nodes are measured.
 */
export function fitsViewport(cy: Core): boolean {
  const visible = cy.nodes(':visible');
  if (visible.empty()) return true;
  const box = visible.renderedBoundingBox({ includeLabels: false });
  return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
}

/**
 * Whether a drawn label sticks out of the viewport. A fit measures the graph before the level of
 * detail chooses its labels, so a label wider than its node (a group's name at the edge of the
 * overview) could be cut off by the canvas edge.
 */
export function labelsOverflow(cy: Core): boolean {
  const labelled = cy.nodes('.label-on:visible');
  if (labelled.empty()) return false;
  const box = labelled.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
  return box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height();
}
