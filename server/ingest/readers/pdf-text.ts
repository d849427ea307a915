/**
 * Reader for the PDF text extraction of an action plan (seed 000, 大兴区 2023).
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
/** Deadlines as printed in 完成时限 (field guide §7); `按时间节点` is followed by `完成` on the next line. */
const DEADLINE =
  '(?:\\d{4})?年底前|\\d{1,2}月底前?|\\d{1,2}月?[-—－~～]\\d{1,2}月|\\d{1,2}月 ?\\d{1,2}日前?|长期实施|持续推进|按时间节点(?:完成)?';
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
  'PDF text of the table writes 牵头单位 and 协办单位 as one column of lines and does not mark where one ends and the other begins';

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
    // A run of banner characters; a page start begins a new run.
    let j = i;
    while (j + 1 < lines.length && !lines[j + 1]!.pageStart && isBannerChar(lines[j + 1]!.text)) j++;
    const run = lines
      .slice(i, j + 1)
      .map((l) => l.text)
      .join('');
    const beforePageStart = j + 1 >= lines.length || lines[j + 1]!.pageStart;
    if (lines[i]!.pageStart) {
      // The banner goes on at the top of the next page.
      if (BANNER.includes(run)) drop.fill(1, i, j + 1);
    } else if (beforePageStart) {
      // The banner's start at the foot of a page; it may follow a glued 北.
      const previous = i > 0 ? lines[i - 1]!.text : '';
      if (run.startsWith('京') && BANNER.slice(1).startsWith(run) && previous.length > 1 && previous.endsWith('北')) {
        drop.fill(1, i, j + 1);
      } else {
        for (let k = Math.max(i, j - BANNER.length + 1); k <= j; k++) {
          if (BANNER.startsWith(run.slice(k - i))) {
            drop.fill(1, k, j + 1);
            break;
          }
        }
      }
    }
    i = j + 1;
  }
  const kept = lines.filter((_, k) => drop[k] === 0);
  // The 北 glued to the last line of a page (no real unit ends in 北).
  for (let k = 0; k < kept.length; k++) {
    const line = kept[k]!;
    const next = kept[k + 1];
    if (line.text.length > 1 && line.text.endsWith('北') && !line.pageStart && (next === undefined || next.pageStart)) {
      kept[k] = { ...line, text: line.text.slice(0, -1).trimEnd() };
    }
  }
  return kept;
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
    for (const tok of toks) labels.push(tok); // not push(...toks): a line can hold more tokens than a call takes arguments
    return { labels, next: j + 1 };
  }
  throw new ReadError(file, first.no, `table header is cut off (read: ${labels.join(' | ')}${pending ? ` | ${pending}` : ''})`);
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
      `unsupported column layout for PDF text (${header.map((c) => c.label).join(' | ')}); expected 序号, 重点任务, 工作措施, 完成时限 and one or two unit columns`,
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

/** Reads the rows of one table, `lines[from, to)`, the header block at `from` included. */
function readTable(lines: Line[], from: number, to: number, label: Line, file: string): { header: HeaderColumn[]; rows: Row[]; end: number } {
  const headerLine = lines[from]!;
  const first = readHeaderLabels(lines, from, file);
  const header = mapHeader(first.labels, file, headerLine.no);
  const unitRoles = unitRolesOf(header, file, headerLine.no);
  const headerKey = header.map((c) => c.role).join();

  const rows: Row[] = [];
  let phase = 'idle' as Phase;
  let draft: RowDraft | undefined;
  /** In `repeat`: the row was cut by the page break inside its measure text. */
  let resumeMeasure = false;
  let repeatStart = 0;
  let task = 0;
  let afterHeader = true;
  let end = headerLine.no;

  const cutOff = (line: number, what: string): ReadError =>
    new ReadError(file, line, `row cut off: ${what} (row starts at line ${draft?.start ?? line})`);

  /** Ends the current row; it must have a measure, a deadline and a unit. */
  const finishRow = (at: number) => {
    if (!draft) return;
    if (phase === 'title' || phase === 'measure' || phase === 'repeat' || phase === 'deadline') {
      throw cutOff(at, `task ${task} has no deadline and units before line ${at}`);
    }
    if (draft.measure.length === 0) throw new ReadError(file, draft.start, 'row has no measure text');
    if (draft.units.length === 0) throw cutOff(at, `no unit after the deadline before line ${at}`);
    const { cells, mergedColumns } = unitCells(draft, unitRoles);
    const row: EntryRow = {
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
    rows.push(row);
    end = draft.end;
    draft = undefined;
  };

  const addUnits = (toks: string[], no: number) => {
    const d = draft!;
    for (const t of toks) {
      if (t === EMPTY_MARK) {
        d.emptyCoop = true;
        phase = 'closed';
      } else d.units.push({ text: t, line: no });
    }
    d.end = no;
  };

  /** A line of measure text (possibly ending in the deadline and units). */
  const measureLine = (text: string, no: number) => {
    const d = draft!;
    const dl = parseDeadlineLine(text);
    d.end = no;
    if (!dl) {
      d.measure.push({ text, line: no });
      phase = 'measure';
      return;
    }
    if (dl.text) d.measure.push({ text: dl.text, line: no });
    d.deadline.push({ text: dl.deadline, line: no });
    phase = dl.deadline === '按时间节点' && dl.units.length === 0 ? 'deadline' : 'units';
    addUnits(dl.units, no);
  };

  for (let i = first.next; i < to; i++) {
    const line = lines[i]!;
    const { text, no } = line;

    if (isHeaderStart(text)) {
      const again = readHeaderLabels(lines, i, file);
      const repeated = mapHeader(again.labels, file, no);
      if (repeated.map((c) => c.role).join() !== headerKey) {
        throw new ReadError(file, no, `table header changes inside ${label.text.replace(/\s+/g, '')} (${again.labels.join(' | ')})`);
      }
      i = again.next - 1;
      afterHeader = true;
      continue;
    }
    const wasAfterHeader = afterHeader;
    afterHeader = false;

    if (SECTION.test(text)) {
      if (phase === 'title' || phase === 'measure' || phase === 'repeat' || phase === 'deadline') {
        throw cutOff(no, `section "${text}" before the row's deadline and units`);
      }
      finishRow(no);
      rows.push({ kind: 'section', text, line: no });
      end = no;
      phase = 'idle';
      continue;
    }

    const seq = SEQ_LINE.exec(text);
    if (seq) {
      const n = Number(seq[1]);
      const rest = seq[2];
      if (phase === 'title' || phase === 'measure' || phase === 'deadline') {
        if (rest === undefined && n === task + 1) throw cutOff(no, `task ${n} starts before task ${task} has a deadline and units`);
        if (rest === undefined && n === task && wasAfterHeader && phase === 'measure') {
          // The measure text itself goes on over the page: skip the repeated number and title.
          phase = 'repeat';
          resumeMeasure = true;
          continue;
        }
        // Otherwise a line of text that starts with a number: handled below.
      } else if (n === task && wasAfterHeader) {
        // A task repeated after a page header (000:913): the next measure row belongs to it.
        finishRow(no);
        phase = 'repeat';
        resumeMeasure = false;
        repeatStart = no;
        continue;
      } else if (n === task + 1) {
        finishRow(no);
        task = n;
        draft = newDraft(no);
        draft.seq = { text: seq[1]!, line: no };
        phase = 'title';
        if (rest !== undefined) {
          // `1 目标任务`, or the whole row `1 目标任务 全区…。 2023年底前 区生态环境局` (000:4404).
          const cut = rest.search(/\s/);
          const head = cut < 0 ? rest : rest.slice(0, cut);
          if (isTitleFragment(head)) {
            draft.task.push({ text: head, line: no });
            const tail = cut < 0 ? '' : rest.slice(cut).trim();
            if (tail) measureLine(tail, no);
          } else measureLine(rest, no);
        }
        continue;
      } else if (phase !== 'units' && phase !== 'closed') {
        throw new ReadError(file, no, `unexpected task number ${n} after task ${task}`);
      } else if (rest === undefined) {
        throw new ReadError(file, no, `unexpected task number ${n} after task ${task}`);
      }
    }

    switch (phase) {
      case 'idle':
        throw new ReadError(file, no, `text outside any task: "${text}"`);
      case 'title':
        if (isTitleFragment(text)) {
          draft!.task.push({ text, line: no });
          draft!.end = no;
        } else measureLine(text, no);
        break;
      case 'repeat':
        if (isTitleFragment(text)) break; // the repeated title
        if (!resumeMeasure) draft = newDraft(repeatStart);
        measureLine(text, no);
        break;
      case 'measure':
        measureLine(text, no);
        break;
      case 'deadline':
        if (text === '完成') {
          draft!.deadline.push({ text, line: no });
          draft!.end = no;
          phase = 'units';
          break;
        }
        phase = 'units';
      // falls through: 按时间节点 without 完成
      case 'units': {
        const toks = unitTokens(text);
        if (toks) {
          addUnits(toks, no);
          break;
        }
        if (draft!.units.length === 0) throw cutOff(no, `no unit after the deadline at line ${draft!.deadline[0]?.line ?? no}`);
        // A further measure of the same task (000:199).
        finishRow(no);
        draft = newDraft(no);
        measureLine(text, no);
        break;
      }
      case 'closed':
        if (unitTokens(text)) throw new ReadError(file, no, `unit "${text}" after the empty-cell mark ${EMPTY_MARK}`);
        finishRow(no);
        draft = newDraft(no);
        measureLine(text, no);
        break;
    }
  }

  if (draft || phase === 'repeat') {
    if (phase === 'title' || phase === 'measure' || phase === 'repeat' || phase === 'deadline') {
      const at = lines[to - 1]?.no ?? label.no;
      throw new ReadError(
        file,
        draft?.start ?? repeatStart,
        `truncated table ${label.text.replace(/\s+/g, '')}: task ${task} has no deadline and units before its end at line ${at}`,
      );
    }
    finishRow(lines[to - 1]?.no ?? label.no);
  }
  if (!rows.some((r) => r.kind === 'entry')) {
    throw new ReadError(file, headerLine.no, `table ${label.text.replace(/\s+/g, '')} ends before any row`);
  }
  return { header, rows, end };
}

export const readPdfText: Reader = (text, file) => {
  if (text.trim() === '') throw new ReadError(file, 1, 'empty input');
  const lines = removeBanner(splitLines(text));

  // Attachment labels, and the trailer that ends the last table.
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

  const tables: Table[] = [];
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const to = starts[k + 1] ?? stop;
    const label = lines[at]!;
    // The title: the lines between the label and the header.
    let h = at + 1;
    while (h < to && h <= at + 3 && !isHeaderStart(lines[h]!.text)) h++;
    if (h >= to || !isHeaderStart(lines[h]!.text)) {
      throw new ReadError(file, label.no, `no table header (序号 …) after ${label.text.replace(/\s+/g, '')}`);
    }
    if (h === at + 1) throw new ReadError(file, label.no, `no plan title after ${label.text.replace(/\s+/g, '')}`);
    const titleLines = lines.slice(at + 1, h);
    const { header, rows, end } = readTable(lines, h, to, label, file);
    tables.push({
      label: label.text.replace(/\s+/g, ''),
      title: titleLines.map((l) => l.text).join(''),
      titleLine: titleLines[0]!.no,
      header,
      rows,
      span: [label.no, end],
    });
  }
  return { file, tables, skipped: [] };
};
