/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark (without
 * it Excel reads GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
 */

export type Cell = string | number | boolean | null | undefined;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

const BOM = '\uFEFF';

function cell(value: Cell): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: Table): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name safe on every system: the parts joined, characters Windows refuses replaced. */
export function exportFileName(parts: string[], extension: string): string {
  const base = parts
    .filter(Boolean)
    .join('-')
    .replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${base || 'dutygraph'}.${extension}`;
}
