/**
 * What the header's export buttons save, made explicit: the graphs drawn (导出图片) and the table
 * of the view shown (导出表格). App creates one Exports and provides it; a graph registers itself,
 * a view declares its table with useExportTable, for as long as it is mounted.
 */
import { createContext, useContext, useEffect } from 'react';
import type { GraphRegistry } from './graph/graphRegistry.ts';
import type { Table } from './lib/csv.ts';

/** The table a view shows, for the CSV export; `name` parts make the file name. */
export interface ViewTable {
  table: Table;
  name: string[];
}

export interface Exports {
  graphs: GraphRegistry;
  /** The table 导出表格 saves now; null when the view shows none. */
  showTable: (table: ViewTable | null) => void;
}

const ExportsContext = createContext<Exports | null>(null);
export const ExportsProvider = ExportsContext.Provider;

export function useExports(): Exports {
  const exports = useContext(ExportsContext);
  if (!exports) throw new Error('useExports: no ExportsProvider above this component');
  return exports;
}

/** The view's table is the one 导出表格 saves while the view is mounted (null: none). Keep `table` stable (useMemo). */
export function useExportTable(table: ViewTable | null): void {
  const { showTable } = useExports();
  useEffect(() => {
    showTable(table);
    return () => showTable(null);
  }, [table, showTable]);
}
