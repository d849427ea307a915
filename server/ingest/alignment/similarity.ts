/**
 * How alike two measure texts are, without a word segmenter: character bigrams weighted by
 * TF-IDF over every measure read, compared by cosine. Before counting, the words that differ
 * only because one plan is the city's and the other a district's, or one year's and the
 * next's, are made equal: 全市/全区, 本市/本区, 市/区 before a department, the numbers.
 */

/** The text as compared: punctuation and spaces removed, jurisdiction words and numbers neutralised. */
export function normalise(text: string): string {
  return text
    .replace(/北京市|大兴区|通州区|北京经济技术开发区/g, '')
    .replace(/[全本各][市区]/g, '＊')
    .replace(/[市区](?=[\u4e00-\u9fa5]{1,8}(局|委|办|部门))/g, '')
    .replace(/\d+(\.\d+)?%?/g, '#')
    .replace(/[\s，,。；;、：:（）()“”"《》<>·—\-~～[\]【】！!？?]/g, '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const gram = text.slice(i, i + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** TF-IDF vectors of a corpus of texts, unit length, for cosine similarity. */
export class Corpus {
  /** Per text, its bigrams' ids in ascending order and their weights: a dot product is a merge. */
  private readonly vectors: { ids: Int32Array; weights: Float64Array }[];

  constructor(texts: readonly string[]) {
    const grams = texts.map((t) => bigrams(normalise(t)));
    const df = new Map<string, number>();
    for (const g of grams) for (const gram of g.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    const ids = new Map([...df.keys()].map((gram, i) => [gram, i]));
    const n = texts.length;
    this.vectors = grams.map((g) => {
      const entries = [...g]
        .map(([gram, tf]) => [ids.get(gram)!, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(gram)! + 0.5))] as const)
        .sort((x, y) => x[0] - y[0]);
      const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
      return {
        ids: Int32Array.from(entries, ([id]) => id),
        weights: Float64Array.from(entries, ([, w]) => w / norm),
      };
    });
  }

  /** Cosine similarity of texts i and j of the corpus, from 0 to 1. */
  similarity(i: number, j: number): number {
    const a = this.vectors[i]!;
    const b = this.vectors[j]!;
    let dot = 0;
    for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
      if (a.ids[x]! < b.ids[y]!) x++;
      else if (a.ids[x]! > b.ids[y]!) y++;
      else dot += a.weights[x++]! * b.weights[y++]!;
    }
    return dot;
  }
}

/** The longest passages two texts share (at least `min` characters, normalised), longest first: the evidence of a link. */
export function sharedPhrases(a: string, b: string, count = 3, min = 4): string[] {
  const x = normalise(a);
  const y = normalise(b);
  const found: string[] = [];
  let rest = x;
  while (found.length < count) {
    const best = longestCommon(rest, y);
    if (best.length < min) break;
    found.push(best);
    rest = rest.replace(best, '|');
  }
  return found;
}

function longestCommon(a: string, b: string): string {
  let best = '';
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] && a[i - 1] !== '|' ? diagonal + 1 : 0;
      if (row[j]! > best.length) best = a.slice(i - row[j]!, i);
      diagonal = above;
    }
  }
  return best;
}
