/**
 * How well the measure links match the hand-annotated truth (tests/alignment/truth.ts), issue 18
 * item 5: precision (proposed links that are right) and recall (true links found) per annotated
 * plan pair, at the default thresholds and around them; for continuations also how often the
 * label (continued / changed) agrees. Aim: both at least 90% at the default threshold.
 * `npx tsx bench/alignment.ts` (figures in BENCHMARKS.md).
 */
import { pathToFileURL } from 'node:url';
import { alignPlans, CONTINUED_THRESHOLD, THRESHOLDS, type Thresholds } from '../server/ingest/alignment/index.ts';
import { ingest } from '../server/ingest/index.ts';
import type { MeasureLink, Model, UnmatchedMeasure } from '../server/model/model.ts';
import * as truth from '../tests/alignment/truth.ts';
import type { AnnotatedPair, MeasureRef } from '../tests/alignment/truth.ts';

export interface Score {
  pair: string;
  truth: number;
  proposed: number;
  right: number;
  precision: number;
  recall: number;
  labelsAgree?: number;
  /** Unmatched measures (gaps; for continuations dropped and new): how many the annotation lists, and how many of those the model lists too. */
  unmatched: { truth: number; proposed: number; right: number };
}

export const PAIRS = Object.entries(truth).filter(
  (e): e is [string, AnnotatedPair] => typeof e[1] === 'object' && e[1] !== null && 'links' in e[1],
);

/** The measure id a hand-written ref names. */
export function resolver(model: Model): (ref: MeasureRef) => string {
  const seeds = new Map(model.plans.map((p) => [p.id, p.seed.slice(0, 3)]));
  return (ref) => {
    const found = model.measures.filter(
      (m) => seeds.get(m.planId) === ref.seed && m.lines[0] === ref.line && m.text.startsWith(ref.start),
    );
    if (found.length !== 1) throw new Error(`${found.length} measures for ${JSON.stringify(ref)}`);
    return found[0]!.id;
  };
}

/** Scores the links of `links` between the pair's plans against its annotation. */
export function scorePair(
  model: Model,
  name: string,
  pair: AnnotatedPair,
  links: MeasureLink[],
  unmatched?: UnmatchedMeasure[],
): Score {
  const id = resolver(model);
  const plan = (seed: string, title: string) =>
    model.plans.find((p) => p.seed.startsWith(seed) && p.title === title)!.id;
  const fromPlan = plan(pair.from.seed, pair.from.plan);
  const toPlan = plan(pair.to.seed, pair.to.plan);
  const planOf = new Map(model.measures.map((m) => [m.id, m.planId]));
  const key = (from: string, to: string) => `${from}→${to}`;
  const expected = new Map(pair.links.map((l) => [key(id(l.from), id(l.to)), l]));
  const proposed = links.filter(
    (l) => l.kind === pair.kind && planOf.get(l.from) === fromPlan && planOf.get(l.to) === toPlan,
  );
  const right = proposed.filter((l) => expected.has(key(l.from, l.to)));
  const labelled = right.filter((l) => expected.get(key(l.from, l.to))!.label);
  const trueUnmatched = new Set([...pair.unmatchedFrom, ...(pair.unmatchedTo ?? [])].map(id));
  const modelUnmatched = new Set(
    // The pair's gaps (city measures with no counterpart in this district's plan), or its dropped and new measures.
    (unmatched ?? model.unmatched)
      .filter((u) => {
        const own = planOf.get(u.measureId);
        return pair.kind === 'cascade'
          ? u.kind === 'gap' && u.otherPlanId === toPlan && own === fromPlan
          : (u.kind === 'dropped' && own === fromPlan && u.otherPlanId === toPlan) ||
              (u.kind === 'new' && own === toPlan && u.otherPlanId === fromPlan);
      })
      .map((u) => u.measureId),
  );
  return {
    pair: name,
    truth: expected.size,
    proposed: proposed.length,
    right: right.length,
    precision: proposed.length ? right.length / proposed.length : 1,
    recall: expected.size ? right.length / expected.size : 1,
    ...(pair.kind === 'continuation'
      ? {
          labelsAgree:
            labelled.filter((l) => expected.get(key(l.from, l.to))!.label === l.label).length / (labelled.length || 1),
        }
      : {}),
    unmatched: {
      truth: trueUnmatched.size,
      proposed: modelUnmatched.size,
      right: [...trueUnmatched].filter((m) => modelUnmatched.has(m)).length,
    },
  };
}

export function scoreAll(model: Model, thresholds?: Record<MeasureLink['kind'], Thresholds>): Score[] {
  const { links, unmatched } = thresholds ? alignPlans(model, thresholds) : model;
  return PAIRS.map(([name, pair]) => scorePair(model, name, pair, links, unmatched));
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function main(): void {
  const model = ingest();
  console.log(`Default thresholds: ${JSON.stringify(THRESHOLDS)}, continued from ${CONTINUED_THRESHOLD}\n`);
  console.log(
    '| pair | true links | proposed | right | precision | recall | labels agree | unmatched: annotated / proposed / both |\n|---|---|---|---|---|---|---|---|',
  );
  const all = scoreAll(model);
  for (const s of all)
    console.log(
      `| ${s.pair} | ${s.truth} | ${s.proposed} | ${s.right} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.labelsAgree === undefined ? '' : pct(s.labelsAgree)} | ${s.unmatched.truth} / ${s.unmatched.proposed} / ${s.unmatched.right} |`,
    );
  const sum = (f: (s: Score) => number) => all.reduce((n, s) => n + f(s), 0);
  console.log(
    `| all | ${sum((s) => s.truth)} | ${sum((s) => s.proposed)} | ${sum((s) => s.right)} | ${pct(sum((s) => s.right) / sum((s) => s.proposed))} | ${pct(sum((s) => s.right) / sum((s) => s.truth))} | |`,
  );
  console.log('\nAround the default (best-match threshold ×, near threshold ×):\n');
  console.log(
    '| scale | cascade precision | cascade recall | continuation precision | continuation recall |\n|---|---|---|---|---|',
  );
  for (const scale of [0.6, 0.8, 1, 1.25, 1.5]) {
    const scaled = Object.fromEntries(
      Object.entries(THRESHOLDS).map(([k, t]) => [k, { best: t.best * scale, near: t.near * scale }]),
    ) as Record<MeasureLink['kind'], Thresholds>;
    const scores = scoreAll(model, scaled);
    const of = (kind: string) => {
      const mine = scores.filter((s) => PAIRS.find(([n]) => n === s.pair)![1].kind === kind);
      const right = mine.reduce((n, s) => n + s.right, 0);
      return `${pct(right / mine.reduce((n, s) => n + s.proposed, 0))} | ${pct(right / mine.reduce((n, s) => n + s.truth, 0))}`;
    };
    console.log(`| ${scale} | ${of('cascade')} | ${of('continuation')} |`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) main();
