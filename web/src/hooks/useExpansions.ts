/**
 * What the user added to the drawn graphs: neighbours of a double-clicked node (the API's
 * `graph(around:)`), members of an expanded collective (`unit.members`). Kept per graph and
 * forgotten when the view's base query changes.
 */
import { useCallback, useMemo, useState } from 'react';
import { cachedGql } from '../api/client.ts';
import { GRAPH, MEMBERS } from '../api/queries.ts';
import type { Membership } from '../lib/subgraph.ts';
import type { Filter, Subgraph } from '../lib/vocabulary.ts';
import type { SetState } from './useUrlState.ts';

export interface Extras {
  graphs: Subgraph[];
  memberships: Membership[];
}

const NONE: Extras = { graphs: [], memberships: [] };

export interface Expansions {
  extrasFor: (graphId: string) => Extras;
  expandNeighbours: (graphId: string, nodeId: string) => Promise<void>;
  expandMembers: (graphId: string, collectiveId: string) => Promise<void>;
  /** Collectives the URL says are open: each graph holding one opens it again (ExplorerGraph). */
  open: readonly string[];
}

export function useExpansions(
  resetKey: string,
  filter: Filter | undefined,
  open: readonly string[] = [],
  setUrlState?: SetState,
): Expansions {
  const [state, setState] = useState<{ key: string; byGraph: Record<string, Extras> }>({ key: resetKey, byGraph: {} });
  const byGraph = useMemo(() => (state.key === resetKey ? state.byGraph : {}), [state, resetKey]);

  const add = useCallback(
    (graphId: string, extra: Partial<Extras>) =>
      setState((s) => {
        const current = (s.key === resetKey ? s.byGraph : {})[graphId] ?? NONE;
        const next: Extras = {
          graphs: [...current.graphs, ...(extra.graphs ?? [])],
          memberships: [...current.memberships, ...(extra.memberships ?? [])],
        };
        return { key: resetKey, byGraph: { ...(s.key === resetKey ? s.byGraph : {}), [graphId]: next } };
      }),
    [resetKey],
  );

  const expandNeighbours = useCallback(
    async (graphId: string, nodeId: string) => {
      const { graph } = await cachedGql(GRAPH, { around: [nodeId], filter });
      add(graphId, { graphs: [graph] });
    },
    [add, filter],
  );

  const expandMembers = useCallback(
    async (graphId: string, collectiveId: string) => {
      const { unit } = await cachedGql(MEMBERS, { id: collectiveId });
      if (unit && unit.members.length > 0) add(graphId, { memberships: [{ collectiveId, members: unit.members }] });
      setUrlState?.((s) => (s.open.includes(collectiveId) ? s : { ...s, open: [...s.open, collectiveId] }), {
        replace: true,
      });
    },
    [add, setUrlState],
  );

  const extrasFor = useCallback((graphId: string) => byGraph[graphId] ?? NONE, [byGraph]);
  return useMemo(
    () => ({ extrasFor, expandNeighbours, expandMembers, open }),
    [extrasFor, expandNeighbours, expandMembers, open],
  );
}
