import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../server/ingest/errors.ts';
import { readDocxText } from '../../../server/ingest/readers/docx-text.ts';
import type { ColumnRole, EntryRow, Fragment, ReadDocument, SectionRow, Table } from '../../../server/ingest/tables.ts';

const F001 = '001_db2e025f5d1f71ec.txt';
const F003 = '003_e1eb838af7ee6fba.txt';
const F004 = '004_def789d42c8c0ef0.txt';

const seed = (name: string): string => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');

const docs = new Map<string, ReadDocument>();
function read(name: string): ReadDocument {
  let doc = docs.get(name);
  if (!doc) {
    doc = readDocxText(seed(name), name);
    docs.set(name, doc);
  }
  return doc;
}

const entries = (t: Table): EntryRow[] => t.rows.filter((r): r is EntryRow => r.kind === 'entry');
const sections = (t: Table): SectionRow[] => t.rows.filter((r): r is SectionRow => r.kind === 'section');
const frags = (row: EntryRow, role: ColumnRole): Fragment[] =>
  (row.cells[role]?.items ?? []).flatMap((i) => i.fragments);
const texts = (row: EntryRow, role: ColumnRole): string[] => frags(row, role).map((f) => f.text);
const seqOf = (row: EntryRow): string => texts(row, 'seq').join('');
const taskNumbers = (t: Table): Set<string> =>
  new Set(
    entries(t)
      .map(seqOf)
      .filter((s) => s !== ''),
  );
/** The entry row whose span covers a line. */
function rowAt(doc: ReadDocument, line: number): EntryRow {
  const row = doc.tables.flatMap(entries).find((r) => r.span[0] <= line && line <= r.span[1]);
  if (!row) throw new Error(`no row covers line ${line}`);
  return row;
}
const numbers = (from: number, to: number): Set<string> =>
  new Set(Array.from({ length: to - from + 1 }, (_, k) => String(from + k)));

const SIX = ['seq', 'task', 'measure', 'deadline', 'lead', 'coop'];
const SEVEN = ['seq', 'task', 'measure', 'deadline', 'leader', 'responsible', 'coop'];
const SEVEN_LEAD = ['seq', 'task', 'measure', 'deadline', 'leader', 'lead', 'responsible'];

describe('readDocxText: 001 (大兴 2026)', () => {
  const doc = read(F001);
  const table = doc.tables[0]!;

  it('reads one table: 附件1 with its title, bookmark removed', () => {
    expect(doc.file).toBe(F001);
    expect(doc.tables).toHaveLength(1);
    expect(doc.skipped).toEqual([]);
    expect(table.label).toBe('附件1');
    expect(table.title).toBe('持续污染防治攻坚2026年行动计划');
    expect(table.titleLine).toBe(3);
    expect(table.span[0]).toBe(1);
    expect(table.header.map((c) => c.role)).toEqual(SIX);
    expect(table.header.map((c) => c.label)).toEqual([
      '序号',
      '重点任务',
      '工作措施',
      '完成时限',
      '牵头单位',
      '协办单位',
    ]);
  });

  it('finds 110 measure rows, 19 section rows and tasks 1–45', () => {
    expect(entries(table)).toHaveLength(110);
    expect(sections(table)).toHaveLength(19);
    expect(taskNumbers(table)).toEqual(numbers(1, 45));
    expect(sections(table)[0]).toEqual({ kind: 'section', text: '一、共筑美丽蓝天', line: 11 });
    expect(sections(table).map((s) => s.line)).toContain(742);
    expect(sections(table).map((s) => s.line)).toContain(1053);
  });

  it('keeps a wrapped co-op cell as printed, one fragment per line (001:68-80)', () => {
    const row = rowAt(doc, 71);
    expect(row.span).toEqual([66, 80]);
    expect(texts(row, 'seq')).toEqual([]);
    expect(texts(row, 'task')).toEqual([]);
    expect(frags(row, 'lead')).toEqual([
      { text: '区交通局', line: 70 },
      { text: '区公安交通', line: 71 },
      { text: '支队', line: 72 },
    ]);
    expect(frags(row, 'coop')).toEqual([
      { text: '区商务局', line: 73 },
      { text: '区城市管', line: 74 },
      { text: '理委', line: 75 },
      { text: '区农业农', line: 76 },
      { text: '村局', line: 77 },
      { text: '区经济和信息化局', line: 78 },
      { text: '区生态环', line: 79 },
      { text: '境局', line: 80 },
    ]);
  });

  it('keeps 等部门 and drops ——, trims 区财政局 ', () => {
    const first = rowAt(doc, 15);
    expect(first.span).toEqual([15, 24]);
    expect(texts(first, 'seq')).toEqual(['1']);
    expect(texts(first, 'task')).toEqual(['目标任务']);
    expect(texts(first, 'coop')).toEqual([
      '区交通局',
      '区城市管理委',
      '区经济和信息化局',
      '区住房城乡建设委',
      '等部门',
    ]);
    const second = rowAt(doc, 28);
    expect(second.span).toEqual([26, 33]);
    expect(second.cells.coop?.items).toEqual([]);
    expect(frags(rowAt(doc, 114), 'coop')[0]).toEqual({ text: '区财政局', line: 114 });
  });

  it('reads a row with a blank line inside it (001:723)', () => {
    const row = rowAt(doc, 723);
    expect(row.span).toEqual([712, 724]);
    expect(texts(row, 'lead')).toEqual([
      '区生态环境局',
      '区公安交通',
      '支队',
      '区城管执法局',
      '各镇人民政府',
      '各街道办事处',
    ]);
    expect(row.cells.coop?.items).toEqual([]);
    const next = rowAt(doc, 726);
    expect(texts(next, 'seq')).toEqual(['19']);

    const blankBeforeMeasure = rowAt(doc, 1130);
    expect(blankBeforeMeasure.span[0]).toBe(1128);
    expect(texts(blankBeforeMeasure, 'task')).toEqual(['完善建设用地再开发利用监管机制']);
    expect(frags(blankBeforeMeasure, 'measure').map((f) => f.line)).toEqual([1131, 1132, 1133]);
    expect(frags(blankBeforeMeasure, 'deadline')).toEqual([{ text: '年底前', line: 1134 }]);
  });

  it('reads task 14 whose title sits on the line after its TAB (001:587-589)', () => {
    const row = rowAt(doc, 587);
    expect(frags(row, 'seq')).toEqual([{ text: '14', line: 587 }]);
    expect(frags(row, 'task')).toEqual([{ text: '加强面源污染管控', line: 589 }]);
    expect(frags(row, 'measure')[0]!.line).toBe(590);
  });

  it('leaves a repeated number and title as printed (001:82-83)', () => {
    const row = rowAt(doc, 82);
    expect(texts(row, 'seq')).toEqual(['3']);
    expect(texts(row, 'task')).toEqual(['推动机动车结构优化升级']);
    const repeated = entries(table)
      .filter((r) => seqOf(r) !== '')
      .map(seqOf);
    for (const n of ['3', '5', '7', '8', '12', '14', '22', '25']) {
      expect(repeated.filter((s) => s === n).length, `task ${n}`).toBeGreaterThan(1);
    }
  });
});

describe('readDocxText: 003 (通州区 2023)', () => {
  const doc = read(F003);

  it('reads 附件1–5, skipping the cover letter', () => {
    expect(doc.tables.map((t) => t.label)).toEqual(['附件1', '附件2', '附件3', '附件4', '附件5']);
    expect(doc.tables.map((t) => t.title)).toEqual([
      '通州区应对气候变化2023年行动计划',
      '通州区大气污染防治2023年行动计划',
      '通州区水污染防治2023年行动计划',
      '通州区土壤污染防治2023年行动计划',
      '通州区生态保护2023年行动计划',
    ]);
    expect(doc.tables.map((t) => t.titleLine)).toEqual([34, 375, 1293, 1735, 2135]);
    expect(doc.tables.map((t) => t.span[0])).toEqual([33, 374, 1292, 1734, 2134]);
    expect(doc.tables[0]!.rows[0]).toEqual({ kind: 'section', text: '一、温室气体排放控制目标', line: 47 });
  });

  it('maps the header variants, wraps joined', () => {
    const [t1, t2, t3, t4, t5] = doc.tables;
    expect(t1!.header.map((c) => c.label)).toEqual([
      '序号',
      '重点任务',
      '工作措施',
      '完成时限',
      '牵头领导',
      '主责单位',
      '协办单位',
    ]);
    for (const t of [t1, t2, t5]) expect(t!.header.map((c) => c.role)).toEqual(SEVEN);
    expect(t3!.header.map((c) => c.label)).toEqual([
      '序号',
      '重点任务',
      '2023年工作措施',
      '完成时限',
      '牵头领导',
      '牵头部门',
      '责任单位',
    ]);
    expect(t3!.header.map((c) => c.role)).toEqual(SEVEN_LEAD);
    expect(t4!.header.map((c) => c.label)).toEqual([
      '序号',
      '重点任务',
      '工作措施',
      '完成时限',
      '牵头领导',
      '牵头部门',
      '责任单位',
    ]);
    expect(t4!.header.map((c) => c.role)).toEqual(SEVEN_LEAD);
  });

  it('counts tasks and measure rows per attachment', () => {
    const counts = doc.tables.map((t) => [taskNumbers(t).size, entries(t).length]);
    expect(counts).toEqual([
      [20, 26],
      [75, 75],
      [17, 43],
      [17, 34],
      [11, 21],
    ]);
    expect(taskNumbers(doc.tables[1]!)).toEqual(numbers(1, 75));
    expect(taskNumbers(doc.tables[2]!)).toEqual(numbers(1, 17));
  });

  it('reads a row that begins with SPACE+TAB and no blank line before it (003:73, 003:2326)', () => {
    const before = rowAt(doc, 72);
    expect(before.span).toEqual([63, 72]);
    expect(frags(before, 'coop')).toEqual([{ text: '区统计局', line: 72 }]);
    const row = rowAt(doc, 73);
    expect(row.span).toEqual([73, 80]);
    expect(frags(row, 'seq')).toEqual([{ text: '3', line: 73 }]);
    expect(frags(row, 'task')).toEqual([{ text: '积极推进碳排放权交易市场建设', line: 74 }]);
    expect(frags(row, 'leader')).toEqual([{ text: '倪德才', line: 77 }]);
    expect(frags(row, 'responsible')).toEqual([{ text: '区生态环境局', line: 78 }]);
    expect(texts(row, 'coop')).toEqual(['相关街道乡镇', '相关行业主管部门']);
    const last = rowAt(doc, 2326);
    expect(last.span[0]).toBe(2326);
    expect(texts(last, 'seq')).toEqual(['9']);
    expect(texts(rowAt(doc, 2325), 'seq')).toEqual(['8']);
  });

  it('keeps 牵头领导 lines exactly as printed (003:68, 003:171, 003:238)', () => {
    expect(frags(rowAt(doc, 68), 'leader')).toEqual([
      { text: '郑  皓', line: 68 },
      { text: '倪德才', line: 69 },
    ]);
    expect(frags(rowAt(doc, 171), 'leader')).toEqual([{ text: '郑  皓 王翔宇', line: 171 }]);
    expect(frags(rowAt(doc, 238), 'leader')).toEqual([{ text: '秦  涛卢庆雷', line: 238 }]);
    expect(texts(rowAt(doc, 1458), 'lead')).toEqual([
      '区发展改革委',
      '市规划自然资源委通州分局区水务局',
      '区生态环境局',
    ]);
  });

  it('reads 长期⏎实施 as two fragments and trims a trailing space', () => {
    expect(frags(rowAt(doc, 464), 'deadline')).toEqual([
      { text: '长期', line: 464 },
      { text: '实施', line: 465 },
    ]);
    expect(frags(rowAt(doc, 1704), 'deadline')).toEqual([{ text: '年底前', line: 1704 }]);
  });

  it('treats a lone — and an empty TAB as empty cells', () => {
    expect(rowAt(doc, 220).cells.coop?.items).toEqual([]);
    const row35 = rowAt(doc, 799);
    expect(texts(row35, 'seq')).toEqual(['35']);
    expect(row35.cells.coop?.items).toEqual([]);
    const row2 = rowAt(doc, 398);
    expect(texts(row2, 'seq')).toEqual(['2']);
    expect(row2.cells.task?.items).toEqual([]);
    expect(row2.cells.deadline?.items).toEqual([]);
  });

  it('reads the blank line inside a row (003:872)', () => {
    const row = rowAt(doc, 872);
    expect(row.span).toEqual([866, 875]);
    expect(frags(row, 'leader')).toEqual([{ text: '倪德才', line: 871 }]);
    expect(frags(row, 'responsible')).toEqual([
      { text: '区市场监管局', line: 873 },
      { text: '区交通局', line: 874 },
    ]);
  });

  it('keeps the footer, labels and titles out of the cells (003:341, 003:373-375, 003:1288-1293)', () => {
    const across = rowAt(doc, 344);
    expect(across.span).toEqual([344, 357]);
    expect(frags(rowAt(doc, 336), 'coop').at(-1)).toEqual({ text: '区住房城乡建设委', line: 336 });
    expect(rowAt(doc, 336).span[1]).toBe(336);
    expect(frags(rowAt(doc, 373), 'coop')).toEqual([{ text: '各相关单位', line: 373 }]);
    expect(rowAt(doc, 373).span).toEqual([367, 373]);
    expect(frags(rowAt(doc, 1288), 'coop')).toEqual([{ text: '区生态环境局', line: 1288 }]);
    expect(rowAt(doc, 1288).span).toEqual([1278, 1288]);
    expect(doc.tables[0]!.span[1]).toBe(373);
  });

  it('strips bookmarks and the U+3000 after a section (003:47, 003:64, 003:1909)', () => {
    expect(texts(rowAt(doc, 64), 'task')).toEqual(['强化碳排放“双控”制度']);
    const soil = sections(doc.tables[3]!).find((s) => s.line === 1909);
    expect(soil?.text).toBe('三、持续推进农用地安全利用');
    expect(doc.tables.map((t) => sections(t).length)).toEqual([6, 6, 4, 5, 4]);
  });
});

describe('readDocxText: 004 (大兴 2024 soil)', () => {
  const doc = read(F004);
  const table = doc.tables[0]!;

  it('reads 附件3 with 17 tasks, 45 rows and 5 sections', () => {
    expect(doc.tables).toHaveLength(1);
    expect(table.label).toBe('附件3');
    expect(table.title).toBe('大兴区净土保卫战2024年行动计划');
    expect(table.titleLine).toBe(5);
    expect(table.span).toEqual([4, 487]);
    expect(table.header.map((c) => c.role)).toEqual(SIX);
    expect(table.header.map((c) => c.label)).toEqual([
      '序号',
      '重点任务',
      '工作措施',
      '完成时限',
      '牵头单位',
      '协办单位',
    ]);
    expect(entries(table)).toHaveLength(45);
    expect(taskNumbers(table)).toEqual(numbers(1, 17));
    expect(sections(table).map((s) => s.text)).toEqual([
      '一、土壤污染防治目标',
      '二、持续深入防控建设用地风险',
      '三、持续深入净化农用地环境',
      '四、持续加强未利用地保护',
      '五、大力提升土壤环境治理能力',
    ]);
  });

  it('reads the town list (004:38-47)', () => {
    const row = rowAt(doc, 38);
    expect(row.span).toEqual([32, 50]);
    expect(texts(row, 'task')).toEqual(['科学管控建设用地风险']);
    expect(frags(row, 'measure').map((f) => f.line)).toEqual([34, 35, 36]);
    expect(frags(row, 'lead')).toEqual(
      [
        '采育镇人民政府',
        '礼贤镇人民政府',
        '长子营镇人民政府',
        '青云店镇人民政府',
        '黄村镇人民政府',
        '魏善庄镇人民政府',
        '西红门镇人民政府',
        '瀛海镇人民政府',
        '天宫院街道办事处',
        '大兴经济开发区管委会',
      ].map((text, k) => ({ text, line: 38 + k })),
    );
    expect(texts(row, 'coop')).toEqual(['区生态环境局', '市规划自然资源委大兴分局', '临空经济区大兴片区管委会']);
  });

  it('reads the blank line inside a row (004:150) and continuation rows (004:52-63)', () => {
    const row = rowAt(doc, 150);
    expect(row.span).toEqual([147, 156]);
    expect(frags(row, 'deadline')).toEqual([{ text: '年底前', line: 151 }]);
    const cont = rowAt(doc, 52);
    expect(cont.span).toEqual([52, 63]);
    expect(cont.cells.seq?.items).toEqual([]);
    expect(texts(cont, 'deadline')).toEqual(['按时间节点完成']);
  });
});

describe('readDocxText: every fragment', () => {
  for (const name of [F001, F003, F004]) {
    it(`${name}: no bookmark, TAB, footer or dash marker; each fragment is on its line`, () => {
      const lines = seed(name).split('\n');
      const doc = read(name);
      let count = 0;
      for (const table of doc.tables) {
        expect(table.title).not.toContain('[bookmark');
        for (const row of table.rows) {
          if (row.kind === 'section') {
            expect(row.text).not.toMatch(/\[bookmark|\t/);
            expect(lines[row.line - 1]).toContain(row.text);
            continue;
          }
          expect(row.span[0]).toBeLessThanOrEqual(row.span[1]);
          for (const cell of Object.values(row.cells)) {
            for (const item of cell!.items) {
              for (const f of item.fragments) {
                count++;
                expect(f.text).not.toMatch(/\[bookmark|\t|^\s|\s$/);
                expect(f.text).not.toMatch(/^-\s*\d+\s*-$|^附件\d|^[—-]+$/);
                expect(f.text).not.toBe('');
                expect(lines[f.line - 1]).toContain(f.text);
                expect(f.line).toBeGreaterThanOrEqual(row.span[0]);
                expect(f.line).toBeLessThanOrEqual(row.span[1]);
              }
            }
          }
        }
      }
      expect(count).toBeGreaterThan(0);
    });
  }
});

describe('readDocxText: errors', () => {
  const HEADER = [
    '附件1',
    '',
    '某某行动计划',
    '\t序号',
    '\t重点任务',
    '\t工作措施',
    '\t完成时限',
    '\t牵头单位',
    '\t协办单位',
    '',
  ];
  const ROW = ['\t1', '\t目标任务', '\t做好工作。', '\t年底前', '\t区生态环境局', '\t——', ''];

  function failure(text: string, file = 'x.txt'): ReadError {
    try {
      readDocxText(text, file);
    } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
      return e as ReadError;
    }
    throw new Error('expected a ReadError');
  }

  it('reads a minimal well-formed table', () => {
    const doc = readDocxText([...HEADER, '\t一、目标', '', ...ROW].join('\n'), 'ok.txt');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows).toHaveLength(2);
    expect(entries(doc.tables[0]!)[0]!.span).toEqual([13, 18]);
  });

  it('rejects empty input', () => {
    for (const text of ['', '\n\n  \n']) {
      const e = failure(text, 'empty.txt');
      expect(e.message).toMatch(/^empty\.txt:\d+: /);
      expect(e.file).toBe('empty.txt');
    }
  });

  it('rejects a text with no table', () => {
    const e = failure('北京市通州区人民政府文件\n\n关于印发的通知\n', 'cover.txt');
    expect(e.message).toMatch(/^cover\.txt:\d+: .*no table/);
  });

  it('rejects an unknown header label', () => {
    const text = [...HEADER.slice(0, 8), '\t责任领导', '', ...ROW].join('\n');
    const e = failure(text, 'hdr.txt');
    expect(e.message).toContain('hdr.txt:4:');
    expect(e.message).toContain('责任领导');
  });

  it('rejects a truncated table', () => {
    const text = [...HEADER, ...ROW, '\t2', '\t另一任务', '\t再做工作。', '\t年底前'].join('\n');
    const e = failure(text, 'trunc.txt');
    expect(e.message).toMatch(/^trunc\.txt:21: .*truncated: the row starting at line 18/);
  });

  it('rejects a truncated table before the next attachment', () => {
    const text = [...HEADER, ...ROW.slice(0, 4), '', ...HEADER.map((l) => l.replace('附件1', '附件2')), ...ROW].join(
      '\n',
    );
    const e = failure(text, 'trunc2.txt');
    expect(e.message).toMatch(/^trunc2\.txt:14: 附件1 is truncated/);
  });

  it('rejects cells that do not fit the header column count', () => {
    // The first row lacks its co-op cell, so the next row's number lands in the co-op column.
    const text = [...HEADER, ...ROW.slice(0, 5), '', ...ROW.map((l) => l.replace('1', '2'))].join('\n');
    const e = failure(text, 'shift.txt');
    expect(e.message).toMatch(/^shift\.txt:17: .*do not fit/);
  });

  it('rejects an attachment without a table', () => {
    const e = failure('附件1\n\n某某行动计划\n\n一、总体要求\n', 'notable.txt');
    expect(e.message).toMatch(/^notable\.txt:\d+: /);
  });
});
