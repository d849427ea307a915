/** The supervision views' words, Chinese first. */
import type { Lang } from '../lib/i18n.ts';

const zh = {
  viewLedger: '台账',
  signIn: '登录',
  signOut: '退出',
  name: '账号',
  password: '密码',
  signInTitle: '登录督查督办',
  signInFailed: '登录失败：',
  cancel: '取消',
  roles: { VIEWER: '查看', REPORTER: '填报', SUPERVISOR: '督办', ADMIN: '管理员' } as Record<string, string>,
  lights: { RED: '红灯', YELLOW: '黄灯', GREEN: '绿灯', GREY: '灰灯' } as Record<string, string>,
  lightsLegend: '措施灯色',
  lightHint: {
    RED: '已逾期未完成',
    YELLOW: '临近时限或久未报告',
    GREEN: '已完成或按时报告',
    GREY: '未到期且未报告',
  } as Record<string, string>,
  statuses: { NOT_STARTED: '未启动', IN_PROGRESS: '推进中', DONE: '已完成', BLOCKED: '受阻' } as Record<string, string>,
  asOf: '截至日期',
  today: '今天',
  search: '筛选措施、单位或原因',
  measure: '工作措施',
  plan: '计划',
  light: '灯',
  reason: '原因',
  due: '完成时限',
  overdue: '逾期天数',
  leads: '牵头单位',
  lastReport: '最近报告',
  exportXlsx: '导出 Excel',
  exportCsv: '导出 CSV',
  timeline: '到期时间轴（按月，按灯色）',
  noDue: '无期限',
  rows: (shown: number, total: number) => `显示 ${shown} / ${total} 项措施`,
  scorecard: '督办记分卡（牵头或主责的措施）',
  scorecardShort: '督办记分卡',
  fold: '收起',
  unit: '单位',
  progress: '进展报告',
  history: '报告记录',
  noReports: '尚无进展报告',
  reportFor: '填报单位',
  status: '进展',
  note: '说明',
  reportAsOf: '报告日期',
  submit: '提交报告',
  reopen: '重新打开',
  reopened: '重新打开',
  signInToReport: '登录后可填报进展',
  noUnitHere: '您负责的单位不在此措施中',
  loading: '加载中…',
  failed: '出错：',
};

type Messages = typeof zh;

const en: Messages = {
  viewLedger: 'Ledger',
  signIn: 'Sign in',
  signOut: 'Sign out',
  name: 'Name',
  password: 'Password',
  signInTitle: 'Sign in to supervision',
  signInFailed: 'Sign-in failed: ',
  cancel: 'Cancel',
  roles: { VIEWER: 'viewer', REPORTER: 'reporter', SUPERVISOR: 'supervisor', ADMIN: 'admin' },
  lights: { RED: 'Red', YELLOW: 'Yellow', GREEN: 'Green', GREY: 'Grey' },
  lightsLegend: 'Measure lights',
  lightHint: {
    RED: 'overdue, not done',
    YELLOW: 'due soon, or gone quiet',
    GREEN: 'done, or reported on time',
    GREY: 'not due, never reported',
  },
  statuses: { NOT_STARTED: 'not started', IN_PROGRESS: 'in progress', DONE: 'done', BLOCKED: 'blocked' },
  asOf: 'As of',
  today: 'Today',
  search: 'Filter by measure, unit or reason',
  measure: 'Measure',
  plan: 'Plan',
  light: 'Light',
  reason: 'Reason',
  due: 'Due',
  overdue: 'Days overdue',
  leads: 'Lead units',
  lastReport: 'Last report',
  exportXlsx: 'Export Excel',
  exportCsv: 'Export CSV',
  timeline: 'Deadlines by month, by light',
  noDue: 'no date',
  rows: (shown, total) => `${shown} of ${total} measures`,
  scorecard: 'Scorecard (measures led or answered for)',
  scorecardShort: 'Scorecard',
  fold: 'Fold',
  unit: 'Unit',
  progress: 'Progress',
  history: 'Reports',
  noReports: 'No progress reports yet',
  reportFor: 'Report for',
  status: 'Status',
  note: 'Note',
  reportAsOf: 'As of',
  submit: 'Submit report',
  reopen: 'Reopen',
  reopened: 'reopened',
  signInToReport: 'Sign in to report progress',
  noUnitHere: 'None of your units is on this measure',
  loading: 'Loading…',
  failed: 'Error: ',
};

export const SUPERVISION_MESSAGES: Record<Lang, Messages> = { zh, en };

export const LIGHT_ORDER = ['RED', 'YELLOW', 'GREEN', 'GREY'] as const;
export const LIGHT_COLOURS: Record<string, string> = {
  RED: '#d93025',
  YELLOW: '#f2b600',
  GREEN: '#1e8e3e',
  GREY: '#9aa0a6',
};

/** Made once: a DateTimeFormat with a time zone takes tens of ms to build, and every render asks the date. */
let beijingDate: Intl.DateTimeFormat | undefined;

/** Today in Beijing, as the server counts it. */
export function todayInBeijing(): string {
  beijingDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
  return beijingDate.format(new Date());
}
