/**
 * Every light rule of server/model/lights.ts on fixed as-of dates, each on one measure small
 * enough to read at a glance, then the 2026 plan's 年底前 measures on the real seeds.
 */
import { describe, expect, it } from 'vitest';
import { dueDate, latestReport, lightOf } from '../../server/model/lights.ts';
import type { Deadline } from '../../server/model/model.ts';
import type { ProgressStatus, Report } from '../../server/model/supervision.ts';
import { seedModel } from '../support/seed-model.ts';

const yearEnd: Deadline = { text: '年底前', kind: 'year-end', due: '2026-12-31' };
const ongoing: Deadline = { text: '长期实施', kind: 'ongoing' };
const report = (asOf: string, status: ProgressStatus = 'in-progress', id = 'r1'): Report => ({
  id,
  measureId: 'm',
  unitId: 'u',
  status,
  asOf,
  at: `${asOf}T08:00:00.000Z`,
  by: 'someone',
  kind: 'report',
});
const light = (deadline: Deadline, asOf: string, last?: Report, year = 2026) => lightOf({ deadline }, year, last, asOf);

describe('lights at an as-of date', () => {
  it('red: the deadline has passed and the measure is not done', () => {
    expect(light(yearEnd, '2027-01-05')).toMatchObject({ light: 'red', overdueDays: 5, due: '2026-12-31' });
    expect(light(yearEnd, '2027-01-05', report('2026-12-20', 'blocked')).light).toBe('red');
    expect(light(yearEnd, '2027-01-05').reason).toBe('已逾期 5 天（完成时限 2026-12-31），未报告完成');
  });

  it('the due day itself is not past: yellow, 0 days left', () => {
    expect(light(yearEnd, '2026-12-31')).toMatchObject({ light: 'yellow', overdueDays: 0 });
  });

  it('yellow: due within 30 days and not done, whatever was reported', () => {
    expect(light(yearEnd, '2026-12-01').light).toBe('yellow'); // 30 days left
    expect(light(yearEnd, '2026-12-01', report('2026-11-30')).light).toBe('yellow');
    expect(light(yearEnd, '2026-11-30').light).toBe('grey'); // 31 days left, never reported
    expect(light(yearEnd, '2026-12-01').reason).toBe('临近完成时限：2026-12-31，还有 30 天，未报告完成');
  });

  it('yellow: ongoing work with no report in the last 35 days, or never', () => {
    expect(light(ongoing, '2026-06-01')).toMatchObject({ light: 'yellow', reason: '长期实施：从未报告进展' });
    expect(light(ongoing, '2026-06-01', report('2026-04-26')).light).toBe('yellow'); // 36 days
    expect(light(ongoing, '2026-06-01', report('2026-04-27')).light).toBe('green'); // 35 days
    expect(light({ text: '按时间节点完成', kind: 'milestones' }, '2026-06-01').light).toBe('yellow');
  });

  it('green: done (even past the deadline), or not yet due with a report in the last 35 days', () => {
    expect(light(yearEnd, '2027-03-01', report('2026-12-30', 'done')).light).toBe('green');
    expect(light(yearEnd, '2026-06-01', report('2026-05-20')).light).toBe('green');
    expect(light(ongoing, '2026-06-01', report('2026-05-20', 'done')).light).toBe('green');
  });

  it('grey: not yet due and never reported; a report gone quiet for over 35 days is yellow', () => {
    expect(light(yearEnd, '2026-06-01')).toMatchObject({ light: 'grey', reason: '未到期（2026-12-31），尚无进展报告' });
    expect(light(yearEnd, '2026-06-01', report('2026-04-01')).light).toBe('yellow');
    expect(light({ text: '', kind: 'none' }, '2026-06-01').light).toBe('grey');
  });

  it('DUE_SOON_DAYS changes when yellow starts', () => {
    const settings = { dueSoonDays: 7, reportEveryDays: 35 };
    expect(lightOf({ deadline: yearEnd }, 2026, undefined, '2026-12-01', settings).light).toBe('grey');
    expect(lightOf({ deadline: yearEnd }, 2026, undefined, '2026-12-24', settings).light).toBe('yellow');
  });

  it('deadlines from each kind with the plan year: 年底前, 6—9月, a date, 年底前 among other words', () => {
    expect(dueDate({ text: '年底前', kind: 'year-end' }, 2026)).toBe('2026-12-31');
    expect(dueDate({ text: '6-9月', kind: 'period', from: '2026-06-01', due: '2026-09-30' }, 2026)).toBe('2026-09-30');
    expect(dueDate({ text: '2023年6月底前', kind: 'date', due: '2023-06-30' }, 2023)).toBe('2023-06-30');
    expect(dueDate({ text: '年底前；按时间节点完成', kind: 'unparsed' }, 2023)).toBe('2023-12-31');
    expect(dueDate(ongoing, 2026)).toBeUndefined();
  });

  it('a report made for a later date does not count before it; the latest report wins, a reopen too', () => {
    const done = report('2026-11-10', 'done', 'a');
    const reopen: Report = { ...report('2026-11-20', 'in-progress', 'b'), kind: 'reopen', reopens: 'a' };
    expect(latestReport([done, reopen], '2026-11-15')).toBe(done);
    expect(latestReport([done, reopen], '2026-11-20')).toBe(reopen);
    expect(latestReport([done, reopen], '2026-11-01')).toBeUndefined();
    expect(light(yearEnd, '2026-12-05', latestReport([done, reopen], '2026-12-05')).light).toBe('yellow');
  });

  it('on the seeds: the 2026 plan’s 年底前 measures are due 2026-12-31, yellow from 2026-12-01, red in 2027', () => {
    const model = seedModel();
    const plan = model.plans.find((p) => p.seed.startsWith('001') && p.year === 2026)!;
    const measures = model.measures.filter((m) => m.planId === plan.id && m.deadline.kind === 'year-end');
    expect(measures.length).toBeGreaterThan(50);
    for (const m of measures) {
      expect(dueDate(m.deadline, plan.year)).toBe('2026-12-31');
      expect(lightOf(m, plan.year, undefined, '2026-12-03').light).toBe('yellow');
      expect(lightOf(m, plan.year, undefined, '2027-01-01').light).toBe('red');
    }
  });
});
