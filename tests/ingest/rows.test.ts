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

describe.each(TABLES)('$name', (table) => {
  it(`has the plans ${table.plans.map((p) => [p.label, p.title].filter(Boolean).join(' ')).join(', ')}`, () =>
    expectPlans(table));

  it.each(table.plans)('$title has $tasks tasks and $measures measures', (plan) => expectPlanCounts(table.seed, plan));

  if (table.tasks.length > 0) it.each(table.tasks)('$about', (task) => expectOneTask(table.seed, task));

  it.each(table.rows)('$about', (row) => expectRow(table.seed, row));
});
