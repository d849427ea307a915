/** The review view's words (issue 17), Chinese first. */
import type { Lang } from '../lib/i18n.ts';

const zh = {
  viewReview: '待核实',
  left: (readings: number, measures: number) => `剩余 ${readings} 条待核实（${measures} 项措施）`,
  none: '没有待核实的读取结果。',
  signInFirst: '登录后可核实：督办、管理员直接决定，填报员提出建议，由督办确认。',
  printed: '原文（按行）',
  reading: '读取结果',
  measure: '工作措施',
  confirm: '确认',
  toLead: '改为牵头',
  toCoop: '改为协办',
  remove: '删除',
  move: '移至本行另一措施',
  next: '下一项',
  undo: '撤销上一决定',
  note: '备注（可选）',
  keys: '键盘：↑↓ 选择读取结果，1 确认，2 改角色，3 删除，N 下一项，U 撤销',
  proposed: '已提交建议，待督办确认',
  decided: '已决定',
  reviewedBy: (by: string) => `已核实 · ${by}`,
  item: (i: number, n: number) => `第 ${i} / ${n} 项`,
  failed: '操作失败：',
};

const en: typeof zh = {
  viewReview: 'To review',
  left: (readings, measures) => `${readings} readings left to review (${measures} measures)`,
  none: 'Nothing left to review.',
  signInFirst: 'Sign in to review: supervisors and admins decide, reporters propose for a supervisor to accept.',
  printed: 'As printed (by line)',
  reading: 'Readings',
  measure: 'Measure',
  confirm: 'Confirm',
  toLead: 'Make lead',
  toCoop: 'Make co-op',
  remove: 'Remove',
  move: 'Move to another measure of this row',
  next: 'Next',
  undo: 'Undo last decision',
  note: 'Note (optional)',
  keys: 'Keys: ↑↓ choose a reading, 1 confirm, 2 change role, 3 remove, N next, U undo',
  proposed: 'Proposed; waiting for a supervisor',
  decided: 'Decided',
  reviewedBy: (by) => `Reviewed · ${by}`,
  item: (i, n) => `Item ${i} of ${n}`,
  failed: 'Failed: ',
};

export const REVIEW_MESSAGES: Record<Lang, typeof zh> = { zh, en };
