/**
 * Reader for the text extraction of a DOCX action plan (seeds 001, 003, 004; the format is
 * described in docs/formats.md §3).
 *
 * The extraction writes every table cell on a line that begins with TAB (sometimes
 * SPACE+TAB); lines without a TAB continue the current cell. Rows are recovered by
 * grouping cells by the header's column count: blank lines can sit inside a row, so
 * they never end one. A row whose first cell reads `一、…` or `（一）…` on its own is a
 * section row.
 *
 * Before cells are read, Word bookmarks (`[bookmark: _GoBack]`) are removed from every
 * line, and attachment labels, titles and page footers (`- 1 -`) are kept out of the
 * table body, so that none of them is glued into the last cell of a row.
 *
 * Fragments are the cell's printed lines, trimmed, one per line. Unit and person names
 * are left exactly as printed (wrapped names stay split, glued names stay glued); a line
 * that is only a dash (`——`, `—`) marks an empty cell and is dropped.
 */
import { ReadError } from '../errors.ts';
import type {
  Cell,
  ColumnRole,
  EntryRow,
  Fragment,
  HeaderColumn,
  ReadDocument,
  Reader,
  Row,
  Table,
} from '../tables.ts';
import { mapHeader } from './header.ts';

/** `[bookmark: _GoBack]`, `[bookmark: _Hlk122683941]`. */
const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
/** A line that starts a cell: TAB, optionally after spaces (003:73, 003:2326). */
const CELL_START = /^ *\t/;
/** An attachment label on a line of its own: `附件1`, ` 附件2` (003:33). */
const LABEL = /^\s*附\s*件\s*(\d+)\s*$/;
/** A page footer: `- 1 -` (003:341). */
const FOOTER = /^\s*[-－—–]\s*\d+\s*[-－—–]\s*$/;
/** A section heading: `一、…`, `（一）…`. */
const SECTION = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
/** A line that only marks an empty cell. */
const EMPTY_MARK = /^[—－–-]+$/;
/** A task number as printed. */
const SEQ = /^\d*$/;

/** One source line with bookmarks removed. */
interface SourceLine {
  /** 1-based, as `sed -n` counts. */
  no: number;
  text: string;
}

/** A table cell as read from the lines: its TAB line, last non-blank line, and trimmed lines. */
interface RawCell {
  start: number;
  end: number;
  fragments: Fragment[];
}

function isBlank(s: string): boolean {
  return s.trim() === '';
}

function cellText(cell: RawCell): string {
  return cell.fragments.map((f) => f.text).join('');
}

/** Splits the text into lines, numbered as `sed -n` numbers them, bookmarks removed. */
function splitLines(text: string): SourceLine[] {
  // Only LF ends a line (as `sed` counts); a CR before it is dropped.
  const raw = text.split('\n').map((t) => (t.endsWith('\r') ? t.slice(0, -1) : t));
  // A final newline does not open another line.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((t, i) => ({ no: i + 1, text: t.replace(BOOKMARK, '') }));
}

/** Reads TAB-started cells from `lines[from, to)`; non-TAB lines continue the current cell. */
function readCells(lines: SourceLine[], from: number, to: number, file: string): RawCell[] {
  const cells: RawCell[] = [];
  let current: RawCell | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (CELL_START.test(line.text)) {
      const content = line.text.slice(line.text.indexOf('\t') + 1).trim();
      current = { start: line.no, end: line.no, fragments: [] };
      cells.push(current);
      if (content !== '') current.fragments.push({ text: content, line: line.no });
      continue;
    }
    if (isBlank(line.text) || FOOTER.test(line.text)) continue;
    if (!current) throw new ReadError(file, line.no, `text outside any table cell: "${line.text.trim()}"`);
    current.fragments.push({ text: line.text.trim(), line: line.no });
    current.end = line.no;
  }
  return cells;
}

/** A cell's lines as one item, dash-only lines dropped; no items when nothing is left. */
function toCell(raw: RawCell): Cell {
  const fragments = raw.fragments.filter((f) => !EMPTY_MARK.test(f.text)).map((f) => ({ ...f }));
  return { items: fragments.length > 0 ? [{ fragments }] : [] };
}

/** Where one table sits in the text. */
interface TableBounds {
  label?: string;
  labelLine?: number;
  /** Index (0-based) of the first line after the label, or of the title when there is no label. */
  from: number;
  /** Index (0-based) one past the table's last line. */
  to: number;
}

/** Tables start at attachment labels; a document without labels is searched for 序号 headers. */
function findTables(lines: SourceLine[], file: string): TableBounds[] {
  const starts: TableBounds[] = [];
  lines.forEach((line, i) => {
    const m = CELL_START.test(line.text) ? null : LABEL.exec(line.text);
    if (m) starts.push({ label: `附件${m[1]}`, labelLine: line.no, from: i + 1, to: lines.length });
  });
  if (starts.length === 0) {
    lines.forEach((line, i) => {
      if (!CELL_START.test(line.text) || line.text.trim() !== '序号') return;
      let t = i - 1;
      while (t >= 0 && isBlank(lines[t]!.text)) t--;
      if (t < 0 || CELL_START.test(lines[t]!.text))
        throw new ReadError(file, line.no, 'table header has no title line before it');
      starts.push({ from: t, to: lines.length });
    });
  }
  for (let k = 0; k + 1 < starts.length; k++) {
    const next = starts[k + 1]!;
    starts[k]!.to = next.labelLine !== undefined ? next.labelLine - 1 : next.from;
  }
  return starts;
}

/**
 * The plan title: the non-TAB lines before the first cell (a
 * wrapped title is joined); `next` is the first cell's index.
 */
function readTitle(
  lines: SourceLine[],
  bounds: TableBounds,
  name: string,
  file: string,
): { title: string; titleLine: number; next: number } {
  const { from, to } = bounds;
  const at = bounds.labelLine ?? lines[from]?.no ?? lines.length;
  let i = from;
  while (i < to && isBlank(lines[i]!.text)) i++;
  if (i >= to || CELL_START.test(lines[i]!.text)) throw new ReadError(file, at, `${name} has no title line`);
  const titleLine = lines[i]!.no;
  let title = lines[i]!.text.trim();
  for (i++; i < to && !CELL_START.test(lines[i]!.text); i++) {
    if (!isBlank(lines[i]!.text)) title += lines[i]!.text.trim();
  }
  if (i >= to) throw new ReadError(file, titleLine, `${name} (${title}) has no table`);
  return { title, titleLine, next: i };
}

/**
 * One past the header's last line: the header's TAB cells run up to the first blank line
 * (wrapped labels such as 重点⏎任务 stay inside it), or up to a task number or section
 * when no blank line follows the header.
 */
function headerEnd(lines: SourceLine[], i: number, to: number): number {
  let h = i;
  while (h < to && !isBlank(lines[h]!.text)) {
    if (h > i && CELL_START.test(lines[h]!.text)) {
      const content = lines[h]!.text.trim();
      if (/^\d+$/.test(content) || SECTION.test(content)) break; // no blank line after the header
    }
    h++;
  }
  return h;
}

/** The body: section cells on their own, other cells grouped by the header's column count. */
function readRows(cells: RawCell[], header: HeaderColumn[], name: string, file: string): Row[] {
  const width = header.length;
  const rows: Row[] = [];
  let pending: RawCell[] = [];
  for (const cell of cells) {
    const text = cellText(cell);
    if (pending.length === 0 && SECTION.test(text)) {
      rows.push({ kind: 'section', text: text.trim(), line: cell.fragments[0]?.line ?? cell.start });
      continue;
    }
    checkFits(header[pending.length]!, text, cell, width, name, file);
    pending.push(cell);
    if (pending.length === width) {
      rows.push(entryRow(header, pending));
      pending = [];
    }
  }
  if (pending.length > 0) {
    const last = pending[pending.length - 1]!;
    throw new ReadError(
      file,
      last.end,
      `${name} is truncated: the row starting at line ${pending[0]!.start} ` +
        `has ${pending.length} of ${width} cells when the table ends`,
    );
  }
  return rows;
}

function readTable(lines: SourceLine[], bounds: TableBounds, file: string): Table {
  const { to, label } = bounds;
  const name = label ?? 'table';
  const { title, titleLine, next: i } = readTitle(lines, bounds, name, file);
  const headerLine = lines[i]!.no;
  const h = headerEnd(lines, i, to);
  const header: HeaderColumn[] = mapHeader(readCells(lines, i, h, file).map(cellText), file, headerLine);
  const rows = readRows(readCells(lines, h, to, file), header, name, file);
  if (!rows.some((r) => r.kind === 'entry'))
    throw new ReadError(file, headerLine, `${name} (${title}) has a header but no rows`);

  const lastRow = rows[rows.length - 1]!;
  const end = lastRow.kind === 'entry' ? lastRow.span[1] : lastRow.line;
  const table: Table = { title, titleLine, header, rows, span: [bounds.labelLine ?? titleLine, end] };
  if (label !== undefined) table.label = label;
  return table;
}

/** Rejects a cell that cannot sit in its column: the sign that cells and header have come apart. */
function checkFits(column: HeaderColumn, text: string, cell: RawCell, width: number, name: string, file: string): void {
  const fits =
    column.role === 'seq' ? SEQ.test(text) : column.role === 'measure' || !(/^\d+$/.test(text) || SECTION.test(text));
  if (!fits) {
    throw new ReadError(
      file,
      cell.start,
      `${name}: cells do not fit the header's ${width} columns: ` +
        `"${text.slice(0, 30)}" cannot be a ${column.label} cell`,
    );
  }
}

function entryRow(header: HeaderColumn[], raw: RawCell[]): EntryRow {
  const cells: Partial<Record<ColumnRole, Cell>> = {};
  header.forEach((column, k) => {
    cells[column.role] = toCell(raw[k]!);
  });
  return { kind: 'entry', cells, span: [raw[0]!.start, raw[raw.length - 1]!.end] };
}

export const readDocxText: Reader = (text: string, file: string): ReadDocument => {
  if (text.trim() === '') throw new ReadError(file, 1, 'empty input');
  const lines = splitLines(text);
  const bounds = findTables(lines, file);
  if (bounds.length === 0) throw new ReadError(file, 1, 'no table found: no 附件 label and no 序号 header');
  const tables = bounds.map((b) => readTable(lines, b, file));
  return { file, tables, skipped: [] };
};
