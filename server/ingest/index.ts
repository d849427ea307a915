import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { alignPlans } from './alignment/index.ts';
import { ReadError } from './errors.ts';
import { interpretDocument, type Parties, type PlanContent } from './interpret.ts';
import { loadManifest } from './manifest.ts';
import type { Model, Seed } from '../model/model.ts';
import { FORMATS } from './readers/index.ts';
import type { ReadDocument } from './tables.ts';
import { readText } from './text.ts';
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

  // Every document is read and checked before any is interpreted, so a bad file late in the
  // manifest is refused at once, and the same text under two names is refused, not counted twice.
  const texts = readDocuments(dir, manifest.seeds);
  for (const [i, seed] of manifest.seeds.entries()) {
    const path = join(dir, seed.file);
    const part = interpretSafely(path, seed.format, () =>
      interpretDocument(readTables(texts[i]!, seed, path), seed, parties),
    );
    // One push per item: spreading a 10 MB document's 100,000 assignments into push() as
    // arguments overflows the call stack.
    for (const key of Object.keys(content) as (keyof PlanContent)[]) {
      const into = content[key] as unknown[];
      for (const item of part[key]) into.push(item);
    }
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
    ...alignPlans({ ...content, units }),
  };
}

/** Each seed's text, strictly decoded (see text.ts); refuses an empty file and a second copy of one already listed. */
function readDocuments(dir: string, seeds: Seed[]): string[] {
  const byDigest = new Map<string, string>();
  return seeds.map((seed) => {
    const path = join(dir, seed.file);
    const text = readText(path, 'file');
    if (text.trim() === '') throw new ReadError(path, 1, 'the file is empty');
    // Line endings do not make another document: a copy saved on Windows is the same text.
    const digest = createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
    const first = byDigest.get(digest);
    if (first !== undefined) {
      throw new ReadError(
        path,
        undefined,
        `the same text as ${first}: one document under two names would be counted twice; list it once in the manifest`,
      );
    }
    byDigest.set(digest, seed.file);
    return text;
  });
}

function readTables(text: string, seed: Seed, path: string): ReadDocument {
  const doc = FORMATS[seed.format]!(text, path);
  if (doc.tables.length === 0) throw new ReadError(path, undefined, 'no plan table found');
  return doc;
}

/**
 * A reader meeting text it was not written for should throw a ReadError, but if it fails any
 * other way the user still gets one line naming the file, not a stack trace.
 */
function interpretSafely<T>(path: string, format: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(
      path,
      undefined,
      `the ${format} reader failed on this file (${(error as Error).name}: ${(error as Error).message})`,
    );
  }
}
