/**
 * Pairs the groups of a column with the measures of a row when their counts differ. The
 * groups are printed in the measures' order, so the pairing is a monotone path through the
 * (group × measure) grid: a group may serve several measures in a row, several groups may
 * serve one measure, and every group and every measure is on the path. Among the paths, the
 * one whose pairs the text supports most wins; the order of the groups only breaks ties.
 */

/** For each group, the measures it is paired with. `score[g][m]` ≥ 0 is how much the text supports pairing g with m. */
export function align(score: readonly (readonly number[])[], measures: number): number[][] {
  const groups = score.length;
  // best[g][m]: the best total of a path from (0, 0) to (g, m); `from` remembers the step.
  const best = Array.from({ length: groups }, () => new Array<number>(measures).fill(-Infinity));
  const from = Array.from({ length: groups }, () => new Array<[number, number] | undefined>(measures));
  for (let g = 0; g < groups; g++) {
    for (let m = 0; m < measures; m++) {
      const here = score[g]![m]! - SKEW * Math.abs(g / groups - m / measures);
      if (g === 0 && m === 0) {
        best[0]![0] = here;
        continue;
      }
      for (const [pg, pm] of [
        [g - 1, m - 1],
        [g, m - 1],
        [g - 1, m],
      ] as const) {
        if (pg < 0 || pm < 0) continue;
        const detour = pg === g - 1 && pm === m - 1 ? 0 : DETOUR;
        const total = best[pg]![pm]! + here - detour;
        if (total > best[g]![m]!) {
          best[g]![m] = total;
          from[g]![m] = [pg, pm];
        }
      }
    }
  }
  const paired = Array.from({ length: groups }, () => [] as number[]);
  for (let at: [number, number] | undefined = [groups - 1, measures - 1]; at; at = from[at[0]]![at[1]]) {
    paired[at[0]]!.unshift(at[1]);
  }
  return paired;
}

/**
 * The cost of a step that pairs a group or a measure a second time. The count difference
 * forces some such steps; each one more (two steps: off the diagonal and back) must be paid
 * for by the text, more than one name (2) or line of work (1) can: a unit named in another
 * measure goes there by itself (block.ts), so its group stays in order.
 */
const DETOUR = 1.5;

/**
 * How strongly a path is pulled towards the diagonal, per pair: far below one mention, so
 * the text always wins, but enough that without text the groups spread evenly in order.
 */
const SKEW = 0.01;
