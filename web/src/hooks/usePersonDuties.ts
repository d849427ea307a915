/**
 * A lead official's (牵头领导) duties. The API answers `touches` for units only; a person's are the
 * measures `graph(around:)` links them to, each read in full (`measure`, cached, in parallel).
 */
import { useEffect, useMemo, useState } from 'react';
import { cachedGql } from '../api/client.ts';
import { GRAPH, MEASURE_PANEL } from '../api/queries.ts';
import type { MeasurePanelQuery } from '../generated/graphql.ts';
import type { Filter, Role, Subgraph } from '../lib/vocabulary.ts';
import { useQuery } from './useQuery.ts';

export type MeasureDetail = NonNullable<MeasurePanelQuery['measure']>;

export interface PersonDuty {
  measure: MeasureDetail;
  role: Role;
  asWritten: string;
  uncertain: string | null;
  confidence: MeasureDetail['assignments'][number]['confidence'];
}

export interface PersonDuties {
  name: string;
  jurisdiction: string;
  graph: Subgraph;
  duties: PersonDuty[] | undefined;
  counts: Partial<Record<Role, number>>;
}

export function usePersonDuties(
  personId: string,
  filter: Filter | undefined,
): { data?: PersonDuties; error: unknown; loading: boolean; retry: () => void } {
  const { data, error, loading, retry } = useQuery(GRAPH, { around: [personId], filter });
  const [details, setDetails] = useState<{ key: string; duties: PersonDuty[] } | { key: string; error: unknown }>();
  const graph = data?.graph;
  const own = useMemo(() => graph?.edges.filter((e) => e.source === personId) ?? [], [graph, personId]);
  const key = own.map((e) => e.id).join(',');

  useEffect(() => {
    if (!graph) return;
    let live = true;
    Promise.all(own.map((e) => cachedGql(MEASURE_PANEL, { id: e.target })))
      .then((answers) => {
        const duties = answers.flatMap(({ measure }) => {
          const mine = measure?.assignments.find((a) => a.party.id === personId);
          return measure && mine
            ? [
                {
                  measure,
                  role: mine.role,
                  asWritten: mine.asWritten,
                  uncertain: mine.uncertain,
                  confidence: mine.confidence,
                },
              ]
            : [];
        });
        if (live) setDetails({ key, duties });
      })
      .catch((failure: unknown) => live && setDetails({ key, error: failure }));
    return () => {
      live = false;
    };
  }, [graph, own, key, personId]);

  if (!graph) return { error, loading, retry };
  const node = graph.nodes.find((n) => n.id === personId);
  const counts: Partial<Record<Role, number>> = {};
  for (const e of own) counts[e.role] = (counts[e.role] ?? 0) + 1;
  const current = details?.key === key ? details : undefined;
  return {
    data: {
      name: node?.label ?? personId.split(':').at(-1) ?? personId,
      jurisdiction: node?.jurisdiction ?? personId.split(':')[1] ?? '',
      graph,
      duties: current && 'duties' in current ? current.duties : undefined,
      counts,
    },
    error: current && 'error' in current ? current.error : error,
    loading,
    retry,
  };
}
