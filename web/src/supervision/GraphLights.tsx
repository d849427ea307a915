/**
 * Measure nodes coloured by their light in every graph drawn: the lights at the as-of date are
 * fetched once (one ledger of every measure) and written onto each graph's measure nodes as
 * `data(light)`, with a style rule per light. Asked again when a report is made here.
 */
import type { Core } from 'cytoscape';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { gql } from '../api/client.ts';
import type { GraphRegistry } from '../graph/graphRegistry.ts';
import { MEASURE_LIGHTS } from './queries.ts';
import { LIGHT_COLOURS, todayInBeijing } from './messages.ts';
import { useSession } from './session.tsx';

async function allLights(asOf: string): Promise<Map<string, string>> {
  const lights = new Map<string, string>();
  let after: string | null | undefined;
  do {
    const page = (await gql(MEASURE_LIGHTS, { asOf, after })).ledger;
    for (const e of page.edges) lights.set(e.node.measure.id, e.node.light);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return lights;
}

/** The lights each graph was last painted with, and the graphs that have the light style rules. */
const painted = new WeakMap<Core, Map<string, string>>();
const styled = new WeakSet<Core>();

export function GraphLights({ graphs, asOf }: { graphs: GraphRegistry; asOf: string | undefined }) {
  const { version } = useSession();
  const date = asOf ?? todayInBeijing();
  const [lights, setLights] = useState<Map<string, string> | null>(null);
  // Re-run when graphs come and go (a new view, a re-draw).
  const count = useSyncExternalStore(graphs.subscribe, graphs.count);
  useEffect(() => {
    let current = true;
    allLights(date).then(
      (found) => current && setLights(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [date, version]);
  useEffect(() => {
    if (!lights) return;
    for (const { cy } of graphs.all()) {
      // Each graph once per answer: a style pass over a big graph is not free.
      if (painted.get(cy) === lights) continue;
      painted.set(cy, lights);
      cy.batch(() => {
        cy.nodes('.measure').forEach((n) => {
          const light = lights.get(n.id());
          if (light && n.data('light') !== light) n.data('light', light);
        });
      });
      if (!styled.has(cy)) {
        styled.add(cy);
        for (const [light, colour] of Object.entries(LIGHT_COLOURS))
          cy.style()
            .selector(`node.measure[light = "${light}"]`)
            .style({ 'background-color': colour, 'border-color': colour });
        cy.style().update();
        // Measures drawn later into the same graph (neighbours added, a collective opened) take theirs too.
        cy.on('add', 'node.measure', (event) => {
          const light = painted.get(cy)?.get(event.target.id());
          if (light) event.target.data('light', light);
        });
      }
    }
  }, [lights, count, graphs]);
  return null;
}
