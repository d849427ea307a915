import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../server/ingest/errors.ts';
import { ingest, SEEDS_DIR } from '../../server/ingest/index.ts';

const SOIL = '004_def789d42c8c0ef0.txt';
const exec = promisify(execFile);

/** A seeds folder holding one document (the 2024 soil plan, changed by `edit`) and its manifest entry. */
function seedsWith(edit: (text: string) => string, entry: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'dutygraph-seeds-'));
  copyFileSync(join(SEEDS_DIR, 'units.json'), join(dir, 'units.json'));
  writeFileSync(join(dir, SOIL), edit(readFileSync(join(SEEDS_DIR, SOIL), 'utf8')));
  const manifest = JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8'));
  const soil = manifest.documents.find((d: { file: string }) => d.file === SOIL);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ ...soil, ...entry }] }));
  return dir;
}

function readError(dir: string): ReadError {
  try {
    ingest(dir);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('ingest accepted bad input');
}

describe('bad input gives a clear error naming the place', () => {
  it('reads the unchanged copy, so the cases below fail for their own reason', () => {
    expect(ingest(seedsWith((t) => t)).measures).toHaveLength(45);
  });

  it('an empty file', () => {
    const error = readError(seedsWith(() => ''));
    expect(error.message).toMatch(new RegExp(`${SOIL}:1: .*empty`));
  });

  it('a truncated table: the file ends in the middle of a row', () => {
    const error = readError(seedsWith((t) => t.split('\n').slice(0, 60).join('\n')));
    expect(error.file).toContain(SOIL);
    expect(error.line).toBeGreaterThan(40);
    expect(error.line).toBeLessThanOrEqual(60);
  });

  it('a table with a header column the reader does not know', () => {
    const error = readError(seedsWith((t) => t.replace('\t协办单位', '\t配合单位')));
    expect(error.message).toContain(`${SOIL}:`);
    expect(error.message).toContain('配合单位');
    expect(error.line).toBeGreaterThan(5);
  });

  it('a file in a format no reader knows', () => {
    const error = readError(seedsWith((t) => t, { format: 'xlsx' }));
    expect(error.message).toContain('manifest.json');
    expect(error.message).toContain(SOIL);
    expect(error.message).toContain('unknown format "xlsx"');
  });

  it('a document in a known format whose text is something else', () => {
    const error = readError(seedsWith(() => '# 一份说明\n\n这里没有表格。\n'));
    expect(error.message).toContain(SOIL);
  });

  it('a manifest entry pointing at a missing file', () => {
    const error = readError(seedsWith((t) => t, { file: 'missing.txt' }));
    expect(error.message).toContain('manifest.json');
    expect(error.message).toMatch(/missing\.txt does not exist/);
  });

  it('a manifest that is not JSON', () => {
    const dir = seedsWith((t) => t);
    writeFileSync(join(dir, 'manifest.json'), '{ "documents": [');
    expect(readError(dir).message).toMatch(/manifest\.json: cannot read the manifest/);
  });

  it('the ingest command prints one error line and exits 1, without a stack trace', async () => {
    const dir = seedsWith((t) => t.replace('\t协办单位', '\t配合单位'));
    const run = exec(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', '--seeds', dir], {
      cwd: new URL('../..', import.meta.url).pathname,
    });
    const failure = (await run.then(
      () => undefined,
      (e: { code: number; stderr: string; stdout: string }) => e,
    ))!;
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim()).toMatch(new RegExp(`^error: .*${SOIL}:\\d+: .*配合单位`));
    expect(failure.stderr).not.toMatch(/\n\s+at /);
    expect(failure.stdout).toBe('');
  });
});

describe('the commands on the real seeds', () => {
  const cwd = new URL('../..', import.meta.url).pathname;

  it('npm run ingest prints per plan counts and totals', async () => {
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts'], { cwd });
    const model = ingest();
    expect(stdout).toContain('大兴区水污染防治2023年行动计划');
    const lines = stdout.split('\n');
    // A column per confidence, between the units and the unknown names.
    expect(lines[0]!.trim().split(/\s+/)).toEqual([
      'plan',
      'tasks',
      'measures',
      'assignments',
      'units',
      'certain',
      'likely',
      'unclear',
      'unknown',
    ]);
    const total = lines.find((l) => l.startsWith('total'))!;
    const count = (confidence: string) => model.assignments.filter((a) => a.confidence === confidence).length;
    expect(total.trim().split(/\s+/).slice(1, 9).map(Number)).toEqual([
      model.tasks.length,
      model.measures.length,
      model.assignments.length,
      new Set(model.assignments.flatMap((a) => (a.unitId ? [a.unitId] : []))).size,
      count('certain'),
      count('likely'),
      count('unclear'),
      new Set(model.unknownNames.map((u) => u.unitId)).size,
    ]);
    // Each plan's confidences add up to its assignments.
    for (const row of lines.filter((l) => l.startsWith('  '))) {
      const [, , assignments, , certain, likely, unclear] = row.trim().split(/\s+/).slice(-8).map(Number);
      expect(certain! + likely! + unclear!).toBe(assignments);
    }
  });

  it('npm run export writes one JSON object per assignment with exactly the stable fields', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dutygraph-export-')), 'all.jsonl');
    await exec(process.execPath, ['--import', 'tsx', 'server/cli/export.ts', '--format', 'jsonl', '--out', out], {
      cwd,
    });
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const fields = [
      'seed',
      'plan',
      'section',
      'taskSeq',
      'taskTitle',
      'measure',
      'deadline',
      'role',
      'unit',
      'unitId',
      'asWritten',
      'level',
      'jurisdiction',
      'uncertain',
      'lines',
      'confidence',
      'reason',
      'evidence',
      'reviewed',
    ];
    const model = ingest();
    expect(rows).toHaveLength(model.assignments.length);
    for (const row of rows) expect(Object.keys(row)).toEqual(fields);
    // uncertain is true for likely and unclear, and then the reason says why; the evidence names its basis.
    expect(rows.map((r) => r.confidence)).toEqual(model.assignments.map((a) => a.confidence));
    expect(rows.map((r) => r.evidence)).toEqual(model.assignments.map((a) => a.evidence));
    for (const row of rows) {
      expect(row.uncertain).toBe(row.confidence !== 'certain');
      expect(row.reason === '').toBe(row.confidence === 'certain');
      expect(['layout', 'text', 'order']).toContain(row.evidence.basis);
      expect(Object.keys(row.evidence)).toEqual(
        ['basis', 'phrase', 'at', 'via'].filter((k) => k === 'basis' || row.evidence[k] !== undefined),
      );
      // A phrase is where `at` says in the measure text.
      if (row.evidence.phrase !== undefined)
        expect(row.measure.slice(row.evidence.at, row.evidence.at + row.evidence.phrase.length)).toBe(
          row.evidence.phrase,
        );
    }
    const leader = rows.find((r) => r.role === 'leader' && r.unit === '郑皓');
    expect(leader).toMatchObject({ seed: '003_e1eb838af7ee6fba.txt', level: 'person', jurisdiction: '通州区' });
    const wrapped = rows.find(
      (r) => r.asWritten === '区委生态文明委大气污染综合治理及应对气候变化工作小组成员单位' && r.seed.startsWith('000'),
    );
    expect(wrapped).toMatchObject({
      plan: '大兴区大气污染防治2023年行动计划',
      level: 'district',
      jurisdiction: '大兴区',
    });
    expect(wrapped.lines[1]).toBeGreaterThan(wrapped.lines[0]);
  });

  it('npm run export refuses a format it does not write', async () => {
    const failure = await exec(process.execPath, ['--import', 'tsx', 'server/cli/export.ts', '--format', 'csv'], {
      cwd,
    }).catch((e) => e);
    expect(failure.code).not.toBe(0);
    expect(failure.stderr).toContain('csv');
  });
});
