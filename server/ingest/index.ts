import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReadError } from './errors.ts';
import { interpretDocument, type Parties, type PlanContent } from './interpret.ts';
import { loadManifest } from './manifest.ts';
import type { Model } from './model.ts';
import { FORMATS } from './readers/index.ts';
import { JURISDICTIONS } from './units/divisions.ts';
import { loadRegistry } from './units/registry.ts';
import { UnitResolver } from './units/resolver.ts';

export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

/**
 * Reads every document the manifest lists into one model. It either returns the whole
 * model or throws a ReadError naming the file and line: never a partial model.
 */
export function ingest(dir: string = SEEDS_DIR): Model {
  const manifest = loadManifest(dir);
  const registry = loadRegistry(join(dir, 'units.json'));
  const resolver = new UnitResolver(registry);
  const parties: Parties = { resolver, persons: registry.persons.map((p) => p.name), personIds: new Map() };
  const content: PlanContent = { plans: [], sections: [], tasks: [], measures: [], assignments: [] };

  for (const seed of manifest.seeds) {
    const path = join(dir, seed.file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ReadError(path, undefined, `cannot read the file: ${(error as Error).message}`);
    }
    if (text.trim() === '') throw new ReadError(path, 1, 'the file is empty');
    const doc = FORMATS[seed.format]!(text, path);
    if (doc.tables.length === 0) throw new ReadError(path, undefined, 'no plan table found');
    const part = interpretDocument(doc, seed, parties);
    for (const key of Object.keys(content) as (keyof PlanContent)[]) (content[key] as unknown[]).push(...part[key]);
  }

  const units = resolver.finish();
  const used = new Set(units.map((u) => u.jurisdiction));
  return {
    seeds: manifest.seeds,
    jurisdictions: JURISDICTIONS.filter((j) => used.has(j.name) || j.level === 'city'),
    ...content,
    units,
    persons: [...parties.personIds.values()],
    unknownNames: resolver.unknown,
  };
}
