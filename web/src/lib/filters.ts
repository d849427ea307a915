/** Filters as the GraphQL `filter` variable and as removable chips. */
import { deadlineKindLabel, levelLabel, MESSAGES, roleLabel, topicLabel, type Lang } from './i18n.ts';
import type { AppState, Filters } from './state.ts';
import type { Filter } from './vocabulary.ts';

/**
 * The `filter: Filter` argument every filtered query takes: the same fields, empty ones left out (undefined when none).
 */
export function filterVariable(f: Filters): Filter | undefined {
  const filter: Filter = {
    ...(f.plans.length > 0 && { plans: f.plans }),
    ...(f.topics.length > 0 && { topics: f.topics }),
    ...(f.roles.length > 0 && { roles: f.roles }),
    ...(f.deadlineKinds.length > 0 && { deadlineKinds: f.deadlineKinds }),
    ...(f.dueFrom && { dueFrom: f.dueFrom }),
    ...(f.dueTo && { dueTo: f.dueTo }),
    ...(f.expandCollectives && { expandCollectives: true }),
  };
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** What the filter bar sets: the filters, and the level the overload view ranks. */
export type Narrowing = Pick<AppState, 'filters' | 'level'>;

export interface Chip {
  /** Stable React key. */
  key: string;
  label: string;
  /** The narrowing with this chip removed. */
  without: Narrowing;
}

/** One chip per active filter value, in a fixed order; `planTitle` names a plan id. */
export function filterChips({ filters: f, level }: Narrowing, lang: Lang, planTitle: (id: string) => string): Chip[] {
  const t = MESSAGES[lang];
  const chips: Chip[] = [];
  const add = (key: string, label: string, without: Partial<Filters>) =>
    chips.push({ key, label, without: { filters: { ...f, ...without }, level } });
  for (const plan of f.plans)
    add(`plan:${plan}`, `${t.plan}：${planTitle(plan)}`, { plans: f.plans.filter((p) => p !== plan) });
  for (const topic of f.topics)
    add(`topic:${topic}`, `${t.topic}：${topicLabel(lang, topic)}`, { topics: f.topics.filter((x) => x !== topic) });
  for (const role of f.roles)
    add(`role:${role}`, `${t.role}：${roleLabel(lang, role)}`, { roles: f.roles.filter((r) => r !== role) });
  if (level)
    chips.push({
      key: 'level',
      label: `${t.level}：${levelLabel(lang, level)}`,
      without: { filters: f, level: undefined },
    });
  for (const kind of f.deadlineKinds)
    add(`deadline:${kind}`, `${t.deadline}：${deadlineKindLabel(lang, kind)}`, {
      deadlineKinds: f.deadlineKinds.filter((k) => k !== kind),
    });
  if (f.dueFrom) add('dueFrom', `${t.dueFrom} ${f.dueFrom}`, { dueFrom: undefined });
  if (f.dueTo) add('dueTo', `${t.dueTo} ${f.dueTo}`, { dueTo: undefined });
  if (f.expandCollectives) add('expand', t.expandCollectives, { expandCollectives: false });
  return chips;
}
