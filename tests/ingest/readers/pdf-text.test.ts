import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../server/ingest/errors.ts';
import { readPdfText } from '../../../server/ingest/readers/pdf-text.ts';
import type { ColumnRole, EntryRow, Fragment, SectionRow, Table } from '../../../server/ingest/tables.ts';

const FILE = '000_4bf12fe9557cfa06.txt';
const TEXT = readFileSync(new URL('../../../seeds/000_4bf12fe9557cfa06.txt', import.meta.url), 'utf8');
/** The seed's lines, 1-based as `sed -n` counts them: SOURCE[n]. */
const SOURCE = ['', ...TEXT.split('\n')];
const DOC = readPdfText(TEXT, FILE);

const entries = (t: Table): EntryRow[] => t.rows.filter((r): r is EntryRow => r.kind === 'entry');
const sections = (t: Table): SectionRow[] => t.rows.filter((r): r is SectionRow => r.kind === 'section');
const frags = (row: EntryRow, role: ColumnRole): Fragment[] =>
  (row.cells[role]?.items ?? []).flatMap((i) => i.fragments);
const texts = (row: EntryRow, role: ColumnRole): string[] => frags(row, role).map((f) => f.text);
const at = (row: EntryRow, role: ColumnRole): string[] => frags(row, role).map((f) => `${f.text}@${f.line}`);
const seqOf = (row: EntryRow): string => texts(row, 'seq').join('');
const allEntries = (): EntryRow[] => DOC.tables.flatMap(entries);
/** The entry row whose span covers a line. */
function rowAt(line: number): EntryRow {
  const row = allEntries().find((r) => r.span[0] <= line && line <= r.span[1]);
  if (!row) throw new Error(`no row covers line ${line}`);
  return row;
}
const ROLES: ColumnRole[] = ['seq', 'task', 'measure', 'deadline', 'lead', 'coop'];
const BANNER = '北京市大兴区人民政府公报';

describe('readPdfText on 000 (大兴区 2023, PDF text)', () => {
  it('reads five attachments with their labels, titles and headers', () => {
    expect(DOC.file).toBe(FILE);
    expect(DOC.skipped).toEqual([]);
    expect(DOC.tables.map((t) => [t.label, t.title, t.titleLine])).toEqual([
      ['附件1', '大兴区应对气候变化 2023年行动计划', 74],
      ['附件2', '大兴区大气污染防治 2023年行动计划', 771],
      ['附件3', '大兴区水污染防治 2023年行动计划', 2435],
      ['附件4', '大兴区土壤污染防治 2023年行动计划', 3437],
      ['附件5', '大兴区生态保护 2023年行动计划', 4394],
    ]);
    for (const [k, t] of DOC.tables.entries()) {
      expect(t.header.map((c) => c.role)).toEqual(ROLES);
      expect(t.header.map((c) => c.label)).toEqual([
        '序号',
        '重点任务',
        '工作措施',
        '完成时限',
        k < 3 ? '牵头单位' : '牵头部门',
        '协办单位',
      ]);
    }
    expect(DOC.tables.map((t) => t.span)).toEqual([
      [72, 763],
      [769, 2419],
      [2433, 3421],
      [3435, 4378],
      [4392, 5010],
    ]);
  });

  it('finds every measure row and every task', () => {
    expect(DOC.tables.map((t) => entries(t).length)).toEqual([26, 72, 41, 35, 31]);
    expect(allEntries()).toHaveLength(205);
    const tasks = DOC.tables.map((t) =>
      entries(t)
        .map(seqOf)
        .filter((s) => s !== ''),
    );
    expect(tasks.map((s) => new Set(s).size)).toEqual([19, 27, 18, 17, 14]);
    // No task number is emitted twice (page-break repeats are not rows of their own) and they run 1…n.
    for (const seqs of tasks) expect(seqs).toEqual(seqs.map((_, k) => String(k + 1)));
    // The first row of a table starts a task; every row has a measure, a deadline and a lead unit.
    for (const t of DOC.tables) expect(seqOf(entries(t)[0]!)).toBe('1');
    for (const row of allEntries()) {
      expect(frags(row, 'measure').length).toBeGreaterThan(0);
      expect(frags(row, 'deadline').length).toBeGreaterThan(0);
      expect(frags(row, 'lead').length).toBeGreaterThan(0);
      expect(row.cells.measure?.items).toHaveLength(1);
      expect(row.cells.deadline?.items).toHaveLength(1);
    }
  });

  it('reads the section rows', () => {
    expect(sections(DOC.tables[0]!).map((s) => [s.text, s.line])).toEqual([
      ['一、温室气体排放控制目标', 82],
      ['二、完善应对气候变化综合管理制度', 110],
      ['三、深入推进重点领域和重点区域温室气体排放控制工作', 176],
      ['四、加强城市气候适应性建设', 548],
      ['五、加强应对气候变化能力建设', 647],
    ]);
    expect(DOC.tables.map((t) => sections(t).length)).toEqual([5, 5, 4, 5, 4]);
    expect(sections(DOC.tables[4]!)[2]).toEqual({ kind: 'section', text: '三、维护生态空间格局稳定性', line: 4716 });
  });

  it('takes every fragment from the line it cites, inside its row span', () => {
    for (const row of allEntries()) {
      expect(row.span[0]).toBeLessThanOrEqual(row.span[1]);
      for (const role of ROLES) {
        for (const f of frags(row, role)) {
          expect(f.text).not.toBe('');
          expect(f.text).toBe(f.text.trim());
          expect(SOURCE[f.line], `${role} "${f.text}" at line ${f.line}`).toContain(f.text);
          expect(f.line).toBeGreaterThanOrEqual(row.span[0]);
          expect(f.line).toBeLessThanOrEqual(row.span[1]);
        }
      }
    }
  });

  it('drops the page banner, the glued 北 and the empty-cell mark', () => {
    const all = allEntries().flatMap((row) => ROLES.flatMap((role) => frags(row, role)));
    for (const f of all) {
      expect(f.text.length === 1 && BANNER.includes(f.text), `banner character "${f.text}" at ${f.line}`).toBe(false);
      expect(f.text.endsWith('北'), `"${f.text}" at ${f.line}`).toBe(false);
      expect(f.text).not.toContain('公报');
      expect(f.text).not.toContain('——');
      expect(f.text).not.toMatch(/^(序号|完成|时限|牵头单位|协办单位)\b/);
    }
    // The 14 units that carried a glued 北 keep their name.
    expect(at(rowAt(541), 'lead').at(-1)).toBe('管委会@541');
    expect(at(rowAt(1867), 'lead').at(-1)).toBe('各产业园区管委会@1867');
    expect(at(rowAt(1959), 'lead').slice(-2)).toEqual(['市规划自然资源委@1957', '大兴分局@1959']);
    expect(at(rowAt(3347), 'lead').at(-1)).toBe('区财政局@3347');
    for (const line of [541, 1867, 1959, 2209, 3245, 3347, 3533, 3636, 3750, 4089, 4523, 4635, 4739, 4939]) {
      const last = frags(rowAt(line), 'lead').at(-1)!;
      expect(last.line).toBe(line);
      expect(`${last.text}北`).toBe(SOURCE[line]);
    }
  });

  it('keeps a wrapped unit name as two fragments (市规划自然资源委 / 大兴分局, 000:223-225)', () => {
    const row = rowAt(223);
    expect(row.span).toEqual([209, 229]);
    expect(seqOf(row)).toBe('');
    expect(texts(row, 'task')).toEqual([]);
    expect(at(row, 'measure')).toEqual([
      '推动可再生能源规模化利用，大力发展本地热泵、光伏系统，科学开发@209',
      '利用地热供暖，落实市级地热利用中的水资源管理相关要求。@211',
      '探索组织开展市场化绿电交易。@213',
    ]);
    expect(at(row, 'deadline')).toEqual(['2023年底前@215']);
    // The list ends in ——: every unit is lead and the co-op cell is empty.
    expect(at(row, 'lead')).toEqual([
      '区发展改革委@217',
      '区城市管理委@219',
      '区水务局@221',
      '市规划自然资源委@223',
      '大兴分局@225',
      '区供电公司@227',
    ]);
    expect(row.cells.coop?.items).toEqual([]);
    expect(row.mergedColumns).toBeUndefined();
    // Other wraps stay split too.
    expect(at(rowAt(1396), 'lead').slice(-3)).toEqual([
      '天宫院街道办事处@1394',
      '（京南物流基地管委@1396',
      '会）@1398',
    ]);
    expect(at(rowAt(802), 'lead').slice(-4)).toEqual([
      '区委生态文明委大气@802',
      '污染综合治理及应对@804',
      '气候变化工作小组成@806',
      '员单位@808',
    ]);
  });

  it('splits a line shared by measure end, deadline, unit and —— (000:448)', () => {
    const row = rowAt(448);
    expect(row.span).toEqual([440, 448]);
    expect(at(row, 'seq')).toEqual(['10@440']);
    expect(at(row, 'task')).toEqual(['加强城市绿@442', '色交通体系@444', '建设@446']);
    expect(at(row, 'measure')).toEqual(['扎实推进慢行优先、公交优先、绿色优先，绿色出行比例达到市级要求。@448']);
    expect(at(row, 'deadline')).toEqual(['2023年底前@448']);
    expect(at(row, 'lead')).toEqual(['区交通局@448']);
    expect(row.cells.coop?.items).toEqual([]);
    expect(row.mergedColumns).toBeUndefined();
  });

  it('splits lead and co-op where both are one-line cells on the deadline line (7 rows)', () => {
    const row = rowAt(174);
    expect(row.span).toEqual([174, 174]);
    expect(seqOf(row)).toBe('');
    expect(texts(row, 'task')).toEqual([]);
    expect(at(row, 'measure')).toEqual(['研究探索大兴区氢能项目在北京市碳市场进行试点交易。@174']);
    expect(at(row, 'deadline')).toEqual(['长期实施@174']);
    expect(at(row, 'lead')).toEqual(['区经济和信息化局@174']);
    expect(at(row, 'coop')).toEqual(['区生态环境局@174']);
    expect(row.mergedColumns).toBeUndefined();

    const split = allEntries()
      .filter((r) => !r.mergedColumns && frags(r, 'coop').length > 0)
      .map((r) => [frags(r, 'deadline')[0]!.line, texts(r, 'deadline').join(''), texts(r, 'lead'), texts(r, 'coop')]);
    expect(split).toEqual([
      [174, '长期实施', ['区经济和信息化局'], ['区生态环境局']],
      [1204, '2023年底前', ['区生态环境局'], ['区城市管理委']],
      [2264, '2023年底前', ['区生态环境局'], ['区气象局']],
      [3929, '2023年底前', ['区农业农村局'], ['相关镇人民政府']],
      [3936, '2023年底前', ['区农业农村局'], ['相关镇人民政府']],
      [4010, '年底前', ['区农业农村局'], ['相关镇人民政府']],
      [4705, '2023年底前', ['区园林绿化局'], ['区公安分局']],
    ]);
  });

  it('marks the lead/co-op boundary as lost everywhere else (000:2453-2462)', () => {
    const row = rowAt(2453);
    expect(row.span).toEqual([2445, 2462]);
    expect(at(row, 'seq')).toEqual(['1@2445']);
    expect(at(row, 'task')).toEqual(['目标任务@2445']);
    expect(frags(row, 'measure').map((f) => f.line)).toEqual([2447, 2449, 2451]);
    expect(at(row, 'deadline')).toEqual(['2023年底前@2453']);
    expect(at(row, 'lead')).toEqual([
      '区生态环境局@2454',
      '区水务局@2456',
      '区农业农村局@2458',
      '各镇人民政府@2460',
      '各街道办事处@2462',
    ]);
    expect(row.cells.coop).toBeUndefined();
    expect(row.mergedColumns?.columns).toEqual(['lead', 'coop']);
    expect(row.mergedColumns?.reason).toMatch(/牵头单位.*协办单位/);

    // Rows ending in —— (46), the seven split rows, and the rest merged.
    const rows = allEntries();
    expect(rows.filter((r) => !r.mergedColumns && frags(r, 'coop').length === 0)).toHaveLength(46);
    expect(rows.filter((r) => r.mergedColumns)).toHaveLength(152);
    for (const r of rows.filter((x) => x.mergedColumns)) expect(r.cells.coop).toBeUndefined();
  });

  it('continues task 4 over the page break at 000:907-921 without repeating it', () => {
    const table = DOC.tables[1]!;
    const rows = entries(table);
    expect(rows.filter((r) => seqOf(r) === '4')).toHaveLength(1);
    const k = rows.findIndex((r) => seqOf(r) === '4');
    expect(rows[k]!.span).toEqual([875, 893]);
    expect(at(rows[k]!, 'task')).toEqual(['推进低（无）@877', 'VOCs含量@879', '产品源头替@881', '代@883']);
    const next = rows[k + 1]!;
    // The row printed on the next page: the repeated number and title (913-921) are not emitted.
    expect(next.span).toEqual([913, 961]);
    expect(seqOf(next)).toBe('');
    expect(texts(next, 'task')).toEqual([]);
    expect(frags(next, 'measure').map((f) => f.line)).toEqual([923, 925, 927, 929, 931, 933, 935, 937]);
    expect(texts(next, 'measure')[0]).toBe('工程建设领域大力推广绿色环保产品，在政府投资建设工程中，优先');
    expect(at(next, 'deadline')).toEqual(['2023年底前@939']);
    expect(texts(next, 'lead')).toHaveLength(11);
    expect(at(next, 'lead').at(-1)).toBe('各产业园区管委会@961');
    expect(next.mergedColumns).toBeDefined();
    // Task 4 has three measure rows (875, 923, 963, 987 → 1 + 3), task 5 starts at 1013.
    expect(rows.slice(k, k + 5).map((r) => [seqOf(r), r.span[0]])).toEqual([
      ['4', 875],
      ['', 913],
      ['', 963],
      ['', 987],
      ['5', 1013],
    ]);
  });

  it('continues task 11 over two page breaks (000:1341, 000:1430)', () => {
    const rows = entries(DOC.tables[1]!);
    const k = rows.findIndex((r) => seqOf(r) === '11');
    expect(rows.filter((r) => seqOf(r) === '11')).toHaveLength(1);
    expect(rows.slice(k, k + 9).map((r) => [seqOf(r), r.span[0]])).toEqual([
      ['11', 1306],
      ['', 1325],
      ['', 1341],
      ['', 1359],
      ['', 1371],
      ['', 1378],
      ['', 1400],
      ['', 1430],
      ['12', 1459],
    ]);
    expect(texts(rows[k + 2]!, 'measure')[0]).toBe('新增和更新的商超、快递等轻型物流配送车辆 80%为纯电动或氢燃料');
    expect(frags(rows[k + 7]!, 'measure')[0]!.line).toBe(1435);
  });

  it('reads the whole row on one line (000:4404)', () => {
    const row = rowAt(4404);
    expect(row.span).toEqual([4404, 4416]);
    expect(at(row, 'seq')).toEqual(['1@4404']);
    expect(at(row, 'task')).toEqual(['目标任务@4404']);
    expect(at(row, 'measure')).toEqual(['全区生态环境质量指数（EI）力争稳中向好。@4404']);
    expect(at(row, 'deadline')).toEqual(['2023年底前@4404']);
    expect(at(row, 'lead')).toEqual([
      '区生态环境局@4404',
      '市规划自然资源委@4406',
      '大兴分局@4408',
      '区园林绿化局@4410',
      '区水务局@4412',
      '区农业农村局@4414',
      '区农业服务中心@4416',
    ]);
    expect(row.mergedColumns?.columns).toEqual(['lead', 'coop']);
  });

  it('reads the deadline 按时间节点 / 完成 split over two lines (000:678-680)', () => {
    const row = rowAt(678);
    expect(row.span).toEqual([659, 700]);
    expect(at(row, 'seq')).toEqual(['18@659']);
    expect(at(row, 'task')).toEqual(['强化资金政@660', '策支持@662']);
    expect(frags(row, 'measure')).toHaveLength(7);
    expect(at(row, 'deadline')).toEqual(['按时间节点@678', '完成@680']);
    expect(at(row, 'lead').slice(0, 2)).toEqual(['区财政局@682', '区金融办@684']);
    expect(at(row, 'lead').slice(-2)).toEqual(['临空经济区大兴片区@698', '管委会@700']);
    const twoLine = allEntries().filter((r) => texts(r, 'deadline').join('') === '按时间节点完成');
    expect(twoLine.map((r) => frags(r, 'deadline').map((f) => f.line))).toEqual([
      [678, 680],
      [1219, 1221],
      [1410, 1412],
      [1626, 1628],
    ]);
  });

  it('keeps the other deadline forms as printed', () => {
    const deadlines = new Map<string, number>();
    for (const r of allEntries()) {
      const d = texts(r, 'deadline').join('');
      deadlines.set(d, (deadlines.get(d) ?? 0) + 1);
    }
    expect([...deadlines.keys()].sort()).toEqual(
      ['2023年底前', '6-9月', '6月底', '9月 30日', '年底前', '持续推进', '按时间节点完成', '长期实施'].sort(),
    );
    expect(deadlines.get('2023年底前')).toBe(137);
    expect(at(rowAt(2792), 'deadline')).toEqual(['9月 30日@2792']);
    expect(at(rowAt(2136), 'deadline')).toEqual(['6月底@2136']);
    expect(at(rowAt(1132), 'deadline')).toEqual(['6-9月@1132']);
    // A date inside the measure text is not the deadline (000:2508).
    expect(at(rowAt(2508), 'deadline')).toEqual(['长期实施@2520']);
    // A deadline after the measure text with a space, and no unit on the line (000:1694).
    const dust = rowAt(1694);
    expect(at(dust, 'measure')).toEqual(['全区及各属地降尘量控制在 5吨/平方公里·月左右（扣除沙尘影响）。@1694']);
    expect(at(dust, 'deadline')).toEqual(['2023年底前@1694']);
    expect(at(dust, 'lead')[0]).toBe('区生态环境局@1696');
  });

  it('keeps a measure of several paragraphs as one item (000:241-257)', () => {
    const row = rowAt(241);
    expect(row.span).toEqual([236, 282]);
    expect(frags(row, 'measure').map((f) => f.line)).toEqual([241, 243, 245, 247, 249, 251, 253, 255, 257]);
    expect(texts(row, 'measure').join('')).toContain('培育具有国际影响力的氢能产业龙头企业。推进传统行业');
  });
});

describe('readPdfText on malformed input', () => {
  const NAME = 'bad_plan.txt';
  const HEADER = ['序号 重点任务 工作措施', '完成', '', '时限', '牵头单位 协办单位', ''];
  const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;
  const lineOf = (text: string, needle: string): number => text.split('\n').indexOf(needle) + 1;

  function readError(text: string): ReadError {
    try {
      readPdfText(text, NAME);
    } catch (e) {
      expect(e).toBeInstanceOf(ReadError);
      return e as ReadError;
    }
    throw new Error('expected a ReadError');
  }
  function expectError(text: string, line: number, problem: RegExp): void {
    const err = readError(text);
    expect(err.file).toBe(NAME);
    expect(err.line).toBe(line);
    expect(err.message).toContain(`${NAME}:${line}:`);
    expect(err.problem).toMatch(problem);
  }

  const GOOD = doc(
    '封面',
    ' 附件 1',
    '',
    '测试区应对气候变化 2023年行动计划',
    '',
    ...HEADER,
    '一、目标',
    '',
    '1 目标任务',
    '全区生态环境质量稳中向好，碳排放强度持续下降。',
    '2023年底前 区生态环境局 ——',
    '',
    '2',
    '推进能源低',
    '',
    '碳化发展',
    '',
    '大力开展能源节约和能效提升。',
    '长期实施',
    '区发展改革委',
    '',
    '区城市管理委',
  );

  it('reads a small well-formed table (the base of the cases below)', () => {
    const read = readPdfText(GOOD, NAME);
    expect(read.tables).toHaveLength(1);
    const t = read.tables[0]!;
    expect([t.label, t.title, t.titleLine, t.span]).toEqual(['附件1', '测试区应对气候变化 2023年行动计划', 4, [2, 27]]);
    expect(entries(t).map((r) => [seqOf(r), texts(r, 'task'), texts(r, 'lead'), r.mergedColumns?.columns])).toEqual([
      ['1', ['目标任务'], ['区生态环境局'], undefined],
      ['2', ['推进能源低', '碳化发展'], ['区发展改革委', '区城市管理委'], ['lead', 'coop']],
    ]);
  });

  it('rejects empty input', () => {
    expectError('', 1, /empty/);
    expectError(' \n\n  \n', 1, /empty/);
  });

  it('rejects a text without 附件 tables', () => {
    expectError(doc('北京市大兴区人民政府办公室', '关于印发的通知'), 1, /附件/);
  });

  it('rejects a table header label it does not know', () => {
    const text = GOOD.replace('牵头单位 协办单位', '负责单位 协办单位');
    expectError(text, lineOf(text, '序号 重点任务 工作措施'), /负责单位/);
    const first = GOOD.replace('序号 重点任务 工作措施', '序号 重点工作 工作措施');
    expectError(first, lineOf(first, '序号 重点工作 工作措施'), /重点工作/);
  });

  it('rejects a repeated page header that differs from the table header', () => {
    const text = GOOD.replace('\n2\n', `\n ${HEADER.join('\n').replace('牵头单位', '主责单位')}\n2\n`);
    expectError(text, lineOf(text, ' 序号 重点任务 工作措施'), /header changes/);
  });

  it('rejects a truncated table: a task with no deadline or units before the end', () => {
    const text = doc(...GOOD.split('\n').slice(0, lineOf(GOOD, '大力开展能源节约和能效提升。')));
    expectError(text, lineOf(text, '2'), /truncated/);
    const noTitleEnd = doc(...GOOD.split('\n').slice(0, lineOf(GOOD, '推进能源低')));
    expectError(noTitleEnd, lineOf(noTitleEnd, '2'), /truncated/);
  });

  it('rejects a row cut off after its deadline', () => {
    const text = doc(...GOOD.split('\n').slice(0, lineOf(GOOD, '长期实施')));
    expectError(text, lineOf(text, '长期实施'), /cut off/);
  });

  it('rejects a row cut off by the next task', () => {
    const text = GOOD.replace('2023年底前 区生态环境局 ——\n', '');
    expectError(text, lineOf(text, '2'), /cut off/);
  });

  it('rejects a table that ends before any row', () => {
    const text = doc(
      ' 附件 1',
      '测试计划',
      ...HEADER,
      '一、目标',
      ' 附件 2',
      '另一计划',
      ...HEADER,
      '1 目标任务',
      '全区目标。',
      '2023年底前 区生态环境局 ——',
    );
    expectError(text, lineOf(text, '序号 重点任务 工作措施'), /before any row/);
  });
});
