import type { SetState } from '../hooks/useUrlState.ts';
import type { Expansions } from '../hooks/useExpansions.ts';
import type { AppState, Selection } from '../lib/state.ts';
import type { Filter } from '../lib/vocabulary.ts';

/** What every view gets from the app. */
export interface ViewProps {
  state: AppState;
  setState: SetState;
  /** The `filter` variable of every filtered query (undefined: no filter). */
  filter: Filter | undefined;
  expansions: Expansions;
  select: (selection: Selection | undefined) => void;
}
