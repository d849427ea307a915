/** SEEDS: what the server loads into an empty store (the documents, or the synthetic graph N times their size). */
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/api/config.ts';
import { seedModel } from '../../server/cli/seeds.ts';

describe('SEEDS', () => {
  it('defaults to the seed documents and reads synthetic:N', () => {
    expect(configFromEnv({}).seeds).toEqual({ kind: 'documents' });
    expect(configFromEnv({ SEEDS: 'synthetic:100' }).seeds).toEqual({ kind: 'synthetic', factor: 100 });
  });

  it('refuses anything else, saying what it takes', () => {
    for (const bad of ['synthetic', 'synthetic:0', 'synthetic:x', 'all', 'synthetic:1000'])
      expect(() => configFromEnv({ SEEDS: bad })).toThrow(/SEEDS must be "documents" or "synthetic:N"/);
  });

  it('synthetic:3 is about three times the seed graph, over all 16 districts', () => {
    const seeds = seedModel({ kind: 'documents' });
    const synthetic = seedModel({ kind: 'synthetic', factor: 3 });
    const ratio = synthetic.assignments.length / seeds.assignments.length;
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(3.5);
    expect(new Set(synthetic.plans.map((p) => p.jurisdiction)).size).toBeGreaterThan(
      new Set(seeds.plans.map((p) => p.jurisdiction)).size,
    );
  });
});
