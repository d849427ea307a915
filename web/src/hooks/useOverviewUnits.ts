/**
 * Every unit's load under the filters, for the overview: one `overload` per jurisdiction (each
 * at most 500 units, the API's bound), asked in parallel and kept by the client's cache, so going
 * back to a filter asks nothing.
 */
import { useEffect, useState } from 'react';
import { cachedGql } from '../api/client.ts';
import { OVERLOAD } from '../api/queries.ts';
import type { Filter, UnitLoadRow } from '../lib/vocabulary.ts';

/** The most units `overload` answers per question. */
const PER_JURISDICTION = 500;

export function useOverviewUnits(
  jurisdictions: readonly string[],
  filter: Filter | undefined,
): { rows?: UnitLoadRow[]; error?: unknown } {
  const key = JSON.stringify([jurisdictions, filter ?? null]);
  const [answer, setAnswer] = useState<{ key: string; rows?: UnitLoadRow[]; error?: unknown }>();

  useEffect(() => {
    if (jurisdictions.length === 0) return;
    let live = true;
    Promise.all(
      jurisdictions.map((jurisdiction) => cachedGql(OVERLOAD, { filter, jurisdiction, top: PER_JURISDICTION })),
    )
      .then((answers) => live && setAnswer({ key, rows: answers.flatMap((a) => a.overload) }))
      .catch((error: unknown) => live && setAnswer({ key, error }));
    return () => {
      live = false;
    };
    // `key` stands for jurisdictions and filter by content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // While a new filter is asked, the last answer stays drawn (the graph narrows when the new one comes).
  return answer ? { rows: answer.rows, error: answer.key === key ? answer.error : undefined } : {};
}
