/**
 * The overview: every unit under the filters, grouped (compound nodes, "combos") by jurisdiction,
 * by level or by plan. A unit serves several plans, so grouped by plan it is drawn once in each
 * (node ids `${planId}|${unitId}`, the unit's id in `unitId`), with its load in that plan. A
 * closed group is one disc sized and coloured by its units' load (a plan's: by its duties); an
 * open one holds its units, the most loaded at its centre (a sunflower spiral), so the hot ones
 * are never buried in a clump. Positions are computed here, not by a force layout: drawing all Beijing costs no
 * layout, and narrowing it moves nothing.
 */
import type { ElementDefinition, Position } from 'cytoscape';
import { heatColor, partySize } from '../lib/graphStyle.ts';
import { levelLabel, MESSAGES, roleLabel, type Lang } from '../lib/i18n.ts';
import type { Grouping } from '../lib/state.ts';
import { LEVELS, roleKey, ROLES, type Level, type Topic, type UnitLoadRow } from '../lib/vocabulary.ts';

/** Options of the overview's placement: named, as a layout's options are. */
export const OVERVIEW_LAYOUT = {
  /** Distance between neighbouring units of a spiral, px (the spiral's radius grows with its square root). */
  spiralStep: 52,
  /** Room around each group's spiral, px. */
  groupMargin: 140,
};

export interface Group {
  id: string;
  key: string;
  label: string;
  units: UnitLoadRow[];
  /** The units' load; a plan group's is its count of duties (known before it is opened). */
  load: number;
  /** Plan groups only: the plan, and how many units at most it may hold (room kept for them). */
  plan?: PlanGroupInfo & { room: number };
}

/** What a closed plan group shows: the plan and its count of duties (`stats { byPlan }`). */
export interface PlanGroupInfo {
  id: string;
  title: string;
  topic: Topic;
  topicLabel: string;
  jurisdiction: string;
  year: number;
  assignments: number;
}

/** The id of a unit's node in a group: the unit's own, or in a plan group one per plan. */
export const unitNodeId = (group: Pick<Group, 'key' | 'plan'>, unitId: string): string =>
  group.plan ? `${group.key}|${unitId}` : unitId;

export const groupId = (grouping: Grouping, key: string): string => `group:${grouping}:${key}`;

/** Units into groups, each group's units most loaded first, groups by load. */
export function groupUnits(rows: readonly UnitLoadRow[], grouping: Grouping, lang: Lang): Group[] {
  // A loop rather than Map.groupBy, which neither Node 20 (the unit tests) nor the root tsconfig's lib has.
  const byKey = new Map<string, UnitLoadRow[]>();
  for (const r of rows) {
    const key = grouping === 'level' ? r.unit.level : r.unit.jurisdiction;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const groups = [...byKey].map(([key, units]): Group => ({
    id: groupId(grouping, key),
    key,
    label: grouping === 'level' ? levelLabel(lang, key as Level) : key,
    units: [...units].sort(byLoad),
    load: units.reduce((sum, u) => sum + u.score, 0),
  }));
  const order = (g: Group) => (grouping === 'level' ? LEVELS.indexOf(g.key as Level) : -g.load);
  return groups.sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key));
}

const byLoad = (a: UnitLoadRow, b: UnitLoadRow) => b.score - a.score || a.unit.id.localeCompare(b.unit.id);

/**
 * Plans into groups, by their count of duties: a group holds the plan's units (in `units`, by plan
 * id, for the plans whose units are known: the opened ones) with their load in it. Labels are short
 * (大兴区 2023 大气), numbered where several plans would share one. `rows` (every unit under the
 * filters) bounds how many units a plan can have: those of its jurisdiction, and one per other
 * jurisdiction (a city plan names the district governments), never more than its duties.
 */
export function planGroups(
  plans: readonly PlanGroupInfo[],
  units: ReadonlyMap<string, readonly UnitLoadRow[]>,
  rows: readonly UnitLoadRow[],
  lang: Lang,
): Group[] {
  const t = MESSAGES[lang];
  const perJurisdiction = new Map<string, number>();
  for (const r of rows)
    if (r.score > 0) perJurisdiction.set(r.unit.jurisdiction, (perJurisdiction.get(r.unit.jurisdiction) ?? 0) + 1);
  // Plans that would share a label, in the order of their ids.
  const shared = new Map<string, PlanGroupInfo[]>();
  for (const p of [...plans].sort((a, b) => a.id.localeCompare(b.id))) {
    const label = t.planGroupLabel(p.jurisdiction, p.year, p.topic);
    shared.set(label, [...(shared.get(label) ?? []), p]);
  }
  const groups = plans
    .filter((p) => p.assignments > 0)
    .map((p): Group => {
      const label = t.planGroupLabel(p.jurisdiction, p.year, p.topic);
      const same = shared.get(label) ?? [];
      const room = Math.min(p.assignments, (perJurisdiction.get(p.jurisdiction) ?? 0) + perJurisdiction.size - 1);
      return {
        id: groupId('plan', p.id),
        key: p.id,
        label: same.length > 1 ? `${label} (${same.indexOf(p) + 1})` : label,
        units: (units.get(p.id) ?? []).filter((u) => u.score > 0).sort(byLoad),
        load: p.assignments,
        plan: { ...p, room: Math.max(1, room) },
      };
    });
  return groups.sort((a, b) => b.load - a.load || a.key.localeCompare(b.key));
}

/** A closed group's diameter: grows with the square root of its load. */
export function groupSize(load: number): number {
  return Math.min(320, 60 + 3 * Math.sqrt(Math.max(0, load)));
}

/** A closed plan group's diameter: by its count of duties (a few hundred), so larger for the same number. */
export function planGroupSize(assignments: number): number {
  return Math.min(360, 80 + 12 * Math.sqrt(Math.max(0, assignments)));
}

const discSize = (g: Group): number => (g.plan ? planGroupSize(g.load) : groupSize(g.load));

/** The n-th position of a sunflower spiral around `c` (n = 0 at the centre). */
function spiral(c: Position, n: number): Position {
  const r = OVERVIEW_LAYOUT.spiralStep * Math.sqrt(n);
  const a = n * 2.399963; // the golden angle, radians
  return { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
}

/** Positions of every group (closed) and every unit (as if its group were open), on a grid of equal cells. */
export function overviewPositions(groups: readonly Group[]): Map<string, Position> {
  // A plan group's units are known once it is opened: room is kept for them, so opening moves nothing.
  const biggest = Math.max(1, ...groups.map((g) => g.plan?.room ?? g.units.length));
  const cell =
    2 * Math.max(OVERVIEW_LAYOUT.spiralStep * Math.sqrt(biggest), Math.max(0, ...groups.map(discSize)) / 2) +
    OVERVIEW_LAYOUT.groupMargin;
  const columns = Math.max(1, Math.ceil(Math.sqrt(groups.length)));
  // Plan groups are many, with long labels: every other column half a cell down, so neighbours' labels never meet.
  const stagger = groups.some((g) => g.plan) ? cell / 2 : 0;
  const positions = new Map<string, Position>();
  groups.forEach((g, i) => {
    const column = i % columns;
    const centre = { x: column * cell, y: Math.floor(i / columns) * cell + (column % 2) * stagger };
    positions.set(g.id, centre);
    g.units.forEach((u, n) => positions.set(unitNodeId(g, u.unit.id), spiral(centre, n)));
  });
  return positions;
}

export interface OverviewOptions {
  lang: Lang;
  /** Groups drawn open (ids). */
  open: ReadonlySet<string>;
}

/** The overview's elements: closed groups as discs, open ones with their units inside. */
export function overviewElements(groups: readonly Group[], options: OverviewOptions): ElementDefinition[] {
  const t = MESSAGES[options.lang];
  const topGroup = Math.max(1, ...groups.map((g) => g.load));
  const topUnit = Math.max(1, ...groups.flatMap((g) => g.units.map((u) => u.score)));
  const elements: ElementDefinition[] = [];
  for (const g of groups) {
    // A plan group opens once its units are known.
    const open = options.open.has(g.id) && (!g.plan || g.units.length > 0);
    const unitLoad = g.units.reduce((sum, u) => sum + u.score, 0);
    const plan = g.plan && {
      name: g.plan.title,
      tip: [
        `${g.plan.jurisdiction} · ${g.plan.year} · ${g.plan.topicLabel}`,
        open ? t.groupTip(g.units.length, unitLoad) : t.planGroupDuties(g.plan.assignments),
      ],
    };
    elements.push({
      group: 'nodes',
      data: {
        id: g.id,
        label: open
          ? `${g.label} · ${t.groupLabel(g.units.length, g.plan ? unitLoad : g.load)}`
          : `${g.label}\n${g.load}`,
        name: g.label,
        ...plan,
        load: g.load,
        members: g.units.length,
        size: discSize(g),
        color: heatColor(g.load / topGroup),
        // Dark text on the light end of the heat scale, white on the dark end.
        textColor: g.load / topGroup > 0.45 ? '#ffffff' : '#111a24',
      },
      classes: ['group', ...(open ? [] : ['collapsed'])],
    });
    if (!open) continue;
    for (const u of g.units) {
      const roles = ROLES.filter((r) => u.counts[roleKey(r)] > 0).map(
        (r) => `${roleLabel(options.lang, r)} ${u.counts[roleKey(r)]}`,
      );
      elements.push({
        group: 'nodes',
        data: {
          id: unitNodeId(g, u.unit.id),
          unitId: u.unit.id,
          parent: g.id,
          label: u.unit.name,
          name: u.unit.name,
          type: 'UNIT',
          jurisdiction: u.unit.jurisdiction,
          level: u.unit.level,
          load: u.score,
          color: heatColor(u.score / topUnit),
          size: partySize(u.score / 2),
          tip: [
            ...(g.plan ? [g.label] : []),
            `${u.unit.jurisdiction} · ${levelLabel(options.lang, u.unit.level)}`,
            t.tipScore(u.score),
            roles.join(' · '),
          ],
        },
        classes: ['unit', ...(u.unit.kind === 'COLLECTIVE' ? ['collective'] : [])],
      });
    }
  }
  return elements;
}

/** Plan groups opened at once by 展开全部: past this, open them one by one (each asks the API). */
export const OPEN_ALL_PLANS = 20;
/**
 * Units drawn at once by 展开全部: past this, open groups one by one. Cytoscape restyles a compound
 * node's members with every property it sets, so the cost grows faster than the units: all 1,723 of
 * the ×100 graph were not drawn in 5 minutes (BENCHMARKS.md).
 */
export const OPEN_ALL_UNITS = 800;

/** Why 展开全部 is refused for these groups, if it is: too many plan groups, or too many units to draw. */
export function openAllRefusal(
  groups: readonly Group[],
  grouping: Grouping,
): { too: 'groups' | 'units'; count: number } | undefined {
  if (grouping === 'plan') return groups.length > OPEN_ALL_PLANS ? { too: 'groups', count: groups.length } : undefined;
  const units = groups.reduce((sum, g) => sum + g.units.length, 0);
  return units > OPEN_ALL_UNITS ? { too: 'units', count: units } : undefined;
}
