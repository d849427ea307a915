/**
 * The other questions over HTTP: load ranking, chains, pagination, measures, plans with
 * their provenance, stats and autocomplete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedModel } from '../support/seed-model.ts';
import { dataOf, startApi, STORE_KINDS, type Api } from './helpers.ts';

const model = seedModel();

describe.each(STORE_KINDS)('queries over HTTP on the %s store', (kind) => {
  let api: Api;
  let daxingWater: string;
  beforeAll(async () => {
    api = await startApi({}, kind);
    const { plans } = dataOf(await api.gql(`{ plans { id title } }`));
    daxingWater = plans.find((p: any) => p.title === '大兴区水污染防治2023年行动计划').id;
  });
  afterAll(() => api?.close());

  it('lists the plans with topic, seed and source lines', async () => {
    const { plans } = dataOf(
      await api.gql(
        `{ plans { id title topic topicLabel measureCount seed { file title jurisdiction ` +
          `year docNumber issued issuer } source { file firstLine lastLine } } }`,
      ),
    );
    // Each plan's seed as the model (the store) has it.
    for (const p of plans) {
      const { format: _format, ...seed } = model.seeds.find((s) => s.file === p.seed.file)!;
      expect(p.seed).toEqual({ docNumber: null, issued: null, issuer: null, ...seed });
    }
    expect(plans).toHaveLength(model.plans.length);
    const water = plans.find((p: any) => p.id === daxingWater);
    const plan = model.plans.find((p) => p.id === daxingWater)!;
    expect(water).toMatchObject({
      topic: 'WATER',
      topicLabel: '水',
      measureCount: model.measures.filter((m) => m.planId === daxingWater).length,
      seed: { file: '000_4bf12fe9557cfa06.txt', docNumber: '京兴政办发〔2023〕3号', issued: '2023-03-20' },
      source: { file: plan.seed, firstLine: plan.lines[0], lastLine: plan.lines[1] },
    });
  });

  const RANKS_WATER_PLAN =
    'ranks the units of the 大兴区 2023 water plan by load: 区水务局 carries most (lead 16, co-op 17)';
  it(RANKS_WATER_PLAN, async () => {
    const query = `query($filter: Filter, $weights: RoleWeights) {
      overload(filter: $filter, weights: $weights, top: 5) {
      rank score unit { id } counts { lead responsible coop leader total } byPlan { plan { id } counts { total } } } }`;
    // The oracle: role counts per unit in the plan, straight from the model.
    const inPlan = new Set(model.measures.filter((m) => m.planId === daxingWater).map((m) => m.id));
    const counts = new Map<string, { lead: number; responsible: number; coop: number }>();
    for (const a of model.assignments) {
      if (!a.unitId || !inPlan.has(a.measureId) || a.role === 'leader') continue;
      const c = counts.get(a.unitId) ?? counts.set(a.unitId, { lead: 0, responsible: 0, coop: 0 }).get(a.unitId)!;
      c[a.role] += 1;
    }
    const water = counts.get('大兴区:区水务局')!;
    expect(water).toMatchObject({ lead: 16, coop: 17 });

    // Every role weighing 1: the most assignments first, 区水务局.
    const plain = dataOf(
      await api.gql(query, {
        filter: { plans: [daxingWater] },
        weights: { lead: 1, responsible: 1, coop: 1, leader: 1 },
      }),
    ).overload;
    expect(plain[0]).toMatchObject({
      rank: 1,
      unit: { id: '大兴区:区水务局' },
      counts: { ...water, total: 33 },
      score: 33,
    });
    expect(plain[0].byPlan).toEqual([{ plan: { id: daxingWater }, counts: { total: 33 } }]);

    // The default weights (lead and responsible 3, co-op 1): scores and order as the model gives them.
    const { overload } = dataOf(await api.gql(query, { filter: { plans: [daxingWater] } }));
    const score = (c: { lead: number; responsible: number; coop: number }) => 3 * c.lead + 3 * c.responsible + c.coop;
    const best = [...counts.values()]
      .map(score)
      .sort((a, b) => b - a)
      .slice(0, 5);
    expect(overload.map((l: any) => l.score)).toEqual(best);
    expect(overload.map((l: any) => l.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const l of overload) expect(l.score).toBe(score(counts.get(l.unit.id)!));
    // Leading weighs: 区生态环境局 (18 lead, 12 co-op: 66) passes 区水务局 (65).
    expect(overload.slice(0, 2).map((l: any) => [l.unit.id, l.score])).toEqual([
      ['大兴区:区生态环境局', 66],
      ['大兴区:区水务局', 65],
    ]);
  });

  it('finds the one-hop chain between 区水务局 and 区公安交通支队, and none between the districts', async () => {
    const query = `query($from: String!, $to: String!, $toJurisdiction: String) {
      path(from: $from, to: $to, toJurisdiction: $toJurisdiction, maxHops: 6) {
        hops steps { from { id } measure { id text } to { id } }
        graph { nodes { id type } edges { source target role } } } }`;
    const { path } = dataOf(await api.gql(query, { from: '大兴区:区水务局', to: '大兴区:区公安交通支队' }));
    expect(path.hops).toBe(1);
    expect(path.steps[0]).toMatchObject({ from: { id: '大兴区:区水务局' }, to: { id: '大兴区:区公安交通支队' } });
    const onMeasure = model.assignments.filter((a) => a.measureId === path.steps[0].measure.id).map((a) => a.unitId);
    expect(onMeasure).toEqual(expect.arrayContaining(['大兴区:区水务局', '大兴区:区公安交通支队']));
    expect(path.graph.nodes.map((n: any) => n.id).sort()).toEqual(
      ['大兴区:区公安交通支队', '大兴区:区水务局', path.steps[0].measure.id].sort(),
    );
    expect(path.graph.edges.length).toBeGreaterThanOrEqual(2);
    const none = dataOf(
      await api.gql(query, { from: '大兴区:区城市管理委', to: '区城市管理委', toJurisdiction: '通州区' }),
    );
    expect(none.path).toBeNull();
  });

  it('pages through units with cursors, without gaps or repeats', async () => {
    const query =
      `query($after: String) { units(jurisdiction: "大兴区", first: 20, after: $after) ` +
      `{ totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const { units }: { units: any } = dataOf(await api.gql(query, { after }));
      total = units.totalCount;
      seen.push(...units.edges.map((e: any) => e.node.id));
      if (!units.pageInfo.hasNextPage) break;
      after = units.pageInfo.endCursor;
    }
    expect(total).toBe(model.units.filter((u) => u.jurisdiction === '大兴区').length);
    expect(total).toBeGreaterThan(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('finds measures by plan, unit and role, and text; each with every party on it', async () => {
    const query = `query($filter: Filter, $unit: String, $text: String) {
      measures(filter: $filter, unit: $unit, text: $text, first: 100) { totalCount edges { node { id text
        assignments { id role column asWritten uncertain party { __typename id name }
          source { file firstLine lastLine } } } } } }`;
    // Every party on each measure as the model has it: role, column, name as written, and the assignment's own lines.
    const asModel = (measureId: string) =>
      model.assignments
        .filter((a) => a.measureId === measureId)
        .map((a) => ({
          id: a.id,
          role: a.role.toUpperCase(),
          column: a.column,
          asWritten: a.asWritten,
          uncertain: a.uncertain ?? null,
          party: { __typename: a.unitId ? 'Unit' : 'Person', id: a.unitId ?? a.personId, name: expect.any(String) },
          source: {
            file: model.plans.find((p) => p.id === model.measures.find((m) => m.id === measureId)!.planId)!.seed,
            firstLine: a.lines[0],
            lastLine: a.lines[1],
          },
        }));
    const inPlan = dataOf(await api.gql(query, { filter: { plans: [daxingWater] } })).measures;
    expect(inPlan.totalCount).toBe(model.measures.filter((m) => m.planId === daxingWater).length);
    for (const { node } of inPlan.edges) expect(node.assignments).toEqual(asModel(node.id));
    const lead = dataOf(await api.gql(query, { unit: '大兴区:区城市管理委', filter: { roles: ['LEAD'] } })).measures;
    expect(lead.totalCount).toBe(
      model.assignments.filter((a) => a.unitId === '大兴区:区城市管理委' && a.role === 'lead').length,
    );
    const trucks = dataOf(await api.gql(query, { text: '4.5吨以下环卫车' })).measures;
    expect(trucks.totalCount).toBeGreaterThan(0);
    // A 牵头领导 is a Person party on 通州区 measures.
    const tongzhou = model.plans.find((p) => p.title === '通州区应对气候变化2023年行动计划')!.id;
    const withLeaders = dataOf(await api.gql(query, { filter: { plans: [tongzhou] } })).measures.edges;
    const [first] = withLeaders;
    expect(first.node.assignments.some((a: any) => a.party.__typename === 'Person' && a.role === 'LEADER')).toBe(true);
    // A leader's assignment comes from the store with its own lines (the 牵头领导 cell), not the measure's span.
    const measureLines = model.measures.find((m) => m.id === first.node.id)!.lines;
    const leader = first.node.assignments.find((a: any) => a.role === 'LEADER');
    expect([leader.source.firstLine, leader.source.lastLine]).not.toEqual(measureLines);
    for (const { node } of withLeaders) expect(node.assignments).toEqual(asModel(node.id));
  });

  it('looks up a task and a unit by id, with sections, members and collectives', async () => {
    const task = model.tasks.find((t) => t.sectionId)!;
    const { data } = await api.gql(
      `query($task: ID!) {
      task(id: $task) { seq title plan { id } section { path source { firstLine } } measures { id } source { file } }
      unit(id: "大兴区:各镇人民政府") { kind membership members { name } }
      town: unit(id: "大兴区:采育镇人民政府") { memberOf { id } }
      resolveUnit(name: "市委改革委") { id }
    }`,
      { task: task.id },
    );
    expect(data.task).toMatchObject({ seq: task.seq, title: task.title, plan: { id: task.planId } });
    expect(data.task.measures.map((m: any) => m.id)).toEqual(
      model.measures.filter((m) => m.taskId === task.id).map((m) => m.id),
    );
    expect(data.unit).toMatchObject({ kind: 'COLLECTIVE', membership: 'CLOSED' });
    expect(data.unit.members.map((m: any) => m.name)).toContain('采育镇人民政府');
    expect(data.town.memberOf.map((u: any) => u.id)).toContain('大兴区:各镇人民政府');
    const collectives = model.units.filter((u) => u.members?.includes('大兴区:采育镇人民政府')).map((u) => u.id);
    expect(data.town.memberOf.map((u: any) => u.id).sort()).toEqual(collectives.sort());
    expect(data.resolveUnit).toEqual([{ id: '北京市:市发展改革委' }]);
  });

  it('counts the whole graph and suggests names as one types', async () => {
    const { stats, suggest, persons } = dataOf(
      await api.gql(`{
      stats { plans measures assignments persons uncertain byRole { total } byLevel { level units }
        byPlan { plan { title } measures } unknownNames { name seed line unit { id } } }
      suggest(text: "区城市管理委") { id type name jurisdiction matched sharedBy }
      persons: suggest(text: "倪") { id type name }
    }`),
    );
    expect(stats).toMatchObject({
      plans: 17,
      measures: model.measures.length,
      assignments: model.assignments.length,
      persons: 10,
      uncertain: model.assignments.filter((a) => a.uncertain !== undefined).length,
      byRole: { total: model.assignments.length },
    });
    expect(stats.unknownNames.map((u: any) => u.name)).toContain('市交通运输局');
    expect(suggest.slice(0, 2)).toEqual([
      {
        id: '大兴区:区城市管理委',
        type: 'UNIT',
        name: '区城市管理委',
        jurisdiction: '大兴区',
        matched: null,
        sharedBy: 2,
      },
      {
        id: '通州区:区城市管理委',
        type: 'UNIT',
        name: '区城市管理委',
        jurisdiction: '通州区',
        matched: null,
        sharedBy: 2,
      },
    ]);
    expect(persons).toEqual([{ id: 'person:通州区:倪德才', type: 'PERSON', name: '倪德才' }]);
  });

  it('draws the whole graph under a filter', async () => {
    const { graph } = dataOf(await api.gql(`{ graph(filter: { roles: [LEAD] }) { edges { role } } }`));
    expect(graph.edges).toHaveLength(model.assignments.filter((a) => a.role === 'lead').length);
  });
});
