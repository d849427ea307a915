/** Saving exports: the current graph as PNG, the current table as CSV. */
import type { ViewTable } from './exports.tsx';
import type { GraphRegistry } from './graph/graphRegistry.ts';
import { exportFileName, toCsv } from './lib/csv.ts';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportCsv(view: ViewTable): void {
  save(
    new Blob([toCsv(view.table)], { type: 'text/csv;charset=utf-8' }),
    exportFileName(['dutygraph', ...view.name], 'csv'),
  );
}

/** Every drawn graph, one file each (the focus view of a shared name draws one graph per district). */
export function exportPng(graphs: GraphRegistry): number {
  const all = graphs.all();
  for (const graph of all) {
    const blob = graph.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    save(blob, exportFileName(['dutygraph', graph.id], 'png'));
  }
  return all.length;
}
