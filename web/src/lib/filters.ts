/** Filters as GraphQL variables and as removable chips. */
import { deadlineKindLabel, levelLabel, MESSAGES, roleLabel, topicLabel, type Lang } from './i18n.ts';
import type { Filters } from './state.ts';
import type { DeadlineKind, Role, Topic } from './types.ts';

/** The filter arguments `touches`, `graph` and `overload` share, with empty ones left out. */
export interface FilterVariables {
  plans?: string[];
  topic?: Topic;
  roles?: Role[];
  deadlineKind?: DeadlineKind;
  dueFrom?: string;
  dueTo?: string;
  expandCollectives?: boolean;
}

export function filterVariables(f: Filters): FilterVariables {
  return {
    ...(f.plans.length > 0 && { plans: f.plans }),
    ...(f.topic && { topic: f.topic }),
    ...(f.roles.length > 0 && { roles: f.roles }),
    ...(f.deadlineKind && { deadlineKind: f.deadlineKind }),
    ...(f.dueFrom && { dueFrom: f.dueFrom }),
    ...(f.dueTo && { dueTo: f.dueTo }),
    ...(f.expandCollectives && { expandCollectives: true }),
  };
}

export interface Chip {
  /** Stable React key. */
  key: string;
  label: string;
  /** The filters with this chip removed. */
  without: Filters;
}

/** One chip per active filter value, in a fixed order; `planTitle` names a plan id. */
export function filterChips(f: Filters, lang: Lang, planTitle: (id: string) => string): Chip[] {
  const t = MESSAGES[lang];
  const chips: Chip[] = [];
  const add = (key: string, label: string, without: Partial<Filters>) => chips.push({ key, label, without: { ...f, ...without } });
  for (const plan of f.plans) add(`plan:${plan}`, `${t.plan}：${planTitle(plan)}`, { plans: f.plans.filter((p) => p !== plan) });
  if (f.topic) add('topic', `${t.topic}：${topicLabel(lang, f.topic)}`, { topic: undefined });
  for (const role of f.roles) add(`role:${role}`, `${t.role}：${roleLabel(lang, role)}`, { roles: f.roles.filter((r) => r !== role) });
  if (f.level) add('level', `${t.level}：${levelLabel(lang, f.level)}`, { level: undefined });
  if (f.deadlineKind) add('deadline', `${t.deadline}：${deadlineKindLabel(lang, f.deadlineKind)}`, { deadlineKind: undefined });
  if (f.dueFrom) add('dueFrom', `${t.dueFrom} ${f.dueFrom}`, { dueFrom: undefined });
  if (f.dueTo) add('dueTo', `${t.dueTo} ${f.dueTo}`, { dueTo: undefined });
  if (f.expandCollectives) add('expand', t.expandCollectives, { expandCollectives: false });
  return chips;
}
