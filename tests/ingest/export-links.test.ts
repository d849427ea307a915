/**
 * `npm run export -- --format links` (issue 18 item 2), through the real CLI: one object per link
 * and one per measure without a counterpart, every expectation derived from the model.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedModel } from '../support/seed-model.ts';

const exec = promisify(execFile);
const cwd = new URL('../..', import.meta.url).pathname;
const model = seedModel();
const plans = new Map(model.plans.map((p) => [p.id, p]));
const measures = new Map(model.measures.map((m) => [m.id, m]));

/** What the export should say of a measure: straight from the model. */
const end = (id: string) => {
  const measure = measures.get(id)!;
  const plan = plans.get(measure.planId)!;
  return { seed: plan.seed, plan: plan.title, measure: id, lines: measure.lines };
};

describe('npm run export -- --format links', () => {
  let rows: any[];
  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dutygraph-links-')), 'links.jsonl');
    await exec(process.execPath, ['--import', 'tsx', 'server/cli/export.ts', '--format', 'links', '--out', out], {
      cwd,
    });
    rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
  }, 60_000);

  it('writes every link, then every unmatched measure, in the model’s order', () => {
    expect(model.links.length).toBeGreaterThan(0);
    expect(model.unmatched.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(model.links.length + model.unmatched.length);
    expect(rows.map((r) => r.kind)).toEqual([...model.links, ...model.unmatched].map((x) => x.kind));
  });

  it('a link: kind, from and to (seed, plan, measure, lines), score, label, evidence, in that order', () => {
    const links = rows.slice(0, model.links.length);
    for (const [i, row] of links.entries()) {
      const link = model.links[i]!;
      expect(Object.keys(row)).toEqual(['kind', 'from', 'to', 'score', 'label', 'evidence']);
      expect(Object.keys(row.from)).toEqual(['seed', 'plan', 'measure', 'lines']);
      expect(row).toEqual({
        kind: link.kind,
        from: end(link.from),
        to: end(link.to),
        score: link.score,
        label: link.label ?? null,
        evidence: link.evidence,
      });
      expect(row.score).toBeGreaterThan(0);
      expect(row.score).toBeLessThanOrEqual(1);
      // A continuation says whether the requirement carries on; a cascade has no label.
      if (row.kind === 'continuation') expect(['continued', 'changed']).toContain(row.label);
      else expect(row.label).toBeNull();
    }
    // A cascade runs from a 北京市 plan to a district plan of the same year.
    const cascade = links.find((r) => r.kind === 'cascade')!;
    expect(cascade.from.plan).toMatch(/^北京市/);
    expect(cascade.to.plan).not.toMatch(/^北京市/);
  });

  it('an unmatched measure: kind, the measure’s fields, and the plan it has no counterpart in', () => {
    const unmatched = rows.slice(model.links.length);
    for (const [i, row] of unmatched.entries()) {
      const u = model.unmatched[i]!;
      const other = plans.get(u.otherPlanId)!;
      expect(Object.keys(row)).toEqual(['kind', 'seed', 'plan', 'measure', 'lines', 'otherPlan']);
      expect(row).toEqual({ kind: u.kind, ...end(u.measureId), otherPlan: { seed: other.seed, plan: other.title } });
    }
    const kinds = new Set(unmatched.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([...new Set(model.unmatched.map((u) => u.kind))].sort());
    // A gap is a city measure missing from a district's plan.
    for (const gap of unmatched.filter((r) => r.kind === 'gap')) {
      expect(gap.plan).toMatch(/^北京市/);
      expect(gap.otherPlan.plan).not.toMatch(/^北京市/);
    }
  });
});
