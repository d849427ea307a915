/**
 * The generated types (server/api/generated, web/src/generated) are what `npm run codegen` makes
 * of the schema and the explorer's documents now: regenerated into a temporary folder, every file
 * must equal the committed one. A schema or query edited without `npm run codegen` fails here.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const GENERATED = ['server/api/generated', 'web/src/generated'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('generated types', () => {
  let out: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'dutygraph-codegen-'));
    await promisify(execFile)(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
      cwd: root,
      env: { ...process.env, CODEGEN_OUT: out },
    });
  }, 60_000);

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it.each(GENERATED)('%s is what `npm run codegen` makes of the schema and the documents', async (dir) => {
    const committed = await filesUnder(join(root, dir));
    const fresh = await filesUnder(join(out, dir));
    expect(committed).toEqual(fresh);
    for (const file of fresh) {
      const [want, have] = await Promise.all([
        readFile(join(out, dir, file), 'utf8'),
        readFile(join(root, dir, file), 'utf8'),
      ]);
      expect(have, `${dir}/${file} is stale: run npm run codegen`).toBe(want);
    }
  });
});
