/**
 * The explorer's whole state, and its URL form: a view can be shared as a link, and
 * back/forward walk through states. Defaults are left out of the URL so links stay short;
 * values the codec does not know are dropped rather than trusted.
 */
import type { Lang } from './i18n.ts';
import { DEADLINE_KINDS, LEVELS, ROLES, TOPICS, type Filter, type Level } from './vocabulary.ts';

export const VIEWS = ['focus', 'overload', 'path', 'ledger', 'cascade', 'changes', 'review'] as const;
export type View = (typeof VIEWS)[number];

/**
 * How the overview groups units (compound nodes): by jurisdiction (the default), by level, or by
 * plan (a unit in each plan it serves).
 */
export const GROUPINGS = ['jurisdiction', 'level', 'plan'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const SELECTION_TYPES = ['unit', 'measure', 'person'] as const;
/** The node whose side panel is open; the type travels along so a shared link opens the right panel. */
export interface Selection {
  type: (typeof SELECTION_TYPES)[number];
  id: string;
}

type ListField = 'plans' | 'topics' | 'roles' | 'deadlineKinds';
/**
 * Filters that apply to every view: the schema's `Filter` (the store contract's names too), as
 * the explorer holds it: the lists always there (empty: all), dates absent when not set.
 */
export type Filters = { [K in ListField]-?: NonNullable<Filter[K]> } & {
  [K in 'dueFrom' | 'dueTo']?: NonNullable<Filter[K]>;
} & { expandCollectives: boolean };

export interface AppState {
  view: View;
  lang: Lang;
  /** Focus view: a unit id, or a name that may stand for several units (区城市管理委). */
  unit?: string;
  /** Path view: unit ids. */
  from?: string;
  to?: string;
  /** Overload view: the level and jurisdiction of the units ranked, and how many. */
  level?: Level;
  jurisdiction?: string;
  top: number;
  selected?: Selection;
  /** Collectives opened into their members on the drawn graph (kept over a reload). */
  open: string[];
  /** Supervision: the date lights are shown at (ISO); absent means today. */
  asOf?: string;
  /** Cascade view: the city measure shown. */
  measure?: string;
  /** Changes view: the two years compared (the unit is `unit`). */
  fromYear?: number;
  toYear?: number;
  /** Overview: how units are grouped, and the groups opened to show their units. */
  grouping: Grouping;
  groups: string[];
  filters: Filters;
}

export const TOP_CHOICES = [20, 50, 100, 300] as const;
const DEFAULT_TOP = 20;

export const EMPTY_FILTERS: Filters = { plans: [], topics: [], roles: [], deadlineKinds: [], expandCollectives: false };
export const DEFAULT_STATE: AppState = {
  view: 'focus',
  lang: 'zh',
  top: DEFAULT_TOP,
  open: [],
  grouping: 'jurisdiction',
  groups: [],
  filters: EMPTY_FILTERS,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Enum values travel in lower case (role=lead) so links read naturally. */
function enumValue<T extends string>(allowed: readonly T[], raw: string | null): T | undefined {
  const value = raw?.toUpperCase();
  return allowed.find((a) => a === value);
}

function enumValues<T extends string>(allowed: readonly T[], raw: string[]): T[] {
  // In the allowed order, each once, so equal states give equal URLs.
  const wanted = new Set(raw.map((r) => r.toUpperCase()));
  return allowed.filter((a) => wanted.has(a));
}

const text = (raw: string | null): string | undefined => (raw && raw.trim() ? raw.trim() : undefined);
function selection(raw: string | null): Selection | undefined {
  const at = raw?.indexOf(':') ?? -1;
  const type = SELECTION_TYPES.find((t) => t === raw?.slice(0, at));
  const id = raw?.slice(at + 1);
  return type && id ? { type, id } : undefined;
}

const date = (raw: string | null): string | undefined => (raw && ISO_DATE.test(raw) ? raw : undefined);
const year = (raw: string | null): number | undefined => (raw && /^20\d\d$/.test(raw) ? Number(raw) : undefined);

export function parseState(search: string): AppState {
  const p = new URLSearchParams(search);
  const top = Number(p.get('top'));
  return {
    view: VIEWS.find((v) => v === p.get('v')) ?? DEFAULT_STATE.view,
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
    unit: text(p.get('unit')),
    from: text(p.get('from')),
    to: text(p.get('to')),
    level: enumValue(LEVELS, p.get('level')),
    jurisdiction: text(p.get('jur')),
    top: (TOP_CHOICES as readonly number[]).includes(top) ? top : DEFAULT_TOP,
    selected: selection(p.get('sel')),
    open: [...new Set(p.getAll('open').filter(Boolean))],
    asOf: date(p.get('as_of')),
    measure: text(p.get('m')),
    fromYear: year(p.get('y1')),
    toYear: year(p.get('y2')),
    grouping: GROUPINGS.find((g) => g === p.get('group')) ?? DEFAULT_STATE.grouping,
    groups: [...new Set(p.getAll('gx').filter(Boolean))],
    filters: {
      plans: [...new Set(p.getAll('plan').filter(Boolean))],
      topics: enumValues(TOPICS, p.getAll('topic')),
      roles: enumValues(ROLES, p.getAll('role')),
      deadlineKinds: enumValues(DEADLINE_KINDS, p.getAll('deadline')),
      dueFrom: date(p.get('due_from')),
      dueTo: date(p.get('due_to')),
      expandCollectives: p.get('expand') === '1',
    },
  };
}

/** The query string for a state (with its leading '?', or '' for the default state). */
export function formatState(state: AppState): string {
  const p = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value !== undefined && p.append(key, value);
  const f = state.filters;
  if (state.view !== DEFAULT_STATE.view) set('v', state.view);
  set('unit', state.unit);
  set('from', state.from);
  set('to', state.to);
  set('level', state.level?.toLowerCase());
  set('jur', state.jurisdiction);
  if (state.top !== DEFAULT_TOP) set('top', String(state.top));
  for (const plan of f.plans) set('plan', plan);
  for (const topic of enumValues(TOPICS, f.topics)) set('topic', topic.toLowerCase());
  for (const role of enumValues(ROLES, f.roles)) set('role', role.toLowerCase());
  for (const kind of enumValues(DEADLINE_KINDS, f.deadlineKinds)) set('deadline', kind.toLowerCase());
  set('due_from', f.dueFrom);
  set('due_to', f.dueTo);
  if (f.expandCollectives) set('expand', '1');
  for (const id of state.open ?? []) set('open', id);
  if (state.grouping && state.grouping !== DEFAULT_STATE.grouping) set('group', state.grouping);
  for (const id of state.groups ?? []) set('gx', id);
  set('as_of', state.asOf);
  set('m', state.measure);
  set('y1', state.fromYear?.toString());
  set('y2', state.toYear?.toString());
  if (state.selected) set('sel', `${state.selected.type}:${state.selected.id}`);
  if (state.lang !== DEFAULT_STATE.lang) set('lang', state.lang);
  const query = p.toString();
  return query ? `?${query}` : '';
}

/** How the search box shows a unit argument: 区水务局（大兴区） for an id, 秦涛 for a person, a plain name as is. */
export function unitDisplayName(unit: string | undefined): string {
  if (!unit) return '';
  if (unit.startsWith('person:')) return unit.split(':').at(-1) ?? unit;
  const at = unit.indexOf(':');
  return at > 0 ? `${unit.slice(at + 1)}（${unit.slice(0, at)}）` : unit;
}

/** Whether any filter narrows what is shown. */
export function hasFilters(f: Filters): boolean {
  return (
    [f.plans, f.topics, f.roles, f.deadlineKinds].some((list) => list.length > 0) ||
    f.expandCollectives ||
    [f.dueFrom, f.dueTo].some((v) => v !== undefined)
  );
}
