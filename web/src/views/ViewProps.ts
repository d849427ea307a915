import type { SetState } from '../hooks/useUrlState.ts';
import type { Expansions } from '../hooks/useExpansions.ts';
import type { Table } from '../lib/csv.ts';
import type { AppState, Selection } from '../lib/state.ts';
import type { Filter } from '../lib/vocabulary.ts';

/** The table a view shows, for the CSV export; `name` parts make the file name. */
export interface ViewTable {
  table: Table;
  name: string[];
}

/** What every view gets from the app. */
export interface ViewProps {
  state: AppState;
  setState: SetState;
  /** The `filter` variable of every filtered query (undefined: no filter). */
  filter: Filter | undefined;
  expansions: Expansions;
  select: (selection: Selection | undefined) => void;
  onTable: (table: ViewTable | null) => void;
}
