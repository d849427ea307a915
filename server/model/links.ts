/**
 * Measures across plans (issue 18), in the model's words: the names the API's enums map onto, and
 * the rule of what changed for a unit between two years, which the API applies to what a store
 * answers (the links and the unit's measures), so it is written once for every store.
 */
import { ROLES, type MeasureLink, type Role, type UnmatchedMeasure } from './model.ts';

export type LinkKind = MeasureLink['kind'];
export type ContinuationLabel = NonNullable<MeasureLink['label']>;
export type UnmatchedKind = UnmatchedMeasure['kind'];

/** A measure a unit is on, with its roles on it in ROLES order. */
export interface UnitMeasure {
  measureId: string;
  roles: Role[];
}

/** A measure the unit gained (added) or lost (dropped) between the two years. */
export interface ChangedDuty extends UnitMeasure {
  /**
   * Added: the measures of the earlier year it continues; dropped: those of the later year that
   * continue it. The unit is on none of them: the duty passed between units.
   */
  counterparts: string[];
}

/** A measure of the earlier year the unit was on, continued by one of the later year it is on. */
export interface ContinuedDuty {
  from: string;
  fromRoles: Role[];
  to: string;
  toRoles: Role[];
  /** `continued` when every link of the chain is, `changed` otherwise. */
  label: ContinuationLabel;
  /** The least score along the chain. */
  score: number;
  /** The continuation links from `from` to `to`, through the plans of the years between. */
  links: MeasureLink[];
}

export interface UnitChanges {
  added: ChangedDuty[];
  dropped: ChangedDuty[];
  continued: ContinuedDuty[];
}

/** A unit's roles on a measure, each once, in ROLES order. */
export function rolesOf(roles: Iterable<Role>): Role[] {
  const set = new Set(roles);
  return ROLES.filter((r) => set.has(r));
}

/** Whether the unit's roles differ between the two ends of a continued duty. */
export const rolesChanged = (d: ContinuedDuty): boolean => d.fromRoles.join() !== d.toRoles.join();

/**
 * What changed for a unit: `before` and `after` are its measures of the two years in document
 * order, `chains` the continuation chains from a measure of the earlier year to one of the later
 * (each link's `to` the next one's `from`). A chain between two of its measures is a continued
 * duty; its earlier measures with no chain to one of its later ones are dropped, and its later
 * measures with no chain from one of its earlier ones are added. Answers in document order.
 */
export function unitChanges(before: UnitMeasure[], after: UnitMeasure[], chains: MeasureLink[][]): UnitChanges {
  const rolesBefore = new Map(before.map((m) => [m.measureId, m.roles]));
  const rolesAfter = new Map(after.map((m) => [m.measureId, m.roles]));
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  // Of several chains between the same two measures, the surest (its weakest link strongest).
  const byPair = new Map<string, ContinuedDuty>();
  for (const links of chains) {
    const from = links[0]!.from;
    const to = links.at(-1)!.to;
    forward.set(from, [...new Set([...(forward.get(from) ?? []), to])]);
    backward.set(to, [...new Set([...(backward.get(to) ?? []), from])]);
    const fromRoles = rolesBefore.get(from);
    const toRoles = rolesAfter.get(to);
    if (!fromRoles || !toRoles) continue;
    const score = Math.min(...links.map((l) => l.score));
    const key = `${from}\u0000${to}`;
    if ((byPair.get(key)?.score ?? -1) >= score) continue;
    const label = links.every((l) => l.label === 'continued') ? 'continued' : 'changed';
    byPair.set(key, { from, fromRoles, to, toRoles, label, score, links });
  }
  const continued = [...byPair.values()];
  const placeBefore = new Map(before.map((m, i) => [m.measureId, i]));
  const placeAfter = new Map(after.map((m, i) => [m.measureId, i]));
  continued.sort(
    (a, b) => placeBefore.get(a.from)! - placeBefore.get(b.from)! || placeAfter.get(a.to)! - placeAfter.get(b.to)!,
  );
  const dropped = before.flatMap((m) => {
    const ends = forward.get(m.measureId) ?? [];
    return ends.some((id) => rolesAfter.has(id)) ? [] : [{ ...m, counterparts: ends }];
  });
  const added = after.flatMap((m) => {
    const starts = backward.get(m.measureId) ?? [];
    return starts.some((id) => rolesBefore.has(id)) ? [] : [{ ...m, counterparts: starts }];
  });
  return { added, dropped, continued };
}
