// The hand annotation in truth.ts is well-formed against the real model: every reference names exactly one
// measure of the named plans, nothing is listed twice, and a continuation pair accounts for every measure.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../server/ingest/index.ts';
import type { Measure } from '../../server/model/model.ts';
import * as truth from './truth.ts';
import type { AnnotatedPair, MeasureRef } from './truth.ts';

const model = ingest();
const planById = new Map(model.plans.map((p) => [p.id, p]));
const taskById = new Map(model.tasks.map((t) => [t.id, t]));
const sectionById = new Map(model.sections.map((s) => [s.id, s]));
const seedOf = (m: Measure) => planById.get(m.planId)!.seed.slice(0, 3);

const pairs = Object.entries(truth).filter(
  (entry): entry is [string, AnnotatedPair] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'kind' in entry[1] && 'links' in entry[1],
);

/** The one measure a reference names; throws with the reference when it names none or several. */
function resolve(ref: MeasureRef): Measure {
  const hits = model.measures.filter(
    (m) => seedOf(m) === ref.seed && m.lines[0] === ref.line && m.text.startsWith(ref.start),
  );
  if (hits.length !== 1) throw new Error(`${JSON.stringify(ref)} names ${hits.length} measures`);
  return hits[0]!;
}

function planMeasures(plan: { seed: string; plan: string }): Measure[] {
  const ids = model.plans.filter((p) => p.seed.slice(0, 3) === plan.seed && p.title === plan.plan).map((p) => p.id);
  expect(ids, `${plan.seed} ${plan.plan}`).toHaveLength(1);
  return model.measures.filter((m) => m.planId === ids[0]);
}

const key = (ref: MeasureRef) => resolve(ref).id;

it('annotates the six pairs of issue 18', () => {
  expect(pairs.map(([name]) => name).sort()).toEqual(
    [
      'cityAir2023ToDaxing',
      'cityAir2023ToTongzhou',
      'cityWater2023ToDaxing',
      'cityWater2023ToTongzhou',
      'daxingAir2023To2026',
      'daxingWater2023To2026',
    ].sort(),
  );
});

describe.each(pairs)('%s', (_name, pair) => {
  const from = planMeasures(pair.from);
  const to = planMeasures(pair.to);
  const refs = [...pair.links.flatMap((l) => [l.from, l.to]), ...pair.unmatchedFrom, ...(pair.unmatchedTo ?? [])];

  it('names every measure by seed, first line and a start unique within the seed', () => {
    for (const ref of refs) {
      const m = resolve(ref);
      expect(m.lines[0]).toBe(ref.line);
      expect(ref.start).toMatch(/^\S{12,20}$/);
      const sameStart = model.measures.filter((x) => seedOf(x) === ref.seed && x.text.startsWith(ref.start));
      expect(sameStart, ref.start).toHaveLength(1);
    }
  });

  it('links measures of the named plans, each link once, with a reason', () => {
    const fromIds = new Set(from.map((m) => m.id));
    const toIds = new Set(to.map((m) => m.id));
    const seen = new Set<string>();
    for (const link of pair.links) {
      expect(fromIds.has(key(link.from)), JSON.stringify(link.from)).toBe(true);
      expect(toIds.has(key(link.to)), JSON.stringify(link.to)).toBe(true);
      const id = `${key(link.from)} > ${key(link.to)}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
      expect(link.why.trim()).not.toBe('');
      if (pair.kind === 'continuation') expect(['continued', 'changed']).toContain(link.label);
      else expect(link.label).toBeUndefined();
    }
  });

  it('lists unmatched measures once, in the named plans, and never as linked', () => {
    const linkedFrom = new Set(pair.links.map((l) => key(l.from)));
    const linkedTo = new Set(pair.links.map((l) => key(l.to)));
    const fromIds = new Set(from.map((m) => m.id));
    const toIds = new Set(to.map((m) => m.id));
    const unmatchedFrom = pair.unmatchedFrom.map(key);
    const unmatchedTo = (pair.unmatchedTo ?? []).map(key);
    expect(new Set(unmatchedFrom).size).toBe(unmatchedFrom.length);
    expect(new Set(unmatchedTo).size).toBe(unmatchedTo.length);
    for (const id of unmatchedFrom) {
      expect(fromIds.has(id), id).toBe(true);
      expect(linkedFrom.has(id), id).toBe(false);
    }
    for (const id of unmatchedTo) {
      expect(toIds.has(id), id).toBe(true);
      expect(linkedTo.has(id), id).toBe(false);
    }
    if (pair.kind === 'cascade') expect(pair.unmatchedTo).toBeUndefined();
  });

  if (pair.kind === 'continuation') {
    it('accounts for every from-measure and every to-measure of its section', () => {
      expect(pair.toSection).toBeTruthy();
      const done = new Set([...pair.links.map((l) => key(l.from)), ...pair.unmatchedFrom.map(key)]);
      expect(from.filter((m) => !done.has(m.id)).map((m) => m.lines[0])).toEqual([]);
      const inSection = (m: Measure) => {
        const sectionId = taskById.get(m.taskId)!.sectionId;
        return sectionId !== undefined && sectionById.get(sectionId)!.path[0] === pair.toSection;
      };
      const scope = to.filter(inSection);
      expect(scope.length).toBeGreaterThan(0);
      const reached = new Set([...pair.links.map((l) => key(l.to)), ...(pair.unmatchedTo ?? []).map(key)]);
      expect(scope.filter((m) => !reached.has(m.id)).map((m) => m.lines[0])).toEqual([]);
      for (const ref of pair.unmatchedTo ?? []) expect(inSection(resolve(ref)), JSON.stringify(ref)).toBe(true);
    });
  }
});
