/**
 * "Everything 区城市管理委 touches", over HTTP, checked against the model read from the documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedModel } from '../support/seed-model.ts';
import { dataOf, startApi, STORE_KINDS, type Api } from './helpers.ts';

const model = seedModel();
const measures = new Map(model.measures.map((m) => [m.id, m]));
const own = (unitId: string) => model.assignments.filter((a) => a.unitId === unitId);

const TOUCHES = /* GraphQL */ `
  query Touches($unit: String!, $jurisdiction: String, $filter: Filter) {
    touches(unit: $unit, jurisdiction: $jurisdiction, filter: $filter) {
      unit {
        id
        name
        jurisdiction
        level
        kind
      }
      counts {
        lead
        responsible
        coop
        leader
        total
      }
      measureCount
      plans {
        id
        title
        topic
        topicLabel
      }
      tasks {
        id
        seq
      }
      assignments {
        id
        role
        column
        asWritten
        uncertain
        via {
          id
        }
        source {
          file
          firstLine
          lastLine
        }
        measure {
          id
          text
          deadline {
            text
            kind
            due
          }
          task {
            seq
            title
          }
          plan {
            title
          }
        }
      }
      byRole {
        role
        assignments {
          id
        }
      }
      partners {
        unit {
          id
          name
        }
        sharedMeasures
        byRole {
          lead
          coop
          total
        }
      }
      graph {
        nodes {
          id
          label
          type
          level
          kind
          load
        }
        edges {
          id
          source
          target
          role
          uncertain
        }
      }
    }
  }
`;

describe.each(STORE_KINDS)('touches over HTTP on the %s store', (kind) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({}, kind);
  });
  afterAll(() => api?.close());

  it('answers for both districts’ 区城市管理委, each labelled with its jurisdiction', async () => {
    const { touches } = dataOf(await api.gql(TOUCHES, { unit: '区城市管理委' }));
    expect(touches.map((t: any) => [t.unit.id, t.unit.jurisdiction])).toEqual([
      ['大兴区:区城市管理委', '大兴区'],
      ['通州区:区城市管理委', '通州区'],
    ]);
    for (const t of touches) {
      const expected = own(t.unit.id);
      expect(t.assignments.map((a: any) => a.id)).toEqual(expected.map((a) => a.id));
      expect(t.counts.total).toBe(expected.length);
      expect(t.counts.lead).toBe(expected.filter((a) => a.role === 'lead').length);
      expect(t.measureCount).toBe(new Set(expected.map((a) => a.measureId)).size);
    }
    expect(touches[0].counts.total).toBe(86);
  });

  it('gives each measure’s text, deadline and role as the documents do, with provenance', async () => {
    const { touches } = dataOf(await api.gql(TOUCHES, { unit: '区城市管理委', jurisdiction: '大兴区' }));
    expect(touches).toHaveLength(1);
    const [daxing] = touches;
    const trucks = daxing.assignments.find((a: any) =>
      a.measure.text.startsWith('新增和更新的4.5吨以下环卫车为纯电动或氢燃料电池车'),
    );
    expect(trucks).toMatchObject({
      role: 'LEAD',
      column: '牵头单位',
      measure: {
        deadline: { text: '2023年底前', kind: 'YEAR_END', due: '2023-12-31' },
        plan: { title: '大兴区大气污染防治2023年行动计划' },
      },
      source: { file: '000_4bf12fe9557cfa06.txt' },
    });
    // Every assignment as in the model: the measure text and deadline, the role, the name as written and the lines.
    const byId = new Map(model.assignments.map((a) => [a.id, a]));
    for (const a of daxing.assignments) {
      const expected = byId.get(a.id)!;
      const measure = measures.get(expected.measureId)!;
      expect(a.measure.text).toBe(measure.text);
      expect(a.measure.deadline.text).toBe(measure.deadline.text);
      expect(a.role.toLowerCase()).toBe(expected.role);
      expect(a.asWritten).toBe(expected.asWritten);
      expect([a.source.firstLine, a.source.lastLine]).toEqual(expected.lines);
      expect(a.uncertain).toBe(expected.uncertain ?? null);
    }
  });

  it('groups by role, lists partners most shared first, and draws the subgraph', async () => {
    const [daxing] = dataOf(await api.gql(TOUCHES, { unit: '大兴区:区城市管理委' })).touches;
    expect(daxing.byRole.map((g: any) => g.role)).toEqual(['LEAD', 'COOP']);
    expect(daxing.byRole.flatMap((g: any) => g.assignments).length).toBe(daxing.assignments.length);
    expect(daxing.partners[0]).toMatchObject({ unit: { name: '区生态环境局' }, sharedMeasures: 50 });
    expect(daxing.partners.every((p: any) => !p.unit.id.startsWith('通州区:'))).toBe(true);
    const { nodes, edges } = daxing.graph;
    const centre = nodes.find((n: any) => n.id === '大兴区:区城市管理委');
    expect(centre).toMatchObject({ type: 'UNIT', label: '区城市管理委', level: 'DISTRICT', load: 86 });
    expect(nodes.filter((n: any) => n.type === 'MEASURE')).toHaveLength(daxing.measureCount);
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(daxing.plans.map((p: any) => p.topic)).toContain('AIR');
  });

  it('filters by role and counts what a town is given through 各镇人民政府 when asked', async () => {
    const [lead] = dataOf(await api.gql(TOUCHES, { unit: '大兴区:区城市管理委', filter: { roles: ['LEAD'] } })).touches;
    expect(lead.assignments.every((a: any) => a.role === 'LEAD')).toBe(true);
    expect(lead.counts.total).toBe(own('大兴区:区城市管理委').filter((a) => a.role === 'lead').length);
    const [plain] = dataOf(await api.gql(TOUCHES, { unit: '采育镇人民政府' })).touches;
    const [expanded] = dataOf(
      await api.gql(TOUCHES, { unit: '采育镇人民政府', filter: { expandCollectives: true } }),
    ).touches;
    const viaCollective = own('大兴区:各镇人民政府').length;
    expect(expanded.counts.total).toBe(plain.counts.total + viaCollective);
    expect(new Set(expanded.assignments.filter((a: any) => a.via).map((a: any) => a.via.id))).toEqual(
      new Set(['大兴区:各镇人民政府']),
    );
  });

  it('partners answers per unit the name names', async () => {
    const { partners } = dataOf(
      await api.gql(`{ partners(unit: "区城市管理委") { unit { id } partners { unit { name } sharedMeasures } } }`),
    );
    expect(partners.map((p: any) => p.unit.id)).toEqual(['大兴区:区城市管理委', '通州区:区城市管理委']);
    expect(partners[0].partners[0]).toEqual({ unit: { name: '区生态环境局' }, sharedMeasures: 50 });
  });
});
