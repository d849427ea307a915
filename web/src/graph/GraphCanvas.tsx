/**
 * One Cytoscape graph. Elements come in as props and are brought up to date in place: what
 * stays keeps its position (so narrowing a graph lays nothing out again), new nodes are placed
 * around what is drawn. Labels follow the zoom (labels.ts); hover shows a tooltip and the
 * neighbourhood; buttons fit and zoom; shift-click or shift-drag selects several nodes; the
 * keyboard walks the nodes. Each finished drawing is reported through `window.__dutygraph`
 * and `data-ready`.
 */
import type cytoscape from 'cytoscape';
import type { Position } from 'cytoscape';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { MESSAGES, roleLabel, type Lang } from '../lib/i18n.ts';
import { useExports } from '../exports.tsx';
import { ROLES, type NodeType } from '../lib/vocabulary.ts';
import type { GraphRegistry } from './graphRegistry.ts';
import { AGGREGATE_MESSAGES } from './aggregateMessages.ts';
import { BIG_GRAPH, createCy, wantsWebgl, type Core, type ElementDefinition } from './cytoscape.ts';
import {
  aggregateOf,
  drawnRoles,
  fitsViewport,
  labelsOverflow,
  highlight,
  isArrowKey,
  nextNode,
  revealDetails,
  startNode,
} from './interaction.ts';
import { updateLabels, type LabelReport } from './labels.ts';
import { radialLayout, radialPositions } from './radial.ts';
import { forgetGraph, reportGraph, updateGraphSignal } from './signals.ts';
import './graph.css';

export interface NodeRef {
  id: string;
  type: NodeType | 'GROUP';
  collective: boolean;
}

/** Places nodes without a position yet (a preset layout computed by the view, e.g. the grouped overview). */
export type Placer = (cy: Core, unplaced: cytoscape.NodeCollection) => Map<string, Position>;

interface Props {
  graphId: string;
  elements: ElementDefinition[];
  /** Lay the graph out in rings around this node (the focus view) rather than by force. */
  radialCentre?: string;
  /** Place new nodes with this rather than by force. */
  place?: Placer;
  lang: Lang;
  selectedId?: string;
  onSelect: (node: NodeRef | undefined) => void;
  onExpand: (node: NodeRef) => void;
  /** Edges left out of `elements` (aggregated), by node: drawn while that node is hovered or the keyboard is on it. */
  details?: ReadonlyMap<string, ElementDefinition[]>;
  /** More buttons for the graph's toolbar. */
  tools?: ReactNode;
}

interface Drawn {
  nodes: number;
  edges: number;
  webgl: boolean;
}

interface Tip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

/** A minimap from this many nodes. */
const NAVIGATOR_NODES = 100;
const FIT_PADDING = 24;

/** Fits the visible graph and chooses its labels; fits again, labels counted, if one sticks out. */
function fitWithLabels(cy: Core): LabelReport {
  cy.fit(cy.elements(':visible'), FIT_PADDING);
  const labels = updateLabels(cy);
  if (!labelsOverflow(cy)) return labels;
  cy.fit(cy.elements(':visible'), FIT_PADDING);
  return updateLabels(cy);
}

export function GraphCanvas({
  graphId,
  elements,
  radialCentre,
  place,
  lang,
  selectedId,
  onSelect,
  onExpand,
  details,
  tools,
}: Props) {
  const t = MESSAGES[lang];
  const container = useRef<HTMLDivElement>(null);
  const navId = `nav-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const cyRef = useRef<Core | null>(null);
  const positions = useRef(new Map<string, Position>());
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [selection, setSelection] = useState(0);
  const [hidden, setHidden] = useState(0);
  const [navigator, setNavigator] = useState(false);
  const { graphs } = useExports();
  const langRef = useRef(lang);
  langRef.current = lang;
  const detailsRef = useRef(details);
  detailsRef.current = details;

  /** Labels for the current zoom, and what the graph reports. */
  const relabel = useCallback(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const labels = updateLabels(cy);
    updateGraphSignal(graphId, { labels, zoom: cy.zoom(), fits: fitsViewport(cy) });
  }, [graphId]);

  const fit = useCallback(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const labels = fitWithLabels(cy);
    updateGraphSignal(graphId, { labels, zoom: cy.zoom(), fits: fitsViewport(cy), fittedAt: performance.now() });
  }, [graphId]);

  useEffect(() => {
    const el = container.current!;
    // A panel opening or the window resizing changes the room: fit the graph to it again.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const cy = cyRef.current;
        // The first call comes when observing starts: at the size the graph was made for, nothing to redraw.
        if (!cy || (cy.width() === el.clientWidth && cy.height() === el.clientHeight)) return;
        cy.resize();
        if (el.dataset.ready === 'true') fit();
      }, 60);
    });
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      const cy = cyRef.current;
      if (cy) {
        graphs.unregister(graphId, cy);
        cy.destroy();
      }
      cyRef.current = null;
      forgetGraph(graphId);
    };
  }, [graphId, graphs, fit]);

  useEffect(() => {
    const el = container.current!;
    const webgl = wantsWebgl(elements.length);
    let cy = cyRef.current;
    if (!cy || cy.scratch('webgl') !== webgl) {
      if (cy) {
        graphs.unregister(graphId, cy);
        cy.destroy();
      }
      cy = createCy(el, webgl, elements.length > BIG_GRAPH);
      cy.scratch('webgl', webgl);
      bindEvents(cy, graphId, handlers, graphs, {
        relabel,
        tip: (node) => setTip(node && describe(node, langRef.current)),
        selection: setSelection,
        details: () => detailsRef.current,
      });
      cyRef.current = cy;
    }
    const { change, added } = syncElements(cy, elements);
    // The node under the pointer or the keyboard keeps its edges drawn and its neighbourhood lit.
    const active = cy.nodes('.hovered, .kb-active');
    if (active.nonempty()) {
      revealDetails(cy, active[0]!, detailsRef.current);
      highlight(cy, active[0]!);
    }
    if (change === 'edges') {
      // Only edges came or went (a partner's measure edges shown or merged again): the drawing
      // stays where it is, neither laid out nor fitted again.
      const labels = updateLabels(cy);
      updateGraphSignal(graphId, { edges: cy.edges().length, aggregates: aggregatesOf(cy), labels });
      setDrawn((d) => d && { ...d, edges: cy.edges().length });
      return;
    }
    el.dataset.ready = 'false';
    setDrawn(null);
    if (change !== 'same') {
      cy.elements('.hidden').removeClass('hidden');
      setHidden(0);
    }
    const started = performance.now();
    const finish = () => {
      const layoutMs = performance.now() - started;
      performance.measure(`dutygraph:layout:${graphId}`, { start: started, duration: layoutMs });
      cy.nodes().forEach((n) => void positions.current.set(n.id(), { ...n.position() }));
      const labels = fitWithLabels(cy);
      // Two frames: the first paints the new positions, the second runs after that paint.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (cyRef.current !== cy) return;
          const nodes = cy.nodes();
          reportGraph(graphId, {
            nodes: nodes.length,
            measures: nodes.filter('.measure').length,
            edges: cy.edges().length,
            aggregates: aggregatesOf(cy),
            renderer: webgl ? 'webgl' : 'canvas',
            layoutMs,
            drawnAt: performance.now(),
            labels,
            zoom: cy.zoom(),
            fits: fitsViewport(cy),
            fittedAt: performance.now(),
            selected: cy.nodes(':selected').length,
            hidden: 0,
            groups: nodes.filter('.group').length,
            openGroups: nodes.filter('.group:parent').length,
          });
          el.dataset.ready = 'true';
          // Known to the page (导出图片, the measures' lights) once drawn: what they do then (the
          // header's buttons re-rendered, the lights' styles) does not hold up the first drawing.
          if (!cy.scratch('registered')) {
            cy.scratch('registered', true);
            graphs.register(graphId, cy);
          }
          setDrawn({ nodes: nodes.length, edges: cy.edges().length, webgl });
          setNavigator(!webgl && nodes.length >= NAVIGATOR_NODES);
        }),
      );
    };
    if (cy.nodes().length === 0) return finish();
    if (change === 'same') {
      // Only removed or restyled: what stays keeps its place.
      return finish();
    }
    const known = positions.current;
    if (radialCentre && change === 'replaced') {
      const rings = radialPositions(cy, radialCentre);
      if (rings) {
        const layout = cy.layout(radialLayout(rings));
        layout.one('layoutstop', finish);
        layout.run();
        return;
      }
    }
    // Nodes without a position yet: the ones just added, and any a layout cut short (a change came first) left unplaced.
    const unplaced = cy.nodes().filter((n) => !known.has(n.id()));
    cy.batch(() => added.nodes().forEach((n) => void (known.has(n.id()) && n.position(known.get(n.id())!))));
    if (unplaced.empty()) return finish();
    if (place) {
      const at = place(cy, unplaced);
      cy.batch(() => unplaced.forEach((n) => void n.position(at.get(n.id()) ?? n.position())));
      return finish();
    }
    // New nodes by force around what is drawn, which stays (fcose loads with the first such layout).
    const keep = cy.nodes().difference(unplaced);
    let stale = false;
    void import('./fcose.ts').then(({ layoutOptions }) => {
      if (stale || cy.destroyed()) return;
      const layout = cy.layout(layoutOptions(cy.nodes().length, keep.nonempty() ? keep : undefined));
      layout.one('layoutstop', finish);
      layout.run();
    });
    return () => {
      stale = true;
    };
  }, [graphId, elements, radialCentre, place, graphs, relabel]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selectedId) cy.getElementById(selectedId).select();
    });
    if (container.current?.dataset.ready === 'true') relabel();
  }, [selectedId, elements, relabel]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!navigator || !cy) return;
    // The minimap's module loads when a graph first needs it, not with the first view.
    let detach: (() => void) | undefined;
    let gone = false;
    void import('./navigator.ts').then(({ attachNavigator }) => {
      if (!gone && !cy.destroyed()) detach = attachNavigator(cy, `#${navId}`, t.navigator);
    });
    return () => {
      gone = true;
      detach?.();
    };
  }, [navigator, navId, t.navigator, drawn]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    relabel();
  };

  const showOnlySelection = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const selected = cy.nodes(':selected');
    // A partner joined to the focus unit by one aggregated edge keeps the measures it stands for too.
    const ids = new Set(
      selected
        .connectedEdges('.agg')
        .toArray()
        .flatMap((e) => (e.data('measures') as string[] | undefined) ?? []),
    );
    const shared = cy.nodes().filter((n) => ids.has(n.id()));
    const near = selected.closedNeighborhood().union(shared);
    const keep = near.union(shared.edgesWith(near.nodes()));
    const hide = cy.elements().difference(keep).difference(keep.ancestors());
    hide.addClass('hidden');
    setHidden(hide.nodes().length);
    updateGraphSignal(graphId, { hidden: hide.nodes().length });
    fit();
  };
  const showAll = () => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements('.hidden').removeClass('hidden');
    setHidden(0);
    updateGraphSignal(graphId, { hidden: 0 });
    fit();
  };
  const expandSelection = () => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes(':selected').forEach((n) => {
      if (!n.hasClass('measure')) handlers.current.onExpand(nodeRef(n));
    });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy || e.target !== container.current) return;
    const current = cy.nodes('.kb-active');
    if (isArrowKey(e.key)) {
      const from = current.nonempty() ? current[0]! : undefined;
      const next = from ? (nextNode(cy, from, e.key) ?? from) : startNode(cy);
      if (next) keyboardTo(cy, next, graphId, relabel, (n) => setTip(describe(n, lang)), detailsRef.current);
    } else if (e.key === 'Enter' && current.nonempty()) {
      handlers.current.onSelect(nodeRef(current[0]!));
    } else if (e.key === 'Escape') {
      current.removeClass('kb-active');
      revealDetails(cy, null, undefined);
      highlight(cy, null);
      setTip(null);
      handlers.current.onSelect(undefined);
    } else if (e.key === '+' || e.key === '=') zoomBy(1.25);
    else if (e.key === '-') zoomBy(0.8);
    else if (e.key === '0') fit();
    else return;
    e.preventDefault();
  };

  return (
    <div className="graph-canvas">
      <div
        ref={container}
        className="graph-canvas__cy"
        data-graph-id={graphId}
        data-ready="false"
        tabIndex={0}
        role="application"
        aria-roledescription={t.graphRole}
        aria-label={`${t.graphRole}：${drawn ? t.graphSummary(drawn.nodes, drawn.edges) : t.drawing}。${t.keyboardHint}`}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const cy = cyRef.current;
          if (!cy || e.target !== container.current || cy.nodes('.kb-active').nonempty()) return;
          const start = startNode(cy);
          if (start) keyboardTo(cy, start, graphId, relabel, (n) => setTip(describe(n, lang)), detailsRef.current);
        }}
        onBlur={() => setTip(null)}
      />
      <div className="graph-tools" role="toolbar" aria-label={t.graphTools}>
        <button type="button" className="graph-tools__button" onClick={fit} title={t.fit} data-testid="graph-fit">
          {t.fit}
        </button>
        <button
          type="button"
          className="graph-tools__button"
          onClick={() => zoomBy(1.25)}
          aria-label={t.zoomIn}
          title={t.zoomIn}
          data-testid="graph-zoom-in"
        >
          ＋
        </button>
        <button
          type="button"
          className="graph-tools__button"
          onClick={() => zoomBy(0.8)}
          aria-label={t.zoomOut}
          title={t.zoomOut}
          data-testid="graph-zoom-out"
        >
          －
        </button>
        {selection > 1 && (
          <>
            <span className="graph-tools__count">{t.selectedCount(selection)}</span>
            <button type="button" className="graph-tools__button" onClick={showOnlySelection} data-testid="show-only">
              {t.showOnlySelection}
            </button>
            <button type="button" className="graph-tools__button" onClick={expandSelection} data-testid="expand-all">
              {t.expandSelection}
            </button>
          </>
        )}
        {tools}
        {hidden > 0 && (
          <button type="button" className="graph-tools__button" onClick={showAll} data-testid="show-all">
            {t.showAll}
          </button>
        )}
      </div>
      {navigator && <div id={navId} className="graph-navigator" aria-hidden="true" />}
      {tip && (
        <div className="graph-tip" role="tooltip" style={{ left: tip.x, top: tip.y }} data-testid="graph-tip">
          <strong>{tip.title}</strong>
          {tip.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      )}
      <div className="graph-canvas__status" aria-live="polite">
        {drawn ? (
          <>
            {t.graphSummary(drawn.nodes, drawn.edges)}
            {drawn.webgl && <span className="badge">{t.webglOn}</span>}
          </>
        ) : (
          t.drawing
        )}
      </div>
    </div>
  );
}

function nodeRef(node: cytoscape.NodeSingular): NodeRef {
  return {
    id: node.id(),
    type: node.hasClass('group') ? 'GROUP' : (node.data('type') as NodeType),
    collective: node.hasClass('collective'),
  };
}

/** The keyboard moves to `node`: marked, labelled, its neighbourhood lit, kept in view. */
function keyboardTo(
  cy: Core,
  node: cytoscape.NodeSingular,
  graphId: string,
  relabel: () => void,
  showTip: (node: cytoscape.NodeSingular) => void,
  details: ReadonlyMap<string, ElementDefinition[]> | undefined,
): void {
  cy.nodes('.kb-active').removeClass('kb-active');
  node.addClass('kb-active');
  revealDetails(cy, node, details);
  highlight(cy, node);
  const p = node.renderedPosition();
  if (p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()) cy.center(node);
  relabel();
  showTip(node);
  const at = node.renderedPosition();
  updateGraphSignal(graphId, { keyboard: node.id(), keyboardAt: { x: at.x, y: at.y } });
}

/** The tooltip of a node: name, jurisdiction, load and its drawn edges by role. */
function describe(node: cytoscape.NodeSingular, lang: Lang): Tip {
  const t = MESSAGES[lang];
  const p = node.renderedPosition();
  const at = { x: p.x + 12, y: p.y + node.renderedOuterHeight() / 2 + 8 };
  const name = String(node.data('name') ?? node.data('label') ?? node.id());
  const lines = node.data('tip') as string[] | undefined;
  if (lines) return { ...at, title: name, lines: lines.filter(Boolean) };
  if (node.hasClass('group'))
    return {
      ...at,
      title: name,
      lines: [t.groupTip(Number(node.data('members') ?? 0), Number(node.data('load') ?? 0))],
    };
  if (node.hasClass('measure'))
    return {
      ...at,
      title: name,
      lines: [t.tipParties(Number(node.data('parties') ?? node.connectedEdges(':simple').not('.agg').length))],
    };
  const roles = drawnRoles(node);
  const byRole = ROLES.filter((r) => roles[r]).map((r) => `${roleLabel(lang, r)} ${roles[r]}`);
  const aggregate = aggregateOf(node);
  return {
    ...at,
    title: name,
    lines: [
      String(node.data('jurisdiction') ?? ''),
      t.tipLoad(Number(node.data('load') ?? 0)),
      ...(aggregate ? [AGGREGATE_MESSAGES[lang].tipShared(Number(aggregate.data('weight') ?? 0))] : []),
      ...(byRole.length > 0 ? [`${t.tipDrawn}${byRole.join(' · ')}`] : []),
    ].filter(Boolean),
  };
}

function bindEvents(
  cy: Core,
  graphId: string,
  handlers: { current: Pick<Props, 'onSelect' | 'onExpand'> },
  graphs: GraphRegistry,
  view: {
    relabel: () => void;
    tip: (node: cytoscape.NodeSingular | null) => void;
    selection: (count: number) => void;
    details: () => ReadonlyMap<string, ElementDefinition[]> | undefined;
  },
): void {
  cy.on('tap', 'node', (e) => {
    graphs.markActive(graphId);
    const original = e.originalEvent as MouseEvent | undefined;
    // Shift- (or Ctrl-/⌘-) click adds to the selection; the panel shows the last clicked.
    if (original && (original.shiftKey || original.ctrlKey || original.metaKey)) return;
    handlers.current.onSelect(nodeRef(e.target as cytoscape.NodeSingular));
  });
  cy.on('tap', (e) => {
    graphs.markActive(graphId);
    if (e.target === cy) handlers.current.onSelect(undefined);
  });
  cy.on('dbltap', 'node', (e) => handlers.current.onExpand(nodeRef(e.target as cytoscape.NodeSingular)));
  cy.on('mouseover', 'node', (e) => {
    const node = e.target as cytoscape.NodeSingular;
    revealDetails(cy, node, view.details());
    highlight(cy, node);
    view.tip(node);
    view.relabel();
  });
  cy.on('mouseout', 'node', () => {
    revealDetails(cy, null, undefined);
    highlight(cy, null);
    view.tip(null);
  });
  let selectTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('select unselect', 'node', () => {
    clearTimeout(selectTimer);
    selectTimer = setTimeout(() => {
      if (cy.destroyed()) return;
      const count = cy.nodes(':selected').length;
      view.selection(count);
      updateGraphSignal(graphId, { selected: count });
    }, 30);
  });
  // Labels after the zoom or pan settles: choosing them mid-gesture would cost frames.
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    view.tip(null);
    clearTimeout(viewportTimer);
    // Not before the first drawing is reported: the drawing chooses its labels itself.
    viewportTimer = setTimeout(() => {
      if (!cy.destroyed() && cy.container()?.dataset.ready === 'true') view.relabel();
    }, 120);
  });
}

/** Shallow equality of two elements' data. */
function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key of Object.keys(b)) if (key !== 'fs' && a[key] !== b[key]) return false;
  return true;
}

/** Partner id → shared measures, for each partner drawn joined to the focus unit by one aggregated edge. */
function aggregatesOf(cy: Core): Record<string, number> {
  const out: Record<string, number> = {};
  cy.edges('.agg').forEach((e) => void (out[e.data('source') as string] = Number(e.data('weight'))));
  return out;
}

/**
 * Brings the graph to `defs` in place: elements no longer wanted are removed, new ones added
 * (`added`; new nodes start beside a drawn neighbour), the rest updated where their data or
 * classes changed. By nodes: 'same' when none was added, 'grown' when some were and every drawn
 * one stayed, 'replaced' otherwise; 'edges' when the nodes stayed as they were and only edges
 * came or went. Edges drawn for a moment (`.transient`, a hovered node's) go first.
 */
function syncElements(
  cy: Core,
  defs: ElementDefinition[],
): { change: 'same' | 'edges' | 'grown' | 'replaced'; added: cytoscape.Collection } {
  cy.edges('.transient').remove();
  const wanted = new Map(defs.map((d) => [d.data.id!, d]));
  const drawn = cy.elements();
  let added = cy.collection();
  const first = drawn.empty();
  const gone = drawn.filter((e) => !wanted.has(e.id()));
  // A node whose group changed cannot move in place (Cytoscape's `parent` is fixed on add): it goes and comes back.
  const moved = drawn.nodes().filter((n) => {
    const def = wanted.get(n.id());
    return def !== undefined && (def.data.parent ?? undefined) !== (n.data('parent') ?? undefined);
  });
  cy.batch(() => {
    const remove = gone.union(moved);
    const movedEdges = moved.connectedEdges();
    remove.union(movedEdges).remove();
    const newDefs: ElementDefinition[] = [];
    for (const def of defs) {
      const existing = cy.getElementById(def.data.id!);
      if (existing.empty()) {
        newDefs.push(def);
        continue;
      }
      if (!sameData(existing.data() as Record<string, unknown>, def.data as Record<string, unknown>))
        existing.data(def.data);
      const classes = (def.classes as string[] | undefined) ?? [];
      const keep = ['label-on', 'hidden', 'kb-active'].filter((c) => existing.hasClass(c));
      const next = [...classes, ...keep];
      if ((existing.classes() as string[]).join(' ') !== next.join(' ')) existing.classes(next);
    }
    // Parents before children: Cytoscape needs a node's parent to exist when it is added.
    newDefs.sort((a, b) => Number(Boolean(a.data.parent)) - Number(Boolean(b.data.parent)));
    added = cy.add(newDefs);
    const newNodes = added.nodes();
    newNodes.forEach((node) => {
      const anchor = node.neighborhood('node').filter((n) => !newNodes.contains(n));
      const at = anchor.nonempty() ? anchor.nodes()[0]!.position() : { x: 0, y: 0 };
      node.position({ x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 });
    });
  });
  const goneNodes = gone.nodes().nonempty();
  const addedNodes = added.nodes().nonempty();
  const change = first
    ? 'replaced'
    : addedNodes
      ? goneNodes
        ? 'replaced'
        : 'grown'
      : !goneNodes && (gone.nonempty() || added.nonempty())
        ? 'edges'
        : 'same';
  return { change, added };
}
