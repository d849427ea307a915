/**
 * What a hand-checked row of a seed says, and how the model is held to it. The tables beside
 * this file (one per seed) were read off the document text by hand (`sed -n 'A,Bp' FILE | cat -A`),
 * never copied from the program's output; each row cites the lines it was read from. Where the
 * program disagrees, the table keeps what the document says.
 *
 * Roles: lead = 牵头单位/牵头部门, responsible = 主责单位/责任单位, coop = 协办单位,
 * leader = 牵头领导 (persons, 003 only). Units are the registry's canonical names
 * (`seeds/units.json`), in document order, a unit listed twice in one cell counted once.
 */
import { expect } from 'vitest';
import type { Role } from '../../../server/model/model.ts';
import { measure, seedModel } from '../../support/seed-model.ts';

type Parties = Partial<Record<Role, string[]>>;

export interface HandCheckedRow {
  /** What the row shows: the test's name. */
  about: string;
  /** How the measure's text begins (spaces ignored); exactly one measure of the seed begins so. */
  start: string;
  /** 序号 of the task the row belongs to. */
  seq?: string;
  /** 重点任务 of that task (inherited where the row leaves it empty). */
  title?: string;
  /**
   * 完成时限 as printed, spaces and wraps removed ('' for an empty cell); or the deadlines that
   * cannot be paired with the measures of the row, every one kept.
   */
  deadline: string | { keepsAll: string[] };
  /** Canonical names per role, in document order; a role left out must be empty. */
  units: Parties;
  /** Names as written (wraps joined, spaces removed, parentheses as printed) where not the canonical ones. */
  asWritten?: Parties;
  /** Only these roles' names as written are compared (where how a glued cell splits as written is not pinned). */
  asWrittenChecked?: Role[];
  /** Exactly the names whose assignment is uncertain, in assignment order (lead, responsible, coop). */
  uncertain?: string[];
  /** The uncertain names as a set (when the same unit is uncertain in more than one role). */
  uncertainSet?: string[];
  /** The whole measure text. */
  text?: string;
  /** How the measure text ends, for rows whose end is at risk (a boundary follows). */
  ends?: string;
  /** Passages the measure text holds. */
  contains?: string[];
  /** A pattern the measure text must not match. */
  lacks?: RegExp;
  /** Measures (by how their text begins) that belong to the same task as this row. */
  sameTaskAs?: string[];
  /** The task's 重点任务 cell is empty, its title inherited from the task above. */
  titleInherited?: boolean;
}

/** A plan of a seed: label and title as printed, how many tasks and measures it holds. */
export interface PlanCount {
  label?: string;
  title: string;
  tasks: number;
  /** The tasks are numbered 1 to `tasks`, in order. */
  numberedOneToN?: boolean;
  measures: number;
  /** Why the counts are what they are, where that is not plain. */
  note?: string;
}

/** A task printed in pieces (repeated after a page break or header) that must be one task. */
export interface OneTask {
  about: string;
  plan: string;
  seq: string;
  title?: string;
  /** How many measures the task holds. */
  measures?: number;
}

export interface SeedTable {
  /** The seed file's name without `.txt`. */
  seed: string;
  /** Where it comes from, for the test names: `001 大兴 2026`. */
  name: string;
  /** Every plan of the seed, in document order. */
  plans: PlanCount[];
  tasks: OneTask[];
  rows: HandCheckedRow[];
}

const ROLES: Role[] = ['lead', 'responsible', 'coop', 'leader'];
const UNIT_ROLES: Role[] = ['lead', 'responsible', 'coop'];

const full = (parties: Parties): Record<Role, string[]> =>
  Object.fromEntries(ROLES.map((role) => [role, parties[role] ?? []])) as Record<Role, string[]>;

const pick = (record: Record<Role, string[]>, roles: Role[]): Parties =>
  Object.fromEntries(roles.map((role) => [role, record[role]]));

function taskOf(seed: string, start: string) {
  const model = seedModel();
  const planIds = new Set(model.plans.filter((p) => p.seed.startsWith(seed)).map((p) => p.id));
  const key = start.replace(/\s+/g, '');
  const found = model.measures.filter((m) => planIds.has(m.planId) && m.text.startsWith(key));
  if (found.length !== 1) throw new Error(`${found.length} measures of ${seed} start with "${start}"`);
  return model.tasks.find((t) => t.id === found[0]!.taskId)!;
}

function planOf(seed: string, title: string) {
  const found = seedModel().plans.filter((p) => p.seed.startsWith(seed) && p.title === title);
  if (found.length !== 1) throw new Error(`${found.length} plans of ${seed} are titled ${title}`);
  return found[0]!;
}

/** Compares the measure a row names with the row; soft, so every field of a row is reported. */
export function expectRow(seed: string, row: HandCheckedRow): void {
  const m = measure(seed, row.start);
  if (row.seq !== undefined) expect.soft(m.taskSeq, 'task number').toBe(row.seq);
  if (row.title !== undefined) expect.soft(m.taskTitle, 'task title').toBe(row.title);
  if (typeof row.deadline === 'string') expect.soft(m.deadline, 'deadline').toBe(row.deadline);
  else for (const d of row.deadline.keepsAll) expect.soft(m.deadline, `deadline keeps ${d}`).toContain(d);
  const units = full(row.units);
  expect.soft(m.units, 'units').toEqual(units);
  // Where a row has leaders (003), only the unit roles' names as written are pinned by hand.
  const asWrittenRoles = row.asWrittenChecked ?? (units.leader.length > 0 ? UNIT_ROLES : ROLES);
  expect
    .soft(pick(m.asWritten, asWrittenRoles), 'units as written')
    .toEqual(pick({ ...units, ...row.asWritten }, asWrittenRoles));
  if (row.uncertain) expect.soft(m.uncertain, 'uncertain').toEqual(row.uncertain);
  if (row.uncertainSet)
    expect
      .soft([...new Set(m.uncertain)].sort(), 'uncertain (as a set)')
      .toEqual([...new Set(row.uncertainSet)].sort());
  if (row.text !== undefined) expect.soft(m.text, 'text').toBe(row.text);
  if (row.ends) expect.soft(m.text.endsWith(row.ends), `measure text ends with ${row.ends}: ${m.text}`).toBe(true);
  for (const passage of row.contains ?? []) expect.soft(m.text, 'text').toContain(passage);
  if (row.lacks) expect.soft(m.text, 'text').not.toMatch(row.lacks);
  for (const other of row.sameTaskAs ?? [])
    expect.soft(taskOf(seed, row.start).id, `same task as 「${other}」`).toBe(taskOf(seed, other).id);
  if (row.titleInherited !== undefined)
    expect.soft(taskOf(seed, row.start).titleInherited, 'title inherited').toBe(row.titleInherited);
}

/** The seed holds exactly these plans, labels and titles as printed, in document order. */
export function expectPlans(table: SeedTable): void {
  const plans = seedModel().plans.filter((p) => p.seed.startsWith(table.seed));
  expect(plans.map((p) => [p.label, p.title])).toEqual(table.plans.map((p) => [p.label, p.title]));
}

/** The plan holds `tasks` tasks (numbered 1 to n where so printed) and `measures` measures. */
export function expectPlanCounts(seed: string, count: PlanCount): void {
  const model = seedModel();
  const plan = planOf(seed, count.title);
  const tasks = model.tasks.filter((t) => t.planId === plan.id);
  if (count.numberedOneToN)
    expect
      .soft(
        tasks.map((t) => t.seq),
        'tasks',
      )
      .toEqual(Array.from({ length: count.tasks }, (_, k) => String(k + 1)));
  else expect.soft(tasks, 'tasks').toHaveLength(count.tasks);
  expect
    .soft(
      model.measures.filter((m) => m.planId === plan.id),
      'measures',
    )
    .toHaveLength(count.measures);
}

/** Exactly one task of the plan has the number, with the title and measures given. */
export function expectOneTask(seed: string, task: OneTask): void {
  const model = seedModel();
  const plan = planOf(seed, task.plan);
  const found = model.tasks.filter((t) => t.planId === plan.id && t.seq === task.seq);
  expect(found).toHaveLength(1);
  if (task.title !== undefined) expect.soft(found[0]!.title, 'title').toBe(task.title);
  if (task.measures !== undefined)
    expect
      .soft(
        model.measures.filter((m) => m.taskId === found[0]!.id),
        'measures',
      )
      .toHaveLength(task.measures);
}
