/**
 * The overview grouped by plan (web/src/graph/groups.ts): one group per plan with duties, a unit
 * once in each plan it serves under ids that cannot clash, short labels numbered where shared,
 * and positions that neither opening a group nor narrowing moves.
 */
import { describe, expect, it } from 'vitest';
import {
  groupId,
  groupUnits,
  OPEN_ALL_PLANS,
  OPEN_ALL_UNITS,
  openAllRefusal,
  overviewElements,
  overviewPositions,
  planGroups,
  unitNodeId,
  type PlanGroupInfo,
} from '../../web/src/graph/groups.ts';
import { parseState, formatState, DEFAULT_STATE } from '../../web/src/lib/state.ts';
import type { UnitLoadRow } from '../../web/src/lib/vocabulary.ts';

const plan = (id: string, jurisdiction: string, assignments: number, extra: Partial<PlanGroupInfo> = {}) =>
  ({
    id,
    title: `${jurisdiction}大气污染防治2023年行动计划`,
    topic: 'AIR',
    topicLabel: '大气',
    jurisdiction,
    year: 2023,
    assignments,
    ...extra,
  }) as PlanGroupInfo;

const row = (id: string, score: number): UnitLoadRow =>
  ({
    rank: 0,
    score,
    unit: { id, name: id.split(':')[1]!, jurisdiction: id.split(':')[0]!, level: 'DISTRICT', kind: 'DEPARTMENT' },
    counts: { lead: score, responsible: 0, coop: 0, leader: 0, total: score },
  }) as UnitLoadRow;

const plans = [
  plan('p1', '大兴区', 200),
  plan('p2', '大兴区', 300, { topic: 'WATER', topicLabel: '水', title: '大兴区水污染防治2023年行动计划' }),
  plan('p3', '通州区', 100),
  plan('p4', '通州区', 120),
  plan('p5', '通州区', 0),
];
const everyone = [row('大兴区:区水务局', 30), row('大兴区:区生态环境局', 50), row('通州区:区水务局', 20)];

describe('the overview grouped by plan', () => {
  it('makes one group per plan with duties, most duties first, labelled by jurisdiction, year and topic', () => {
    const groups = planGroups(plans, new Map(), everyone, 'zh');
    expect(groups.map((g) => g.key)).toEqual(['p2', 'p1', 'p4', 'p3']);
    expect(groups.map((g) => g.id)).toEqual(['p2', 'p1', 'p4', 'p3'].map((p) => groupId('plan', p)));
    expect(groups[0]!.label).toBe('大兴区 2023 水');
    expect(groups[1]!.label).toBe('大兴区 2023 大气');
    // Two plans that would share a label are numbered, in the order of their ids.
    expect(groups.slice(2).map((g) => g.label)).toEqual(['通州区 2023 大气 (2)', '通州区 2023 大气 (1)']);
    expect(planGroups(plans, new Map(), everyone, 'en')[0]!.label).toBe('大兴区 2023 water');
  });

  it('draws a unit once in each plan it serves, with its load there, under ids that cannot clash', () => {
    const units = new Map([
      ['p1', [row('大兴区:区水务局', 10), row('大兴区:区生态环境局', 40)]],
      ['p2', [row('大兴区:区水务局', 20), row('大兴区:区生态环境局', 0)]],
    ]);
    const groups = planGroups(plans, units, everyone, 'zh');
    const elements = overviewElements(groups, {
      lang: 'zh',
      open: new Set([groupId('plan', 'p1'), groupId('plan', 'p2')]),
    });
    const unitNodes = elements.filter((e) => e.data.unitId);
    expect(unitNodes.map((e) => [e.data.id, e.data.unitId, e.data.parent, e.data.load])).toEqual([
      ['p2|大兴区:区水务局', '大兴区:区水务局', groupId('plan', 'p2'), 20],
      ['p1|大兴区:区生态环境局', '大兴区:区生态环境局', groupId('plan', 'p1'), 40],
      ['p1|大兴区:区水务局', '大兴区:区水务局', groupId('plan', 'p1'), 10],
    ]);
    expect(new Set(elements.map((e) => e.data.id)).size).toBe(elements.length);
    // An open plan group's label gives its units and their load in it; a closed one its duties, its title on hover.
    const p1 = elements.find((e) => e.data.id === groupId('plan', 'p1'))!;
    expect(p1.data.label).toBe('大兴区 2023 大气 · 2 个单位 · 负荷 50');
    const p3 = elements.find((e) => e.data.id === groupId('plan', 'p3'))!;
    expect(p3.data.label).toBe('通州区 2023 大气 (1)\n100');
    expect(p3.data.name).toBe('通州区大气污染防治2023年行动计划');
    expect(p3.classes).toContain('collapsed');
  });

  it('keeps a plan group closed until its units are known', () => {
    const groups = planGroups(plans, new Map(), everyone, 'zh');
    const elements = overviewElements(groups, { lang: 'zh', open: new Set([groupId('plan', 'p1')]) });
    expect(elements.every((e) => !e.data.parent)).toBe(true);
    expect(elements.find((e) => e.data.id === groupId('plan', 'p1'))!.classes).toContain('collapsed');
  });

  it('places groups and units so that opening a group moves no other', () => {
    const closed = overviewPositions(planGroups(plans, new Map(), everyone, 'zh'));
    const units = new Map([['p1', [row('大兴区:区水务局', 10), row('大兴区:区生态环境局', 40)]]]);
    const opened = overviewPositions(planGroups(plans, units, everyone, 'zh'));
    for (const [id, at] of closed) expect(opened.get(id)).toEqual(at);
    // The most loaded unit at its group's centre.
    expect(opened.get('p1|大兴区:区生态环境局')).toEqual(opened.get(groupId('plan', 'p1')));
    expect(opened.has('p1|大兴区:区水务局')).toBe(true);
    expect(unitNodeId({ key: 'p1', plan: undefined }, 'u')).toBe('u');
  });

  it('travels in the URL as group=plan', () => {
    const state = { ...DEFAULT_STATE, view: 'overload' as const, grouping: 'plan' as const, groups: ['group:plan:p1'] };
    const url = formatState(state);
    expect(url).toContain('group=plan');
    expect(parseState(url).grouping).toBe('plan');
    expect(parseState(url).groups).toEqual(['group:plan:p1']);
  });
});

describe('展开全部 (open every group)', () => {
  it('opens every group while the units to draw are few, and refuses, saying how many, past OPEN_ALL_UNITS', () => {
    const units = (n: number, jurisdiction: string) =>
      Array.from({ length: n }, (_, i) => row(`${jurisdiction}:单位${i}`, 1 + (i % 7)));
    const few = groupUnits([...units(100, '大兴区'), ...units(100, '通州区')], 'jurisdiction', 'zh');
    expect(openAllRefusal(few, 'jurisdiction')).toBeUndefined();
    const many = groupUnits([...units(OPEN_ALL_UNITS, '大兴区'), ...units(1, '通州区')], 'level', 'zh');
    expect(openAllRefusal(many, 'level')).toEqual({ too: 'units', count: OPEN_ALL_UNITS + 1 });
  });

  it('refuses more than OPEN_ALL_PLANS plan groups, each of which asks the API', () => {
    const manyPlans = Array.from({ length: OPEN_ALL_PLANS + 1 }, (_, i) => plan(`p${i}`, '大兴区', 10 + i));
    expect(openAllRefusal(planGroups(manyPlans, new Map(), everyone, 'zh'), 'plan')).toEqual({
      too: 'groups',
      count: OPEN_ALL_PLANS + 1,
    });
    expect(openAllRefusal(planGroups(plans, new Map(), everyone, 'zh'), 'plan')).toBeUndefined();
  });
});
