/**
 * How well a printed deadline fits a measure's text: "6月底前" in the text fits a 6月底前
 * group; a text with several dates of its own fits 按时间节点完成; standing work
 * (持续, 定期, 长期) fits 长期实施. Used only where the deadline groups do not line up with
 * the measures.
 */
const DATES = /(\d{1,2}月(底|\d{1,2}日)?前?|年底前?|\d{4}年底)/g;

export function deadlineFit(deadline: string, text: string): number {
  const dates = [...text.matchAll(DATES)].map((m) => m[0]);
  if (/^(长期实施|持续推进)$/.test(deadline))
    return /持续|定期|长期|常态|每月|全年|动态/.test(text) && dates.length === 0 ? 1 : 0;
  if (/按(时间)?节点/.test(deadline)) return new Set(dates).size >= 2 ? 1 : 0;
  if (/年底/.test(deadline)) return dates.some((d) => /年底/.test(d)) ? 1 : 0;
  const month = /^(\d{1,2})月/.exec(deadline)?.[1];
  return month && dates.some((d) => d.startsWith(`${month}月`)) ? 1 : 0;
}
