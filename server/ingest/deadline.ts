import type { Deadline } from '../model/model.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const dateOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/**
 * Reads a 完成时限 cell. `year` is the plan's year, for deadlines printed without one
 * (年底前, 6月底前). The printed text is always kept; a form not understood is 'unparsed'.
 */
export function parseDeadline(printed: string, year: number): Deadline {
  const text = printed.replace(/\s+/g, '');
  if (text === '' || /^—+$/.test(text)) return { text: '', kind: 'none' };
  if (/^(长期实施|持续推进|长期坚持|持续实施)$/.test(text)) return { text, kind: 'ongoing' };
  if (/^按(时间)?节点完成$/.test(text)) return { text, kind: 'milestones' };

  const yearEnd = /^(?:(\d{4})年)?(?:年底前|底前|年底)$/.exec(text);
  if (yearEnd) {
    const y = Number(yearEnd[1] ?? year);
    return { text, kind: 'year-end', due: dateOf(y, 12, 31) };
  }
  // 6月底前, 6月底, 2023年6月底前, 9月30日, 9月30日前
  const date = /^(?:(\d{4})年)?(\d{1,2})月(?:底前?|(\d{1,2})日前?|前)$/.exec(text);
  if (date) {
    const y = Number(date[1] ?? year);
    const m = Number(date[2]);
    const d = date[3] ? Number(date[3]) : lastDay(y, m);
    if (m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m)) return { text, kind: 'date', due: dateOf(y, m, d) };
  }
  // 6-9月, 6—9月, 6月-9月
  const period = /^(\d{1,2})月?[-－—–~～至](\d{1,2})月$/.exec(text);
  if (period) {
    const from = Number(period[1]);
    const to = Number(period[2]);
    if (from >= 1 && to <= 12 && from <= to) {
      return { text, kind: 'period', from: dateOf(year, from, 1), due: dateOf(year, to, lastDay(year, to)) };
    }
  }
  return { text, kind: 'unparsed' };
}
