/**
 * The overview: every unit under the filters, grouped (compound nodes, "combos") by jurisdiction
 * or by level. A closed group is one disc sized and coloured by its units' load; an open one holds
 * its units, the most loaded at its centre (a sunflower spiral), so the hot ones are never buried
 * in a clump. Positions are computed here, not by a force layout: drawing all Beijing costs no
 * layout, and narrowing it moves nothing.
 */
import type { ElementDefinition, Position } from 'cytoscape';
import { heatColor, partySize } from '../lib/graphStyle.ts';
import { levelLabel, MESSAGES, roleLabel, type Lang } from '../lib/i18n.ts';
import type { Grouping } from '../lib/state.ts';
import { LEVELS, roleKey, ROLES, type Level, type UnitLoadRow } from '../lib/vocabulary.ts';

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
  load: number;
}

export const groupId = (grouping: Grouping, key: string): string => `group:${grouping}:${key}`;

/** Units into groups, each group's units most loaded first, groups by load. */
export function groupUnits(rows: readonly UnitLoadRow[], grouping: Grouping, lang: Lang): Group[] {
  const byKey = Map.groupBy(rows, (r) => (grouping === 'level' ? r.unit.level : r.unit.jurisdiction));
  const groups = [...byKey].map(([key, units]) => ({
    id: groupId(grouping, key),
    key,
    label: grouping === 'level' ? levelLabel(lang, key as Level) : key,
    units: [...units].sort((a, b) => b.score - a.score || a.unit.id.localeCompare(b.unit.id)),
    load: units.reduce((sum, u) => sum + u.score, 0),
  }));
  const order = (g: Group) => (grouping === 'level' ? LEVELS.indexOf(g.key as Level) : -g.load);
  return groups.sort((a, b) => order(a) - order(b) || a.key.localeCompare(b.key));
}

/** A closed group's diameter: grows with the square root of its load. */
export function groupSize(load: number): number {
  return Math.min(320, 60 + 3 * Math.sqrt(Math.max(0, load)));
}

/** The n-th position of a sunflower spiral around `c` (n = 0 at the centre). */
function spiral(c: Position, n: number): Position {
  const r = OVERVIEW_LAYOUT.spiralStep * Math.sqrt(n);
  const a = n * 2.399963; // the golden angle, radians
  return { x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) };
}

/** Positions of every group (closed) and every unit (as if its group were open), on a grid of equal cells. */
export function overviewPositions(groups: readonly Group[]): Map<string, Position> {
  const biggest = Math.max(1, ...groups.map((g) => g.units.length));
  const cell =
    2 *
      Math.max(
        OVERVIEW_LAYOUT.spiralStep * Math.sqrt(biggest),
        groupSize(Math.max(0, ...groups.map((g) => g.load))) / 2,
      ) +
    OVERVIEW_LAYOUT.groupMargin;
  const columns = Math.max(1, Math.ceil(Math.sqrt(groups.length)));
  const positions = new Map<string, Position>();
  groups.forEach((g, i) => {
    const centre = { x: (i % columns) * cell, y: Math.floor(i / columns) * cell };
    positions.set(g.id, centre);
    g.units.forEach((u, n) => positions.set(u.unit.id, spiral(centre, n)));
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
    const open = options.open.has(g.id);
    elements.push({
      group: 'nodes',
      data: {
        id: g.id,
        label: open ? `${g.label} · ${t.groupLabel(g.units.length, g.load)}` : `${g.label}\n${g.load}`,
        name: g.label,
        load: g.load,
        members: g.units.length,
        size: groupSize(g.load),
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
          id: u.unit.id,
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
