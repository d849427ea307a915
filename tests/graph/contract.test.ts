/**
 * The store contract, as questions and answers about the seed data. The same suite runs
 * against every store: always the embedded one, and Neo4j when NEO4J_URI is set (the
 * README's "Running against Neo4j"; the suite replaces that database's graph).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/graph/contract.ts';
import { EmbeddedStore } from '../../server/graph/embedded.ts';
import { Neo4jStore } from '../../server/graph/neo4j/store.ts';
import { ModelError } from '../../server/graph/validate.ts';
import type { Assignment, Model } from '../../server/model/model.ts';
import { seedModel } from '../support/seed-model.ts';

const stores: [string, () => GraphStore][] = [['embedded', () => new EmbeddedStore()]];
if (process.env.NEO4J_URI) stores.push(['neo4j', () => Neo4jStore.fromEnv(process.env)]);

const model = seedModel();
const planId = (title: string) => model.plans.find((p) => p.title === title)!.id;
const DAXING_WATER = planId('大兴区水污染防治2023年行动计划');

/** Assignment counts straight from the model: the oracle the stores' answers are checked against. */
function countsFromModel(unitId: string, plan?: string) {
  const measures = new Map(model.measures.map((m) => [m.id, m]));
  const mine = model.assignments.filter(
    (a) => a.unitId === unitId && (!plan || measures.get(a.measureId)!.planId === plan),
  );
  return {
    lead: mine.filter((a) => a.role === 'lead').length,
    coop: mine.filter((a) => a.role === 'coop').length,
    all: mine.length,
  };
}

describe.each(stores)('the %s store', (_name, create) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = create();
    await store.load(model);
  }, 120_000);
  afterAll(() => store.close());

  it('reports itself loaded with the model’s counts', async () => {
    expect(await store.health()).toMatchObject({
      ok: true,
      loaded: true,
      counts: {
        plans: 17,
        tasks: model.tasks.length,
        measures: model.measures.length,
        assignments: model.assignments.length,
      },
    });
  });

  it('区城市管理委 resolves to one unit per district that names it', async () => {
    expect((await store.resolveUnit('区城市管理委')).map((u) => u.id)).toEqual([
      '大兴区:区城市管理委',
      '通州区:区城市管理委',
    ]);
    expect((await store.resolveUnit('市委改革委')).map((u) => u.id)).toEqual(['北京市:市发展改革委']);
    expect(await store.resolveUnit('区不存在局')).toEqual([]);
  });

  it('finds units by part of a name or alias, with filters', async () => {
    const water = await store.findUnits({ search: '区水务', jurisdictions: ['大兴区'] });
    expect(water.map((u) => u.name)).toEqual(['区水务局']);
    // Aliases count: 通州's 区国资委 is also written 区国资委（大运河水务公司）.
    expect((await store.findUnits({ search: '大运河水务', jurisdictions: ['通州区'] })).map((u) => u.name)).toEqual([
      '区国资委',
    ]);
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
    const trucks = touches.duties.find((d) =>
      d.measure.text.startsWith('新增和更新的4.5吨以下环卫车为纯电动或氢燃料电池车'),
    )!;
    expect(trucks).toMatchObject({
      assignment: { role: 'lead' },
      measure: { deadline: { text: '2023年底前' } },
      plan: { title: '大兴区大气污染防治2023年行动计划' },
    });
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
    const expanded = await store.loads({
      filter: { plans: [DAXING_WATER], expandCollectives: true },
      levels: ['town'],
    });
    const caiyu = (loads: typeof plain) => loads.find((l) => l.unit.name === '采育镇人民政府')?.counts.coop ?? 0;
    const viaCollective = countsFromModel('大兴区:各镇人民政府', DAXING_WATER).coop;
    expect(viaCollective).toBeGreaterThan(0);
    expect(caiyu(expanded)).toBe(caiyu(plain) + viaCollective);
  });

  it('what a town touches through 各镇人民政府, when collectives are expanded', async () => {
    const town = '大兴区:采育镇人民政府';
    const own = (await store.touches(town))!;
    const expanded = (await store.touches(town, { expandCollectives: true }))!;
    const viaCollective = countsFromModel('大兴区:各镇人民政府').all;
    expect(expanded.duties).toHaveLength(own.duties.length + viaCollective);
    const via = expanded.duties.filter((d) => d.via);
    expect(new Set(via.map((d) => d.via!.name))).toEqual(new Set(['各镇人民政府']));
    // Document order: by the assignments' place in the model.
    const order = new Map(model.assignments.map((a, i) => [a.id, i]));
    const places = expanded.duties.map((d) => order.get(d.assignment.id)!);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    // Neither the town nor its collective is its own partner.
    expect(expanded.partners.map((p) => p.unit.id)).not.toContain('大兴区:各镇人民政府');
  });

  it('partners of 大兴区 区城市管理委 match what it touches', async () => {
    const partners = (await store.partners('大兴区:区城市管理委'))!;
    expect(partners).toEqual((await store.touches('大兴区:区城市管理委'))!.partners);
    expect(partners[0]).toMatchObject({ unit: { name: '区生态环境局' }, sharedMeasures: 50 });
    // The count is the measures both are on, straight from the model.
    const on = (unitId: string) =>
      new Set(model.assignments.filter((a) => a.unitId === unitId).map((a) => a.measureId));
    const mine = on('大兴区:区城市管理委');
    const theirs = on(partners[0]!.unit.id);
    expect([...mine].filter((m) => theirs.has(m))).toHaveLength(50);
    expect(await store.partners('nope')).toBeNull();
  });

  it('answers partners from the graph loaded last, not from an earlier one', async () => {
    const unitId = '大兴区:区城市管理委';
    const top = (await store.partners(unitId))![0]!.unit.id;
    await store.partners(unitId);
    const without: Model = { ...model, assignments: model.assignments.filter((a) => a.unitId !== top) };
    try {
      await store.load(without);
      expect((await store.partners(unitId))!.map((p) => p.unit.id)).not.toContain(top);
      expect((await store.touches(unitId))!.partners.map((p) => p.unit.id)).not.toContain(top);
    } finally {
      await store.load(model);
    }
    expect((await store.partners(unitId))![0]!.unit.id).toBe(top);
  }, 120_000);

  it('draws the subgraph around a unit: its measures, everyone on them, an edge per assignment', async () => {
    const graph = await store.subgraph({ around: ['大兴区:区城市管理委'] });
    const touches = (await store.touches('大兴区:区城市管理委'))!;
    const measures = graph.nodes.filter((n) => n.type === 'measure');
    expect(measures).toHaveLength(new Set(touches.duties.map((d) => d.measure.id)).size);
    const units = graph.nodes.filter((n) => n.type === 'unit').map((n) => n.id);
    expect(units.sort()).toEqual(['大兴区:区城市管理委', ...touches.partners.map((p) => p.unit.id)].sort());
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const centre = graph.nodes.find((n) => n.id === '大兴区:区城市管理委')!;
    expect(centre).toMatchObject({
      label: '区城市管理委',
      level: 'district',
      jurisdiction: '大兴区',
      load: touches.duties.length,
    });
    expect(graph.edges.filter((e) => e.source === centre.id)).toHaveLength(touches.duties.length);
    // The whole graph, filtered to lead roles: one edge per lead assignment.
    const lead = await store.subgraph({ filter: { roles: ['lead'] } });
    expect(lead.edges).toHaveLength(model.assignments.filter((a) => a.role === 'lead').length);
    expect(lead.edges.every((e) => e.role === 'lead')).toBe(true);
    const whole = await store.subgraph();
    expect(whole.edges).toHaveLength(model.assignments.length);
    expect(whole.nodes.filter((n) => n.type === 'person')).toHaveLength(model.persons.length);
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

  it('lists every party on a measure, a unit’s collectives, and persons by name', async () => {
    const trucks = model.measures.find((m) => m.text.startsWith('新增和更新的4.5吨以下环卫车'))!;
    const [onTrucks, none] = await store.assignmentsOfMeasures([trucks.id, 'nope']);
    expect(onTrucks).toEqual(model.assignments.filter((a) => a.measureId === trucks.id));
    expect(none).toEqual([]);
    const [caiyu, free] = await store.collectivesOf(['大兴区:采育镇人民政府', '大兴区:区水务局']);
    expect(caiyu!.map((u) => u.id)).toEqual(
      model.units
        .filter((u) => u.members?.includes('大兴区:采育镇人民政府'))
        .map((u) => u.id)
        .sort(),
    );
    expect(caiyu!.map((u) => u.name)).toContain('各镇人民政府');
    expect(free).toEqual([]);
    expect(await store.findPersons()).toHaveLength(model.persons.length);
    const [person] = model.persons;
    expect((await store.findPersons(person!.name)).map((p) => p.id)).toContain(person!.id);
  });

  it('finds measures by unit and role, by plan, and by text', async () => {
    const lead = await store.findMeasures({ unitId: '大兴区:区城市管理委', filter: { roles: ['lead'] } });
    expect(lead).toHaveLength(countsFromModel('大兴区:区城市管理委').lead);
    const inPlan = await store.findMeasures({ filter: { plans: [DAXING_WATER] } });
    expect(inPlan).toHaveLength(model.measures.filter((m) => m.planId === DAXING_WATER).length);
    const trucks = await store.findMeasures({ text: '4.5吨以下环卫车' });
    expect(trucks.length).toBeGreaterThan(0);
    expect(trucks.every((m) => m.text.includes('4.5吨以下环卫车'))).toBe(true);
    const order = model.measures.map((m) => m.id);
    expect(inPlan.map((m) => order.indexOf(m.id))).toEqual(
      inPlan.map((m) => order.indexOf(m.id)).sort((a, b) => a - b),
    );
  });

  it('counts the whole graph: by role, confidence, level and plan, uncertain and unknown names', async () => {
    const stats = await store.stats();
    const byConfidence = (c: string) => model.assignments.filter((a) => a.confidence === c).length;
    expect(stats.counts).toMatchObject({
      plans: 17,
      measures: model.measures.length,
      assignments: model.assignments.length,
      persons: 10,
      uncertain: model.assignments.filter((a) => a.uncertain !== undefined).length,
    });
    expect(stats.byConfidence).toEqual({
      certain: byConfidence('certain'),
      likely: byConfidence('likely'),
      unclear: byConfidence('unclear'),
    });
    expect(stats.byConfidence.likely + stats.byConfidence.unclear).toBe(stats.counts.uncertain);
    expect(stats.byRole.lead + stats.byRole.responsible + stats.byRole.coop + stats.byRole.leader).toBe(
      model.assignments.length,
    );
    expect(stats.byRole.leader).toBe(model.assignments.filter((a) => a.personId).length);
    expect(stats.byPlan.find((p) => p.planId === DAXING_WATER)).toMatchObject({
      measures: model.measures.filter((m) => m.planId === DAXING_WATER).length,
    });
    expect(stats.byLevel.map((l) => l.level)).toEqual(
      ['city', 'district', 'town', 'other'].filter((l) => model.units.some((u) => u.level === l)),
    );
    expect([...new Set(stats.unknownNames.map((u) => u.name))].sort()).toEqual(
      ['市交通运输局', '市生态环境分局', '市生态环境监测局', '市生态环境建设委', '市生态环境绿化局', '市委'].sort(),
    );
  });

  it('keeps every assignment’s confidence and evidence, on measures, duties and graph edges', async () => {
    const byId = new Map(model.assignments.map((a) => [a.id, a]));
    const onMeasures = (await store.assignmentsOfMeasures(model.measures.map((m) => m.id))).flat();
    expect(onMeasures).toHaveLength(model.assignments.length);
    for (const a of onMeasures) {
      const expected = byId.get(a.id)!;
      expect([a.id, a.confidence, a.evidence, a.uncertain]).toEqual([
        expected.id,
        expected.confidence,
        expected.evidence,
        expected.uncertain,
      ]);
    }
    const duties = (await store.touches('北京市:市城市管理委'))!.duties;
    expect(duties.map((d) => d.assignment)).toEqual(
      model.assignments.filter((a) => a.unitId === '北京市:市城市管理委'),
    );
    const edges = (await store.subgraph()).edges;
    expect(edges.map((e) => [e.id, e.confidence, e.uncertain])).toEqual(
      model.assignments.map((a) => [a.id, a.confidence, a.confidence !== 'certain']),
    );
  });

  it('keeps a reading paired by a phrase of the text: its confidence, phrase and where it starts', async () => {
    // The seeds may hold none yet; one made likely is read back exactly, and a certain one keeps no phrase.
    const [first, second] = model.assignments;
    const likely: Assignment = {
      ...first!,
      confidence: 'likely',
      evidence: { basis: 'text', phrase: '全区碳排放强度', at: 11 },
      uncertain: 'the measure text names the unit; the table’s layout does not pair them',
    };
    const certain: Assignment = { ...second!, confidence: 'certain', evidence: { basis: 'layout' } };
    delete certain.uncertain;
    try {
      await store.load({ ...model, assignments: [likely, certain, ...model.assignments.slice(2)] });
      const [onMeasure] = await store.assignmentsOfMeasures([first!.measureId]);
      expect(onMeasure!.find((a) => a.id === likely.id)).toEqual(likely);
      expect(onMeasure!.find((a) => a.id === certain.id)).toEqual(certain);
      const edges = (await store.subgraph({ around: [likely.unitId!] })).edges;
      expect(edges.find((e) => e.id === likely.id)).toMatchObject({ confidence: 'likely', uncertain: true });
      expect((await store.stats()).byConfidence.likely).toBe(
        model.assignments.slice(2).filter((a) => a.confidence === 'likely').length + 1,
      );
    } finally {
      await store.load(model);
    }
  }, 120_000);

  it('of several shortest chains, gives the one whose ids are least in order', async () => {
    // Brute force over the model: every two-measure chain from 大兴区 区城市管理委 to a unit it shares no measure with.
    const from = '大兴区:区城市管理委';
    const measuresOf = new Map<string, string[]>();
    const unitsOn = new Map<string, string[]>();
    for (const a of model.assignments.filter((a) => a.unitId)) {
      measuresOf.set(a.unitId!, [...(measuresOf.get(a.unitId!) ?? []), a.measureId]);
      unitsOn.set(a.measureId, [...(unitsOn.get(a.measureId) ?? []), a.unitId!]);
    }
    const near = new Set(measuresOf.get(from)!.flatMap((m) => unitsOn.get(m)!));
    const chains: string[][] = [];
    for (const m1 of measuresOf.get(from)!)
      for (const x of unitsOn.get(m1)!)
        for (const m2 of measuresOf.get(x)!)
          for (const to of unitsOn.get(m2)!) if (!near.has(to)) chains.push([from, m1, x, m2, to]);
    const to = chains.map((c) => c[4]!).sort()[0]!;
    const least = chains.filter((c) => c[4] === to).sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1))[0]!;
    const path = (await store.path(from, to, 6))!;
    expect(path.flatMap((step, i) => [...(i === 0 ? [step.from.id] : []), step.measure.id, step.to.id])).toEqual(least);
  });

  // Issue 18: links between measures of different plans, and measures without a counterpart.
  const allMeasureIds = model.measures.map((m) => m.id);
  const linksFromModel = (id: string) => model.links.filter((l) => l.from === id || l.to === id);
  const unmatchedFromModel = (id: string) => model.unmatched.filter((u) => u.measureId === id);

  it('keeps every link and unmatched measure of the model, under both its measures, in the model’s order', async () => {
    expect(model.links.length).toBeGreaterThan(0);
    const links = await store.linksOf([...allMeasureIds, 'nope']);
    expect(links).toEqual([...allMeasureIds.map(linksFromModel), []]);
    const unmatched = await store.unmatchedOf([...allMeasureIds, 'nope']);
    expect(unmatched).toEqual([...allMeasureIds.map(unmatchedFromModel), []]);
    expect(await store.linksOf([])).toEqual([]);
  });

  it('a city 大气 measure taken up by both 大兴区 and 通州区: its cascade links, with score and evidence', async () => {
    const plans = new Map(model.plans.map((p) => [p.id, p]));
    const planOf = (measureId: string) => plans.get(model.measures.find((m) => m.id === measureId)!.planId)!;
    const cityAir = planId('北京市大气污染防治2023年行动计划');
    const taken = model.measures.find(
      (m) =>
        m.planId === cityAir &&
        ['大兴区', '通州区'].every((d) =>
          model.links.some((l) => l.kind === 'cascade' && l.from === m.id && planOf(l.to).jurisdiction === d),
        ),
    )!;
    const [links] = await store.linksOf([taken.id]);
    const down = links!.filter((l) => l.kind === 'cascade' && l.from === taken.id);
    expect(new Set(down.map((l) => planOf(l.to).jurisdiction))).toEqual(new Set(['大兴区', '通州区']));
    for (const link of down) {
      expect(link.score).toBeGreaterThan(0);
      expect(link.label).toBeUndefined();
      expect(planOf(link.to)).toMatchObject({ year: 2023, topic: '大气' });
    }
    // A continuation is labelled.
    const continuation = model.links.find((l) => l.kind === 'continuation')!;
    const [fromEnd] = await store.linksOf([continuation.from]);
    expect(fromEnd).toContainEqual(continuation);
    expect(['continued', 'changed']).toContain(continuation.label);
  });

  it('lists gaps by district and by plan, the city’s or the district’s', async () => {
    const gaps = model.unmatched.filter((u) => u.kind === 'gap');
    expect(gaps.length).toBeGreaterThan(0);
    expect(await store.gaps()).toEqual(gaps);
    const plans = new Map(model.plans.map((p) => [p.id, p]));
    const inTongzhou = gaps.filter((g) => plans.get(g.otherPlanId)!.jurisdiction === '通州区');
    expect(await store.gaps({ jurisdictions: ['通州区'] })).toEqual(inTongzhou);
    const cityAir = planId('北京市大气污染防治2023年行动计划');
    const daxingAir = planId('大兴区大气污染防治2023年行动计划');
    const cityMeasures = new Set(model.measures.filter((m) => m.planId === cityAir).map((m) => m.id));
    expect(await store.gaps({ plans: [cityAir] })).toEqual(gaps.filter((g) => cityMeasures.has(g.measureId)));
    expect(await store.gaps({ plans: [daxingAir] })).toEqual(gaps.filter((g) => g.otherPlanId === daxingAir));
    expect(await store.gaps({ jurisdictions: ['大兴区'], plans: [cityAir] })).toEqual(
      gaps.filter((g) => g.otherPlanId === daxingAir && cityMeasures.has(g.measureId)),
    );
    expect(await store.gaps({ jurisdictions: ['北京市'] })).toEqual([]);
  });

  it('replaces the links with the graph: a model without them leaves none, and one with a dangling link is refused', async () => {
    const some = model.links[0]!;
    try {
      await store.load({ ...model, links: [], unmatched: [] });
      expect((await store.linksOf([some.from, some.to])).flat()).toEqual([]);
      expect(await store.gaps()).toEqual([]);
      await expect(store.load({ ...model, links: [{ ...some, to: 'no-such-measure' }] })).rejects.toThrow(
        /cascade link: to "no-such-measure" is not a measure/,
      );
      await expect(
        store.load({ ...model, unmatched: [{ kind: 'gap', measureId: some.from, otherPlanId: 'no-plan' }] }),
      ).rejects.toThrow(/gap measure: otherPlanId "no-plan" is not a plan/);
    } finally {
      await store.load(model);
    }
    expect((await store.linksOf([some.from]))[0]).toEqual(linksFromModel(some.from));
  }, 120_000);

  it('refuses a model with a dangling reference or a duplicate id, keeping the graph it had', async () => {
    const dangling: Model = {
      ...model,
      assignments: [...model.assignments, { ...model.assignments[0]!, id: 'x', measureId: 'no-such-measure' }],
    };
    await expect(store.load(dangling)).rejects.toThrow(ModelError);
    await expect(store.load(dangling)).rejects.toThrow(/assignment x: measureId "no-such-measure" is not a measure/);
    const duplicate: Model = { ...model, units: [...model.units, model.units[0]!] };
    await expect(store.load(duplicate)).rejects.toThrow(/duplicate id/);
    expect((await store.health()).counts.assignments).toBe(model.assignments.length);
    expect((await store.touches('大兴区:区城市管理委'))!.duties.length).toBe(
      countsFromModel('大兴区:区城市管理委').all,
    );
  });
});

describe.runIf(process.env.NEO4J_URI)('Neo4j answers exactly as the embedded store does', () => {
  const embedded = new EmbeddedStore();
  let neo: GraphStore;
  beforeAll(async () => {
    neo = Neo4jStore.fromEnv(process.env);
    await Promise.all([embedded.load(model), neo.load(model)]);
  }, 120_000);
  afterAll(() => neo.close());

  const units = [
    '大兴区:区城市管理委',
    '通州区:区城市管理委',
    '大兴区:区水务局',
    '大兴区:采育镇人民政府',
    '北京市:市发展改革委',
  ];
  const filters = [
    {},
    { roles: ['lead' as const] },
    { topics: ['水' as const] },
    { expandCollectives: true },
    { dueFrom: '2023-06-01', dueTo: '2023-12-31' },
  ];
  it.each(units)('touches, partners, subgraph and measures of %s under each filter', async (unitId) => {
    for (const filter of filters) {
      expect(await neo.touches(unitId, filter)).toEqual(await embedded.touches(unitId, filter));
      expect(await neo.partners(unitId, filter)).toEqual(await embedded.partners(unitId, filter));
      expect(await neo.subgraph({ around: [unitId], filter })).toEqual(
        await embedded.subgraph({ around: [unitId], filter }),
      );
      expect(await neo.findMeasures({ unitId, filter })).toEqual(await embedded.findMeasures({ unitId, filter }));
    }
  });

  it('loads, the whole subgraph, look-ups, paths and stats', async () => {
    for (const filter of filters) {
      expect(await neo.loads({ filter })).toEqual(await embedded.loads({ filter }));
      expect(await neo.findMeasures({ filter })).toEqual(await embedded.findMeasures({ filter }));
    }
    expect(await neo.loads({ filter: { plans: [DAXING_WATER] }, levels: ['town'] })).toEqual(
      await embedded.loads({ filter: { plans: [DAXING_WATER] }, levels: ['town'] }),
    );
    expect(await neo.subgraph()).toEqual(await embedded.subgraph());
    expect(await neo.findUnits({ search: '区' })).toEqual(await embedded.findUnits({ search: '区' }));
    expect(await neo.seeds()).toEqual(await embedded.seeds());
    expect(await neo.findPersons()).toEqual(await embedded.findPersons());
    // Every measure: each assignment's confidence and evidence, whatever its basis, read back alike.
    const measureIds = model.measures.map((m) => m.id);
    expect(await neo.assignmentsOfMeasures(measureIds)).toEqual(await embedded.assignmentsOfMeasures(measureIds));
    const unitIds = model.units.map((u) => u.id);
    expect(await neo.collectivesOf(unitIds)).toEqual(await embedded.collectivesOf(unitIds));
    expect(await neo.stats()).toEqual(await embedded.stats());
    for (const from of units)
      for (const to of units) expect(await neo.path(from, to, 6)).toEqual(await embedded.path(from, to, 6));
  });

  it('links, unmatched measures and gaps (issue 18)', async () => {
    const measureIds = model.measures.map((m) => m.id);
    expect(await neo.linksOf(measureIds)).toEqual(await embedded.linksOf(measureIds));
    expect(await neo.unmatchedOf(measureIds)).toEqual(await embedded.unmatchedOf(measureIds));
    const queries = [
      {},
      { jurisdictions: ['大兴区'] },
      { plans: [DAXING_WATER] },
      { jurisdictions: ['通州区'], plans: [] },
    ];
    for (const query of queries) expect(await neo.gaps(query)).toEqual(await embedded.gaps(query));
  });
});
