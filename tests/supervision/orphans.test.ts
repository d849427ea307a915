/**
 * Orphaned reports (their measure no longer in the model) are counted by `npm run ingest`, never
 * dropped; without a supervision store in DATA_DIR the ingest says nothing of reports and creates none.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import { seedModel } from '../support/seed-model.ts';
import { addAccount } from './accounts.ts';

const exec = promisify(execFile);
const cwd = new URL('../..', import.meta.url).pathname;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function ingestWith(dataDir: string): Promise<string> {
  const env = { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '' };
  return (await exec(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts'], { cwd, env })).stdout;
}

describe('npm run ingest and the progress reports', () => {
  it('counts the reports in DATA_DIR and those whose measure is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutygraph-orphans-'));
    dirs.push(dir);
    const store = SqliteSupervisionStore.inFolder(dir);
    await addAccount(store, 'someone', 'supervisor');
    const report = (measureId: string) =>
      store.addReport({ measureId, unitId: 'u', status: 'done', asOf: '2026-12-01', by: 'someone', kind: 'report' });
    await report(seedModel().measures[0]!.id);
    await report('000_gone:1:t1:m1');
    await report('000_gone:1:t1:m1');
    await store.close();
    const lines = (await ingestWith(dir)).trim().split('\n');
    expect(lines.at(-1)).toBe(
      `3 progress reports in ${dir}: 2 orphaned (their measure is no longer in the seeds: 000_gone:1:t1:m1)`,
    );
  });

  it('says nothing of reports, and creates no store, where there is none', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dutygraph-orphans-')), 'absent');
    dirs.push(dir);
    const out = await ingestWith(dir);
    expect(out).not.toMatch(/progress reports/);
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(false);
  });
});
