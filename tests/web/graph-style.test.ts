import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { layoutOptions } from '../../web/src/graph/force.ts';
import { radialLayout, radialPositions } from '../../web/src/graph/radial.ts';
import {
  aggregatePartners,
  CONFIDENCE_STYLES,
  fitLabel,
  HEAT_STOPS,
  heatByScore,
  heatColor,
  LEVEL_COLORS,
  measureSize,
  nodeColor,
  partySize,
  ROLE_STYLES,
  stylesheet,
  toElements,
  UNRANKED_COLOR,
} from '../../web/src/lib/graphStyle.ts';
import { toChoices } from '../../web/src/lib/choices.ts';
import { mergeSubgraphs } from '../../web/src/lib/subgraph.ts';
import { MESSAGES } from '../../web/src/lib/i18n.ts';
import { ROLES, type GraphNode, type Subgraph } from '../../web/src/lib/vocabulary.ts';

const unit = (id: string, load: number, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  type: 'UNIT',
  label: id.split(':')[1]!,
  jurisdiction: id.split(':')[0]!,
  level: 'DISTRICT',
  kind: 'DEPARTMENT',
  load,
  ...extra,
});
const measure = (id: string): GraphNode => ({
  id,
  type: 'MEASURE',
  label: `1. ${id}`,
  jurisdiction: '大兴区',
  level: null,
  kind: null,
  load: 3,
});

const graph: Subgraph = {
  nodes: [
    unit('大兴区:区城市管理委', 86),
    unit('大兴区:区水务局', 59),
    unit('北京市:市生态环境局', 200, { level: 'CITY' }),
    unit('大兴区:各镇人民政府', 30, { kind: 'COLLECTIVE' }),
    measure('m1'),
    {
      id: 'person:大兴区:张三',
      type: 'PERSON',
      label: '张三',
      jurisdiction: '大兴区',
      level: null,
      kind: null,
      load: 2,
    },
  ],
  edges: [
    { id: 'e1', source: '大兴区:区城市管理委', target: 'm1', role: 'LEAD', confidence: 'CERTAIN' },
    { id: 'e2', source: '大兴区:区水务局', target: 'm1', role: 'COOP', confidence: 'UNCLEAR' },
    { id: 'e3', source: '北京市:市生态环境局', target: 'm1', role: 'RESPONSIBLE', confidence: 'LIKELY' },
    { id: 'e4', source: 'person:大兴区:张三', target: 'm1', role: 'LEADER', confidence: 'CERTAIN' },
  ],
};

describe('styling rules', () => {
  it('draws each role distinctly: no two share colour and line', () => {
    const looks = ROLES.map((r) => `${ROLE_STYLES[r].color}/${ROLE_STYLES[r].line}`);
    expect(new Set(looks).size).toBe(4);
    expect(new Set(ROLES.map((r) => ROLE_STYLES[r].color)).size).toBe(4);
    expect(ROLE_STYLES.LEAD.width).toBeGreaterThan(ROLE_STYLES.COOP.width);
    expect(ROLE_STYLES.COOP.line).toBe('dashed');
    expect(ROLE_STYLES.LEADER.line).toBe('dotted');
  });

  it('colours levels distinctly and sizes parties by load, within bounds', () => {
    expect(new Set(Object.values(LEVEL_COLORS)).size).toBe(4);
    expect(partySize(0)).toBeLessThan(partySize(10));
    expect(partySize(10)).toBeLessThan(partySize(100));
    expect(partySize(100_000)).toBe(partySize(1_000_000));
    expect(measureSize(2)).toBeLessThan(partySize(2));
  });

  it('has a heat scale from its first stop to its last, clamped', () => {
    expect(heatColor(0)).toBe(HEAT_STOPS[0]);
    expect(heatColor(1)).toBe(HEAT_STOPS[HEAT_STOPS.length - 1]);
    expect(heatColor(-5)).toBe(heatColor(0));
    expect(heatColor(7)).toBe(heatColor(1));
    expect(heatColor(0.5)).toMatch(/^#[0-9a-f]{6}$/);
    const heat = heatByScore([
      { unit: { id: 'a' }, score: 50 },
      { unit: { id: 'b' }, score: 100 },
    ]);
    expect([heat.get('a'), heat.get('b')]).toEqual([0.5, 1]);
  });

  it('colours by level, or by heat with unranked units grey', () => {
    const [a, , city] = graph.nodes as [GraphNode, GraphNode, GraphNode];
    expect(nodeColor(a)).toBe(LEVEL_COLORS.DISTRICT);
    expect(nodeColor(city)).toBe(LEVEL_COLORS.CITY);
    const heat = new Map([[a.id, 1]]);
    expect(nodeColor(a, heat)).toBe(heatColor(1));
    expect(nodeColor(city, heat)).toBe(UNRANKED_COLOR);
  });

  it('turns an API subgraph into elements with role, collective, focus and uncertainty classes', () => {
    const els = toElements(graph, { focusIds: ['大兴区:区城市管理委'] });
    const byId = new Map(els.map((e) => [e.data.id, e]));
    expect(els).toHaveLength(10);
    expect(byId.get('大兴区:区城市管理委')!.classes).toEqual(['unit', 'focus']);
    expect(byId.get('大兴区:各镇人民政府')!.classes).toEqual(['unit', 'collective']);
    expect(byId.get('m1')!.classes).toEqual(['measure']);
    expect(byId.get('e1')!.classes).toEqual(['lead']);
    // Partners' edges keep their own role, marked to be drawn muted.
    expect(byId.get('e2')!.classes).toEqual(['coop', 'uncertain', 'unclear', 'partner']);
    expect(byId.get('e3')!.classes).toEqual(['responsible', 'uncertain', 'likely', 'partner']);
    expect(byId.get('e4')!.classes).toEqual(['leader', 'partner']);
    // every class the elements use has a rule
    const selectors = stylesheet().map((b) => ('selector' in b ? b.selector : ''));
    for (const cls of [
      'measure',
      'person',
      'collective',
      'focus',
      'lead',
      'responsible',
      'coop',
      'leader',
      'uncertain',
      'likely',
      'unclear',
      'member',
      'partner',
      'label-on',
    ]) {
      expect(selectors.some((s) => s.includes(`.${cls}`))).toBe(true);
    }
  });

  it('draws likely and unclear readings each their own way, unlike each other and every role', () => {
    const rule = (selector: string) =>
      (
        stylesheet().find((b) => 'selector' in b && b.selector === selector) as unknown as {
          style: Record<string, unknown>;
        }
      ).style;
    const likely = rule('edge.likely');
    const unclear = rule('edge.unclear');
    expect(likely['line-dash-pattern']).toEqual(CONFIDENCE_STYLES.LIKELY.dash);
    expect(unclear['line-dash-pattern']).toEqual(CONFIDENCE_STYLES.UNCLEAR.dash);
    const patterns = [likely, unclear].map((s) => JSON.stringify(s['line-dash-pattern']));
    const roles = ROLES.map((r) => JSON.stringify(ROLE_STYLES[r].dash));
    expect(new Set([...patterns, ...roles]).size).toBe(patterns.length + new Set(roles).size);
    // Unclear is the fainter of the two; both stay visible.
    expect(CONFIDENCE_STYLES.UNCLEAR.opacity).toBeLessThan(CONFIDENCE_STYLES.LIKELY.opacity);
    expect(CONFIDENCE_STYLES.UNCLEAR.opacity).toBeGreaterThanOrEqual(0.4);
  });

  it('draws only the edges of the roles the filters keep (牵头 only: no one’s 协办 edge)', () => {
    const ids = toElements(graph, { roles: ['LEAD'] })
      .filter((e) => e.data.source)
      .map((e) => e.data.id);
    expect(ids).toEqual(['e1']);
  });

  it('hides units of other levels (and their edges) when a level is chosen, keeping the focus', () => {
    const els = toElements(graph, { level: 'CITY', focusIds: ['大兴区:区城市管理委'] });
    const ids = els.map((e) => e.data.id);
    expect(ids).toContain('大兴区:区城市管理委');
    expect(ids).toContain('北京市:市生态环境局');
    expect(ids).not.toContain('大兴区:区水务局');
    expect(ids).not.toContain('e2');
  });

  it('names district-relative units with their district on graphs spanning districts', () => {
    const els = toElements(graph, { qualifyDistrictNames: true });
    expect(els.find((e) => e.data.id === '大兴区:区水务局')!.data.label).toBe('区水务局·大兴区');
    expect(els.find((e) => e.data.id === '北京市:市生态环境局')!.data.label).toBe('市生态环境局');
  });

  it('draws an expanded collective’s members with membership edges, without duplicating nodes', () => {
    const members = [
      {
        id: '大兴区:西红门镇人民政府',
        name: '西红门镇人民政府',
        jurisdiction: '大兴区',
        level: 'TOWN' as const,
        kind: 'GOVERNMENT' as const,
      },
      {
        id: '大兴区:区水务局',
        name: '区水务局',
        jurisdiction: '大兴区',
        level: 'DISTRICT' as const,
        kind: 'DEPARTMENT' as const,
      },
    ];
    const els = toElements(graph, { memberships: [{ collectiveId: '大兴区:各镇人民政府', members }] });
    expect(els.filter((e) => e.data.id === '大兴区:区水务局')).toHaveLength(1);
    expect(els.filter((e) => e.classes?.includes('member'))).toHaveLength(2);
  });

  it('merges expansions by id', () => {
    const merged = mergeSubgraphs(graph, { nodes: [graph.nodes[0]!, measure('m2')], edges: [graph.edges[0]!] });
    expect(merged.nodes).toHaveLength(graph.nodes.length + 1);
    expect(merged.edges).toHaveLength(graph.edges.length);
  });
});

describe('search choices', () => {
  it('offers a shared name once for all its units, before each of them', () => {
    const s = (id: string, jurisdiction: string, sharedBy: number) => ({
      id,
      type: 'UNIT' as const,
      name: '区城市管理委',
      jurisdiction,
      level: 'DISTRICT' as const,
      matched: null,
      sharedBy,
    });
    const choices = toChoices([s('大兴区:区城市管理委', '大兴区', 2), s('通州区:区城市管理委', '通州区', 2)], true);
    expect(choices.map((c) => c.kind)).toEqual(['shared', 'one', 'one']);
    expect(choices[0]).toEqual({ kind: 'shared', name: '区城市管理委', jurisdictions: ['大兴区', '通州区'] });
    expect(toChoices([s('大兴区:区城市管理委', '大兴区', 2)], false).map((c) => c.kind)).toEqual(['one']);
  });
});

describe('i18n', () => {
  it('has every message in both languages', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
  });
});

describe('labels and the radial focus layout', () => {
  it('cuts long labels to about what fits, ending in an ellipsis, and leaves short ones alone', () => {
    expect(fitLabel('区城市管理委', 14)).toBe('区城市管理委');
    const cut = fitLabel('加强城市道路清扫保洁，提高道路机械化清扫率，减少道路扬尘污染', 9);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(9);
    expect(fitLabel('x'.repeat(100), 10).length).toBeLessThan(20);
  });

  it('puts the focus unit in the centre, its measures on a ring, the partners beyond', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, { focusIds: ['大兴区:区城市管理委'] }),
    });
    const at = radialPositions(cy, '大兴区:区城市管理委')!;
    const r = (id: string) => Math.hypot(at.get(id)!.x, at.get(id)!.y);
    expect(r('大兴区:区城市管理委')).toBe(0);
    expect(r('m1')).toBeGreaterThan(0);
    for (const id of ['大兴区:区水务局', '北京市:市生态环境局', 'person:大兴区:张三'])
      expect(r(id)).toBeGreaterThan(r('m1'));
    expect(at.size).toBe(cy.nodes().length);
    expect(radialPositions(cy, 'nobody')).toBeUndefined();
  });

  it('first joins each partner to the focus unit by one edge standing for its shared measures, in the same rings', () => {
    const centre = '大兴区:区城市管理委';
    const bigger = mergeSubgraphs(graph, {
      nodes: [measure('m2'), measure('m3')],
      edges: [
        { id: 'e5', source: centre, target: 'm2', role: 'COOP', confidence: 'CERTAIN' },
        { id: 'e6', source: '大兴区:区水务局', target: 'm2', role: 'LEAD', confidence: 'CERTAIN' },
        { id: 'e7', source: '大兴区:区水务局', target: 'm2', role: 'COOP', confidence: 'CERTAIN' },
        // Beyond the unit's measures (an expansion's): drawn as it is.
        { id: 'e8', source: '大兴区:区水务局', target: 'm3', role: 'LEAD', confidence: 'CERTAIN' },
      ],
    });
    const full = toElements(bigger, { focusIds: [centre] });
    const { elements, details } = aggregatePartners(full, centre);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.id).sort()).toEqual([
      'agg:person:大兴区:张三>大兴区:区城市管理委',
      'agg:北京市:市生态环境局>大兴区:区城市管理委',
      'agg:大兴区:区水务局>大兴区:区城市管理委',
      'e1',
      'e5',
      'e8',
    ]);
    const water = edges.find((e) => e.data.id === 'agg:大兴区:区水务局>大兴区:区城市管理委')!;
    // Two measures shared (m1 and m2), 牵头 on one and 协办 on both: drawn as 协办, muted like a partner's edge.
    expect(water.data).toMatchObject({ source: '大兴区:区水务局', target: centre, weight: 2, role: 'COOP' });
    expect(water.data.roles).toEqual({ COOP: 2, LEAD: 1 });
    expect(water.classes).toEqual(['agg', 'partner', 'coop']);
    expect(details.get('大兴区:区水务局')!.map((e) => e.data.id)).toEqual(['e2', 'e6', 'e7']);
    expect(details.get('m1')!.map((e) => e.data.id)).toEqual(['e2', 'e3', 'e4']);
    // A measure's tooltip still counts all its parties.
    expect(elements.find((e) => e.data.id === 'm1')!.data.parties).toBe(4);
    // Revealed (selected, expanded): the partner's own edges, no aggregate; a revealed measure keeps its edges.
    const open = aggregatePartners(full, centre, new Set(['大兴区:区水务局', 'm1']));
    const ids = open.elements.filter((e) => e.group === 'edges').map((e) => e.data.id);
    expect(ids).toEqual(expect.arrayContaining(['e2', 'e3', 'e4', 'e6', 'e7']));
    expect(ids).not.toContain('agg:大兴区:区水务局>大兴区:区城市管理委');
    expect(ids).toContain('agg:北京市:市生态环境局>大兴区:区城市管理委');
    // The rings are the same either way: a partner sits by the measures it shares.
    const ring = (els: typeof full) =>
      radialPositions(cytoscape({ headless: true, styleEnabled: true, elements: els }), centre)!;
    const before = ring(full.filter((e) => e.data.id !== 'e8' && e.data.id !== 'm3'));
    const after = ring(elements.filter((e) => e.data.id !== 'e8' && e.data.id !== 'm3'));
    for (const [id, at] of before) expect(after.get(id), id).toEqual(at);
  });

  const GROWS_DRAWN_GRAPH =
    'grows a drawn graph around what is there: drawn nodes stay put, new ones are placed beside their neighbours';
  it(GROWS_DRAWN_GRAPH, () => {
    cytoscape.use(fcose);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, { focusIds: ['大兴区:区城市管理委'] }),
    });
    cy.layout(radialLayout(radialPositions(cy, '大兴区:区城市管理委')!)).run();
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const kept = cy.nodes();
    // Members of the collective, as an expansion adds them: beside it, edges to it.
    const collective = cy.getElementById('大兴区:各镇人民政府').position();
    const added = cy.add(
      ['采育镇', '礼贤镇', '榆垡镇'].flatMap((name, i) => [
        {
          group: 'nodes' as const,
          data: { id: `大兴区:${name}人民政府`, label: name, size: 20 },
          position: { x: collective.x + i, y: collective.y - i },
        },
        {
          group: 'edges' as const,
          data: { id: `member:${name}`, source: '大兴区:各镇人民政府', target: `大兴区:${name}人民政府` },
        },
      ]),
    );
    cy.layout(layoutOptions(cy.nodes().length, kept)).run();
    for (const [id, at] of before) {
      const now = cy.getElementById(id).position();
      expect(Math.hypot(now.x - at.x, now.y - at.y), id).toBeLessThan(1);
    }
    const placed = added.nodes().map((n) => n.position());
    // Spread out from one another, and near the collective they belong to.
    for (const [i, p] of placed.entries()) {
      for (const q of placed.slice(i + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(20);
      expect(Math.hypot(p.x - collective.x, p.y - collective.y)).toBeLessThan(400);
    }
  });
});
