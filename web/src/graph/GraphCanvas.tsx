/**
 * One Cytoscape graph. Elements come in as props; when they only grow (a double-click
 * expansion) the new ones are laid out around the old, otherwise the graph is laid out
 * afresh. Each finished drawing is reported through `window.__dutygraph` and `data-ready`.
 */
import type cytoscape from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { MESSAGES, type Lang } from '../lib/i18n.ts';
import { useExports } from '../exports.tsx';
import type { NodeType } from '../lib/vocabulary.ts';
import type { GraphRegistry } from './graphRegistry.ts';
import { BIG_GRAPH, createCy, wantsWebgl, type Core, type ElementDefinition } from './cytoscape.ts';
import { layoutOptions } from './force.ts';
import { radialLayout, radialPositions } from './radial.ts';
import { forgetGraph, reportGraph } from './signals.ts';

export interface NodeRef {
  id: string;
  type: NodeType;
  collective: boolean;
}

interface Props {
  graphId: string;
  elements: ElementDefinition[];
  /** Lay the graph out in rings around this node (the focus view) rather than by force. */
  radialCentre?: string;
  lang: Lang;
  selectedId?: string;
  onSelect: (node: NodeRef | undefined) => void;
  onExpand: (node: NodeRef) => void;
}

interface Drawn {
  nodes: number;
  edges: number;
  webgl: boolean;
}

export function GraphCanvas({ graphId, elements, radialCentre, lang, selectedId, onSelect, onExpand }: Props) {
  const t = MESSAGES[lang];
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const { graphs } = useExports();

  useEffect(() => {
    const el = container.current!;
    const observer = new ResizeObserver(() => cyRef.current?.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      const cy = cyRef.current;
      if (cy) {
        graphs.unregister(graphId, cy);
        cy.destroy();
      }
      cyRef.current = null;
      forgetGraph(graphId);
    };
  }, [graphId, graphs]);

  useEffect(() => {
    const el = container.current!;
    el.dataset.ready = 'false';
    setDrawn(null);
    const webgl = wantsWebgl(elements.length);
    let cy = cyRef.current;
    if (!cy || cy.scratch('webgl') !== webgl) {
      if (cy) {
        graphs.unregister(graphId, cy);
        cy.destroy();
      }
      cy = createCy(el, webgl, elements.length > BIG_GRAPH);
      cy.scratch('webgl', webgl);
      bindEvents(cy, graphId, handlers, graphs);
      graphs.register(graphId, cy);
      cyRef.current = cy;
    }
    const { change, added } = syncElements(cy, elements);
    const started = performance.now();
    const finish = () => {
      const layoutMs = performance.now() - started;
      performance.measure(`dutygraph:layout:${graphId}`, { start: started, duration: layoutMs });
      // Two frames: the first paints the new positions, the second runs after that paint.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (cyRef.current !== cy) return;
          const nodes = cy.nodes();
          reportGraph(graphId, {
            nodes: nodes.length,
            measures: nodes.filter('.measure').length,
            edges: cy.edges().length,
            renderer: webgl ? 'webgl' : 'canvas',
            layoutMs,
            drawnAt: performance.now(),
          });
          el.dataset.ready = 'true';
          setDrawn({ nodes: nodes.length, edges: cy.edges().length, webgl });
        }),
      );
    };
    if (change === 'same' || cy.nodes().length === 0) return finish();
    // A fresh focus graph is radial; expansions place the new nodes by force around what is drawn, which stays.
    const rings = change === 'replaced' && radialCentre ? radialPositions(cy, radialCentre) : undefined;
    const keep = change === 'grown' ? cy.nodes().difference(added) : undefined;
    const layout = cy.layout(rings ? radialLayout(rings) : layoutOptions(cy.nodes().length, keep));
    layout.one('layoutstop', finish);
    layout.run();
  }, [graphId, elements, radialCentre, graphs]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selectedId) cy.getElementById(selectedId).select();
  }, [selectedId, elements]);

  return (
    <div className="graph-canvas">
      <div ref={container} className="graph-canvas__cy" data-graph-id={graphId} data-ready="false" />
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

function bindEvents(
  cy: Core,
  graphId: string,
  handlers: { current: Pick<Props, 'onSelect' | 'onExpand'> },
  graphs: GraphRegistry,
): void {
  const ref = (node: cytoscape.NodeSingular): NodeRef => ({
    id: node.id(),
    type: node.data('type') as NodeType,
    collective: node.hasClass('collective'),
  });
  cy.on('tap', 'node', (e) => {
    graphs.markActive(graphId);
    handlers.current.onSelect(ref(e.target as cytoscape.NodeSingular));
  });
  cy.on('tap', (e) => {
    graphs.markActive(graphId);
    if (e.target === cy) handlers.current.onSelect(undefined);
  });
  cy.on('dbltap', 'node', (e) => handlers.current.onExpand(ref(e.target as cytoscape.NodeSingular)));
}

/**
 * Brings the graph to `defs`. 'grown' when everything drawn stays and something is new
 * (`added`; new nodes start beside a drawn neighbour), 'same' when only data or classes
 * changed, 'replaced' otherwise.
 */
function syncElements(
  cy: Core,
  defs: ElementDefinition[],
): { change: 'same' | 'grown' | 'replaced'; added: cytoscape.Collection } {
  const wanted = new Set(defs.map((d) => d.data.id!));
  const drawn = cy.elements();
  let added = cy.collection();
  if (drawn.length === 0 || drawn.filter((e) => !wanted.has(e.id())).nonempty()) {
    cy.batch(() => {
      drawn.remove();
      added = cy.add(defs);
    });
    return { change: 'replaced', added };
  }
  cy.batch(() => {
    const newDefs: ElementDefinition[] = [];
    for (const def of defs) {
      const existing = cy.getElementById(def.data.id!);
      if (existing.empty()) {
        newDefs.push(def);
        continue;
      }
      existing.data(def.data);
      existing.classes(def.classes as string[]);
    }
    added = cy.add(newDefs);
    const newNodes = added.nodes();
    newNodes.forEach((node) => {
      const anchor = node.neighborhood('node').filter((n) => !newNodes.contains(n));
      const at = anchor.nonempty() ? anchor.nodes()[0]!.position() : { x: 0, y: 0 };
      node.position({ x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 });
    });
  });
  return { change: added.nonempty() ? 'grown' : 'same', added };
}
