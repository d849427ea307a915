import { parseDeadline } from './deadline.ts';
import { ReadError } from './errors.ts';
import type {
  Assignment,
  Deadline,
  LineSpan,
  Measure,
  Plan,
  Role,
  Section,
  Seed,
  Task,
  Topic,
} from '../model/model.ts';
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
  const labels = new Map(table.header.map((c) => [c.role, c.label]));

  let top: string | undefined;
  let section: Section | undefined;
  let task: Task | undefined;
  let blocks: Block[] = [];
  let measureCount = 0;
  let sectionCount = 0;
  let taskCount = 0;

  const flush = () => {
    for (const block of blocks)
      measureCount += measuresOf({ block, before: measureCount, task: task!, seed, labels, parties, out });
    blocks = [];
  };

  for (const row of table.rows) {
    if (row.kind === 'section') {
      flush();
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
    const startsTask = seq !== '' ? seq !== task?.seq : task === undefined;
    if (startsTask) {
      flush();
      measureCount = 0;
      if (!task && !seq) throw new ReadError(seed.file, row.span[0], 'a measure row comes before any task number');
      task = {
        id: `${planId}:t${++taskCount}`,
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
    const hasText = items(row.cells.measure).length > 0;
    const previous = blocks.at(-1);
    if (!hasText && previous) previous.extra.push(row);
    else blocks.push({ head: row, extra: [] });
  }
  flush();
}

/** One block to read into measures, and what reading it needs. */
interface BlockInput {
  block: Block;
  /** How many measures the task already has: this block's are numbered after them. */
  before: number;
  task: Task;
  seed: Seed;
  /** Column labels as printed, by role. */
  labels: Map<ColumnRole, string>;
  parties: Parties;
  out: PlanContent;
}

/** A cell item and the row it comes from (the row says whether its unit columns were merged). */
interface Group {
  item: CellItem;
  row: EntryRow;
}

type Party = { unitId: string } | { personId: string };

/**
 * Pairs a block's measures with its deadlines and units. A cell may list several
 * measures (`<p>` items), and its deadlines and unit groups may or may not line up with
 * them: equal counts zip, a single group is shared, anything else is given to every
 * measure and marked uncertain. Returns how many measures the block holds.
 */
function measuresOf(input: BlockInput): number {
  const rows = [input.block.head, ...input.block.extra];
  const measures = blockMeasures(input, rows);
  for (const measure of measures) input.out.measures.push(measure);
  assignParties(input, rows, measures);
  return measures.length;
}

/** The groups of a column over the block's rows, in order. */
function groupsIn(rows: EntryRow[], role: ColumnRole): Group[] {
  // Every row gives at least one group, empty if its cell is, so positions line up (<p>——</p>, 002:111).
  return rows.flatMap((row) => {
    const cellItems = row.cells[role]?.items ?? [];
    return (cellItems.length ? cellItems : [{ fragments: [] }]).map((item) => ({ item, row }));
  });
}

/** The block's measures: one per item of the head row's 工作措施 cell (at least one), each with its deadline. */
function blockMeasures({ block, before, task, seed }: BlockInput, rows: EntryRow[]): Measure[] {
  const texts = items(block.head.cells.measure);
  const count = Math.max(texts.length, 1);
  // reduce, not Math.max(...): a block of a hostile document can hold more rows than a call takes arguments.
  const span = (rs: EntryRow[]): LineSpan => [
    rs[0]!.span[0],
    rs.reduce((last, r) => Math.max(last, r.span[1]), -Infinity),
  ];
  const deadlines = groupsIn(rows, 'deadline').map(({ item }) => itemText(item));
  return Array.from({ length: count }, (_, i) => {
    const text = texts[i];
    const lines: LineSpan = count === 1 || !text ? span(rows) : [text.fragments[0]!.line, text.fragments.at(-1)!.line];
    return {
      id: `${task.id}:m${before + i + 1}`,
      taskId: task.id,
      planId: task.planId,
      text: text ? itemText(text) : '',
      deadline: deadlineFor(deadlines, i, count, seed.year),
      lines,
    };
  });
}

/** Adds an assignment to `out` unless the same measure, role and party already has one. */
function assigner(out: PlanContent) {
  const assigned = new Set<string>();
  return (measure: Measure, role: Role, column: string, name: WrittenName, party: Party, uncertain?: string) => {
    const key = 'unitId' in party ? party.unitId : party.personId;
    const id = `${measure.id}:${role}:${key}`;
    if (assigned.has(id)) return; // a cell that lists a unit twice (000:2175, 2181)
    assigned.add(id);
    out.assignments.push({
      id,
      measureId: measure.id,
      role,
      ...party,
      column,
      asWritten: name.asWritten,
      lines: name.lines,
      confidence: uncertain ? 'unclear' : 'certain',
      evidence: { basis: uncertain ? 'order' : 'layout' },
      ...(uncertain ? { uncertain } : {}),
    });
  };
}

/**
 * How a name in a column of `role` becomes a party: a unit resolved in the seed's jurisdiction, or a person (牵头领导).
 */
function partyOf(role: Role, { seed, parties }: BlockInput): (name: WrittenName) => Party {
  if (role !== 'leader') return (name) => ({ unitId: parties.resolver.resolve(name, seed.jurisdiction, seed.file).id });
  return (name) => {
    const key = `${seed.jurisdiction}:${name.key}`;
    if (!parties.personIds.has(key))
      parties.personIds.set(key, { id: `person:${key}`, name: name.key, jurisdiction: seed.jurisdiction });
    return { personId: parties.personIds.get(key)!.id };
  };
}

/** Gives every name of every unit and person column to the measures its group pairs with. */
function assignParties(input: BlockInput, rows: EntryRow[], measures: Measure[]): void {
  const { labels, parties } = input;
  const assign = assigner(input.out);
  for (const role of [...UNIT_ROLES, 'leader'] as const) {
    const column = labels.get(role);
    if (!column) continue;
    const groups = groupsIn(rows, role);
    const read = (item: CellItem) =>
      role === 'leader' ? splitPersons(item.fragments, parties.persons) : joinNames(item.fragments, parties.resolver);
    const party = partyOf(role, input);
    const pairing = pair(groups.length, measures.length, column);
    groups.forEach(({ item, row }, g) => {
      const merged = row.mergedColumns;
      const names = read(item);
      for (const i of pairing.measuresOf(g)) {
        const measure = measures[i]!;
        names.forEach((name, n) => {
          if (merged && merged.columns[0] === role && n > 0) {
            // Columns are written one after the other and neither is empty, so the first
            // unit is surely in the first and the last surely in the second; the ones
            // between could be in either, and are read as the second.
            const second = merged.columns[1] as Role;
            const sure = n === names.length - 1;
            assign(measure, second, labels.get(second) ?? second, name, party(name), sure ? undefined : merged.reason);
          } else {
            assign(measure, role, column, name, party(name), pairing.uncertain);
          }
        });
      }
    });
  }
}

function pair(
  groups: number,
  measures: number,
  column: string,
): { measuresOf: (group: number) => number[]; uncertain?: string } {
  const all = Array.from({ length: measures }, (_, i) => i);
  if (measures === 1 || groups === 1) return { measuresOf: () => all };
  if (groups === measures) return { measuresOf: (g) => [g] };
  return {
    measuresOf: () => all,
    uncertain:
      `the row lists ${measures} measures but ${groups} ${column} groups, so which ` +
      `unit belongs to which measure is not printed; each unit is given to every measure`,
  };
}

function deadlineFor(deadlines: string[], index: number, measures: number, year: number): Deadline {
  if (deadlines.length === measures) return parseDeadline(deadlines[index]!, year);
  const distinct = [...new Set(deadlines.filter(Boolean))];
  if (distinct.length <= 1) return parseDeadline(distinct[0] ?? '', year);
  // Deadlines that do not line up with the measures: keep them all, as printed.
  return { text: distinct.join('；'), kind: 'unparsed' };
}
