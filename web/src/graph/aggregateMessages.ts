/** What the focus view says about partners joined to the focus unit by one aggregated edge. */
import type { Lang } from '../lib/i18n.ts';

interface AggregateMessages {
  /** The toolbar's toggle (pressed: every partner's measure edges; not: one edge per partner). */
  showAllLinks: string;
  /** What the toggle does, for its title. */
  linksHint: string;
  /** The legend's line for an aggregated edge. */
  legend: string;
  /** A partner's tooltip: measures it shares with the focus unit. */
  tipShared: (n: number) => string;
}

export const AGGREGATE_MESSAGES: Record<Lang, AggregateMessages> = {
  zh: {
    showAllLinks: '显示全部连线',
    linksHint: '伙伴单位先以一条合并连线连到中心单位；选中、悬停或双击伙伴可看其各条措施连线',
    legend: '合并连线：伙伴与中心单位的共同措施（越粗越多）',
    tipShared: (n) => `与中心单位共同措施 ${n} 项`,
  },
  en: {
    showAllLinks: 'Show all links',
    linksHint:
      'Partners are first joined to the unit by one merged link; select, hover or double-click a partner to see its links to each measure',
    legend: 'Merged link: measures a partner shares with the unit (wider: more)',
    tipShared: (n) => `${n} measures shared with the unit`,
  },
};
