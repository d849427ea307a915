/**
 * Reader for the Markdown-like OCR text of the 北京市 2023 plans (seed 002).
 *
 * Layout (see docs/formats.md §4): a cover, then one `## ` heading per plan, each
 * followed by table lines whose cells are split by TAB. Every OCR'd page repeats the
 * header line `序号\t重点任务\t…`. Cells may be `<p>…</p>` lists; `<b>` and `<sub>`
 * tags occur. The last `## ` table (per-district indicators, header starting with 区)
 * is not a responsibility table and is reported in `skipped`.
 *
 * The reader only splits what the text itself separates; it does not pair measures with
 * deadlines or units, join wrapped unit names, or fix OCR garbles.
 */
import { ReadError } from '../errors.ts';
import type {
  Cell,
  CellItem,
  ColumnRole,
  EntryRow,
  HeaderColumn,
  ReadDocument,
  Reader,
  Row,
  SkippedTable,
  Table,
} from '../tables.ts';
import { mapHeader } from './header.ts';

/** Running heads and other lines that carry no content anywhere in the document. */
const NOISE_LINES = new Set(['北京市人民政府公报']);

/** The first header field of the per-district indicator table. */
const INDICATOR_FIRST_LABEL = '区';

const UNIT_ROLES: ReadonlySet<ColumnRole> = new Set(['leader', 'lead', 'responsible', 'coop']);

/** A whole cell (or one `<p>` entry) that only says "none". */
const EMPTY_MARK = /^—+$/;

/**
 * Double (or longer) space: the separator between groups inside a cell when there is no
 * `<p>` list. A single space after 。 is only a paragraph break: one measure row may hold
 * several paragraphs (002:161 is one measure; the 大兴 plan prints it as one row, 000:1880).
 */
const GROUP_SPLIT = /\s{2,}/;

const SEQ = /^\d+$/;

interface PlanBuilder {
  kind: 'plan';
  title: string;
  titleLine: number;
  header?: HeaderColumn[];
  rows: Row[];
  entryCount: number;
  lastLine: number;
}

interface SkipBuilder {
  kind: 'skip';
  title: string;
  titleLine: number;
  lastLine: number;
}

type Builder = PlanBuilder | SkipBuilder;

/**
 * `<b>`/`</b>` dropped; `<sub>x</sub>` replaced by x with the
 * spaces around it dropped (`PM <sub>2.5</sub> )` → `PM2.5)`).
 */
function stripMarkup(s: string): string {
  return s.replace(/\s*<sub>\s*([\s\S]*?)\s*<\/sub>\s*/g, '$1').replace(/<\/?b>/g, '');
}

function headingTitle(line: string): string {
  return line
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** Splits a cell into its printed groups: `<p>` entries, else groups separated as the role's rule says. */
function cellGroups(raw: string, role: ColumnRole, file: string, line: number): string[] {
  if (raw.includes('<p>')) {
    const groups: string[] = [];
    const outside = raw
      .replace(/<p>([\s\S]*?)<\/p>/g, (_m, inner: string) => {
        groups.push(inner);
        return '';
      })
      .trim();
    if (outside !== '') {
      throw new ReadError(file, line, `${role} cell mixes <p> items with other text ("${outside.slice(0, 40)}")`);
    }
    return groups;
  }
  const clean = stripMarkup(raw).trim();
  if (clean === '' || EMPTY_MARK.test(clean)) return [];
  return clean.split(GROUP_SPLIT).filter((g) => g.trim() !== '');
}

function parseCell(raw: string, role: ColumnRole, file: string, line: number): Cell {
  const text = raw.trim();
  if (role === 'seq') {
    return { items: text === '' ? [] : [{ fragments: [{ text, line }] }] };
  }
  const items: CellItem[] = cellGroups(text, role, file, line).map((group) => {
    const clean = stripMarkup(group).trim();
    // A `<p>——</p>` entry: keep the slot (lists are positional) but it names nothing.
    if (clean === '' || EMPTY_MARK.test(clean)) return { fragments: [] };
    if (UNIT_ROLES.has(role)) {
      return { fragments: clean.split(/\s+/).map((token) => ({ text: token, line })) };
    }
    return { fragments: [{ text: clean, line }] };
  });
  return { items };
}

const INDICATOR_REASON =
  'per-district indicator table (header starts with 区): targets per district, not a responsibility table';

/**
 * Builds the document line by line. `current` is the table being read: a plan (rows
 * collected) or the indicator table (lines only counted). A line without TAB is a
 * heading, cover text or an error; a line with TAB is a header or a row of `current`.
 */
class DocumentBuilder {
  readonly tables: Table[] = [];
  readonly skipped: SkippedTable[] = [];
  private readonly file: string;
  private current: Builder | undefined;

  constructor(file: string) {
    this.file = file;
  }

  /** Reads one source line (1-based `lineNo`). */
  line(raw: string, lineNo: number): void {
    const trimmed = raw.trim();
    if (trimmed === '' || NOISE_LINES.has(trimmed)) return;
    if (raw.includes('\t')) this.tableLine(raw.split('\t'), lineNo);
    else this.textLine(trimmed, lineNo);
  }

  /** Closes the table being read: a plan must have a header and at least one row. */
  finish(): void {
    const b = this.current;
    if (!b) return;
    this.current = undefined;
    if (b.kind === 'skip') {
      this.skipped.push({ title: b.title, span: [b.titleLine, b.lastLine], reason: INDICATOR_REASON });
      return;
    }
    if (!b.header || b.entryCount === 0) {
      throw new ReadError(this.file, b.titleLine, `plan "${b.title}" has no table rows (truncated table?)`);
    }
    this.tables.push({
      title: b.title,
      titleLine: b.titleLine,
      header: b.header,
      rows: b.rows,
      span: [b.titleLine, b.lastLine],
    });
  }

  /** A line without TAB: a plan heading (`## `), a section heading (`### `), or cover text before the first plan. */
  private textLine(trimmed: string, lineNo: number): void {
    if (/^##\s/.test(trimmed)) {
      this.finish();
      this.current = {
        kind: 'plan',
        title: headingTitle(trimmed),
        titleLine: lineNo,
        rows: [],
        entryCount: 0,
        lastLine: lineNo,
      };
      return;
    }
    const current = this.current;
    if (!current) return; // cover text before the first plan
    if (current.kind === 'skip') {
      current.lastLine = lineNo;
      return;
    }
    if (!/^###\s/.test(trimmed)) {
      throw new ReadError(this.file, lineNo, `unexpected text inside a table: "${trimmed.slice(0, 40)}"`);
    }
    if (!current.header) throw new ReadError(this.file, lineNo, 'section heading before the table header');
    current.rows.push({ kind: 'section', text: stripMarkup(headingTitle(trimmed)).trim(), line: lineNo });
    current.lastLine = lineNo;
  }

  /** A line with TAB: the table's header (first or repeated on a page), or one of its rows. */
  private tableLine(fields: string[], lineNo: number): void {
    const first = stripMarkup(fields[0] ?? '').trim();
    const current = this.current;
    if (!current) {
      throw new ReadError(
        this.file,
        lineNo,
        first === '序号' ? 'table header before any plan heading' : 'table row before any header',
      );
    }
    if (current.kind === 'skip') {
      current.lastLine = lineNo;
      return;
    }
    if (!current.header && this.isIndicatorHeader(current, first, fields, lineNo)) {
      this.current = { kind: 'skip', title: current.title, titleLine: current.titleLine, lastLine: lineNo };
      return;
    }
    if (first === '序号' || !current.header) headerLine(current, fields, this.file, lineNo);
    else rowLine(current, current.header, fields, this.file, lineNo);
  }

  /**
   * Before a plan's header: whether the line is the indicator table's header (its first
   * field is 区). Any other line that is plainly a row, not a header, is an error.
   */
  private isIndicatorHeader(plan: PlanBuilder, first: string, fields: string[], lineNo: number): boolean {
    if (first === INDICATOR_FIRST_LABEL && plan.rows.length === 0) return true;
    const restEmpty = fields.slice(1).every((f) => f.trim() === '');
    if (first === '' || SEQ.test(first) || restEmpty) {
      throw new ReadError(this.file, lineNo, 'table row before any header');
    }
    return false;
  }
}

/** The table's header, or a page's repeat of it, which must name the same columns. */
function headerLine(plan: PlanBuilder, fields: string[], file: string, lineNo: number): void {
  const labels = fields.map((f) => f.trim());
  while (labels.length > 0 && labels[labels.length - 1] === '') labels.pop();
  const header = mapHeader(labels, file, lineNo);
  if (!plan.header) {
    plan.header = header;
  } else if (header.map((c) => c.role).join() !== plan.header.map((c) => c.role).join()) {
    throw new ReadError(file, lineNo, `repeated header differs from the table's header at line ${plan.titleLine}`);
  }
  plan.lastLine = lineNo;
}

/** A row under the header: a section row (text in 序号 only), an entry row, or only TABs. */
function rowLine(plan: PlanBuilder, header: HeaderColumn[], fields: string[], file: string, lineNo: number): void {
  if (fields.slice(header.length).some((f) => f.trim() !== '')) {
    throw new ReadError(file, lineNo, `row has ${fields.length} fields, the header ${header.length}`);
  }
  const seqIdx = header.findIndex((c) => c.role === 'seq');
  const lead = stripMarkup(fields[seqIdx] ?? '').trim();
  const othersEmpty = fields.every((f, j) => j === seqIdx || f.trim() === '');
  if (lead !== '' && !SEQ.test(lead)) {
    if (!othersEmpty) {
      throw new ReadError(
        file,
        lineNo,
        `row starts with "${lead.slice(0, 30)}", neither a task number nor a section row`,
      );
    }
    plan.rows.push({ kind: 'section', text: lead, line: lineNo });
    plan.lastLine = lineNo;
    return;
  }
  if (lead === '' && othersEmpty) return; // only TABs: nothing printed
  const cells: EntryRow['cells'] = {};
  header.forEach((column, j) => {
    cells[column.role] = parseCell(fields[j] ?? '', column.role, file, lineNo);
  });
  plan.rows.push({ kind: 'entry', cells, span: [lineNo, lineNo] });
  plan.entryCount++;
  plan.lastLine = lineNo;
}

export const readMarkdown: Reader = (text: string, file: string): ReadDocument => {
  if (text.trim() === '') throw new ReadError(file, 1, 'empty input');
  const lines = text.split(/\r?\n/);
  const builder = new DocumentBuilder(file);
  lines.forEach((raw, i) => builder.line(raw, i + 1));
  builder.finish();
  if (builder.tables.length === 0) throw new ReadError(file, lines.length, 'no plan table found');
  return { file, tables: builder.tables, skipped: builder.skipped };
};
