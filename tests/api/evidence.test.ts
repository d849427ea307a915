/**
 * Every assignment's confidence and evidence over HTTP, on each store: a known reading of each
 * kind, and every assignment of a plan as the model has it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceText } from '../../server/model/evidence.ts';
import type { Assignment } from '../../server/model/model.ts';
import { seedModel } from '../support/seed-model.ts';
import { dataOf, startApi, STORE_KINDS, type Api } from './helpers.ts';

const model = seedModel();
const measureStarting = (seed: string, start: string) => {
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const found = model.measures.filter((m) => plans.get(m.planId)!.seed.startsWith(seed) && m.text.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0]!;
};

const MEASURE = `query($id: ID!) {
  measure(id: $id) {
    text
    assignments { id role uncertain confidence evidence { basis phrase at text } party { id } }
  }
}`;

/** An assignment as the API should answer it, from the model. */
const asApi = (a: Assignment) => ({
  id: a.id,
  role: a.role.toUpperCase(),
  uncertain: a.uncertain ?? null,
  confidence: a.confidence.toUpperCase(),
  evidence: {
    basis: a.evidence.basis.toUpperCase(),
    phrase: a.evidence.phrase ?? null,
    at: a.evidence.at ?? null,
    text: expect.any(String),
  },
  party: { id: a.unitId ?? a.personId },
});

describe.each(STORE_KINDS)('confidence and evidence over HTTP on the %s store', (kind) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({}, kind);
  });
  afterAll(() => api?.close());

  it('002 大气 task 27: 市城管委牵头 in the measure text pairs 市城市管理委 with it, likely', async () => {
    const trash = measureStarting('002', '建筑垃圾违法违规行为,市城管委牵头');
    const { measure } = dataOf(await api.gql(MEASURE, { id: trash.id }));
    const lead = measure.assignments.find((a: any) => a.party.id === '北京市:市城市管理委');
    expect(lead).toMatchObject({
      role: 'LEAD',
      confidence: 'LIKELY',
      uncertain: expect.stringContaining('likely'),
      evidence: {
        basis: 'TEXT',
        phrase: '市城管委牵头',
        at: measure.text.indexOf('市城管委牵头'),
        text: '文中写明「市城管委牵头」',
      },
    });
    expect(measure.assignments).toEqual(model.assignments.filter((a) => a.measureId === trash.id).map(asApi));
  });

  it('000: the sanitation-vehicle measure’s lead is certain, by the table’s layout', async () => {
    const trucks = measureStarting('000', '新增和更新的4.5吨以下环卫车');
    const { measure } = dataOf(await api.gql(MEASURE, { id: trucks.id }));
    const lead = measure.assignments.find((a: any) => a.party.id === '大兴区:区城市管理委');
    expect(lead).toMatchObject({
      role: 'LEAD',
      confidence: 'CERTAIN',
      uncertain: null,
      evidence: { basis: 'LAYOUT', phrase: null, at: null, text: '表格版式' },
    });
  });

  it('a reading resting on the order of the groups only is unclear, and says so', async () => {
    const byOrder = model.assignments.find((a) => a.evidence.basis === 'order')!;
    const { measure } = dataOf(await api.gql(MEASURE, { id: byOrder.measureId }));
    expect(measure.assignments.find((a: any) => a.id === byOrder.id)).toMatchObject({
      confidence: 'UNCLEAR',
      evidence: { basis: 'ORDER', phrase: null, at: null, text: '仅按顺序' },
    });
  });

  it('every assignment of 002 大气, with its graph edge and the counts by confidence', async () => {
    const air = model.plans.find((p) => p.title === '北京市大气污染防治2023年行动计划')!;
    const { measures, graph, stats } = dataOf(
      await api.gql(
        `query($filter: Filter) {
          measures(filter: $filter, first: 100) { edges { node { id assignments {
            id role uncertain confidence evidence { basis phrase at text } party { id } } } } }
          graph(filter: $filter) { edges { id confidence uncertain } }
          stats { uncertain byConfidence { certain likely unclear } }
        }`,
        { filter: { plans: [air.id] } },
      ),
    );
    const inPlan = new Set(model.measures.filter((m) => m.planId === air.id).map((m) => m.id));
    const expected = model.assignments.filter((a) => inPlan.has(a.measureId));
    const byId = new Map(expected.map((a) => [a.id, a]));
    // Each measure's parties as the model has them, each edge with its assignment's confidence.
    for (const { node } of measures.edges)
      expect(node.assignments).toEqual(expected.filter((a) => a.measureId === node.id).map(asApi));
    expect(measures.edges).toHaveLength(inPlan.size);
    for (const a of measures.edges.flatMap((e: any) => e.node.assignments))
      expect(a.evidence.text).toBe(evidenceText(byId.get(a.id)!.evidence));
    // In words: the phrase, or the party of the same printed group the phrase names.
    for (const a of expected) {
      const { basis, phrase, via } = a.evidence;
      const words = {
        layout: '表格版式',
        order: '仅按顺序',
        text: `${via ? `同组的${via}：` : ''}文中写明「${phrase}」`,
      };
      expect(evidenceText(a.evidence)).toBe(words[basis]);
    }
    const inOrder = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect([...graph.edges].sort(inOrder)).toEqual(
      expected
        .map((a) => ({ id: a.id, confidence: a.confidence.toUpperCase(), uncertain: a.confidence !== 'certain' }))
        .sort(inOrder),
    );
    const count = (c: string) => model.assignments.filter((a) => a.confidence === c).length;
    expect(stats).toEqual({
      uncertain: count('likely') + count('unclear'),
      byConfidence: { certain: count('certain'), likely: count('likely'), unclear: count('unclear') },
    });
  });
});
