/**
 * Reader for the PDF text extraction of an action plan (seed 000, 大兴区 2023; the format
 * is described in docs/formats.md §2).
 *
 * pdftotext flattens every table row into reading order, one printed line per line:
 * the task number (sometimes with the title, once with the whole row), the task title
 * in short fragments, the measure text, the deadline, then the unit lines, and `——`
 * when the co-op cell is empty. Nothing separates the cells, so the row is recovered
 * with a small state machine keyed on the deadline: before it lines are measure text,
 * after it lines are units until a line that cannot be a unit (a new measure, a task
 * number, a section, a page header, the next attachment or the trailer).
 *
 * Before rows are read, the page noise is removed: the vertical banner
 * 北京市大兴区人民政府公报 written as one-character lines around page starts (whole,
 * truncated, or continued on the next page), the `北` glued to the last line of a page
 * (`管委会北`), and the table header repeated on every page. A task number repeated
 * after a page header (the task goes on over the page, 000:913) is not emitted again,
 * nor is its repeated title: the next measure row has empty 序号 and 重点任务 cells, and
 * its span starts at the repeated number (the row as printed on that page).
 *
 * Lead and co-op units are written as one column of lines, so their boundary is lost;
 * see `unitCells` for what is still recoverable. Fragments are trimmed printed lines (or
 * space-separated tokens where several cells share a line); wrapped unit names are left
 * split for `units/names.ts`.
 */
import { ReadError } from '../errors.ts';
import type { Cell, ColumnRole, EntryRow, Fragment, HeaderColumn, Reader, Row, Table } from '../tables.ts';
import { mapHeader } from './header.ts';

/** The page banner, printed one character per line. */
const BANNER = '北京市大兴区人民政府公报';
/** An attachment label on a line of its own: ` 附件 1`. */
const LABEL = /^附\s*件\s*(\d+)$/;
/** The trailer after the last table: `抄送：…`, `…2023年 3月 21日印发`. */
const TRAILER = /^抄\s*送[：:]|\d\s*日\s*印\s*发$/;
/** A section heading: `一、…`, `（一）…`. */
const SECTION = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
/** A task-number line, optionally followed by the title (and even the whole row, 000:4404). */
const SEQ_LINE = /^(\d+)(?:\s+(.*))?$/;
/** The empty-cell marker of the co-op column. */
const EMPTY_MARK = '——';
/** Deadlines as printed in 完成时限 (docs/formats.md §5); `按时间节点` is followed by `完成` on the next line. */
const DEADLINE =
  '(?:\\d{4})?年底前|\\d{1,2}月底前?|\\d{1,2}月?[-—－~～]\\d{1,2}月|' +
  '\\d{1,2}月 ?\\d{1,2}日前?|长期实施|持续推进|按时间节点(?:完成)?';
/**
 * A line holding the deadline: alone, or after the end of the measure text (which then
 * ends a sentence), and optionally followed by unit tokens (`…要求。2023年底前 区交通局 ——`).
 */
const DEADLINE_LINE = new RegExp(`^(?:(.*[。；])\\s*)?(${DEADLINE})(?:\\s+(.+))?$`);
/** Sentence punctuation never found in a unit name or a title fragment. */
const SENTENCE_PUNCT = /[。，；：！？,;:]/;
/** The unit column holds about 9 characters; a measure line runs to about 33. */
const MAX_UNIT_LENGTH = 12;
/** The title column holds 5–6 characters. */
const MAX_TITLE_LENGTH = 8;
const MERGED_REASON =
  'PDF text of the table writes 牵头单位 and 协办单位 as one column ' +
  'of lines and does not mark where one ends and the other begins';

/** One non-blank source line, trimmed. */
interface Line {
  /** 1-based, as `sed -n` counts. */
  no: number;
  text: string;
  /** The extraction marks a page start with a leading space. */
  pageStart: boolean;
}

/** Splits the text into non-blank trimmed lines, numbered as `sed -n` numbers them. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const raw = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    if (t.endsWith('\r')) t = t.slice(0, -1);
    const trimmed = t.trim();
    if (trimmed !== '') lines.push({ no: i + 1, text: trimmed, pageStart: /^[ \u3000]/.test(t) });
  }
  return lines;
}

const isBannerChar = (text: string) => text.length === 1 && BANNER.includes(text);

/**
 * Removes the page banner: runs of one-character lines spelling part of
 * 北京市大兴区人民政府公报 just before a page start (`000:895-906`, truncated
 * `000:1002-1006`, a lone `北` `000:1423`), runs that continue it at the top of a page
 * (` 民/政/府/公/报` `000:764-768`, ` 报` `000:4533`), and the `北` glued to the last
 * line of a page (`管委会北` `000:541`, `…管委会北`/`京`/… `000:1867-1868`).
 */
function removeBanner(lines: Line[]): Line[] {
  const drop = new Uint8Array(lines.length);
  let i = 0;
  while (i < lines.length) {
    if (!isBannerChar(lines[i]!.text)) {
      i++;
      continue;
    }
    const j = bannerRunEnd(lines, i);
    const from = bannerStartInRun(lines, i, j);
    if (from !== undefined) drop.fill(1, from, j + 1);
    i = j + 1;
  }
  return unglueNorth(lines.filter((_, k) => drop[k] === 0));
}

/** The last line of the run of banner characters at `i`; a page start begins a new run. */
function bannerRunEnd(lines: Line[], i: number): number {
  let j = i;
  while (j + 1 < lines.length && !lines[j + 1]!.pageStart && isBannerChar(lines[j + 1]!.text)) j++;
  return j;
}

/**
 * Where the banner begins in the run `lines[i..j]`, or undefined when the run is not
 * banner: a run of banner characters elsewhere is text (a one-character line of a cell).
 */
function bannerStartInRun(lines: Line[], i: number, j: number): number | undefined {
  const run = lines
    .slice(i, j + 1)
    .map((l) => l.text)
    .join('');
  // The banner goes on at the top of the next page.
  if (lines[i]!.pageStart) return BANNER.includes(run) ? i : undefined;
  const beforePageStart = j + 1 >= lines.length || lines[j + 1]!.pageStart;
  if (!beforePageStart) return undefined;
  // The banner's start at the foot of a page; it may follow a glued 北.
  const previous = i > 0 ? lines[i - 1]!.text : '';
  if (run.startsWith('京') && BANNER.slice(1).startsWith(run) && previous.length > 1 && previous.endsWith('北'))
    return i;
  for (let k = Math.max(i, j - BANNER.length + 1); k <= j; k++) {
    if (BANNER.startsWith(run.slice(k - i))) return k;
  }
  return undefined;
}

/** Drops the 北 glued to the last line of a page (no real unit ends in 北). */
function unglueNorth(lines: Line[]): Line[] {
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const next = lines[k + 1];
    if (line.text.length > 1 && line.text.endsWith('北') && !line.pageStart && (next === undefined || next.pageStart)) {
      lines[k] = { ...line, text: line.text.slice(0, -1).trimEnd() };
    }
  }
  return lines;
}

const tokens = (text: string) => text.split(/\s+/).filter((t) => t !== '');

/** A token that can be (a piece of) a unit name: short, no sentence punctuation, not a number. */
function isUnitToken(token: string): boolean {
  return token === EMPTY_MARK || (token.length <= MAX_UNIT_LENGTH && !SENTENCE_PUNCT.test(token) && !/^\d/.test(token));
}

/** A line made only of unit tokens (and a final `——`). */
function unitTokens(text: string): string[] | undefined {
  const toks = tokens(text);
  if (toks.length === 0 || !toks.every(isUnitToken)) return undefined;
  const mark = toks.indexOf(EMPTY_MARK);
  if (mark >= 0 && mark !== toks.length - 1) return undefined;
  return toks;
}

interface DeadlineLine {
  /** Measure text before the deadline on the same line. */
  text?: string;
  deadline: string;
  /** Unit tokens after the deadline, possibly ending in `——`. */
  units: string[];
}

function parseDeadlineLine(text: string): DeadlineLine | undefined {
  const m = DEADLINE_LINE.exec(text);
  if (!m) return undefined;
  const units = m[3] === undefined ? [] : unitTokens(m[3]);
  if (!units) return undefined;
  const before = m[1]?.trim();
  return { ...(before ? { text: before } : {}), deadline: m[2]!, units };
}

function isTitleFragment(text: string): boolean {
  return !SENTENCE_PUNCT.test(text) && text.replace(/\s+/g, '').length <= MAX_TITLE_LENGTH && !parseDeadlineLine(text);
}

function isHeaderStart(text: string): boolean {
  return tokens(text)[0] === '序号';
}

/**
 * Reads the header block starting at `lines[i]`: `序号 重点任务 工作措施` / `完成` / `时限` /
 * `牵头单位 协办单位`. Single-word lines between the first line and the line of unit labels
 * are one wrapped label (完成⏎时限). Returns the labels and the index after the block.
 */
function readHeaderLabels(lines: Line[], i: number, file: string): { labels: string[]; next: number } {
  const first = lines[i]!;
  const labels = tokens(first.text);
  const hasUnitLabel = (ls: string[]) => ls.some((l) => /单位|部门|领导/.test(l));
  if (hasUnitLabel(labels)) return { labels, next: i + 1 };
  let pending = '';
  for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
    const toks = tokens(lines[j]!.text);
    if (toks.length === 1 && !hasUnitLabel(toks)) {
      pending += toks[0];
      continue;
    }
    if (pending) labels.push(pending);
    // not push(...toks): a line can hold more tokens than a call takes arguments
    for (const tok of toks) labels.push(tok);
    return { labels, next: j + 1 };
  }
  throw new ReadError(
    file,
    first.no,
    `table header is cut off (read: ${labels.join(' | ')}${pending ? ` | ${pending}` : ''})`,
  );
}

const UNIT_ROLES: ReadonlySet<ColumnRole> = new Set(['lead', 'responsible', 'coop', 'leader']);

/** The flattened row order this reader relies on: 序号, 重点任务, 工作措施, 完成时限, then one or two unit columns. */
function unitRolesOf(header: HeaderColumn[], file: string, line: number): ColumnRole[] {
  const roles = header.map((c) => c.role);
  const expected: ColumnRole[] = ['seq', 'task', 'measure', 'deadline'];
  const rest = roles.slice(expected.length);
  if (
    expected.some((r, k) => roles[k] !== r) ||
    rest.length < 1 ||
    rest.length > 2 ||
    !rest.every((r) => UNIT_ROLES.has(r))
  ) {
    throw new ReadError(
      file,
      line,
      `unsupported column layout for PDF text (${header.map((c) => c.label).join(' | ')}); ` +
        `expected 序号, 重点任务, 工作措施, 完成时限 and one or two unit columns`,
    );
  }
  return rest;
}

/** A row being read. */
interface RowDraft {
  start: number;
  end: number;
  seq?: Fragment;
  task: Fragment[];
  measure: Fragment[];
  deadline: Fragment[];
  units: Fragment[];
  /** `——` closed the unit list: the co-op cell is empty. */
  emptyCoop: boolean;
}

const newDraft = (start: number): RowDraft => ({
  start,
  end: start,
  task: [],
  measure: [],
  deadline: [],
  units: [],
  emptyCoop: false,
});

const cell = (fragments: Fragment[]): Cell => ({ items: fragments.length ? [{ fragments }] : [] });

/**
 * Assigns the unit fragments to the unit columns.
 * - One unit column: all of them.
 * - The list ends in `——`: the co-op cell is empty, so every unit is lead.
 * - Exactly two unit tokens, both on one line (`长期实施 区经济和信息化局 区生态环境局`,
 *   000:174): two one-line cells side by side, lead then co-op.
 * - Otherwise the boundary is lost: all units go to the first column and the row is
 *   marked `mergedColumns`.
 */
function unitCells(draft: RowDraft, roles: ColumnRole[]): Pick<EntryRow, 'cells' | 'mergedColumns'> {
  const [first, second] = roles as [ColumnRole, ColumnRole | undefined];
  const units = draft.units;
  if (second === undefined) return { cells: { [first]: cell(units) } };
  if (draft.emptyCoop) return { cells: { [first]: cell(units), [second]: cell([]) } };
  if (units.length === 2 && units[0]!.line === units[1]!.line) {
    return { cells: { [first]: cell([units[0]!]), [second]: cell([units[1]!]) } };
  }
  return { cells: { [first]: cell(units) }, mergedColumns: { columns: [first, second], reason: MERGED_REASON } };
}

type Phase =
  /** Before the first task, or after a section row. */
  | 'idle'
  /** After a task number: title fragments. */
  | 'title'
  /** After a task number repeated over a page break: the repeated title is skipped. */
  | 'repeat'
  | 'measure'
  /** After `按时间节点`: `完成` may follow. */
  | 'deadline'
  | 'units'
  /** After `——`: the row is complete. */
  | 'closed';

/** Phases in which the row still lacks its deadline or units, so it cannot end yet. */
const OPEN_PHASES: ReadonlySet<Phase> = new Set(['title', 'measure', 'repeat', 'deadline']);

/** What every step of reading one table needs to know about it. */
interface TableContext {
  file: string;
  /** The ` 附件 N` line the table follows. */
  label: Line;
  /** The unit columns after 完成时限, in order. */
  unitRoles: ColumnRole[];
}

const labelText = (label: Line) => label.text.replace(/\s+/g, '');

/** Turns a finished draft into an entry row. */
function entryRow(draft: RowDraft, unitRoles: ColumnRole[]): EntryRow {
  const { cells, mergedColumns } = unitCells(draft, unitRoles);
  return {
    kind: 'entry',
    cells: {
      seq: cell(draft.seq ? [draft.seq] : []),
      task: cell(draft.task),
      measure: cell(draft.measure),
      deadline: cell(draft.deadline),
      ...cells,
    },
    span: [draft.start, draft.end],
    ...(mergedColumns ? { mergedColumns } : {}),
  };
}

/**
 * Reads the body lines of one table (page headers already taken out) into rows, one
 * line at a time. The row in progress is `draft`; `phase` says what the next line can
 * be, and `onText` maps each phase to the step that reads a line of text in it.
 * Section lines and task numbers are recognised before the phase is consulted.
 */
class RowReader {
  readonly rows: Row[] = [];
  /** The last source line read into `rows`: the table's span ends there. */
  end: number;
  private readonly table: TableContext;
  private phase: Phase = 'idle';
  private draft: RowDraft | undefined;
  /** The current task number. */
  private task = 0;
  /** The previous line was a page header (or the table's own header). */
  private afterHeader = true;
  /** In `repeat`: the row was cut by the page break inside its measure text. */
  private resumeMeasure = false;
  /** In `repeat`: the line of the repeated number, where the next row starts. */
  private repeatStart = 0;

  /** The transition table: how a line of text is read in each phase. */
  private readonly onText: Record<Phase, (text: string, no: number) => void> = {
    idle: (text, no) => {
      throw new ReadError(this.table.file, no, `text outside any task: "${text}"`);
    },
    title: (text, no) => this.titleText(text, no),
    repeat: (text, no) => this.repeatedText(text, no),
    measure: (text, no) => this.measureLine(text, no),
    deadline: (text, no) => this.deadlineContinuation(text, no),
    units: (text, no) => this.unitLine(text, no),
    closed: (text, no) => this.lineAfterEmptyMark(text, no),
  };

  constructor(table: TableContext, headerLine: number) {
    this.table = table;
    this.end = headerLine;
  }

  /** A page header was skipped: a task number right after it may repeat the current task. */
  pageHeader(): void {
    this.afterHeader = true;
  }

  /** Reads one body line. */
  line({ text, no }: Line): void {
    const afterHeader = this.afterHeader;
    this.afterHeader = false;
    if (SECTION.test(text)) return this.section(text, no);
    const seq = SEQ_LINE.exec(text);
    if (seq && this.taskNumber(seq[1]!, seq[2], no, afterHeader)) return;
    this.onText[this.phase](text, no);
  }

  /** Ends the table at `lastLine`: the row in progress must be complete. */
  finish(lastLine: number): void {
    if (!this.draft && this.phase !== 'repeat') return;
    if (OPEN_PHASES.has(this.phase)) {
      throw new ReadError(
        this.table.file,
        this.draft?.start ?? this.repeatStart,
        `truncated table ${labelText(this.table.label)}: task ${this.task} ` +
          `has no deadline and units before its end at line ${lastLine}`,
      );
    }
    this.finishRow(lastLine);
  }

  private cutOff(line: number, what: string): ReadError {
    return new ReadError(
      this.table.file,
      line,
      `row cut off: ${what} (row starts at line ${this.draft?.start ?? line})`,
    );
  }

  /** Ends the current row; it must have a measure, a deadline and a unit. */
  private finishRow(at: number): void {
    const draft = this.draft;
    if (!draft) return;
    if (OPEN_PHASES.has(this.phase))
      throw this.cutOff(at, `task ${this.task} has no deadline and units before line ${at}`);
    if (draft.measure.length === 0) throw new ReadError(this.table.file, draft.start, 'row has no measure text');
    if (draft.units.length === 0) throw this.cutOff(at, `no unit after the deadline before line ${at}`);
    this.rows.push(entryRow(draft, this.table.unitRoles));
    this.end = draft.end;
    this.draft = undefined;
  }

  private section(text: string, no: number): void {
    if (OPEN_PHASES.has(this.phase)) throw this.cutOff(no, `section "${text}" before the row's deadline and units`);
    this.finishRow(no);
    this.rows.push({ kind: 'section', text, line: no });
    this.end = no;
    this.phase = 'idle';
  }

  /**
   * A line that starts with a number: the next task, the current task repeated after a
   * page header, or text that happens to start with a number. Returns false for text,
   * which the phase's step then reads.
   */
  private taskNumber(digits: string, rest: string | undefined, no: number, afterHeader: boolean): boolean {
    const n = Number(digits);
    if (this.phase === 'title' || this.phase === 'measure' || this.phase === 'deadline') {
      return this.numberInsideRow(n, rest, no, afterHeader);
    }
    if (n === this.task && afterHeader) {
      this.repeatTask(no);
      return true;
    }
    if (n === this.task + 1) {
      this.startTask(digits, rest, no);
      return true;
    }
    // In `units` or `closed` a number followed by text may be text (a new measure).
    if ((this.phase !== 'units' && this.phase !== 'closed') || rest === undefined) {
      throw new ReadError(this.table.file, no, `unexpected task number ${n} after task ${this.task}`);
    }
    return false;
  }

  /** A number while the row still lacks its deadline: a page break inside the measure text, or text. */
  private numberInsideRow(n: number, rest: string | undefined, no: number, afterHeader: boolean): boolean {
    if (rest === undefined && n === this.task + 1) {
      throw this.cutOff(no, `task ${n} starts before task ${this.task} has a deadline and units`);
    }
    if (rest === undefined && n === this.task && afterHeader && this.phase === 'measure') {
      // The measure text itself goes on over the page: skip the repeated number and title.
      this.phase = 'repeat';
      this.resumeMeasure = true;
      return true;
    }
    return false;
  }

  /** A task repeated after a page header (000:913): the next measure row belongs to it. */
  private repeatTask(no: number): void {
    this.finishRow(no);
    this.phase = 'repeat';
    this.resumeMeasure = false;
    this.repeatStart = no;
  }

  private startTask(digits: string, rest: string | undefined, no: number): void {
    this.finishRow(no);
    this.task = Number(digits);
    this.draft = newDraft(no);
    this.draft.seq = { text: digits, line: no };
    this.phase = 'title';
    if (rest !== undefined) this.restOfNumberLine(rest, no);
  }

  /** After the number: `1 目标任务`, or the whole row `1 目标任务 全区…。 2023年底前 区生态环境局` (000:4404). */
  private restOfNumberLine(rest: string, no: number): void {
    const cut = rest.search(/\s/);
    const head = cut < 0 ? rest : rest.slice(0, cut);
    if (!isTitleFragment(head)) return this.measureLine(rest, no);
    this.draft!.task.push({ text: head, line: no });
    const tail = cut < 0 ? '' : rest.slice(cut).trim();
    if (tail) this.measureLine(tail, no);
  }

  private titleText(text: string, no: number): void {
    if (!isTitleFragment(text)) return this.measureLine(text, no);
    this.draft!.task.push({ text, line: no });
    this.draft!.end = no;
  }

  /** After a repeated task number: its repeated title is skipped, then the row goes on (or a new one starts). */
  private repeatedText(text: string, no: number): void {
    if (isTitleFragment(text)) return;
    if (!this.resumeMeasure) this.draft = newDraft(this.repeatStart);
    this.measureLine(text, no);
  }

  /** A line of measure text (possibly ending in the deadline and units). */
  private measureLine(text: string, no: number): void {
    const draft = this.draft!;
    const dl = parseDeadlineLine(text);
    draft.end = no;
    if (!dl) {
      draft.measure.push({ text, line: no });
      this.phase = 'measure';
      return;
    }
    if (dl.text) draft.measure.push({ text: dl.text, line: no });
    draft.deadline.push({ text: dl.deadline, line: no });
    this.phase = dl.deadline === '按时间节点' && dl.units.length === 0 ? 'deadline' : 'units';
    this.addUnits(dl.units, no);
  }

  /** After `按时间节点`: `完成` completes it; anything else is read as a unit line. */
  private deadlineContinuation(text: string, no: number): void {
    this.phase = 'units';
    if (text !== '完成') return this.unitLine(text, no);
    this.draft!.deadline.push({ text, line: no });
    this.draft!.end = no;
  }

  /** A line of units, or else (once there is a unit) the text of a further measure of the same task (000:199). */
  private unitLine(text: string, no: number): void {
    const toks = unitTokens(text);
    if (toks) return this.addUnits(toks, no);
    if (this.draft!.units.length === 0) {
      throw this.cutOff(no, `no unit after the deadline at line ${this.draft!.deadline[0]?.line ?? no}`);
    }
    this.nextMeasure(text, no);
  }

  private lineAfterEmptyMark(text: string, no: number): void {
    if (unitTokens(text))
      throw new ReadError(this.table.file, no, `unit "${text}" after the empty-cell mark ${EMPTY_MARK}`);
    this.nextMeasure(text, no);
  }

  /** A measure row without number or title: it continues the current task. */
  private nextMeasure(text: string, no: number): void {
    this.finishRow(no);
    this.draft = newDraft(no);
    this.measureLine(text, no);
  }

  private addUnits(toks: string[], no: number): void {
    const draft = this.draft!;
    for (const t of toks) {
      if (t === EMPTY_MARK) {
        draft.emptyCoop = true;
        this.phase = 'closed';
      } else draft.units.push({ text: t, line: no });
    }
    draft.end = no;
  }
}

/** Reads a page header repeated inside a table; it must name the same columns. Returns the index after it. */
function skipRepeatedHeader(lines: Line[], i: number, header: HeaderColumn[], table: TableContext): number {
  const no = lines[i]!.no;
  const again = readHeaderLabels(lines, i, table.file);
  const repeated = mapHeader(again.labels, table.file, no);
  if (repeated.map((c) => c.role).join() !== header.map((c) => c.role).join()) {
    throw new ReadError(
      table.file,
      no,
      `table header changes inside ${labelText(table.label)} (${again.labels.join(' | ')})`,
    );
  }
  return again.next;
}

/** Reads the rows of one table, `lines[from, to)`, the header block at `from` included. */
function readTable(
  lines: Line[],
  from: number,
  to: number,
  label: Line,
  file: string,
): { header: HeaderColumn[]; rows: Row[]; end: number } {
  const headerLine = lines[from]!;
  const first = readHeaderLabels(lines, from, file);
  const header = mapHeader(first.labels, file, headerLine.no);
  const table: TableContext = { file, label, unitRoles: unitRolesOf(header, file, headerLine.no) };
  const reader = new RowReader(table, headerLine.no);
  for (let i = first.next; i < to; i++) {
    if (isHeaderStart(lines[i]!.text)) {
      i = skipRepeatedHeader(lines, i, header, table) - 1;
      reader.pageHeader();
    } else reader.line(lines[i]!);
  }
  reader.finish(lines[to - 1]?.no ?? label.no);
  if (!reader.rows.some((r) => r.kind === 'entry')) {
    throw new ReadError(file, headerLine.no, `table ${labelText(label)} ends before any row`);
  }
  return { header, rows: reader.rows, end: reader.end };
}

/** Where the tables are: the index of each attachment label, and where the trailer ends the last table. */
function findAttachments(lines: Line[], file: string): { starts: number[]; stop: number } {
  const starts: number[] = [];
  let stop = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (LABEL.test(t)) starts.push(i);
    else if (starts.length > 0 && TRAILER.test(t)) {
      stop = i;
      break;
    }
  }
  if (starts.length === 0) throw new ReadError(file, 1, 'no 附件 table found (no line reads 附件 N)');
  return { starts, stop };
}

/** Reads one attachment, `lines[at, to)`: its label, the title lines up to the header, then the table. */
function readAttachment(lines: Line[], at: number, to: number, file: string): Table {
  const label = lines[at]!;
  let h = at + 1;
  while (h < to && h <= at + 3 && !isHeaderStart(lines[h]!.text)) h++;
  if (h >= to || !isHeaderStart(lines[h]!.text)) {
    throw new ReadError(file, label.no, `no table header (序号 …) after ${labelText(label)}`);
  }
  if (h === at + 1) throw new ReadError(file, label.no, `no plan title after ${labelText(label)}`);
  const titleLines = lines.slice(at + 1, h);
  const { header, rows, end } = readTable(lines, h, to, label, file);
  return {
    label: labelText(label),
    title: titleLines.map((l) => l.text).join(''),
    titleLine: titleLines[0]!.no,
    header,
    rows,
    span: [label.no, end],
  };
}

export const readPdfText: Reader = (text, file) => {
  if (text.trim() === '') throw new ReadError(file, 1, 'empty input');
  const lines = removeBanner(splitLines(text));
  const { starts, stop } = findAttachments(lines, file);
  const tables = starts.map((at, k) => readAttachment(lines, at, starts[k + 1] ?? stop, file));
  return { file, tables, skipped: [] };
};
