import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../server/ingest/deadline.ts';

describe('reading 完成时限 as printed in the seeds', () => {
  it.each([
    ['2023年底前', { kind: 'year-end', due: '2023-12-31' }],
    ['年底前', { kind: 'year-end', due: '2026-12-31' }],
    ['年底前 ', { kind: 'year-end', due: '2026-12-31' }],
    ['长期实施', { kind: 'ongoing' }],
    ['长期\n实施', { kind: 'ongoing' }],
    ['持续推进', { kind: 'ongoing' }],
    ['按时间节点完成', { kind: 'milestones' }],
    ['6月底前', { kind: 'date', due: '2026-06-30' }],
    ['6 月底前', { kind: 'date', due: '2026-06-30' }],
    ['6月底', { kind: 'date', due: '2026-06-30' }],
    ['2月底前', { kind: 'date', due: '2026-02-28' }],
    ['9月 30日', { kind: 'date', due: '2026-09-30' }],
    ['3月底前', { kind: 'date', due: '2026-03-31' }],
    ['6-9月', { kind: 'period', from: '2026-06-01', due: '2026-09-30' }],
    ['6—9月', { kind: 'period', from: '2026-06-01', due: '2026-09-30' }],
    ['6月-9月', { kind: 'period', from: '2026-06-01', due: '2026-09-30' }],
    ['', { kind: 'none' }],
    ['——', { kind: 'none' }],
  ])('%j', (printed, expected) => {
    expect(parseDeadline(printed, 2026)).toMatchObject(expected);
  });

  it('keeps the printed text without spaces', () => {
    expect(parseDeadline('2023年 底前', 2023).text).toBe('2023年底前');
  });

  it('marks a form it does not understand as unparsed instead of guessing', () => {
    expect(parseDeadline('视情况而定', 2023)).toEqual({ text: '视情况而定', kind: 'unparsed' });
    expect(parseDeadline('13月底前', 2023).kind).toBe('unparsed');
  });
});
