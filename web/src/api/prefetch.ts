/**
 * Asks for the first view's data while React is still mounting, so the answer is (nearly)
 * there when the view asks: `cachedGql` keeps the pending answer under the same query and
 * variables the view uses (FocusView, OverloadView). Variables that drift from the view's
 * only cost a second request.
 */
import { filterVariable } from '../lib/filters.ts';
import type { AppState } from '../lib/state.ts';
import { cachedGql, type Document } from './client.ts';
import { askOverviewUnits } from '../hooks/useOverviewUnits.ts';
import { FOCUS } from './queries.ts';

export function prefetchFirstView(state: AppState): void {
  const filter = filterVariable(state.filters);
  const ask = <T, V>(query: Document<T, V>, variables: V) => {
    // Normalised as useQuery does (undefined dropped); failures are the view's to show.
    cachedGql(query, JSON.parse(JSON.stringify(variables)) as V).catch(() => undefined);
  };
  if (state.view === 'focus' && state.unit && !state.unit.startsWith('person:'))
    ask(FOCUS, { unit: state.unit, filter });
  // The overload view's ranking and overview are both drawn from every unit's load.
  if (state.view === 'overload') askOverviewUnits(filter).catch(() => undefined);
}
