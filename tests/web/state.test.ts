import { describe, expect, it } from 'vitest';
import type { Filter as StoreFilter } from '../../server/model/filter.ts';
import { DeadlineKind, Level, Role, Topic } from '../../web/src/generated/graphql.ts';
import { filterChips, filterVariable, type Narrowing } from '../../web/src/lib/filters.ts';
import {
  DEFAULT_STATE,
  EMPTY_FILTERS,
  formatState,
  hasFilters,
  parseState,
  type AppState,
} from '../../web/src/lib/state.ts';
import { DEADLINE_KINDS, LEVELS, ROLES, TOPICS, type Filter } from '../../web/src/lib/vocabulary.ts';

const full: AppState = {
  view: 'overload',
  lang: 'en',
  unit: '区城市管理委',
  from: '大兴区:区水务局',
  to: '通州区:区水务局',
  level: 'DISTRICT',
  jurisdiction: '大兴区',
  top: 50,
  selected: { type: 'measure', id: '000_4bf12fe9557cfa06:1:t1:mfefc6a32' },
  open: ['大兴区:各街道办事处'],
  grouping: 'level',
  groups: ['DISTRICT'],
  filters: {
    plans: ['000_4bf12fe9557cfa06:3', '002_221e516616a96fe0:2'],
    topics: ['WATER'],
    roles: ['LEAD', 'COOP'],
    deadlineKinds: ['YEAR_END'],
    dueFrom: '2023-01-01',
    dueTo: '2023-12-31',
    expandCollectives: true,
  },
};

describe('state ↔ URL', () => {
  it('leaves the default state out of the URL', () => {
    expect(formatState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips every field, Chinese names and ids with colons included', () => {
    const search = formatState(full);
    expect(parseState(search)).toEqual(full);
    expect(search).toContain('v=overload');
    expect(search).toContain('role=lead&role=coop');
    expect(search).toContain('sel=measure%3A000_4bf12fe9557cfa06%3A1%3At1%3Amfefc6a32');
  });

  it('reads links typed by hand: lower-case enums, repeated plans and topics', () => {
    const s = parseState('?unit=区城市管理委&role=RESPONSIBLE&role=lead&topic=water&topic=air&plan=a&plan=b&plan=a');
    expect(s.unit).toBe('区城市管理委');
    expect(s.filters.roles).toEqual(['LEAD', 'RESPONSIBLE']);
    expect(s.filters.topics).toEqual(['AIR', 'WATER']);
    expect(s.filters.plans).toEqual(['a', 'b']);
  });

  it('drops values it does not know instead of trusting them', () => {
    const s = parseState('?v=graph&lang=fr&role=boss&level=planet&due_from=next+week&top=7&sel=thing:x&expand=yes');
    expect(s).toEqual(DEFAULT_STATE);
  });

  it('gives equal URLs for equal states whatever the role order', () => {
    const a = formatState({ ...DEFAULT_STATE, filters: { ...EMPTY_FILTERS, roles: ['COOP', 'LEAD'] } });
    const b = formatState({ ...DEFAULT_STATE, filters: { ...EMPTY_FILTERS, roles: ['LEAD', 'COOP'] } });
    expect(a).toBe(b);
  });

  it('keeps a person id whole in the selection', () => {
    const s = parseState(formatState({ ...DEFAULT_STATE, selected: { type: 'person', id: 'person:通州区:倪德才' } }));
    expect(s.selected).toEqual({ type: 'person', id: 'person:通州区:倪德才' });
  });
});

describe('filters', () => {
  it('become the one `filter` variable, without the empty fields', () => {
    expect(filterVariable(EMPTY_FILTERS)).toBeUndefined();
    expect(filterVariable(full.filters)).toEqual({
      plans: full.filters.plans,
      topics: ['WATER'],
      roles: ['LEAD', 'COOP'],
      deadlineKinds: ['YEAR_END'],
      dueFrom: '2023-01-01',
      dueTo: '2023-12-31',
      expandCollectives: true,
    });
  });

  it('have the field names of the store contract’s Filter, in the URL state, the variable and the schema', () => {
    const names = (o: object) => Object.keys(o).sort();
    const storeFilter: Required<StoreFilter> = {
      plans: [],
      topics: [],
      roles: [],
      deadlineKinds: [],
      dueFrom: '',
      dueTo: '',
      expandCollectives: true,
    };
    const schemaFilter: Required<Filter> = {
      plans: [],
      topics: [],
      roles: [],
      deadlineKinds: [],
      dueFrom: '',
      dueTo: '',
      expandCollectives: true,
    };
    expect(names(filterVariable(full.filters)!)).toEqual(names(storeFilter));
    expect(names(full.filters)).toEqual(names(storeFilter));
    expect(names(schemaFilter)).toEqual(names(storeFilter));
  });

  it('list every enum value the schema has, once', () => {
    for (const [list, all] of [
      [ROLES, Role],
      [LEVELS, Level],
      [TOPICS, Topic],
      [DEADLINE_KINDS, DeadlineKind],
    ] as const) {
      expect([...list].sort()).toEqual(Object.values(all).sort());
    }
  });

  it('show as one chip per value, each removing only itself', () => {
    const narrowing: Narrowing = { filters: full.filters, level: full.level };
    const chips = filterChips(narrowing, 'zh', (id) => `计划${id.slice(-1)}`);
    expect(chips.map((c) => c.label)).toEqual([
      '计划：计划3',
      '计划：计划2',
      '领域：水',
      '角色：牵头',
      '角色：协办',
      '层级：区级',
      '时限类型：年底前',
      '到期不早于 2023-01-01',
      '到期不晚于 2023-12-31',
      '计入集合单位（如 各镇人民政府）的任务',
    ]);
    const lead = chips.find((c) => c.key === 'role:LEAD')!;
    expect(lead.without).toEqual({ filters: { ...full.filters, roles: ['COOP'] }, level: 'DISTRICT' });
    const removedAll = chips.reduce(
      (n, chip) => filterChips(n, 'zh', String).find((c) => c.key === chip.key)!.without,
      narrowing,
    );
    expect(hasFilters(removedAll.filters)).toBe(false);
    expect(removedAll.level).toBeUndefined();
  });

  it('label chips in English when asked', () => {
    expect(filterChips({ filters: { ...EMPTY_FILTERS, roles: ['LEADER'] } }, 'en', String)[0]!.label).toBe(
      'Role：Lead official',
    );
  });
});
