/**
 * Traffic lights (红黄绿灯预警) of a measure at an as-of date, from its deadline and the latest
 * progress report made for a date on or before it. Pure: the ledger, the scorecard, `Measure.light`
 * and the explorer's tests all call this one function. Reasons are in Chinese, as the ledger shows them.
 */
import type { Deadline } from './model.ts';
import type { ProgressStatus, Report } from './supervision.ts';

export type Light = 'red' | 'yellow' | 'green' | 'grey';
export const LIGHTS: readonly Light[] = ['red', 'yellow', 'green', 'grey'];

export interface LightSettings {
  /** A measure not done is yellow this many days before its deadline (DUE_SOON_DAYS). */
  dueSoonDays: number;
  /** The reporting rhythm: a report older than this many days no longer counts as recent (monthly, with slack). */
  reportEveryDays: number;
}

export const DEFAULT_LIGHT_SETTINGS: LightSettings = { dueSoonDays: 30, reportEveryDays: 35 };

export interface Verdict {
  light: Light;
  /** Why, in words. */
  reason: string;
  /** The ISO date the measure is due by, where its deadline gives one. */
  due?: string;
  /** Days past `due` at the as-of date (0 when not past it, or done). */
  overdueDays: number;
  /** The latest report for a date on or before the as-of date. */
  lastReport?: Report;
}

const STATUS_WORDS: Record<ProgressStatus, string> = {
  'not-started': '未启动',
  'in-progress': '推进中',
  done: '已完成',
  blocked: '受阻',
};

const DAY_MS = 86_400_000;
/** Days since the epoch of an ISO date (YYYY-MM-DD); read by hand, as the ledger does this thousands of times. */
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

/**
 * The date a deadline falls due in a plan of `planYear`: the parsed due date (a date, 年底前, the end
 * of a period like 6—9月), else 年底前 written among other words (年底前；按时间节点完成) is the plan
 * year's 31 December. Ongoing work (长期实施, 持续推进, 按时间节点完成) and an empty cell have none.
 */
export function dueDate(deadline: Deadline, planYear: number): string | undefined {
  if (deadline.due) return deadline.due;
  if (deadline.kind === 'year-end' || (deadline.kind === 'unparsed' && deadline.text.includes('年底前')))
    return `${planYear}-12-31`;
  return undefined;
}

/** Later first: by the date reported for, then when recorded, then id (so every store agrees). */
export function newerFirst(a: Report, b: Report): number {
  return b.asOf.localeCompare(a.asOf) || b.at.localeCompare(a.at) || b.id.localeCompare(a.id);
}

/** The latest of `reports` made for a date on or before `asOf`. */
export function latestReport(reports: readonly Report[], asOf: string): Report | undefined {
  let latest: Report | undefined;
  for (const r of reports) if (r.asOf <= asOf && (!latest || newerFirst(r, latest) < 0)) latest = r;
  return latest;
}

type Rule =
  | 'done'
  | 'overdue'
  | 'due-soon'
  | 'reported'
  | 'never-reported'
  | 'quiet'
  | 'none-reported'
  | 'none-never'
  | 'none-quiet'
  | 'ongoing-reported'
  | 'ongoing-quiet';

/**
 * A verdict whose reason is put into words only when read: the ledger classifies every measure
 * (thousands) and shows the reasons of one page.
 */
class RuleVerdict implements Verdict {
  constructor(
    readonly light: Light,
    private readonly rule: Rule,
    readonly due: string | undefined,
    readonly overdueDays: number,
    readonly lastReport: Report | undefined,
    private readonly days: number,
    private readonly what: string,
    private readonly settings: LightSettings,
  ) {}

  get reason(): string {
    const { due, days, what, lastReport: last } = this;
    const reported = last ? `${last.asOf} 报告${STATUS_WORDS[last.status]}` : '';
    const quiet = last ? `已 ${days} 天未报告进展（超过 ${this.settings.reportEveryDays} 天）` : '从未报告进展';
    switch (this.rule) {
      case 'done':
        return `已完成：${reported}`;
      case 'overdue':
        return `已逾期 ${this.overdueDays} 天（完成时限 ${due}），未报告完成`;
      case 'due-soon':
        return `临近完成时限：${due}，还有 ${days} 天，未报告完成`;
      case 'reported':
        return `未到期（${due}），${reported}`;
      case 'never-reported':
        return `未到期（${due}），尚无进展报告`;
      case 'quiet':
        return `未到期（${due}），但${quiet}`;
      case 'none-reported':
        return `无完成时限，${reported}`;
      case 'none-never':
        return '无完成时限，尚无进展报告';
      case 'none-quiet':
        return `无完成时限，${quiet}`;
      case 'ongoing-reported':
        return `${what}：${reported}`;
      case 'ongoing-quiet':
        return `${what}：${quiet}`;
    }
  }
}

export function lightOf(
  measure: { deadline: Deadline },
  planYear: number,
  lastReport: Report | undefined,
  asOf: string,
  settings: LightSettings = DEFAULT_LIGHT_SETTINGS,
): Verdict {
  const due = dueDate(measure.deadline, planYear);
  const since = lastReport ? daysBetween(lastReport.asOf, asOf) : -1;
  const recent = lastReport !== undefined && since <= settings.reportEveryDays;
  // No closures here: the ledger calls this for every measure on every question.
  let light: Light;
  let rule: Rule;
  let days = since;
  let overdueDays = 0;
  if (lastReport?.status === 'done') [light, rule] = ['green', 'done'];
  else if (due) {
    const left = daysBetween(asOf, due);
    if (left < 0) [light, rule, days, overdueDays] = ['red', 'overdue', left, -left];
    else if (left <= settings.dueSoonDays) [light, rule, days] = ['yellow', 'due-soon', left];
    else if (recent) [light, rule] = ['green', 'reported'];
    else [light, rule] = lastReport ? ['yellow', 'quiet'] : ['grey', 'never-reported'];
  } else if (measure.deadline.kind === 'none') {
    if (recent) [light, rule] = ['green', 'none-reported'];
    else [light, rule] = lastReport ? ['yellow', 'none-quiet'] : ['grey', 'none-never'];
  }
  // 长期实施 / 持续推进 / 按时间节点完成: reported monthly, or yellow.
  else [light, rule] = recent ? ['green', 'ongoing-reported'] : ['yellow', 'ongoing-quiet'];
  const what = measure.deadline.text || '长期任务';
  return new RuleVerdict(light, rule, due, overdueDays, lastReport, days, what, settings);
}
