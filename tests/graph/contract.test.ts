/**
 * The store contract, as questions and answers about the seed data. The same suite runs
 * against every store; today that is the embedded one (the Neo4j store joins it, run
 * when NEO4J_URI is set, with issue 3's Neo4j work).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/graph/contract.ts';
import { EmbeddedStore } from '../../server/graph/embedded.ts';
import { ModelError } from '../../server/graph/validate.ts';
import type { Model } from '../../server/ingest/model.ts';
import { seedModel } from '../support/seed-model.ts';

const stores: [string, () => GraphStore][] = [['embedded', () => new EmbeddedStore()]];

const model = seedModel();
const planId = (title: string) => model.plans.find((p) => p.title === title)!.id;
const DAXING_WATER = planId('大兴区水污染防治2023年行动计划');

/** Assignment counts straight from the model: the oracle the stores' answers are checked against. */
function countsFromModel(unitId: string, plan?: string) {
  const measures = new Map(model.measures.map((m) => [m.id, m]));
  const mine = model.assignments.filter((a) => a.unitId === unitId && (!plan || measures.get(a.measureId)!.planId === plan));
  return { lead: mine.filter((a) => a.role === 'lead').length, coop: mine.filter((a) => a.role === 'coop').length, all: mine.length };
}

describe.each(stores)('the %s store', (_name, create) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = create();
    await store.load(model);
  });
  afterAll(() => store.close());

  it('reports itself loaded with the model’s counts', async () => {
    expect(await store.health()).toMatchObject({
      ok: true,
      loaded: true,
      counts: { plans: 17, tasks: model.tasks.length, measures: model.measures.length, assignments: model.assignments.length },
    });
  });

  it('区城市管理委 resolves to one unit per district that names it', async () => {
    expect((await store.resolveUnit('区城市管理委')).map((u) => u.id)).toEqual(['大兴区:区城市管理委', '通州区:区城市管理委']);
    expect((await store.resolveUnit('市委改革委')).map((u) => u.id)).toEqual(['北京市:市发展改革委']);
    expect(await store.resolveUnit('区不存在局')).toEqual([]);
  });

  it('finds units by part of a name or alias, with filters', async () => {
    const water = await store.findUnits({ search: '区水务', jurisdictions: ['大兴区'] });
    expect(water.map((u) => u.name)).toEqual(['区水务局']);
    // Aliases count: 通州's 区国资委 is also written 区国资委（大运河水务公司）.
    expect((await store.findUnits({ search: '大运河水务', jurisdictions: ['通州区'] })).map((u) => u.name)).toEqual(['区国资委']);
    const towns = await store.findUnits({ levels: ['town'], jurisdictions: ['通州区'] });
    expect(towns.map((u) => u.name)).toContain('马驹桥镇人民政府');
    expect(towns.every((u) => u.level === 'town')).toBe(true);
  });

  it('looks up plans, tasks, measures and units by id in the order asked', async () => {
    const [m] = model.measures;
    expect(await store.measuresById([m!.id, 'nope'])).toEqual([m, null]);
    expect((await store.unitsById(['通州区:区城市管理委']))[0]!.jurisdiction).toBe('通州区');
    expect((await store.plans()).map((p) => p.id)).toEqual(model.plans.map((p) => p.id));
  });

  it('everything 大兴区 区城市管理委 touches: its duties with measure, task and plan, and its partners', async () => {
    const touches = (await store.touches('大兴区:区城市管理委'))!;
    expect(touches.duties).toHaveLength(countsFromModel('大兴区:区城市管理委').all);
    // 000:1359-1369: 区城市管理委 leads the sanitation-vehicle measure with 区环卫中心 and 区财政局.
    const trucks = touches.duties.find((d) => d.measure.text.startsWith('新增和更新的4.5吨以下环卫车为纯电动或氢燃料电池车'))!;
    expect(trucks).toMatchObject({ assignment: { role: 'lead' }, measure: { deadline: { text: '2023年底前' } }, plan: { title: '大兴区大气污染防治2023年行动计划' } });
    const partnerNames = touches.partners.map((p) => p.unit.name);
    expect(partnerNames).toContain('区环境卫生服务中心');
    expect(partnerNames).toContain('区财政局');
    // Partners are units of the same plans: Daxing's, city units and Daxing towns, never Tongzhou's.
    expect(touches.partners.every((p) => p.unit.jurisdiction !== '通州区')).toBe(true);
    // Most shared first, and the counts add up.
    const shared = touches.partners.map((p) => p.sharedMeasures);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    expect(touches.partners[0]!.unit.name).toBe('区生态环境局');
  });

  it('filters what a unit touches by role, topic and due date', async () => {
    const lead = (await store.touches('大兴区:区城市管理委', { roles: ['lead'] }))!;
    expect(lead.duties).toHaveLength(countsFromModel('大兴区:区城市管理委').lead);
    expect(lead.duties.every((d) => d.assignment.role === 'lead')).toBe(true);
    const water = (await store.touches('大兴区:区城市管理委', { topics: ['水'] }))!;
    expect(water.duties.length).toBeGreaterThan(0);
    expect(water.duties.every((d) => d.plan.topic === '水')).toBe(true);
    const byJune = (await store.touches('大兴区:区城市管理委', { dueTo: '2023-06-30' }))!;
    expect(byJune.duties.every((d) => d.measure.deadline.due! <= '2023-06-30')).toBe(true);
    expect(await store.touches('大兴区:不存在')).toBeNull();
  });

  it('ranks the units of the 大兴区 2023 water plan by load: 区水务局 first', async () => {
    const loads = await store.loads({ filter: { plans: [DAXING_WATER] } });
    expect(loads[0]!.unit.id).toBe('大兴区:区水务局');
    const expected = countsFromModel('大兴区:区水务局', DAXING_WATER);
    expect(loads[0]!.counts).toMatchObject({ lead: expected.lead, coop: expected.coop });
    expect(loads[0]!.byPlan).toEqual([{ planId: DAXING_WATER, counts: loads[0]!.counts }]);
    const totals = loads.map((l) => l.counts.lead + l.counts.responsible + l.counts.coop);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('counts a collective’s assignments towards its members when asked', async () => {
    const plain = await store.loads({ filter: { plans: [DAXING_WATER] }, levels: ['town'] });
    const expanded = await store.loads({ filter: { plans: [DAXING_WATER] }, levels: ['town'], expandCollectives: true });
    const caiyu = (loads: typeof plain) => loads.find((l) => l.unit.name === '采育镇人民政府')?.counts.coop ?? 0;
    const viaCollective = countsFromModel('大兴区:各镇人民政府', DAXING_WATER).coop;
    expect(viaCollective).toBeGreaterThan(0);
    expect(caiyu(expanded)).toBe(caiyu(plain) + viaCollective);
  });

  it('finds the chain of shared measures between two units, within a hop limit', async () => {
    const direct = (await store.path('大兴区:区水务局', '大兴区:区公安交通支队', 5))!;
    expect(direct).toHaveLength(1);
    expect(direct[0]!.from.id).toBe('大兴区:区水务局');
    expect(direct[0]!.to.id).toBe('大兴区:区公安交通支队');
    const onMeasure = model.assignments.filter((a) => a.measureId === direct[0]!.measure.id).map((a) => a.unitId);
    expect(onMeasure).toEqual(expect.arrayContaining(['大兴区:区水务局', '大兴区:区公安交通支队']));
    // Daxing's and Tongzhou's plans share no unit, so no chain links their 区城市管理委.
    expect(await store.path('大兴区:区城市管理委', '通州区:区城市管理委', 10)).toBeNull();
    expect(await store.path('大兴区:区水务局', '大兴区:区公安交通支队', 0)).toBeNull();
  });

  it('refuses a model with a dangling reference or a duplicate id, keeping the graph it had', async () => {
    const dangling: Model = { ...model, assignments: [...model.assignments, { ...model.assignments[0]!, id: 'x', measureId: 'no-such-measure' }] };
    await expect(store.load(dangling)).rejects.toThrow(ModelError);
    await expect(store.load(dangling)).rejects.toThrow(/assignment x: measureId "no-such-measure" is not a measure/);
    const duplicate: Model = { ...model, units: [...model.units, model.units[0]!] };
    await expect(store.load(duplicate)).rejects.toThrow(/duplicate id/);
    expect((await store.health()).counts.assignments).toBe(model.assignments.length);
    expect((await store.touches('大兴区:区城市管理委'))!.duties.length).toBe(countsFromModel('大兴区:区城市管理委').all);
  });
});
