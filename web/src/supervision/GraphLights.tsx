/**
 * Measure nodes coloured by their light in every graph drawn: the lights at the as-of date of the
 * measures drawn (and only those: the ledger of all Beijing is 85,000 rows, and the overview draws
 * no measure at all) are asked in batches of up to 1000, two at a time, and written onto the nodes as
 * `data(light)`, with a style rule per light. Measures drawn later (a partner expanded, a
 * collective opened) are asked when they appear; all are asked again when a report is made here.
 */
import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { gql } from '../api/client.ts';
import type { GraphRegistry } from '../graph/graphRegistry.ts';
import { updateGraphSignal } from '../graph/signals.ts';
import { MEASURE_LIGHTS } from './queries.ts';
import { LIGHT_COLOURS, todayInBeijing } from './messages.ts';
import { useSession } from './session.tsx';

/** The most ids one request may carry (MAX_MEASURE_IDS, server/api/argument-limits.ts). */
const BATCH = 1000;
/** Requests in flight at once: the graph's own questions (a panel, an expansion) should not wait behind lights. */
const IN_FLIGHT = 2;

/** The graphs that have the light style rules. */
const styled = new WeakSet<Core>();

function addLightStyles(cy: Core): void {
  if (styled.has(cy)) return;
  styled.add(cy);
  for (const [light, colour] of Object.entries(LIGHT_COLOURS))
    cy.style()
      .selector(`node.measure[light = "${light}"]`)
      .style({ 'background-color': colour, 'border-color': colour });
  cy.style().update();
}

/**
 * The measure nodes of each colour, on the graph's signal (what the browser tests check). A graph
 * reports itself on its first drawn frame, which the first lights can beat: then a frame later.
 */
function reportLights(graphId: string, cy: Core, tries = 30): void {
  if (cy.destroyed()) return;
  if (!window.__dutygraph?.graphs[graphId]) {
    if (tries > 0) requestAnimationFrame(() => reportLights(graphId, cy, tries - 1));
    return;
  }
  const counts: Record<string, number> = {};
  cy.nodes('.measure[light]').forEach((n) => {
    counts[n.data('light')] = (counts[n.data('light')] ?? 0) + 1;
  });
  updateGraphSignal(graphId, { lights: counts });
}

export function GraphLights({ graphs, asOf }: { graphs: GraphRegistry; asOf: string | undefined }) {
  const { version } = useSession();
  const date = asOf ?? todayInBeijing();
  useEffect(() => {
    let live = true;
    // Lights known at this date and session version ('' for an id the API no longer has), and asked.
    const known = new Map<string, string>();
    const asked = new Set<string>();
    const watched = new Map<Core, (event: EventObject) => void>();

    const paint = (ids: readonly string[]) => {
      for (const { id: graphId, cy } of graphs.all()) {
        addLightStyles(cy);
        cy.batch(() => {
          for (const id of ids) {
            const node = cy.getElementById(id);
            const light = known.get(id);
            if (light && node.nonempty() && node.data('light') !== light) node.data('light', light);
          }
        });
        reportLights(graphId, cy);
      }
    };

    // Ids waiting to be asked, and requests in flight.
    const queue: string[] = [];
    let inFlight = 0;
    const next = () => {
      while (live && inFlight < IN_FLIGHT && queue.length > 0) {
        const batch = queue.splice(0, BATCH);
        inFlight++;
        gql(MEASURE_LIGHTS, { measures: batch, asOf: date })
          .then(
            ({ lights }) => {
              if (!live) return;
              for (const id of batch) known.set(id, '');
              for (const row of lights) known.set(row.measure.id, row.light);
              paint(batch);
            },
            // A light is an extra: a failed batch leaves those measures uncoloured, asked again with the next graph.
            () => batch.forEach((id) => asked.delete(id)),
          )
          .finally(() => {
            inFlight--;
            next();
          });
      }
    };
    const ask = (ids: string[]) => {
      for (const id of ids)
        if (!asked.has(id)) {
          asked.add(id);
          queue.push(id);
        }
      next();
    };

    const scan = () => {
      const ids: string[] = [];
      for (const cy of watched.keys()) if (cy.destroyed()) watched.delete(cy);
      for (const { cy } of graphs.all()) {
        if (!watched.has(cy)) {
          // Measures drawn later into the same graph take theirs too (asked once, in one batch a tick).
          let pending: string[] = [];
          const added = (event: EventObject) => {
            const id = event.target.id() as string;
            if (known.get(id)) event.target.data('light', known.get(id));
            else if (!asked.has(id) && pending.push(id) === 1)
              queueMicrotask(() => {
                const ids = pending;
                pending = [];
                if (live) ask(ids);
              });
          };
          watched.set(cy, added);
          cy.on('add', 'node.measure', added);
        }
        cy.nodes('.measure').forEach((n) => {
          ids.push(n.id());
        });
      }
      paint(ids.filter((id) => known.get(id)));
      ask(ids);
    };

    scan();
    const unsubscribe = graphs.subscribe(scan);
    return () => {
      live = false;
      unsubscribe();
      for (const [cy, added] of watched) if (!cy.destroyed()) cy.off('add', 'node.measure', added);
    };
  }, [graphs, date, version]);
  return null;
}
