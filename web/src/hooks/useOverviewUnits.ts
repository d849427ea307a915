/**
 * Every unit's load under the filters, for the overview: one `overload` for all of them (the API
 * answers up to 2000; the synthetic graph ×100 has 1,723 units), kept by the client's cache, so
 * going back to a filter asks nothing.
 */
import { useEffect, useState } from 'react';
import { cachedGql } from '../api/client.ts';
import { OVERLOAD } from '../api/queries.ts';
import type { Filter, UnitLoadRow } from '../lib/vocabulary.ts';

/** The most units `overload` answers at once (server/api/resolvers/overload.ts). */
export const ALL_UNITS = 2000;

/** The one question, also asked by prefetch.ts before React mounts: the same variables, so one answer serves both. */
export function askOverviewUnits(filter: Filter | undefined): Promise<UnitLoadRow[]> {
  return cachedGql(OVERLOAD, filter ? { filter, top: ALL_UNITS } : { top: ALL_UNITS }).then((a) => a.overload);
}

export function useOverviewUnits(filter: Filter | undefined): { rows?: UnitLoadRow[]; error?: unknown } {
  const key = JSON.stringify(filter ?? null);
  const [answer, setAnswer] = useState<{ key: string; rows?: UnitLoadRow[]; error?: unknown }>();

  useEffect(() => {
    let live = true;
    askOverviewUnits((JSON.parse(key) as Filter | null) ?? undefined)
      .then((rows) => live && setAnswer({ key, rows }))
      .catch((error: unknown) => live && setAnswer({ key, error }));
    return () => {
      live = false;
    };
  }, [key]);

  // While a new filter is asked, the last answer stays drawn (the graph narrows when the new one comes).
  return answer ? { rows: answer.rows, error: answer.key === key ? answer.error : undefined } : {};
}
