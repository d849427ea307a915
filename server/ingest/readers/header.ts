import { ReadError } from '../errors.ts';
import type { ColumnRole, HeaderColumn } from '../tables.ts';

/** Printed column labels (whitespace removed) and what they mean. */
const LABELS: Record<string, ColumnRole> = {
  序号: 'seq',
  重点任务: 'task',
  工作措施: 'measure',
  完成时限: 'deadline',
  牵头领导: 'leader',
  牵头单位: 'lead',
  牵头部门: 'lead',
  主责单位: 'responsible',
  责任单位: 'responsible',
  协办单位: 'coop',
};

/** 2023年工作措施 and the like: a year prefix on the measure column. */
const YEAR_PREFIX = /^\d{4}年/;

export function columnRole(label: string): ColumnRole | undefined {
  const clean = label.replace(/\s+/g, '');
  return LABELS[clean] ?? LABELS[clean.replace(YEAR_PREFIX, '')];
}

/**
 * Maps a printed header to column roles, or throws naming the first label it does not know.
 * A responsibility table needs 序号, 工作措施, 完成时限 and at least one unit column.
 */
export function mapHeader(labels: string[], file: string, line: number): HeaderColumn[] {
  const columns = labels.map((raw) => {
    const label = raw.replace(/\s+/g, '');
    const role = columnRole(label);
    if (!role)
      throw new ReadError(file, line, `unknown table header column "${label}" (header: ${labels.join(' | ')})`);
    return { role, label };
  });
  const roles = new Set(columns.map((c) => c.role));
  for (const needed of ['seq', 'measure', 'deadline'] as const) {
    if (!roles.has(needed))
      throw new ReadError(file, line, `table header lacks a ${needed} column (header: ${labels.join(' | ')})`);
  }
  if (!roles.has('lead') && !roles.has('responsible')) {
    throw new ReadError(file, line, `table header has no 牵头/主责/责任 unit column (header: ${labels.join(' | ')})`);
  }
  if (roles.size !== columns.length)
    throw new ReadError(file, line, `table header repeats a column (header: ${labels.join(' | ')})`);
  return columns;
}
