/**
 * The responsibility model: what `server/ingest` produces from the plan documents and
 * everything downstream (stores, API, web) consumes. Plain data, JSON-serialisable.
 */
import type { Reviewed } from './review.ts';

export type LineSpan = [first: number, last: number];

export type Role = 'lead' | 'responsible' | 'coop' | 'leader';
export const ROLES: readonly Role[] = ['lead', 'responsible', 'coop', 'leader'];

export type Level = 'city' | 'district' | 'town' | 'other';

export type UnitKind =
  | 'government' // 区人民政府, 镇人民政府, 乡人民政府
  | 'department' // 区生态环境局, 市发展改革委 …
  | 'branch' // a higher-level body's local branch: 市规划自然资源委大兴分局
  | 'street-office' // 街道办事处
  | 'zone-committee' // 管委会 of a development zone or park
  | 'company'
  | 'collective'; // 各镇人民政府, 市有关部门, …成员单位

export type Topic = '应对气候变化' | '大气' | '水' | '土壤' | '生态' | '综合';

export interface Jurisdiction {
  /** 北京市, 大兴区 … */
  name: string;
  level: 'city' | 'district';
  /** Administrative-division code (110115 for 大兴区). */
  code: string;
  parent?: string;
}

export interface Seed {
  file: string;
  jurisdiction: string;
  year: number;
  docNumber?: string;
  issued?: string;
  title: string;
  issuer?: string;
  format: string;
}

export interface Plan {
  id: string;
  seed: string;
  /** Attachment label as printed (附件1), where the document prints one. */
  label?: string;
  /** Title as printed, spaces removed. */
  title: string;
  topic: Topic;
  jurisdiction: string;
  year: number;
  lines: LineSpan;
}

export interface Section {
  id: string;
  planId: string;
  /** Chapter path from the top: ['一、主要目标'] or ['一、共筑美丽蓝天', '（一）…']. */
  path: string[];
  line: number;
}

export interface Task {
  id: string;
  planId: string;
  sectionId?: string;
  /** 序号 as printed. */
  seq: string;
  title: string;
  /** True when the row left 重点任务 empty and the title is the one above it. */
  titleInherited: boolean;
  lines: LineSpan;
}

export type DeadlineKind = 'date' | 'year-end' | 'ongoing' | 'milestones' | 'period' | 'none' | 'unparsed';

export interface Deadline {
  /** As printed, spaces removed; '' when the cell is empty. */
  text: string;
  kind: DeadlineKind;
  /** ISO date the measure is due by (date, year-end, and the end of a period). */
  due?: string;
  /** ISO date a period starts. */
  from?: string;
}

export interface Measure {
  id: string;
  taskId: string;
  planId: string;
  /** 工作措施 as printed, spaces removed. */
  text: string;
  deadline: Deadline;
  lines: LineSpan;
}

export interface Unit {
  id: string;
  name: string;
  /** Other names the unit is written under (OCR variants, short forms, qualified forms). */
  aliases: string[];
  level: Level;
  kind: UnitKind;
  /** The jurisdiction whose body it is: 北京市 for city units, the district for district and town units. */
  jurisdiction: string;
  /** False when the name is in no reference list: kept as written and reported. */
  known: boolean;
  /** For a branch: the unit it is a branch of. */
  branchOf?: string;
  /** For a collective: its members' ids, and whether that list is closed. */
  members?: string[];
  /** 'closed': members resolved; 'open': a 相关…/有关… collective without fixed members. */
  membership?: 'closed' | 'open';
}

export interface Person {
  id: string;
  name: string;
  jurisdiction: string;
}

/**
 * How sure the reading of an assignment is:
 * - `certain`: the table's layout states it (one measure in the row, or one group per measure);
 * - `likely`: the layout does not pair it, but the measure's text does (it names the unit);
 * - `unclear`: nothing in the text pairs it; it rests on the order of the groups, or on a
 *   merged column whose split the source lost.
 */
export type Confidence = 'certain' | 'likely' | 'unclear';
export const CONFIDENCES: readonly Confidence[] = ['certain', 'likely', 'unclear'];

/** Why an assignment was paired with its measure. */
export interface Evidence {
  /** `layout`: the table's rows and groups; `text`: a phrase of the measure; `order`: the order of the groups only. */
  basis: 'layout' | 'text' | 'order';
  /** For `text`: the phrase of the measure text that names the unit, as printed (spaces removed). */
  phrase?: string;
  /** For `text`: where the phrase starts in the measure text, in characters from 0. */
  at?: number;
  /**
   * For `text`, when the phrase names not this party but another of its printed group (or row),
   * which the text pairs with the measure: that party, as written. The party goes along with it.
   */
  via?: string;
}

export interface Assignment {
  id: string;
  measureId: string;
  role: Role;
  /** A unit, or for 牵头领导 a person. */
  unitId?: string;
  personId?: string;
  /** The column label as printed (牵头单位, 责任单位 …). */
  column: string;
  /** The name as the document writes it, wraps joined, spaces removed. */
  asWritten: string;
  lines: LineSpan;
  confidence: Confidence;
  evidence: Evidence;
  /** Why the role or pairing is a best reading rather than what the text states; absent when certain. */
  uncertain?: string;
  /** Set when a reviewer settled the reading (issue 17, review.ts): it is then `certain`. */
  reviewed?: Reviewed;
}

export interface UnknownName {
  name: string;
  seed: string;
  line: number;
  /** What the name was read as (the unit created for it). */
  unitId: string;
}

/**
 * A link between two measures of different plans (issue 18): `cascade` from a city measure to a
 * district measure of the same year and topic that implements it; `continuation` from a
 * district's measure to its counterpart in the same district's plan of a later year.
 */
export interface MeasureLink {
  kind: 'cascade' | 'continuation';
  /** The city measure (cascade) or the earlier year's (continuation). */
  from: string;
  to: string;
  /** How alike the two texts are, 0 to 1 (server/ingest/alignment/similarity.ts). */
  score: number;
  /** Continuation only: `continued` when the requirement carries on, `changed` when it is substantially modified. */
  label?: 'continued' | 'changed';
  /** The longest passages the two texts share, normalised: why they were linked. */
  evidence: string[];
}

/**
 * A measure with no counterpart where one was looked for: a city measure that gives district
 * governments a duty and has none in a district's plan (`gap`), a measure with none in the
 * next year's plan (`dropped`) or in the previous year's (`new`).
 */
export interface UnmatchedMeasure {
  kind: 'gap' | 'new' | 'dropped';
  measureId: string;
  /** The plan it has no counterpart in. */
  otherPlanId: string;
}

export interface Model {
  seeds: Seed[];
  jurisdictions: Jurisdiction[];
  plans: Plan[];
  sections: Section[];
  tasks: Task[];
  measures: Measure[];
  units: Unit[];
  persons: Person[];
  assignments: Assignment[];
  unknownNames: UnknownName[];
  links: MeasureLink[];
  unmatched: UnmatchedMeasure[];
}
