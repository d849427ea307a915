/**
 * What changed between two versions of a measure, for a reader: the numbers (31微克, 75%, 2026年)
 * and deadline words present in one text and not the other are marked. Wording changes are left
 * to the eye; numbers and dates are what a coordinator checks.
 */
export interface Part {
  text: string;
  changed: boolean;
}

// Not the digits of a name (PM2.5, O3).
const NUMBER =
  /(?<![A-Za-z\d.])\d+(?:\.\d+)?(?:%|万|亿|吨|公里|微克|天|个|家|台|辆|组|年|月|日)?|年底前|月底前|长期实施|持续推进|按时间节点完成/g;

/** Both texts cut into parts, a part marked where its number or deadline word is missing from the other text. */
export function marked(before: string, after: string): [Part[], Part[]] {
  const tokens = (s: string) => new Set(s.match(NUMBER) ?? []);
  return [split(before, tokens(after)), split(after, tokens(before))];
}

function split(text: string, other: Set<string>): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    const at = match.index!;
    if (at > last) parts.push({ text: text.slice(last, at), changed: false });
    parts.push({ text: match[0], changed: !other.has(match[0]) });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), changed: false });
  return parts;
}
