import { createHash } from 'node:crypto';
import { ReadError } from './errors.ts';
import type { Assignment, Measure, Plan, Role, Section, Seed, Task, Topic } from '../model/model.ts';
import { readBlock, type BlockReader, type Group, type Named } from './pairing/block.ts';
import { findMention, phrasesFor } from './pairing/mentions.ts';
import type { Cell, CellItem, ColumnRole, EntryRow, ReadDocument, Table } from './tables.ts';
import { joinNames, splitPersons, type WrittenName } from './units/names.ts';
import type { UnitResolver } from './units/resolver.ts';

const UNIT_ROLES = ['lead', 'responsible', 'coop'] as const satisfies readonly Role[];

export interface Parties {
  resolver: UnitResolver;
  /** Known 牵头领导 names, for splitting glued names. */
  persons: readonly string[];
  /** Person ids by jurisdiction:name, filled as leaders are met. */
  personIds: Map<string, { id: string; name: string; jurisdiction: string }>;
}

export interface PlanContent {
  plans: Plan[];
  sections: Section[];
  tasks: Task[];
  measures: Measure[];
  assignments: Assignment[];
}

const stripSpaces = (text: string) => text.replace(/\s+/g, '');
const itemText = (item: CellItem) => stripSpaces(item.fragments.map((f) => f.text).join(''));
const cellText = (cell: Cell | undefined) => (cell?.items ?? []).map(itemText).join('');
const items = (cell: Cell | undefined) => (cell?.items ?? []).filter((item) => itemText(item) !== '');

export function topicOf(title: string): Topic {
  if (title.includes('应对气候变化')) return '应对气候变化';
  if (title.includes('大气')) return '大气';
  if (/水污染|碧水/.test(title)) return '水';
  if (/土壤|净土/.test(title)) return '土壤';
  if (/生态保护|生态环境保护/.test(title)) return '生态';
  return '综合';
}

/** Turns the tables of one document into plans, sections, tasks, measures and assignments. */
export function interpretDocument(doc: ReadDocument, seed: Seed, parties: Parties): PlanContent {
  const out: PlanContent = { plans: [], sections: [], tasks: [], measures: [], assignments: [] };
  const stem = seed.file.replace(/\.[^.]+$/, '');
  doc.tables.forEach((table, index) => interpretTable(table, `${stem}:${index + 1}`, seed, parties, out));
  return out;
}

/** A measure row together with the rows after it that add deadlines and units but no text of their own. */
interface Block {
  task: Task;
  head: EntryRow;
  extra: EntryRow[];
}

function interpretTable(table: Table, planId: string, seed: Seed, parties: Parties, out: PlanContent): void {
  const title = stripSpaces(table.title);
  out.plans.push({
    id: planId,
    seed: seed.file,
    ...(table.label ? { label: table.label } : {}),
    title,
    topic: topicOf(title),
    jurisdiction: seed.jurisdiction,
    year: seed.year,
    lines: table.span,
  });
  const context: TableContext = {
    seed,
    parties,
    labels: new Map(table.header.map((c) => [c.role, c.label])),
    carried: carriedOver(table.rows),
  };
  const blocks = tasksAndBlocks(table, planId, seed, out);
  const resolved = blocks.map((block) => resolveBlock(block, context));
  rehomeContinuations(resolved);
  const ids = new Map<string, number>();
  for (const block of resolved) {
    const reading = readBlock({
      ...block.reader,
      columns: block.columns(),
      newMeasure: (text, lines) => ({
        id: measureId(block.task, text, ids),
        taskId: block.task.id,
        planId,
        text,
        lines,
      }),
    });
    for (const m of reading.measures) out.measures.push(m);
    for (const a of reading.assignments)
      out.assignments.push({ id: `${a.measureId}:${a.role}:${a.unitId ?? a.personId}`, ...a });
  }
}

/** Sections and tasks into `out`; the table's measure rows grouped into blocks, in order. */
function tasksAndBlocks(table: Table, planId: string, seed: Seed, out: PlanContent): Block[] {
  const blocks: Block[] = [];
  const taskIds = new Map<string, number>();
  let top: string | undefined;
  let section: Section | undefined;
  let task: Task | undefined;
  let sectionCount = 0;
  for (const row of table.rows) {
    if (row.kind === 'section') {
      const text = stripSpaces(row.text);
      const sub = /^[（(][一二三四五六七八九十]+[）)]/.test(text);
      const path = sub && top ? [top, text] : [text];
      if (!sub) top = text;
      section = { id: `${planId}:s${++sectionCount}`, planId, path, line: row.line };
      out.sections.push(section);
      continue;
    }
    const seq = cellText(row.cells.seq);
    const taskTitle = cellText(row.cells.task);
    if (seq !== '' ? seq !== task?.seq : task === undefined) {
      if (!task && !seq) throw new ReadError(seed.file, row.span[0], 'a measure row comes before any task number');
      task = {
        id: uniqueId(`${planId}:t${seq || '0'}`, taskIds),
        planId,
        ...(section ? { sectionId: section.id } : {}),
        seq,
        title: taskTitle || (task?.title ?? ''),
        titleInherited: taskTitle === '',
        lines: [...row.span],
      };
      out.tasks.push(task);
    }
    task!.lines[1] = Math.max(task!.lines[1], row.span[1]);
    const previous = blocks.at(-1);
    if (items(row.cells.measure).length === 0 && previous) previous.extra.push(row);
    else blocks.push({ task: task!, head: row, extra: [] });
  }
  return blocks;
}

/**
 * A measure's id: its task's and a digest of its text, so that it stays the same when an
 * unrelated row is added or removed (reports and review decisions are kept by it).
 */
function measureId(task: Task, text: string, seen: Map<string, number>): string {
  const digest = createHash('sha1')
    .update(text.replace(/[\s，,。；;、]/g, ''))
    .digest('hex')
    .slice(0, 8);
  return uniqueId(`${task.id}:m${digest}`, seen);
}

/** `base`, or `base~2`, `~3` … when the table already has it (a task number printed twice, two identical measures). */
function uniqueId(base: string, seen: Map<string, number>): string {
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}~${n}`;
}

interface TableContext {
  seed: Seed;
  parties: Parties;
  /** Column labels as printed, by role. */
  labels: Map<ColumnRole, string>;
  /** Cells that hold the next row's groups, by row and column: read as empty. */
  carried: Set<string>;
}

/** A block with its names resolved: what `readBlock` reads, and which rows its groups come from. */
interface ResolvedBlock {
  task: Task;
  rows: EntryRow[];
  reader: Omit<BlockReader, 'columns' | 'newMeasure'>;
  groups: Map<Role, { column: string; groups: Group[] }>;
  columns: () => BlockReader['columns'];
}

function resolveBlock(block: Block, context: TableContext): ResolvedBlock {
  const { seed, labels } = context;
  const rows = [block.head, ...block.extra];
  const groups = new Map<Role, { column: string; groups: Group[] }>();
  for (const role of [...UNIT_ROLES, 'leader'] as const) {
    const column = labels.get(role);
    if (column) groups.set(role, { column, groups: rows.flatMap((row) => groupsOf(row, role, context)) });
  }
  const merged = block.head.mergedColumns;
  const resolved: ResolvedBlock = {
    task: block.task,
    rows,
    groups,
    reader: {
      texts: items(block.head.cells.measure).map((item) => ({
        text: itemText(item),
        raw: item.fragments.map((f) => f.text).join(' '),
        lines: [item.fragments[0]!.line, item.fragments.at(-1)!.line],
      })),
      deadlines: [],
      ...(merged ? { merged, mergedLabel: labels.get(merged.columns[1]) } : {}),
      year: seed.year,
    },
    columns: () => [...groups].map(([role, { column, groups: g }]) => ({ role, column, groups: g })),
  };
  refreshDeadlines(resolved);
  return resolved;
}

function refreshDeadlines(block: ResolvedBlock): void {
  // Every row gives at least one group, empty if its cell is, so positions line up (<p>——</p>, 002:111).
  block.reader.deadlines = block.rows.flatMap((row) => {
    const cellItems = row.cells.deadline?.items ?? [];
    return cellItems.length ? cellItems.map(itemText) : [''];
  });
  // A block with one measure row and no deadline anywhere has one empty deadline, not one per row.
  if (block.reader.deadlines.every((d) => d === '')) block.reader.deadlines = [''];
}

/** The groups of one cell, names resolved; a carried-over cell gives one empty group. */
function groupsOf(row: EntryRow, role: Role, context: TableContext): Group[] {
  const { parties } = context;
  const cellItems = context.carried.has(carriedKey(row, role)) ? [] : (row.cells[role]?.items ?? []);
  const read = (item: CellItem) =>
    role === 'leader' ? splitPersons(item.fragments, parties.persons) : joinNames(item.fragments, parties.resolver);
  return (cellItems.length ? cellItems : [{ fragments: [] }]).map((item) => ({
    row,
    names: dropTails(read(item)).map((name) => namedParty(name, role, context)),
  }));
}

function namedParty(name: WrittenName, role: Role, { seed, parties }: TableContext): Named {
  if (role !== 'leader') {
    const unit = parties.resolver.resolve(name, seed.jurisdiction, seed.file);
    return { name, party: { unitId: unit.id }, unit };
  }
  const key = `${seed.jurisdiction}:${name.key}`;
  if (!parties.personIds.has(key))
    parties.personIds.set(key, { id: `person:${key}`, name: name.key, jurisdiction: seed.jurisdiction });
  return { name, party: { personId: parties.personIds.get(key)!.id } };
}

/**
 * OCR tails: "各区政府 (含北京经济技术开发区) 北京经济委会" is the garbled end of "(含…管委会)"
 * printed again after the parenthesis, not a unit of its own (002:143, 147, 150, 152).
 */
function dropTails(names: WrittenName[]): WrittenName[] {
  return names.filter((name, i) => {
    const before = names[i - 1];
    return !(before && /（含北京经济[^）]*）$/.test(before.key) && /^北京经济(委会|技术开发区管委会)$/.test(name.key));
  });
}

const carriedKey = (row: EntryRow, role: ColumnRole) => `${row.span[0]}:${role}`;

/**
 * Cells that hold the next row's groups: the responsible cell of 002:240 lists, as its two
 * `<p>` entries, exactly the lead and responsible cells of row 241. OCR carried them over a
 * row; they are not this row's.
 */
function carriedOver(rows: Table['rows']): Set<string> {
  const carried = new Set<string>();
  const entries = rows.filter((r): r is EntryRow => r.kind === 'entry');
  entries.forEach((row, i) => {
    const next = entries[i + 1];
    if (!next) return;
    const nextItems = UNIT_ROLES.flatMap((role) => items(next.cells[role]).map(itemText));
    for (const role of UNIT_ROLES) {
      const own = items(row.cells[role]).map(itemText);
      // Two different groups that the next row prints, in order, across its cells; a cell
      // repeating one group (各区政府 ×2, 002:220) is a list of its own.
      if (own.length < 2 || new Set(own).size < own.length) continue;
      const at = nextItems.findIndex((_, j) => own.every((text, k) => nextItems[j + k] === text));
      if (at >= 0) carried.add(carriedKey(row, role));
    }
  });
  return carried;
}

/**
 * Continuation rows pair with the measure they continue, by content: 002:227 (按时间节点完成,
 * 北京经济技术开发区管委会) follows task 8's first row, but its unit is named only by the last
 * measure of task 7 (北京经济技术开发区加快…). Such a row moves back to the block that names it.
 */
function rehomeContinuations(blocks: ResolvedBlock[]): void {
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!;
    const before = blocks[b - 1]!;
    for (const row of [...block.rows.slice(1)]) {
      const names = [...block.groups.values()].flatMap((c) =>
        c.groups.filter((g) => g.row === row).flatMap((g) => g.names),
      );
      const namedIn = (target: ResolvedBlock) =>
        names.some(
          (n) => n.unit && target.reader.texts.some((t) => findMention(t.text, phrasesFor(n.unit!, n.name.asWritten))),
        );
      if (names.length === 0 || namedIn(block) || !namedIn(before)) continue;
      moveRow(row, block, before);
    }
  }
}

function moveRow(row: EntryRow, from: ResolvedBlock, to: ResolvedBlock): void {
  from.rows.splice(from.rows.indexOf(row), 1);
  to.rows.push(row);
  for (const [role, column] of from.groups) {
    const moving = column.groups.filter((g) => g.row === row);
    column.groups = column.groups.filter((g) => g.row !== row);
    to.groups.get(role)?.groups.push(...moving.map((g) => ({ ...g, moved: true })));
  }
  refreshDeadlines(from);
  refreshDeadlines(to);
}
