/**
 * Splits what the text splits: a 工作措施 cell printed as one item can hold two measures,
 * each with its own groups in the other columns.
 * - 002:120: two paragraphs ("。 以…") and a co-op cell naming its unit twice, once per measure.
 * - 002:143: no break in the text, but two deadlines and two lead groups; a single measure
 *   never has two deadlines, so the text is cut at the sentence where the groups' names change.
 * A paragraph break alone does not split (002:161–163 are one measure each, with one group).
 */
import type { LineSpan } from '../../model/model.ts';
import type { Group, Named } from './block.ts';
import { deadlineFit } from './deadline-fit.ts';

export interface MeasureText {
  text: string;
  /** As printed, spaces kept. */
  raw: string;
  lines: LineSpan;
}

type MentionOf = (text: string, named: Named) => unknown;

export function splitMeasure(
  texts: MeasureText[],
  deadlines: string[],
  columns: { groups: Group[] }[],
  mentionOf: MentionOf,
): MeasureText[] {
  if (texts.length !== 1) return texts;
  const [only] = texts as [MeasureText];
  const cut = columns.map((c) => c.groups.flatMap(cutAtRepeats).filter((g) => g.names.length > 0));
  const paragraphs = only.raw.split(/(?<=[。；])\s+(?=\S)/);
  if (paragraphs.length > 1 && cut.some((groups) => groups.length === paragraphs.length))
    return paragraphs.map((p) => piece(p, only.lines));
  if (deadlines.length === 2) {
    const sentences = only.raw.split(/(?<=。)/).filter((s) => s.trim() !== '');
    const byGroups = cut.filter((groups) => groups.length === 2);
    let best = { at: 0, score: 0 };
    for (let at = 1; at < sentences.length; at++) {
      const halves = [sentences.slice(0, at).join(''), sentences.slice(at).join('')].map(strip);
      const score =
        byGroups.reduce((sum, groups) => sum + groups.reduce((s, g, i) => s + named(halves[i]!, g, mentionOf), 0), 0) +
        deadlines.reduce((s, d, i) => s + deadlineFit(d, halves[i]!), 0);
      if (score > best.score) best = { at, score };
    }
    if (best.at > 0)
      return [sentences.slice(0, best.at).join(''), sentences.slice(best.at).join('')].map((p) => piece(p, only.lines));
  }
  return texts;
}

/** A cell that names a unit twice holds two groups: 市水务局 市生态环境局 市水务局 市生态环境局 (002:226). */
export function cutAtRepeats(group: Group): Group[] {
  const parts: Named[][] = [[]];
  for (const named of group.names) {
    const current = parts.at(-1)!;
    if (current.some((n) => sameParty(n, named))) parts.push([named]);
    else current.push(named);
  }
  if (parts.length === 1) return [group];
  return parts.map((names) => ({ row: group.row, names, cutAtRepeat: true }));
}

export const sameParty = (a: Named, b: Named) =>
  'unitId' in a.party && 'unitId' in b.party ? a.party.unitId === b.party.unitId : a.name.key === b.name.key;

const strip = (s: string) => s.replace(/\s+/g, '');
const piece = (raw: string, lines: LineSpan): MeasureText => ({ text: strip(raw), raw: raw.trim(), lines: [...lines] });
const named = (text: string, group: Group, mentionOf: MentionOf) =>
  group.names.filter((n) => mentionOf(text, n)).length;
