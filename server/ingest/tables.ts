/**
 * The plain tables every reader produces. This is the only thing that leaves a reader:
 * nothing downstream knows whether a table came from PDF text, DOCX text or Markdown.
 *
 * Line numbers are 1-based, as `sed -n` counts them.
 */

/** The meaning of a column, whatever its printed label. */
export type ColumnRole =
  | 'seq' // 序号
  | 'task' // 重点任务
  | 'measure' // 工作措施
  | 'deadline' // 完成时限
  | 'leader' // 牵头领导 (persons)
  | 'lead' // 牵头单位 / 牵头部门
  | 'responsible' // 主责单位 / 责任单位
  | 'coop'; // 协办单位

export interface HeaderColumn {
  role: ColumnRole;
  /** The label as printed, whitespace removed (牵头部门, 责任单位, 2023年工作措施 …). */
  label: string;
}

/** One physical piece of a cell: a source line, or a space-separated token of one. */
export interface Fragment {
  text: string;
  line: number;
}

/**
 * A group inside a cell. Most cells hold one item; a cell written as a list
 * (`<p>…</p> <p>…</p>`, or groups separated by double spaces) holds one item per entry.
 * Within an item, fragments are in reading order. For unit and person columns each
 * fragment is one printed line or token: a name, or a piece of a wrapped name.
 * Readers do not join wrapped names; `units/names.ts` does that for every format alike.
 */
export interface CellItem {
  fragments: Fragment[];
}

export interface Cell {
  items: CellItem[];
}

export interface SectionRow {
  kind: 'section';
  /** As printed, markup and trailing whitespace removed (一、…, （一）…). */
  text: string;
  line: number;
}

export interface EntryRow {
  kind: 'entry';
  /** Cells by role; a column the table lacks, or an empty cell, may be absent or have no items. */
  cells: Partial<Record<ColumnRole, Cell>>;
  /** First and last source line of the row. */
  span: [number, number];
  /**
   * Set when the source lost the split between two unit columns (the PDF text of a
   * table writes 牵头单位 and 协办单位 as one column). All their fragments are then
   * in `cells[columns[0]]`, the first column's before the second's, both columns
   * non-empty; `reason` says why the split is unknown.
   */
  mergedColumns?: { columns: [ColumnRole, ColumnRole]; reason: string };
}

export type Row = SectionRow | EntryRow;

export interface Table {
  /** Attachment label as printed, e.g. 附件1; absent where the document prints none. */
  label?: string;
  /** Plan title as printed (spaces kept), and its line. */
  title: string;
  titleLine: number;
  header: HeaderColumn[];
  rows: Row[];
  span: [number, number];
}

/** A table the reader recognised and deliberately left out of the model. */
export interface SkippedTable {
  title: string;
  span: [number, number];
  reason: string;
}

export interface ReadDocument {
  /** File name, e.g. 000_4bf12fe9557cfa06.txt. */
  file: string;
  tables: Table[];
  skipped: SkippedTable[];
}

/** A reader turns the text of one document into tables. It throws `ReadError` on input it cannot read. */
export type Reader = (text: string, file: string) => ReadDocument;
