/**
 * Acceptance tests: the hand-checked rows of every seed, one table per seed under rows/. Each
 * table row is one test: the measure it names must be read exactly as the table says.
 */
import { describe, it } from 'vitest';
import { daxing2023 } from './rows/000-daxing-2023.ts';
import { daxing2026 } from './rows/001-daxing-2026.ts';
import { beijing2023 } from './rows/002-beijing-2023.ts';
import { tongzhou2023 } from './rows/003-tongzhou-2023.ts';
import { daxing2024Soil } from './rows/004-daxing-2024-soil.ts';
import { expectOneTask, expectPlanCounts, expectPlans, expectRow, type SeedTable } from './rows/hand-checked.ts';

const TABLES: SeedTable[] = [daxing2023, daxing2026, beijing2023, tongzhou2023, daxing2024Soil];

/** Each entry with its name first, so `%s` prints the whole name (`$about` would cut it short). */
const named = <T>(entries: T[], name: (entry: T) => string): [string, T][] =>
  entries.map((entry) => [name(entry), entry]);

describe.each(named(TABLES, (table) => table.name))('%s', (_name, table) => {
  it(`has the plans ${table.plans.map((p) => [p.label, p.title].filter(Boolean).join(' ')).join(', ')}`, () =>
    expectPlans(table));

  const plans = named(table.plans, (p) => `${p.title} has ${p.tasks} tasks and ${p.measures} measures`);
  it.each(plans)('%s', (_name, plan) => expectPlanCounts(table.seed, plan));

  if (table.tasks.length > 0)
    it.each(named(table.tasks, (task) => task.about))('%s', (_about, task) => expectOneTask(table.seed, task));

  it.each(named(table.rows, (row) => row.about))('%s', (_about, row) => expectRow(table.seed, row));
});
