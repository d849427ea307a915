import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ReadError } from './errors.ts';
import type { Seed } from '../model/model.ts';
import { readText } from './text.ts';
import { isJurisdiction } from './units/divisions.ts';
import { FORMATS } from './readers/index.ts';

/**
 * `seeds/manifest.json` lists the documents to read. Adding a document is a file and an
 * entry here; the reader is chosen by `format`.
 */
export interface Manifest {
  dir: string;
  seeds: Seed[];
}

export function loadManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  const text = readText(path, 'manifest');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReadError(path, undefined, `cannot read the manifest: ${(error as Error).message}`);
  }
  const documents = (data as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents) || documents.length === 0)
    throw new ReadError(path, undefined, '"documents" must be a non-empty array');
  const seeds = documents.map((entry, i) => checkEntry(entry, path, i, dir));
  const files = new Set<string>();
  for (const seed of seeds) {
    if (files.has(seed.file)) throw new ReadError(path, undefined, `${seed.file} is listed twice`);
    files.add(seed.file);
  }
  return { dir, seeds };
}

function checkEntry(entry: unknown, path: string, index: number, dir: string): Seed {
  const e = entry as Record<string, unknown>;
  const fail = (what: string): never => {
    const name = typeof e?.file === 'string' ? ` (${e.file})` : '';
    throw new ReadError(path, undefined, `documents[${index}]${name}: ${what}`);
  };
  if (typeof e !== 'object' || e === null) fail('must be an object');
  for (const field of ['file', 'format', 'jurisdiction', 'title'] as const) {
    if (typeof e[field] !== 'string' || !e[field]) fail(`"${field}" must be a non-empty string`);
  }
  if (!Number.isInteger(e.year)) fail('"year" must be an integer');
  const format = e.format as string;
  if (!(format in FORMATS)) fail(`unknown format "${format}" (known: ${Object.keys(FORMATS).join(', ')})`);
  if (!isJurisdiction(e.jurisdiction as string)) fail(`"${e.jurisdiction}" is not 北京市 or one of its districts`);
  if (e.issued !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.issued)))
    fail('"issued" must be a date YYYY-MM-DD');
  // The manifest may come with a folder from elsewhere: it must not make the ingest read
  // ../../../etc/passwd, nor follow a link out of the folder.
  const file = e.file as string;
  const outside = () => fail('"file" must name a file inside the seeds folder (a relative path without "..")');
  if (isAbsolute(file) || file.split(/[\\/]/).includes('..')) outside();
  if (!existsSync(join(dir, file))) fail(`file ${join(dir, file)} does not exist`);
  const real = realpathSync(join(dir, file));
  if (!inside(realpathSync(dir), real)) outside();
  if (!statSync(real).isFile()) fail(`file ${join(dir, file)} is not a regular file`);
  return {
    file: e.file as string,
    format,
    jurisdiction: e.jurisdiction as string,
    year: e.year as number,
    title: e.title as string,
    ...(typeof e.docNumber === 'string' ? { docNumber: e.docNumber } : {}),
    ...(typeof e.issued === 'string' ? { issued: e.issued } : {}),
    ...(typeof e.issuer === 'string' ? { issuer: e.issuer } : {}),
  };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
