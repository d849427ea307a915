import type { Fragment } from '../tables.ts';
import type { LineSpan } from '../../model/model.ts';

/** A name as a cell writes it, with wraps joined. */
export interface WrittenName {
  /** As printed, wraps joined, whitespace removed (parentheses as printed). */
  asWritten: string;
  /** Lookup key: whitespace removed, parentheses full-width. */
  key: string;
  lines: LineSpan;
}

/** Whitespace removed (U+3000 too), half-width parentheses made full-width. */
export function nameKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** What name joining needs to know about the names that exist. */
export interface Vocabulary {
  /** Is this (normalised) string a whole known name? */
  isName(key: string): boolean;
  /** Is this string the beginning of some known name (or a whole one)? */
  isPrefix(key: string): boolean;
  /** Could a name begin like this (its first two characters begin some known name)? */
  canStart(key: string): boolean;
}

const unclosed = (key: string) => (key.match(/（/g)?.length ?? 0) > (key.match(/）/g)?.length ?? 0);

/**
 * Joins the fragments of one cell item (printed lines, or tokens of a line) into names.
 * A fragment continues the name before it when it is inside or starts a parenthetical,
 * when the two together begin a known name (市规划自然资源委 + 大兴分局), or when it
 * cannot begin a name itself (区生态环 + 境局). Checking the next fragment's start rather
 * than the previous one's end matters: 各街道办 + 事处 ends in a plausible 办.
 */
export function joinNames(fragments: Fragment[], vocabulary: Vocabulary): WrittenName[] {
  const names: WrittenName[] = [];
  for (const fragment of fragments) {
    const asWritten = fragment.text.replace(/\s+/g, '');
    const key = nameKey(asWritten);
    if (!key) continue;
    const current = names.at(-1);
    const continues =
      current !== undefined &&
      (unclosed(current.key) ||
        key.startsWith('（') ||
        vocabulary.isPrefix(current.key + key) ||
        (!vocabulary.canStart(key) && !vocabulary.isName(key)));
    if (continues) {
      current.asWritten += asWritten;
      current.key += key;
      current.lines[1] = fragment.line;
    } else {
      names.push({ asWritten, key, lines: [fragment.line, fragment.line] });
    }
  }
  return names.flatMap((name) => splitGlued(name, vocabulary));
}

/**
 * Splits an unknown name that is two known names glued together
 * (市规划自然资源委通州分局区水务局). Unknown names that do not split stay whole.
 */
function splitGlued(name: WrittenName, vocabulary: Vocabulary): WrittenName[] {
  if (vocabulary.isName(name.key) || name.key.includes('（')) return [name];
  for (let at = 2; at <= name.key.length - 2; at++) {
    const head = name.key.slice(0, at);
    const tail = name.key.slice(at);
    if (vocabulary.isName(head) && vocabulary.isName(tail)) {
      // asWritten has no parentheses here, so it lines up with the key.
      return [
        { asWritten: name.asWritten.slice(0, at), key: head, lines: [...name.lines] },
        { asWritten: name.asWritten.slice(at), key: tail, lines: [...name.lines] },
      ];
    }
  }
  return [name];
}

/**
 * Splits a 牵头领导 cell line into person names. Two-character names are padded with
 * spaces (郑  皓) and names may be glued (秦  涛卢庆雷) or space-separated (郑  皓 王翔宇):
 * remove the whitespace, then cut the line into known names, longest first. A stretch
 * that matches no known name is kept whole, as written.
 */
export function splitPersons(fragments: Fragment[], known: readonly string[]): WrittenName[] {
  const byLength = [...known].sort((a, b) => b.length - a.length);
  const names: WrittenName[] = [];
  for (const fragment of fragments) {
    const text = fragment.text.replace(/\s+/g, '');
    let unknown = '';
    const flush = () => {
      if (unknown) names.push({ asWritten: unknown, key: unknown, lines: [fragment.line, fragment.line] });
      unknown = '';
    };
    for (let i = 0; i < text.length;) {
      const match = byLength.find((name) => text.startsWith(name, i));
      if (match) {
        flush();
        names.push({ asWritten: match, key: match, lines: [fragment.line, fragment.line] });
        i += match.length;
      } else {
        unknown += text[i];
        i += 1;
      }
    }
    flush();
  }
  return names;
}
