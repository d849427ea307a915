import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadError } from '../../server/ingest/errors.ts';
import { ingest, SEEDS_DIR } from '../../server/ingest/index.ts';
import { MAX_DOCUMENT_BYTES } from '../../server/ingest/text.ts';

/**
 * Issue 12, the ingest half: the hostile run's bad documents kept as tests. Every folder is
 * built in a temporary directory from the real seeds, and every refusal is checked three ways:
 * `ingest()` throws the error before returning a model, `npm run ingest` exits 1 with one line
 * and no stack trace, and `npm run export --out` leaves no file behind.
 */

const SOIL = '004_def789d42c8c0ef0.txt';
const CWD = new URL('../..', import.meta.url).pathname;
const exec = promisify(execFile);
const SOIL_BYTES = readFileSync(join(SEEDS_DIR, SOIL));
const MANIFEST = JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8')) as {
  documents: Record<string, unknown>[];
};
const SOIL_ENTRY = MANIFEST.documents.find((d) => d.file === SOIL)!;

/** Every temporary folder, removed at the end: the size rows write 10 and 64 MB files. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = (prefix: string) => made[made.push(mkdtempSync(join(tmpdir(), prefix))) - 1]!;

/** A seeds folder holding the 2024 soil plan, its manifest entry and the unit registry; `build` then spoils it. */
function folder(build: (dir: string) => void = () => {}): string {
  const dir = tempDir('dutygraph-hostile-');
  copyFileSync(join(SEEDS_DIR, 'units.json'), join(dir, 'units.json'));
  copyFileSync(join(SEEDS_DIR, SOIL), join(dir, SOIL));
  writeManifest(dir, [SOIL_ENTRY]);
  build(dir);
  return dir;
}

function writeManifest(dir: string, documents: unknown[]): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents }, null, 2));
}

/** The soil plan's manifest entry with some fields replaced (`undefined` removes one). */
function entry(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...SOIL_ENTRY, ...fields }).filter(([, v]) => v !== undefined));
}

/** Replaces the soil plan's text with `bytes`. */
const soil = (bytes: Buffer | string) => (dir: string) => writeFileSync(join(dir, SOIL), bytes);

/** 1-based line of a byte offset. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * GB18030/GBK bytes of a text, from the decoder's own table: Node decodes GB18030 but has no
 * encoder, and a dependency only for a test fixture is not worth it. Characters outside the
 * two-byte table become '?'.
 */
function gbk(text: string): Buffer {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const c = decoder.decode(Uint8Array.of(lead, trail));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    if (c.codePointAt(0)! < 0x80) bytes.push(c.codePointAt(0)!);
    else {
      const pair = table.get(c);
      if (pair) bytes.push(pair[0], pair[1]);
      else bytes.push(0x3f);
    }
  }
  return Buffer.from(bytes);
}

/** Where the soil plan names 市规划自然资源委大兴分局 first: the cut fell inside 大. */
const CUT = SOIL_BYTES.indexOf(Buffer.from('市规划自然资源委大兴分局')) + Buffer.byteLength('市规划自然资源委') + 1;

interface BadFolder {
  name: string;
  build: (dir: string) => void;
  /** The error's class and a fragment of its message; `{dir}` stands for the folder. */
  error: typeof ReadError;
  message: string | RegExp;
}

const ROWS: BadFolder[] = [
  // item 8: strict UTF-8
  {
    name: 'item 8: a document cut in the middle of a character',
    build: soil(SOIL_BYTES.subarray(0, CUT)),
    error: ReadError,
    message: `${SOIL}:${lineAt(SOIL_BYTES, CUT)}: not valid UTF-8`,
  },
  {
    name: 'item 8: a stray byte 0xFF in the middle of a document',
    build: soil(Buffer.concat([SOIL_BYTES.subarray(0, CUT - 1), Buffer.of(0xff), SOIL_BYTES.subarray(CUT - 1)])),
    error: ReadError,
    message: `${SOIL}:${lineAt(SOIL_BYTES, CUT)}: not valid UTF-8`,
  },
  {
    name: 'item 8: a GBK-encoded document, with the hint that it looks like GB18030/GBK',
    build: soil(gbk(SOIL_BYTES.toString('utf8'))),
    error: ReadError,
    message: new RegExp(`${SOIL}:4: not valid UTF-8.*GB18030/GBK`),
  },
  {
    name: 'item 8: a UTF-16 document',
    build: soil(Buffer.from(`\ufeff${SOIL_BYTES.toString('utf8')}`, 'utf16le')),
    error: ReadError,
    message: new RegExp(`${SOIL}:1: not valid UTF-8.*UTF-16`),
  },
  {
    name: 'item 8: a manifest.json that is not UTF-8',
    build: (dir) =>
      writeFileSync(
        join(dir, 'manifest.json'),
        Buffer.concat([Buffer.from('{"documents": [{"title": "'), gbk('土壤'), Buffer.from('"}]}')]),
      ),
    error: ReadError,
    message: 'manifest.json:1: not valid UTF-8',
  },
  {
    name: 'item 8: a units.json cut in the middle of a character',
    build: (dir) => {
      const units = readFileSync(join(SEEDS_DIR, 'units.json'));
      writeFileSync(join(dir, 'units.json'), units.subarray(0, units.indexOf(Buffer.from('区生态环境局')) + 1));
    },
    error: ReadError,
    message: /units\.json:\d+: not valid UTF-8/,
  },
  // item 9: the same document twice
  {
    name: 'item 9: the same document under a second name',
    build: (dir) => {
      copyFileSync(join(dir, SOIL), join(dir, 'copy.txt'));
      writeManifest(dir, [SOIL_ENTRY, entry({ file: 'copy.txt', title: '另一个名字' })]);
    },
    error: ReadError,
    message: `copy.txt: the same text as ${SOIL}`,
  },
  {
    name: 'item 9: the same document twice, once with a byte-order mark',
    build: (dir) => {
      writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), SOIL_BYTES]));
      writeManifest(dir, [SOIL_ENTRY, entry({ file: 'bom.txt' })]);
    },
    error: ReadError,
    message: `bom.txt: the same text as ${SOIL}`,
  },
  {
    name: 'item 9: the same document twice, once with Windows line endings',
    build: (dir) => {
      writeFileSync(join(dir, 'crlf.txt'), SOIL_BYTES.toString('utf8').replaceAll('\n', '\r\n'));
      writeManifest(dir, [SOIL_ENTRY, entry({ file: 'crlf.txt' })]);
    },
    error: ReadError,
    message: `crlf.txt: the same text as ${SOIL}`,
  },
  // item 10: paths stay inside the seeds folder
  {
    name: 'item 10: a manifest file of ../../../etc/passwd',
    build: (dir) => writeManifest(dir, [entry({ file: '../../../etc/passwd' })]),
    error: ReadError,
    message: 'documents[0] (../../../etc/passwd): "file" must name a file inside the seeds folder',
  },
  {
    name: 'item 10: an absolute manifest file /etc/passwd',
    build: (dir) => writeManifest(dir, [entry({ file: '/etc/passwd' })]),
    error: ReadError,
    message: 'documents[0] (/etc/passwd): "file" must name a file inside the seeds folder',
  },
  {
    name: 'item 10: a path that leaves the folder and comes back through its parent',
    build: (dir) => writeManifest(dir, [entry({ file: `sub/../../${dir.split('/').at(-1)}/${SOIL}` })]),
    error: ReadError,
    message: '"file" must name a file inside the seeds folder',
  },
  {
    name: 'item 10: a symbolic link inside the folder pointing outside it',
    build: (dir) => {
      symlinkSync('/etc/passwd', join(dir, 'link.txt'));
      writeManifest(dir, [entry({ file: 'link.txt' })]);
    },
    error: ReadError,
    message: 'documents[0] (link.txt): "file" must name a file inside the seeds folder',
  },
  {
    name: 'a manifest file that is a folder',
    build: (dir) => {
      mkdirSync(join(dir, 'folder.txt'));
      writeManifest(dir, [entry({ file: 'folder.txt' })]);
    },
    error: ReadError,
    message: 'documents[0] (folder.txt): file',
  },
  // item 7: above the stated limit
  {
    name: 'item 7: a document above the size limit is refused before it is read',
    build: soil(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20)),
    error: ReadError,
    message:
      `${SOIL}: the file is ${MAX_DOCUMENT_BYTES + 1} bytes; the ` +
      `ingest reads files up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`,
  },
  // what the hostile run found already refused, kept refused
  { name: 'an empty document', build: soil(''), error: ReadError, message: `${SOIL}:1: the file is empty` },
  {
    name: 'a document of blank lines and a BOM',
    build: soil('\ufeff\n \n\t\n'),
    error: ReadError,
    message: `${SOIL}:1: the file is empty`,
  },
  {
    name: 'a document of NUL bytes',
    build: soil(Buffer.alloc(4096)),
    error: ReadError,
    message: `${SOIL}:1: the file holds NUL characters: not a text document`,
  },
  {
    name: 'a document cut in the middle of its table',
    build: soil(SOIL_BYTES.toString('utf8').split('\n').slice(0, 60).join('\n')),
    error: ReadError,
    message: new RegExp(`${SOIL}:\\d+: `),
  },
  {
    name: 'a table header column no reader knows',
    build: soil(SOIL_BYTES.toString('utf8').replace('\t协办单位', '\t配合单位')),
    error: ReadError,
    message: /004_def789d42c8c0ef0\.txt:\d+: unknown table header column "配合单位"/,
  },
  {
    name: 'a document without a table',
    build: soil('# 一份说明\n\n这里没有表格。\n'),
    error: ReadError,
    message: SOIL,
  },
  {
    name: 'a format no reader knows',
    build: (dir) => writeManifest(dir, [entry({ format: 'xlsx' })]),
    error: ReadError,
    message: 'unknown format "xlsx"',
  },
  {
    name: 'a manifest entry pointing at a missing file',
    build: (dir) => writeManifest(dir, [entry({ file: 'missing.txt' })]),
    error: ReadError,
    message: /missing\.txt does not exist/,
  },
  {
    name: 'a manifest entry without a year',
    build: (dir) => writeManifest(dir, [entry({ year: undefined })]),
    error: ReadError,
    message: 'documents[0] (004_def789d42c8c0ef0.txt): "year" must be an integer',
  },
  {
    name: 'a jurisdiction outside Beijing',
    build: (dir) => writeManifest(dir, [entry({ jurisdiction: '上海市' })]),
    error: ReadError,
    message: '"上海市" is not 北京市 or one of its districts',
  },
  {
    name: 'a manifest listing a file twice',
    build: (dir) => writeManifest(dir, [SOIL_ENTRY, SOIL_ENTRY]),
    error: ReadError,
    message: `${SOIL} is listed twice`,
  },
  {
    name: 'a manifest with no documents',
    build: (dir) => writeManifest(dir, []),
    error: ReadError,
    message: '"documents" must be a non-empty array',
  },
  {
    name: 'a manifest that is not JSON',
    build: (dir) => writeFileSync(join(dir, 'manifest.json'), '{ "documents": ['),
    error: ReadError,
    message: /manifest\.json: cannot read the manifest: .*JSON/,
  },
  {
    name: 'a manifest that is JSON null',
    build: (dir) => writeFileSync(join(dir, 'manifest.json'), 'null'),
    error: ReadError,
    message: 'manifest.json: "documents" must be a non-empty array',
  },
  {
    name: 'no manifest',
    build: (dir) => rmSync(join(dir, 'manifest.json')),
    error: ReadError,
    message: 'manifest.json: cannot read the manifest: ENOENT',
  },
  {
    name: 'an empty manifest',
    build: (dir) => writeFileSync(join(dir, 'manifest.json'), ''),
    error: ReadError,
    message: /manifest\.json: cannot read the manifest: .*JSON/,
  },
  {
    name: 'a unit registry that is not JSON',
    build: (dir) => writeFileSync(join(dir, 'units.json'), '{"units": [}'),
    error: ReadError,
    message: /units\.json: cannot read the unit registry: .*JSON/,
  },
  {
    name: 'a unit registry with a kind it does not know',
    build: (dir) => {
      const units = JSON.parse(readFileSync(join(SEEDS_DIR, 'units.json'), 'utf8'));
      units.units[0].kind = 'ministry';
      writeFileSync(join(dir, 'units.json'), JSON.stringify(units));
    },
    error: ReadError,
    message: /units\.json: units\[0\] \(.+\): "kind" must be one of/,
  },
];

function thrown(dir: string): unknown {
  try {
    ingest(dir);
  } catch (error) {
    return error;
  }
  return undefined;
}

async function cli(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return exec(process.execPath, ['--import', 'tsx', script, ...args], { cwd: CWD, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('issue 12: a bad seed folder is refused with one clear line, and nothing is half-loaded', () => {
  it('has at least 20 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(20));

  it('the unspoilt folder is read, so every row fails for its own reason', () => {
    expect(ingest(folder()).measures).toHaveLength(45);
  });

  // `npm run export` refuses through the same ingest(): one row per kind of error shows it writes
  // nothing for each (a CLI process costs a second of CPU, and the suite runs on two cores).
  const exportChecked = new Set(ROWS.filter((row, i) => ROWS.findIndex((r) => r.error === row.error) === i));

  it.concurrent.each(ROWS)('$name', async (row) => {
    const { build, error, message } = row;
    const dir = folder(build);
    const fragment = (text: string) =>
      typeof message === 'string' ? expect(text).toContain(message) : expect(text).toMatch(message);

    // ingest() throws before it returns a model.
    const problem = thrown(dir);
    expect(problem, 'ingest() threw no error or another one').toBeInstanceOf(error);
    expect((problem as Error).constructor).toBe(error);
    fragment((problem as Error).message);

    // `npm run ingest` prints one line naming the place, no stack trace, nothing on stdout.
    const ingestRun = await cli('server/cli/ingest.ts', ['--seeds', dir]);
    expect(ingestRun.code).toBe(1);
    expect(ingestRun.stdout).toBe('');
    expect(ingestRun.stderr.endsWith('\n')).toBe(true);
    expect(ingestRun.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(ingestRun.stderr).toMatch(/^error: /);
    expect(ingestRun.stderr).not.toMatch(/\n\s+at |RangeError|TypeError/);
    fragment(ingestRun.stderr);

    // `npm run export --out` creates no file.
    if (!exportChecked.has(row)) return;
    const outDir = tempDir('dutygraph-hostile-out-');
    const exported = await cli('server/cli/export.ts', ['--seeds', dir, '--out', join(outDir, 'new.jsonl')]);
    expect(exported.code).toBe(1);
    expect(exported.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('npm run export --out over an existing file leaves it as it was', async () => {
    const outDir = tempDir('dutygraph-hostile-out-');
    writeFileSync(join(outDir, 'before.jsonl'), 'as before\n');
    const run = await cli('server/cli/export.ts', [
      '--seeds',
      folder(ROWS[0]!.build),
      '--out',
      join(outDir, 'before.jsonl'),
    ]);
    expect(run.code).toBe(1);
    expect(readdirSync(outDir)).toEqual(['before.jsonl']);
    expect(readFileSync(join(outDir, 'before.jsonl'), 'utf8')).toBe('as before\n');
  });
});

describe('issue 12 item 7: a 10 MB document', () => {
  /** The soil plan repeated to 10 MB: the hostile run's document. */
  const copies = Math.ceil((10 * 1024 * 1024) / SOIL_BYTES.length);
  const big = () => folder(soil(Buffer.concat(Array.from({ length: copies }, () => SOIL_BYTES))));

  it('is read whole by ingest(), without overflowing the stack', () => {
    const model = ingest(big());
    expect(model.measures.length).toBe(45 * copies);
  }, 120_000);

  it('is read by npm run ingest, exit 0 and no stack trace', async () => {
    const run = await cli('server/cli/ingest.ts', ['--seeds', big()]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .split('\n')
        .find((l) => l.startsWith('total'))!
        .trim()
        .split(/\s+/)[2],
    ).toBe(String(45 * copies));
  }, 120_000);
});

describe('issue 12 item 11: a UTF-8 byte-order mark', () => {
  const BOM = Buffer.of(0xef, 0xbb, 0xbf);
  const withBom = (name: string) => (dir: string) =>
    writeFileSync(join(dir, name), Buffer.concat([BOM, readFileSync(join(dir, name))]));

  it('at the start of manifest.json is accepted', () => {
    expect(ingest(folder(withBom('manifest.json'))).measures).toHaveLength(45);
  });

  it('at the start of units.json is accepted', () => {
    expect(ingest(folder(withBom('units.json'))).measures).toHaveLength(45);
  });

  it('at the start of both, and of the document, reads as the plain folder does (npm run ingest)', async () => {
    const plain = await cli('server/cli/ingest.ts', ['--seeds', folder()]);
    const dir = folder((d) => ['manifest.json', 'units.json', SOIL].forEach((name) => withBom(name)(d)));
    const bom = await cli('server/cli/ingest.ts', ['--seeds', dir]);
    expect(bom.code).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
  });
});
