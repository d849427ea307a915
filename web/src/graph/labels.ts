/**
 * Labels by level of detail, as maps draw place names: every label is drawn at a fixed size on
 * screen (at least LABEL_PX.party CSS px, whatever the zoom), and only as many as fit without
 * overlapping are drawn: first the ones that must be (the focus unit, the selected, the hovered,
 * the one the keyboard is on, open groups), then closed groups and parties by load, then, once
 * zoomed in, measures' short labels. Zooming in spreads the nodes apart, so more labels fit: the
 * rest appear as you zoom.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** On-screen label sizes, CSS px. */
export const LABEL_PX = { party: 12, focus: 15, group: 14, measure: 11 } as const;
/** Zoom from which measures' short labels are offered (below it a measure is a few px wide). */
export const MEASURE_LABEL_ZOOM = 0.9;
/** Room kept around each label, CSS px. */
const GAP = 3;
/** At most this many labels: past it the canvas spends more time on text than on the graph. */
const MAX_LABELS = 400;

/** Classes that always get a label (and open groups); closed groups come first of the rest, by load. */
const ALWAYS = ['focus', 'hovered', 'kb-active'];
const isOpenGroup = (n: NodeSingular) => n.hasClass('group') && !n.hasClass('collapsed');

export interface LabelReport {
  /** Labels drawn. */
  shown: number;
  /** The smallest drawn label's size on screen, CSS px, as Cytoscape renders it (null: none drawn). */
  minPx: number | null;
  /** Ids of the nodes labelled, most important first (the first 50). */
  ids: string[];
  /** Of the labels drawn, measures' short ones. */
  measures: number;
}

/** A label's width in ems: CJK characters a full em, others about half. */
export function labelEms(text: string): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) ems += text.charCodeAt(i) > 0x2e7f ? 1 : 0.55;
  return ems;
}

export function labelPx(node: NodeSingular): number {
  if (node.hasClass('group')) return LABEL_PX.group;
  if (node.hasClass('focus')) return LABEL_PX.focus;
  return node.hasClass('measure') ? LABEL_PX.measure : LABEL_PX.party;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Rectangles bucketed in a coarse grid, so checking a label against those placed is cheap. */
class Placed {
  private readonly cells = new Map<string, Rect[]>();
  private static readonly CELL = 120;

  private keys(r: Rect): string[] {
    const c = Placed.CELL;
    const keys: string[] = [];
    for (let x = Math.floor(r.x1 / c); x <= Math.floor(r.x2 / c); x++)
      for (let y = Math.floor(r.y1 / c); y <= Math.floor(r.y2 / c); y++) keys.push(`${x},${y}`);
    return keys;
  }

  free(r: Rect): boolean {
    return this.keys(r).every((k) => !(this.cells.get(k) ?? []).some((p) => overlaps(p, r)));
  }

  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
}

/** Where a node's label sits on screen: centred under the node (groups: over their top). */
function labelRect(node: NodeSingular, px: number): Rect {
  const p = node.renderedPosition();
  // A label of several lines (a closed group's name and load) is as wide as its longest.
  const lines = String(node.data('label') ?? '').split('\n');
  const w = Math.max(...lines.map(labelEms)) * px + 2 * GAP;
  const h = lines.length * px * 1.3 + GAP;
  const half = node.renderedOuterHeight() / 2;
  const top = node.hasClass('group') && !node.hasClass('collapsed') ? p.y - half - h : p.y + half + 2;
  return { x1: p.x - w / 2, y1: top, x2: p.x + w / 2, y2: top + h };
}

/**
 * Chooses the labels to draw at the current zoom and sets their size so that each is drawn at its
 * LABEL_PX on screen. Cheap enough to run after every zoom or pan (a few ms for a thousand nodes).
 */
export function updateLabels(cy: Core): LabelReport {
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const onScreen = (n: NodeSingular) => {
    const p = n.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  };
  const visible = cy.nodes(':visible').filter((n) => onScreen(n) || n.hasClass('focus') || isOpenGroup(n));
  const must: NodeSingular[] = [];
  const closedGroups: NodeSingular[] = [];
  const parties: NodeSingular[] = [];
  const measures: NodeSingular[] = [];
  visible.forEach((n) => {
    if (n.selected() || isOpenGroup(n) || ALWAYS.some((c) => n.hasClass(c))) must.push(n);
    else if (n.hasClass('group')) closedGroups.push(n);
    else if (n.hasClass('measure')) {
      if (zoom >= MEASURE_LABEL_ZOOM) measures.push(n);
    } else parties.push(n);
  });
  const byLoad = (a: NodeSingular, b: NodeSingular) => Number(b.data('load') ?? 0) - Number(a.data('load') ?? 0);
  closedGroups.sort(byLoad);
  parties.sort(byLoad);
  measures.sort(byLoad);

  const placed = new Placed();
  const chosen: NodeSingular[] = [];
  // Node bodies of what is labelled are kept clear too, so a label never covers a labelled node.
  const tryPlace = (n: NodeSingular, force: boolean) => {
    const r = labelRect(n, labelPx(n));
    if (!force && (!placed.free(r) || chosen.length >= MAX_LABELS)) return;
    placed.add(r);
    if (!n.isParent()) {
      const p = n.renderedPosition();
      const half = n.renderedOuterWidth() / 2;
      placed.add({ x1: p.x - half, y1: p.y - half, x2: p.x + half, y2: p.y + half });
    }
    chosen.push(n);
  };
  for (const n of must) tryPlace(n, true);
  for (const n of closedGroups) tryPlace(n, false);
  for (const n of parties) tryPlace(n, false);
  for (const n of measures) tryPlace(n, false);

  const on = new Set(chosen.map((n) => n.id()));
  cy.batch(() => {
    cy.nodes('.label-on').forEach((n) => {
      if (!on.has(n.id())) n.removeClass('label-on');
    });
    for (const n of chosen) {
      const font = labelPx(n) / zoom;
      if (Math.abs(Number(n.data('fs') ?? 0) - font) > 1e-6) n.data('fs', font);
      if (!n.hasClass('label-on')) n.addClass('label-on');
    }
  });
  let minPx: number | null = null;
  for (const n of chosen) {
    const px = parseFloat(String(n.renderedStyle('font-size')));
    if (Number.isFinite(px)) minPx = minPx === null ? px : Math.min(minPx, px);
  }
  return {
    shown: chosen.length,
    minPx,
    ids: chosen.slice(0, 50).map((n) => n.id()),
    measures: chosen.filter((n) => n.hasClass('measure')).length,
  };
}
