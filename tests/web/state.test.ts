import { describe, expect, it } from 'vitest';
import { filterChips, filterVariables } from '../../web/src/lib/filters.ts';
import { DEFAULT_STATE, EMPTY_FILTERS, formatState, hasFilters, parseState, type AppState } from '../../web/src/lib/state.ts';

const full: AppState = {
  view: 'overload',
  lang: 'en',
  unit: '区城市管理委',
  from: '大兴区:区水务局',
  to: '通州区:区水务局',
  jurisdiction: '大兴区',
  top: 50,
  selected: { type: 'measure', id: '000_4bf12fe9557cfa06:1:t1:m1' },
  filters: {
    plans: ['000_4bf12fe9557cfa06:3', '002_221e516616a96fe0:2'],
    topic: 'WATER',
    roles: ['LEAD', 'COOP'],
    level: 'DISTRICT',
    deadlineKind: 'YEAR_END',
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
    expect(search).toContain('sel=measure%3A000_4bf12fe9557cfa06%3A1%3At1%3Am1');
  });

  it('reads links typed by hand: lower-case enums, repeated plans', () => {
    const s = parseState('?unit=区城市管理委&role=RESPONSIBLE&role=lead&topic=air&plan=a&plan=b&plan=a');
    expect(s.unit).toBe('区城市管理委');
    expect(s.filters.roles).toEqual(['LEAD', 'RESPONSIBLE']);
    expect(s.filters.topic).toBe('AIR');
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
  it('become GraphQL variables without the empty ones', () => {
    expect(filterVariables(EMPTY_FILTERS)).toEqual({});
    expect(filterVariables(full.filters)).toEqual({
      plans: full.filters.plans,
      topic: 'WATER',
      roles: ['LEAD', 'COOP'],
      deadlineKind: 'YEAR_END',
      dueFrom: '2023-01-01',
      dueTo: '2023-12-31',
      expandCollectives: true,
    });
  });

  it('show as one chip per value, each removing only itself', () => {
    const chips = filterChips(full.filters, 'zh', (id) => `计划${id.slice(-1)}`);
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
    expect(lead.without).toEqual({ ...full.filters, roles: ['COOP'] });
    const removedAll = chips.reduce((f, chip) => filterChips(f, 'zh', String).find((c) => c.key === chip.key)!.without, full.filters);
    expect(hasFilters(removedAll)).toBe(false);
  });

  it('label chips in English when asked', () => {
    expect(filterChips({ ...EMPTY_FILTERS, roles: ['LEADER'] }, 'en', String)[0]!.label).toBe('Role：Lead official');
  });
});
