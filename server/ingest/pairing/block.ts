/**
 * Reads one block of a table — a measure row and the rows after it that add deadlines and
 * units but no text — into measures and assignments. The layout pairs a block whose columns
 * line up (one measure, or one group per measure). Where they do not, as in the city plan's
 * `<p>` lists, the measures' text pairs them (mentions.ts), and the order of the groups only
 * breaks ties (align.ts). Every assignment says which of the three it rests on.
 */
import type { Assignment, Confidence, Evidence, LineSpan, Measure, Role, Unit } from '../../model/model.ts';
import { parseDeadline } from '../deadline.ts';
import type { EntryRow } from '../tables.ts';
import type { WrittenName } from '../units/names.ts';
import { align } from './align.ts';
import { findMention, phrasesFor } from './mentions.ts';
import { deadlineFit } from './deadline-fit.ts';
import { cutAtRepeats, sameParty, splitMeasure, type MeasureText } from './split.ts';

/** A name of a unit or person column, resolved. */
export interface Named {
  name: WrittenName;
  party: { unitId: string } | { personId: string };
  /** The unit, for units (persons are never named in measure texts). */
  unit?: Unit;
}

/** One group of a column: a cell, a `<p>` entry, or part of one where a name repeats. */
export interface Group {
  row: EntryRow;
  names: Named[];
  /** Set when the group was cut out of a cell at a repeated name, not printed as a group. */
  cutAtRepeat?: boolean;
  /** Set when its row was moved to this block because a measure here names it (interpret.ts). */
  moved?: boolean;
}

/** What reading a block needs from the interpretation around it. */
export interface BlockReader {
  /** The measure texts of the head row, each with its lines. */
  texts: MeasureText[];
  /** The deadline groups, as printed. */
  deadlines: string[];
  /** The groups of each unit and person column the table has, in order. */
  columns: { role: Role; column: string; groups: Group[] }[];
  /** Whether the block's rows lost the split between two unit columns (PDF text). */
  merged?: EntryRow['mergedColumns'];
  /** Column label of the second merged column's role. */
  mergedLabel?: string;
  year: number;
  newMeasure: (text: string, lines: LineSpan, index: number) => Omit<Measure, 'deadline'>;
}

export interface BlockReading {
  measures: Measure[];
  assignments: Omit<Assignment, 'id'>[];
}

const LAYOUT: Evidence = { basis: 'layout' };
const ORDER: Evidence = { basis: 'order' };

export function readBlock(block: BlockReader): BlockReading {
  const texts = splitMeasure(block.texts, block.deadlines, block.columns, mentionOf);
  const count = Math.max(texts.length, 1);
  const measures: Measure[] = Array.from({ length: count }, (_, i) => {
    const t = texts[i];
    return { ...block.newMeasure(t?.text ?? '', t?.lines ?? block.texts[0]?.lines ?? [0, 0], i), deadline: none };
  });
  const columns = block.columns.map((c) => ({
    ...c,
    groups:
      count > 1 && !(block.merged && block.merged.columns[0] === c.role) ? c.groups.flatMap(cutAtRepeats) : c.groups,
  }));
  const joint = rowsAsSlots(columns, block.deadlines, measures);
  const split = texts.length > block.texts.length;
  const misaligned = isMisaligned(columns, count);
  pairDeadlines(block.deadlines, measures, block.year, joint);
  const assignments: Omit<Assignment, 'id'>[] = [];
  for (const { role, column, groups } of columns) {
    const add = (measure: Measure, named: Named, confidence: Confidence, evidence: Evidence, uncertain?: string) =>
      assignments.push({
        measureId: measure.id,
        role,
        ...named.party,
        column,
        asWritten: named.name.asWritten,
        lines: named.name.lines,
        confidence,
        evidence: {
          basis: evidence.basis,
          ...(evidence.phrase ? { phrase: evidence.phrase, at: evidence.at } : {}),
          ...(evidence.via && evidence.via !== named.name.asWritten ? { via: evidence.via } : {}),
        },
        ...(uncertain ? { uncertain } : {}),
      });
    if (block.merged && block.merged.columns[0] === role) {
      readMerged(block, groups, measures, role, column, assignments);
      continue;
    }
    pairColumn(groups, measures, column, add, joint, { split, misaligned });
  }
  return { measures, assignments: dedupe(assignments) };
}

const none = { text: '', kind: 'none' } as const;

type Add = (measure: Measure, named: Named, confidence: Confidence, evidence: Evidence, uncertain?: string) => void;

/** Pairs one column's groups with the measures, by layout where it lines up and by text where not. */
function pairColumn(
  groups: Group[],
  measures: Measure[],
  column: string,
  add: Add,
  joint: Slots | undefined,
  doubts: Doubts,
): void {
  const filled = groups.filter((g) => g.names.length > 0);
  if (filled.length === 0) return;
  const inferred = doubts.split || groups.some((g) => g.cutAtRepeat || g.moved);
  if (measures.length === 1) {
    for (const g of filled) for (const n of g.names) add(measures[0]!, n, 'certain', LAYOUT);
    return;
  }
  if (groups.length === measures.length) {
    groups.forEach((g, i) =>
      g.names.forEach((n) =>
        inferred
          ? add(measures[i]!, n, 'likely', mentionOf(measures[i]!.text, n) ?? LAYOUT, INFERRED_REASON)
          : add(measures[i]!, n, 'certain', LAYOUT),
      ),
    );
    return;
  }
  if (groups.length === 1) {
    shareOne(groups[0]!, measures, column, add, doubts);
    return;
  }
  if (sameEverywhere(filled)) {
    // Every group names the same parties (各区政府 ×2 for four measures, 002:147): whichever
    // group a measure has, it has these.
    for (const m of measures) for (const n of filled[0]!.names) add(m, n, 'certain', LAYOUT);
    return;
  }
  alignGroups(groups, measures, column, add, joint);
}

/** A pairing of the block's slots (the i-th group of every column) with its measures, and the text behind each pair. */
interface Slots {
  paired: number[][];
  witness: (slot: number, measure: number) => (Evidence & { weight: number }) | undefined;
}

/**
 * When every column prints the same number of groups — a measure row and continuation rows
 * each giving one group per column (002:131–133, 136–139) — the i-th groups of all columns
 * belong together: they are one printed row. Such a row is paired as a whole, on everything
 * its cells' names and its deadline say, so a 主责 group follows its 牵头 group's evidence.
 */
function rowsAsSlots(columns: { groups: Group[] }[], deadlines: string[], measures: Measure[]): Slots | undefined {
  const k = columns[0]?.groups.length ?? 0;
  const n = measures.length;
  if (n < 2 || k < 2 || k === n || columns.some((c) => c.groups.length !== k)) return undefined;
  const mentions = (slot: number, m: number) =>
    columns.flatMap((c) =>
      c.groups[slot]!.names.flatMap((named) => {
        const found = mentionOf(measures[m]!.text, named);
        return found ? [{ ...found, via: named.name.asWritten }] : [];
      }),
    );
  const score = Array.from({ length: k }, (_, slot) =>
    measures.map((measure, m) =>
      columns
        .flatMap((c) => c.groups[slot]!.names)
        .reduce(
          (sum, named) => sum + pull(named, m, measures),
          deadlines.length === k ? deadlineFit(deadlines[slot]!, measure.text) : 0,
        ),
    ),
  );
  return { paired: align(score, n), witness: (slot, m) => mentions(slot, m)[0] };
}

/**
 * Groups that do not line up with the measures. A unit the measures name goes to the
 * measures that name it (丰台区完成60辆…); the rest follow their group, which goes where the
 * text supports it most (names and lines of work), in order.
 */
function alignGroups(groups: Group[], measures: Measure[], column: string, add: Add, joint?: Slots): void {
  const reason = {
    likely: likelyReason(groups.length, measures.length, column),
    unclear: unclearReason(groups.length, measures.length, column),
  };
  const mentions = groups.map((g) => g.names.map((n) => measures.map((m) => mentionOf(m.text, n))));
  const namedIn = (g: number, u: number) =>
    measures.map((_, m) => m).filter((m) => mentions[g]![u]![m]?.weight === NAME);
  const score = groups.map((group) =>
    measures.map((_m, m) => group.names.reduce((sum, n) => sum + pull(n, m, measures), 0)),
  );
  const paired = joint?.paired ?? align(score, measures.length);
  const namesAny = measures.map((_, m) =>
    mentions.some((group) => group.some((byMeasure) => byMeasure[m]?.weight === NAME)),
  );
  const filled = groups.filter((g) => g.names.length > 0);
  const inEvery = (n: Named) => filled.every((g) => g.names.some((o) => sameParty(o, n)));
  groups.forEach((group, g) =>
    group.names.forEach((n, u) => {
      if (inEvery(n)) {
        // In every group (各区政府 in both 主责 groups of 002:150): every measure has it, however they pair.
        if (g === groups.indexOf(filled[0]!)) for (const m of measures) add(m, n, 'certain', LAYOUT);
        return;
      }
      // A unit the measures name goes where it is named, and where its group goes only to a
      // measure that names no unit of this column (whose own units the text leaves open).
      const named = namedIn(g, u);
      for (const m of named) add(measures[m]!, n, 'likely', mentions[g]![u]![m]!, reason.likely);
      for (const m of paired[g]!) {
        if (named.length > 0 && (named.includes(m) || namesAny[m])) continue;
        const own = mentions[g]![u]![m];
        const mate = group.names.findIndex((_, x) => mentions[g]![x]![m]);
        const witness =
          own ??
          (mate >= 0 ? { ...mentions[g]![mate]![m]!, via: group.names[mate]!.name.asWritten } : joint?.witness(g, m));
        if (witness) add(measures[m]!, n, 'likely', witness, reason.likely);
        else add(measures[m]!, n, 'unclear', ORDER, reason.unclear);
      }
    }),
  );
}

/** The weight of a mention that names the unit (see mentions.ts). */
const NAME = 2;

/**
 * How much a unit pulls its group towards measure m: its mention's weight there, unless it is
 * named in several measures of the block (房山区 in 002:131's first and last measures), which
 * says where the unit goes (it goes to each) but not where its group does.
 */
function pull(named: Named, m: number, measures: Measure[]): number {
  const mention = mentionOf(measures[m]!.text, named);
  if (!mention) return 0;
  if (mention.weight === NAME && measures.filter((o) => mentionOf(o.text, named)?.weight === NAME).length > 1) return 0;
  return mention.weight;
}

function sameEverywhere(groups: Group[]): boolean {
  const key = (g: Group) =>
    g.names
      .map((n) => ('unitId' in n.party ? n.party.unitId : n.party.personId))
      .sort()
      .join();
  return groups.every((g) => key(g) === key(groups[0]!));
}

/** What in a block argues against reading a single group as serving every measure. */
interface Doubts {
  /** The measures were cut out of one printed cell (split.ts): they share nothing by layout. */
  split: boolean;
  /** Another unit column's groups do not line up with the measures (002:174): the row's layout is broken. */
  misaligned: boolean;
}

function isMisaligned(columns: { groups: Group[] }[], measures: number): boolean {
  const off = (k: number) => k !== 1 && k !== measures;
  return columns.some((c) => off(c.groups.length));
}

/**
 * One group printed for several measures: it serves them all, unless the text says otherwise:
 * the measures each name a different member of the group (002:193: 市生态环境局定期通报…,
 * 市城管委牵头…), they were cut out of one printed cell (002:120), or the row's other columns
 * do not line up (002:174). Then each measure gets the members it names, and one that names
 * none of them keeps the whole group, unclear.
 */
function shareOne(group: Group, measures: Measure[], column: string, add: Add, { split, misaligned }: Doubts): void {
  const mentions = measures.map((m) => group.names.map((n) => mentionOf(m.text, n)));
  const selective =
    split ||
    misaligned ||
    mentions.some((row, i) =>
      row.some((found, u) => found && mentions.some((other, j) => j !== i && other.some(Boolean) && !other[u])),
    );
  measures.forEach((measure, i) => {
    const named = mentions[i]!.some(Boolean);
    group.names.forEach((n, u) => {
      const mention = mentions[i]![u];
      if (!selective) add(measure, n, 'certain', LAYOUT);
      else if (split && group.names.length === 1 && !mention)
        add(measure, n, 'likely', LAYOUT, SPLIT_SHARED_REASON(column));
      else if (mention) add(measure, n, 'likely', mention, SELECTIVE_REASON(column));
      else if (!named) add(measure, n, 'unclear', ORDER, SELECTIVE_UNCLEAR(column));
    });
  });
}

/** Pairs deadline groups with measures: one each, one for all, or by what the measure texts say about time. */
function pairDeadlines(deadlines: string[], measures: Measure[], year: number, joint?: Slots): void {
  const printed = deadlines.filter(Boolean);
  if (joint && joint.paired.length === deadlines.length) {
    const of: string[][] = measures.map(() => []);
    joint.paired.forEach((paired, d) => paired.forEach((mi) => deadlines[d] && of[mi]!.push(deadlines[d])));
    setDeadlines(measures, of, year);
    return;
  }
  if (deadlines.length === measures.length) {
    measures.forEach((m, i) => (m.deadline = parseDeadline(deadlines[i]!, year)));
    return;
  }
  if (new Set(printed).size <= 1) {
    for (const m of measures) m.deadline = parseDeadline(printed[0] ?? '', year);
    return;
  }
  const score = printed.map((d) => measures.map((m) => deadlineFit(d, m.text)));
  const of: string[][] = measures.map(() => []);
  align(score, measures.length).forEach((paired, d) => paired.forEach((mi) => of[mi]!.push(printed[d]!)));
  setDeadlines(measures, of, year);
}

/** Each measure's deadline from the printed deadlines paired with it: one is read, several are kept as printed. */
function setDeadlines(measures: Measure[], of: string[][], year: number): void {
  measures.forEach((m, i) => {
    const own = [...new Set(of[i])];
    m.deadline = own.length <= 1 ? parseDeadline(own[0] ?? '', year) : { text: own.join('；'), kind: 'unparsed' };
  });
}

/**
 * The PDF text writes the lead and co-op columns as one list (000). Its first name is surely
 * lead and its last surely co-op. A name printed twice is in both lists: its first occurrence
 * closes the lead list (000:2175 and 2181), so every name up to it is lead too. The names
 * between are lead or co-op, and read as co-op.
 */
function readMerged(
  block: BlockReader,
  groups: Group[],
  measures: Measure[],
  role: Role,
  column: string,
  out: Omit<Assignment, 'id'>[],
): void {
  const second = block.merged!.columns[1] as Role;
  const secondLabel = block.mergedLabel ?? second;
  for (const group of groups) {
    const names = group.names;
    const key = (n: Named) => ('unitId' in n.party ? n.party.unitId : n.party.personId);
    let lastLead = -1;
    names.forEach((n, i) => {
      if (names.slice(i + 1).some((o) => key(o) === key(n))) lastLead = i;
    });
    names.forEach((named, i) => {
      const last = i === names.length - 1;
      const lead = i === 0 || i <= lastLead;
      const reading = {
        role: lead ? role : second,
        column: lead ? column : secondLabel,
        confidence: (i === 0 || last ? 'certain' : lead ? 'likely' : 'unclear') as Confidence,
        evidence: i === 0 || last ? LAYOUT : lead ? { basis: 'layout' as const } : ORDER,
        uncertain:
          i === 0 || last
            ? undefined
            : lead
              ? REPEATED_REASON(names[lastLead]!.name.asWritten)
              : `unclear: ${block.merged!.reason}`,
      };
      for (const measure of measures)
        out.push({
          measureId: measure.id,
          role: reading.role,
          ...named.party,
          column: reading.column,
          asWritten: named.name.asWritten,
          lines: named.name.lines,
          confidence: reading.confidence,
          evidence: reading.evidence,
          ...(reading.uncertain ? { uncertain: reading.uncertain } : {}),
        });
    });
  }
}

/** Where a measure text names a unit, as evidence; persons are never named in measure texts. */
function mentionOf(text: string, named: Named): (Evidence & { weight: number }) | undefined {
  if (!named.unit) return undefined;
  const found = findMention(text, phrasesFor(named.unit, named.name.asWritten));
  return found && { basis: 'text', phrase: found.phrase, at: found.at, weight: found.weight };
}

/** One reading per measure, role and party: the surest when a cell lists a party twice. */
function dedupe(assignments: Omit<Assignment, 'id'>[]): Omit<Assignment, 'id'>[] {
  const rank: Record<Confidence, number> = { certain: 0, likely: 1, unclear: 2 };
  const best = new Map<string, Omit<Assignment, 'id'>>();
  for (const a of assignments) {
    const key = `${a.measureId}:${a.role}:${a.unitId ?? a.personId}`;
    const seen = best.get(key);
    if (!seen || rank[a.confidence] < rank[seen.confidence]) best.set(key, a);
  }
  return [...best.values()];
}

const INFERRED_REASON =
  'likely: one group per measure once a cell naming a unit twice is cut in two, or a row the text pairs with this block is moved to it; the layout alone does not show it';
const likelyReason = (groups: number, measures: number, column: string) =>
  `likely: the row lists ${measures} measures but ${groups} ${column} groups; the measure's text names this group`;
const unclearReason = (groups: number, measures: number, column: string) =>
  `unclear: the row lists ${measures} measures but ${groups} ${column} groups, and nothing in the text pairs this one; paired by order only`;
const SELECTIVE_REASON = (column: string) =>
  `likely: one ${column} group serves several measures, but each measure's text names its own members of it`;
const SELECTIVE_UNCLEAR = (column: string) =>
  `unclear: one ${column} group serves several measures whose texts name different members of it, and this measure names none`;
const SPLIT_SHARED_REASON = (column: string) =>
  `likely: the ${column} cell names one unit for a cell the text splits into several measures; read as serving each`;
const REPEATED_REASON = (name: string) =>
  `likely: ${name} is printed again at the end of the merged list, so this part of the list is the lead column`;
