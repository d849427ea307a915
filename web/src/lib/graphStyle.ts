/**
 * How the graph looks: one source for the Cytoscape stylesheet and the legend, so what the
 * legend explains is what is drawn. Roles are edges (distinct by colour, width and dash),
 * levels are node colours, load is node size, collectives a dashed hexagon.
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { memberEdgeId, memberNodes, mergeSubgraphs, type Membership } from './subgraph.ts';
import { ROLES, type Confidence, type GraphNode, type Level, type Role, type Subgraph } from './vocabulary.ts';

export interface RoleStyle {
  color: string;
  width: number;
  /** 'solid' | 'dashed' | 'dotted', as Cytoscape and SVG both understand them. */
  line: 'solid' | 'dashed' | 'dotted';
  /** The dash pattern in pixels, for dashed and dotted lines. */
  dash: number[];
}

export const ROLE_STYLES: Record<Role, RoleStyle> = {
  LEAD: { color: '#9b1c1c', width: 3.2, line: 'solid', dash: [] },
  RESPONSIBLE: { color: '#e07b14', width: 2.4, line: 'solid', dash: [] },
  COOP: { color: '#2f6db5', width: 1.4, line: 'dashed', dash: [6, 3] },
  LEADER: { color: '#7d3c98', width: 2.2, line: 'dotted', dash: [1.5, 3] },
};

/**
 * How a reading the table's layout does not state is drawn, over its role's colour and width:
 * likely (the measure text names the party) dash-dot, unclear (order only) sparse round dots and
 * fainter. Both patterns differ from every role's own (协办 dashed, 牵头领导 dotted). Both are
 * Cytoscape dashes: its 'dotted' ignores the pattern; a dash of 0.1 px with round caps is a dot.
 */
export interface ConfidenceStyle {
  dash: number[];
  cap: 'butt' | 'round';
  opacity: number;
}

export const UNCERTAIN_CONFIDENCES = ['LIKELY', 'UNCLEAR'] as const satisfies readonly Confidence[];

export const CONFIDENCE_STYLES: Record<(typeof UNCERTAIN_CONFIDENCES)[number], ConfidenceStyle> = {
  LIKELY: { dash: [9, 3, 2, 3], cap: 'butt', opacity: 0.75 },
  UNCLEAR: { dash: [0.1, 6], cap: 'round', opacity: 0.5 },
};

export const LEVEL_COLORS: Record<Level, string> = {
  CITY: '#17456e',
  DISTRICT: '#12877a',
  TOWN: '#80b13a',
  OTHER: '#8a9099',
};

export const PERSON_COLOR = ROLE_STYLES.LEADER.color;
export const MEASURE_COLOR = '#f3ead3';
export const MEASURE_BORDER = '#b49e6a';
/** Units outside the ranking on a heat-coloured graph. */
export const UNRANKED_COLOR = '#d5d8dc';
/** Edges from an expanded collective to its members. */
export const MEMBER_EDGE_COLOR = '#7f8c8d';
/** How strongly partners' edges show beside the focus unit's own (legend and graph). */
export const PARTNER_EDGE_OPACITY = 0.3;
/** An aggregated partner edge's width, px: `min` for one shared measure, `max` from `at` shared measures on. */
export const AGGREGATE_WIDTH = { min: 1, max: 7, at: 30 } as const;
export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Party node diameter: grows with the square root of load so a few giants do not swamp the rest. */
export function partySize(load: number): number {
  return Math.min(64, 14 + 4 * Math.sqrt(Math.max(0, load)));
}

/** Measure node size by its number of parties. */
export function measureSize(parties: number): number {
  return Math.min(26, 9 + 2.5 * Math.sqrt(Math.max(0, parties)));
}

/** Stops of the heat scale, light to dark, at 0, 1/3, 2/3 and 1. */
export const HEAT_STOPS = ['#fde9a9', '#f5a142', '#d0402b', '#6b0d12'] as const;

/** The heat colour for t in [0, 1] (clamped), interpolated between the stops in RGB. */
export function heatColor(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (HEAT_STOPS.length - 1);
  const i = Math.min(HEAT_STOPS.length - 2, Math.floor(x));
  const [a, b] = [rgb(HEAT_STOPS[i]!), rgb(HEAT_STOPS[i + 1]!)];
  const mix = a.map((v, k) => Math.round(v + (b[k]! - v) * (x - i)));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** The fill of a node: level colour for units, heat when a heat map is given. */
export function nodeColor(node: GraphNode, heat?: ReadonlyMap<string, number>): string {
  if (node.type === 'MEASURE') return MEASURE_COLOR;
  if (heat) return heat.has(node.id) ? heatColor(heat.get(node.id)!) : UNRANKED_COLOR;
  if (node.type === 'PERSON') return PERSON_COLOR;
  return LEVEL_COLORS[node.level ?? 'OTHER'];
}

/** District-relative names (区水务局) are ambiguous on a graph spanning districts; say whose. */
export function nodeLabel(node: GraphNode, qualifyDistrictNames: boolean): string {
  return qualifyDistrictNames && node.type !== 'MEASURE' && node.label.startsWith('区')
    ? `${node.label}·${node.jurisdiction}`
    : node.label;
}

export interface ElementOptions {
  /** Units drawn at the centre, larger and outlined. */
  focusIds?: readonly string[];
  /** Unit id → 0..1: colours units as a heat scale instead of by level. */
  heat?: ReadonlyMap<string, number>;
  /** Show only units of this level (measures, persons and focus units stay). */
  level?: Level;
  qualifyDistrictNames?: boolean;
  /** Collectives the user expanded, drawn with their members. */
  memberships?: readonly Membership[];
  /**
   * The roles the filters keep (empty or absent: all). The API's graph has every party of a kept
   * measure; with 牵头 only, other parties' 协办 edges would still be drawn.
   */
  roles?: readonly Role[];
}

/**
 * Labels' length, in ems: a party's name in full up to 14 characters, a measure's task number and
 * first words (labels.ts draws them at a fixed size on screen, so ems are what counts).
 */
const PARTY_LABEL_EMS = 14;
const MEASURE_LABEL_EMS = 9;

/**
 * A label cut to about what fits `maxWidth` at `font` px, ending in '…'. Cytoscape's own
 * ellipsis measures the text once per character until it overflows (hundreds of ms for a
 * thousand long measure texts); cut beforehand it measures once. Wide (CJK) characters
 * count a full em, narrow ones about half; Cytoscape's ellipsis still trims an estimate
 * that came out a little long.
 */
export function fitLabel(text: string, room: number): string {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += text.charCodeAt(i) > 0x2e7f ? 1 : 0.55;
    if (used > room) return `${text.slice(0, Math.max(1, i - 1))}…`;
  }
  return text;
}

/** Cytoscape elements for an API subgraph. */
export function toElements(base: Subgraph, options: ElementOptions = {}): ElementDefinition[] {
  const memberships = options.memberships ?? [];
  const graph = mergeSubgraphs(base, { nodes: memberships.flatMap(memberNodes), edges: [] });
  const focus = new Set(options.focusIds ?? []);
  const hidden = new Set(
    graph.nodes
      .filter((n) => options.level && n.type === 'UNIT' && n.level !== options.level && !focus.has(n.id))
      .map((n) => n.id),
  );
  const nodes: ElementDefinition[] = graph.nodes
    .filter((n) => !hidden.has(n.id))
    .map((n) => ({
      group: 'nodes',
      data: {
        id: n.id,
        label:
          n.type === 'MEASURE'
            ? fitLabel(n.label, MEASURE_LABEL_EMS)
            : fitLabel(nodeLabel(n, options.qualifyDistrictNames ?? false), PARTY_LABEL_EMS),
        name: n.type === 'MEASURE' ? n.label : nodeLabel(n, options.qualifyDistrictNames ?? false),
        jurisdiction: n.jurisdiction,
        type: n.type,
        level: n.level,
        load: n.load,
        color: nodeColor(n, options.heat),
        size: n.type === 'MEASURE' ? measureSize(n.load) : Math.max(partySize(n.load), focus.has(n.id) ? 60 : 0),
      },
      classes: nodeClasses(n, focus.has(n.id)),
    }));
  const roles = new Set(options.roles ?? []);
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => !hidden.has(e.source) && !hidden.has(e.target) && (roles.size === 0 || roles.has(e.role)))
    .map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, role: e.role },
      classes: [
        e.role.toLowerCase(),
        // Not what the table's layout states: likely (the text names the party) or unclear, each drawn its own way.
        ...(e.confidence !== 'CERTAIN' ? ['uncertain', e.confidence.toLowerCase()] : []),
        // Around a focus unit, everyone else's duties are context: drawn in their own role, muted.
        ...(focus.size > 0 && !focus.has(e.source) ? ['partner'] : []),
      ],
    }));
  const memberEdges: ElementDefinition[] = memberships.flatMap((m) =>
    m.members
      .filter((u) => !hidden.has(u.id) && !hidden.has(m.collectiveId))
      .map((u) => ({
        group: 'edges',
        data: { id: memberEdgeId(m.collectiveId, u.id), source: m.collectiveId, target: u.id },
        classes: ['member'],
      })),
  );
  return [...nodes, ...edges, ...memberEdges];
}

/** The id of the one edge that joins `partnerId` to the focus unit `centreId` in a first drawing. */
export const aggregateEdgeId = (centreId: string, partnerId: string): string => `agg:${partnerId}>${centreId}`;

export interface AggregatedElements {
  elements: ElementDefinition[];
  /**
   * The measure edges the aggregates stand for, by node: a partner's edges to the focus unit's
   * measures, a measure's edges from aggregated partners (what hovering it draws for a moment).
   */
  details: Map<string, ElementDefinition[]>;
}

/**
 * The focus view's first drawing: each partner (a unit or a lead official on the focus unit's
 * measures) joined to the focus unit by one edge standing for all the measures they share
 * (`weight`: how many; drawn in the partner's main role there, muted like partners' edges), not
 * by one edge per measure. Partners and measures in `reveal` keep their own edges (a selected or
 * expanded partner, a selected measure; a revealed partner has no aggregate). The measure edges
 * left out are in `details`. Edges beyond the focus unit's measures (an expansion's) stay as they are.
 */
export function aggregatePartners(
  elements: readonly ElementDefinition[],
  centreId: string,
  reveal: ReadonlySet<string> = new Set(),
): AggregatedElements {
  const isDuty = (d: ElementDefinition) => d.group === 'edges' && typeof d.data.role === 'string';
  const own = new Set<string>();
  // A measure's parties, counted before its edges are aggregated (its tooltip says how many).
  const parties = new Map<string, number>();
  for (const d of elements) {
    if (!isDuty(d)) continue;
    if (d.data.source === centreId) own.add(String(d.data.target));
    parties.set(String(d.data.target), (parties.get(String(d.data.target)) ?? 0) + 1);
  }
  const nodes: ElementDefinition[] = [];
  const kept: ElementDefinition[] = [];
  const details = new Map<string, ElementDefinition[]>();
  const shared = new Map<string, { measures: Set<string>; roles: Partial<Record<Role, number>> }>();
  for (const d of elements) {
    if (d.group !== 'edges') {
      nodes.push(
        own.has(String(d.data.id)) ? { ...d, data: { ...d.data, parties: parties.get(String(d.data.id)) } } : d,
      );
      continue;
    }
    const source = String(d.data.source);
    const target = String(d.data.target);
    if (!isDuty(d) || source === centreId || !own.has(target)) {
      kept.push(d);
      continue;
    }
    let partner = shared.get(source);
    if (!partner) shared.set(source, (partner = { measures: new Set(), roles: {} }));
    partner.measures.add(target);
    const role = d.data.role as Role;
    partner.roles[role] = (partner.roles[role] ?? 0) + 1;
    if (reveal.has(source) || reveal.has(target)) {
      kept.push(d);
      continue;
    }
    for (const id of [source, target]) {
      const list = details.get(id);
      if (list) list.push(d);
      else details.set(id, [d]);
    }
  }
  const aggregates: ElementDefinition[] = [];
  for (const [partnerId, { measures, roles }] of shared) {
    if (reveal.has(partnerId)) continue;
    // The partner's main role on the shared measures (ties to the weightier role, in ROLES' order).
    const main = ROLES.reduce((a, b) => ((roles[b] ?? 0) > (roles[a] ?? 0) ? b : a));
    aggregates.push({
      group: 'edges',
      data: {
        id: aggregateEdgeId(centreId, partnerId),
        source: partnerId,
        target: centreId,
        role: main,
        weight: measures.size,
        roles,
        measures: [...measures],
      },
      classes: ['agg', 'partner', main.toLowerCase()],
    });
  }
  return { elements: [...nodes, ...kept, ...aggregates], details };
}

function nodeClasses(node: GraphNode, isFocus: boolean): string[] {
  return [
    node.type.toLowerCase(),
    ...(node.kind === 'COLLECTIVE' ? ['collective'] : []),
    ...(isFocus ? ['focus'] : []),
  ];
}

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        // Labels come and go with the zoom (graph/labels.ts): only `.label-on` nodes draw theirs,
        // at a font size (data fs) that makes them a fixed size on screen.
        label: '',
        'font-family': FONT_STACK,
        color: '#1f2a36',
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'text-wrap': 'none',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'node.measure',
      style: {
        shape: 'round-rectangle',
        color: '#5c4a1f',
        'border-color': MEASURE_BORDER,
      },
    },
    { selector: 'node.person', style: { shape: 'diamond' } },
    {
      selector: 'node.collective',
      style: { shape: 'round-hexagon', 'border-style': 'dashed', 'border-width': 2.5, 'border-color': '#24313f' },
    },
    {
      selector: 'node.focus',
      style: { 'border-width': 4, 'border-color': '#111a24', 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'node.label-on',
      style: { label: 'data(label)', 'font-size': 'data(fs)', 'text-outline-width': 'mapData(fs, 0, 600, 0, 100)' },
    },
    {
      selector: 'node:selected',
      style: {
        'underlay-color': '#f2c230',
        'underlay-opacity': 0.6,
        'underlay-padding': 6,
        'underlay-shape': 'ellipse',
        'z-index': 20,
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'straight', opacity: 0.8, width: 1.2, 'line-color': '#95a5a6' },
    },
    ...ROLES.map((role) => ({
      selector: `edge.${role.toLowerCase()}`,
      style: {
        'line-color': ROLE_STYLES[role].color,
        width: ROLE_STYLES[role].width,
        'line-style': ROLE_STYLES[role].line,
        ...(ROLE_STYLES[role].dash.length > 0 && { 'line-dash-pattern': ROLE_STYLES[role].dash }),
      },
    })),
    { selector: 'edge.uncertain', style: { opacity: 0.4 } },
    // Likely and unclear readings: their own dash over the role's colour and width.
    ...UNCERTAIN_CONFIDENCES.map((c) => ({
      selector: `edge.${c.toLowerCase()}`,
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': CONFIDENCE_STYLES[c].dash,
        'line-cap': CONFIDENCE_STYLES[c].cap,
        opacity: CONFIDENCE_STYLES[c].opacity,
      },
    })),
    // Partners' duties: their own role's colour and dash, thinner and faint behind the focus unit's.
    ...ROLES.map((role) => ({
      selector: `edge.partner.${role.toLowerCase()}`,
      style: { width: Math.max(0.8, ROLE_STYLES[role].width * 0.45), opacity: PARTNER_EDGE_OPACITY },
    })),
    { selector: 'edge.partner.uncertain', style: { opacity: PARTNER_EDGE_OPACITY / 2 } },
    // A partner joined to the focus unit by one edge: the more measures they share, the wider.
    {
      selector: 'edge.agg',
      style: { width: `mapData(weight, 1, ${AGGREGATE_WIDTH.at}, ${AGGREGATE_WIDTH.min}, ${AGGREGATE_WIDTH.max})` },
    },
    {
      selector: 'edge.member',
      style: { 'line-color': MEMBER_EDGE_COLOR, width: 1, 'line-style': 'dashed', 'line-dash-pattern': [2, 4] },
    },
    // Hover and keyboard: the neighbourhood stands out, the rest fades.
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.near', style: { opacity: 1, 'z-index': 15 } },
    {
      selector: 'node.hovered, node.kb-active',
      style: { 'border-width': 3, 'border-color': '#1d5fa8', 'z-index': 25 },
    },
    { selector: '.hidden', style: { display: 'none' } },
    // Groups (the overview's jurisdictions or levels): a labelled box when open, a disc sized by load when closed.
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(color)',
        'background-opacity': 0.85,
        'border-width': 2,
        'border-color': '#24313f',
        color: 'data(textColor)',
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-outline-width': 0,
      },
    },
    // A closed group's name and load sit under its disc, dark on a white outline: a small disc cannot hold them.
    {
      selector: 'node.group.collapsed',
      style: {
        shape: 'ellipse',
        color: '#111a24',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 'mapData(fs, 0, 600, 0, 100)',
      },
    },
    {
      selector: 'node.group:parent',
      style: {
        'background-color': '#f4f6f8',
        'background-opacity': 1,
        'border-color': '#8a96a3',
        color: '#111a24',
        'text-valign': 'top',
        padding: 18,
      },
    },
    {
      selector: 'edge:selected',
      style: { opacity: 1, 'underlay-color': '#f2c230', 'underlay-opacity': 0.5, 'underlay-padding': 3 },
    },
  ] as StylesheetJson;
}

/** Heat of each ranked unit: its score over the top score. */
export function heatByScore(rows: readonly { unit: { id: string }; score: number }[]): Map<string, number> {
  const max = Math.max(0, ...rows.map((r) => r.score));
  return new Map(rows.map((r) => [r.unit.id, max > 0 ? r.score / max : 0]));
}
