import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../server/ingest/errors.ts';
import { readMarkdown } from '../../../server/ingest/readers/markdown.ts';
import type { Cell, ColumnRole, EntryRow, ReadDocument, Row, Table } from '../../../server/ingest/tables.ts';

const FILE = '002_221e516616a96fe0.txt';
const text = readFileSync(new URL('../../../seeds/002_221e516616a96fe0.txt', import.meta.url), 'utf8');
const doc: ReadDocument = readMarkdown(text, FILE);

const HEADER = '序号\t重点任务\t工作措施\t完成时限\t牵头部门\t主责单位\t协办单位';

const entries = (t: Table): EntryRow[] => t.rows.filter((r): r is EntryRow => r.kind === 'entry');

function rowAt(line: number): EntryRow {
  for (const t of doc.tables) {
    for (const r of entries(t)) if (r.span[0] === line) return r;
  }
  throw new Error(`no entry row at ${line}`);
}

function cell(line: number, role: ColumnRole): Cell {
  const c = rowAt(line).cells[role];
  if (!c) throw new Error(`no ${role} cell at ${line}`);
  return c;
}

/** Item texts: one string per item, fragments joined by a space. */
const itemTexts = (c: Cell): string[] => c.items.map((i) => i.fragments.map((f) => f.text).join(' '));
const counts = (line: number): string =>
  (['measure', 'deadline', 'lead', 'responsible', 'coop'] as const).map((r) => cell(line, r).items.length).join('/');
const seqOf = (r: EntryRow): string | undefined => r.cells.seq?.items[0]?.fragments[0]?.text;

function expectReadError(fn: () => unknown, line: number, fragment?: RegExp): ReadError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ReadError);
  const err = caught as ReadError;
  expect(err.message).toContain(`t.txt:${line}:`);
  expect(err.line).toBe(line);
  if (fragment) expect(err.message).toMatch(fragment);
  return err;
}

describe('readMarkdown on seed 002 (北京市 2023)', () => {
  it('finds the five plans and skips the indicator table', () => {
    expect(doc.file).toBe(FILE);
    expect(doc.tables.map((t) => [t.title, t.titleLine])).toEqual([
      ['北京市应对气候变化 2023 年行动计划', 41],
      ['北京市大气污染防治 2023 年行动计划', 101],
      ['北京市水污染防治 2023 年行动计划', 198],
      ['北京市土壤污染防治 2023 年行动计划', 256],
      ['北京市生态环境保护 2023 年行动计划', 304],
    ]);
    expect(doc.tables.map((t) => t.span)).toEqual([
      [41, 99],
      [101, 196],
      [198, 254],
      [256, 302],
      [304, 354],
    ]);
    for (const t of doc.tables) {
      expect(t.label).toBeUndefined();
      expect(t.header.map((h) => h.role)).toEqual([
        'seq',
        'task',
        'measure',
        'deadline',
        'lead',
        'responsible',
        'coop',
      ]);
      expect(t.header.map((h) => h.label)).toEqual([
        '序号',
        '重点任务',
        '工作措施',
        '完成时限',
        '牵头部门',
        '主责单位',
        '协办单位',
      ]);
    }
    expect(doc.skipped).toHaveLength(1);
    expect(doc.skipped[0]).toMatchObject({ title: '2023 年各区生态环境保护有关指标及重点任务计划', span: [356, 375] });
    expect(doc.skipped[0]?.reason).toMatch(/indicator/);
  });

  it('counts tasks and entry rows per plan (missing pages stay missing)', () => {
    const taskNumbers = doc.tables.map((t) => [
      ...new Set(
        entries(t)
          .map(seqOf)
          .filter((s) => s !== undefined),
      ),
    ]);
    expect(taskNumbers.map((s) => s.length)).toEqual([26, 28, 19, 16, 14]);
    expect(doc.tables.map((t) => entries(t).length)).toEqual([35, 52, 34, 21, 28]);
    // soil jumps 14 → 17, ecology 3 → 6
    expect(taskNumbers[3]).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '17',
      '18',
    ]);
    expect(taskNumbers[4]).toEqual(['1', '2', '3', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16']);
  });

  it('never turns a repeated page header or noise into a row', () => {
    const lines = text.split('\n');
    const headerLines = lines.flatMap((l, i) => (l.startsWith('序号\t') ? [i + 1] : []));
    expect(headerLines).toHaveLength(52);
    expect(headerLines).toContain(335); // the copy with a trailing TAB
    const rowLines = new Set(doc.tables.flatMap((t) => t.rows.map((r) => (r.kind === 'entry' ? r.span[0] : r.line))));
    for (const l of headerLines) expect(rowLines.has(l)).toBe(false);
    for (const l of [37, 39]) expect(rowLines.has(l)).toBe(false);
    // rows 336-342 carry the same extra trailing TAB
    expect(itemTexts(cell(336, 'measure'))).toEqual(['编制完成区级国土空间生态修复规划。']);
    expect(cell(336, 'coop').items[0]?.fragments.map((f) => f.text)).toContain('市发展改革委');
  });

  it('reads section rows with and without <b>, the ### heading and the late section row', () => {
    const sections = doc.tables.map((t) =>
      t.rows.flatMap((r) => (r.kind === 'section' ? [[r.line, r.text] as const] : [])),
    );
    expect(sections.map((s) => s.length)).toEqual([5, 6, 4, 5, 4]);
    expect(sections[0]?.[0]).toEqual([44, '一、温室气体现排放控制目标']);
    expect(sections[1]).toContainEqual([178, '五、“一微克”行动区级示范']);
    expect(sections[2]?.slice(0, 2)).toEqual([
      [201, '一、水环境质量目标'],
      [204, '二、水资源保护'],
    ]);
    expect(sections[4]?.slice(0, 2)).toEqual([
      [307, '一、生态环境质量状况目标'],
      [309, '二、强化生物多样性保护'],
    ]);
    expect(sections[4]).toContainEqual([326, '三、维护生态空间格局稳定性']);
    for (const s of sections.flat()) expect(s[1]).not.toMatch(/<|>|\*|#/);

    // 002:326 comes after tasks 6–7 and before task 8, in document order
    const eco = doc.tables[4]!.rows;
    const at = (line: number) => eco.findIndex((r: Row) => (r.kind === 'entry' ? r.span[0] : r.line) === line);
    expect(at(325) + 1).toBe(at(326));
    expect(at(326) + 1).toBe(at(329));
    expect(seqOf(rowAt(325))).toBe('7');
    expect(seqOf(rowAt(329))).toBe('8');
    // the heading at 178 sits between task 22 and task 23
    const air = doc.tables[1]!.rows;
    const idx = air.findIndex((r) => r.kind === 'section' && r.line === 178);
    expect(seqOf(air[idx - 1] as EntryRow)).toBe('22');
    expect(seqOf(air[idx + 1] as EntryRow)).toBe('23');
  });

  it('keeps page-break repeats with their printed number and title', () => {
    expect(seqOf(rowAt(55))).toBe('7');
    expect(seqOf(rowAt(59))).toBe('7');
    expect(itemTexts(cell(59, 'task'))).toEqual(['推进能源低碳发展']);
    expect(seqOf(rowAt(332))).toBe('8');
    expect(itemTexts(cell(332, 'task'))).toEqual(['提升自然保护区地监督管理水平']);
    // continuation rows have no number
    expect(rowAt(56).cells.seq?.items).toEqual([]);
    expect(rowAt(56).cells.task?.items).toEqual([]);
  });

  it('splits <p> lists into items (per-cell counts from the field guide)', () => {
    expect(counts(111)).toBe('8/8/6/5/8');
    expect(counts(209)).toBe('3/3/2/2/3');
    expect(counts(222)).toBe('3/3/3/3/3');
    expect(counts(240)).toBe('5/5/5/2/0');
    expect(counts(268)).toBe('7/6/6/6/0');
    expect(cell(131, 'measure').items).toHaveLength(5);
    expect(cell(136, 'measure').items).toHaveLength(7);
    expect(cell(114, 'measure').items).toHaveLength(4);
    expect(itemTexts(cell(111, 'deadline'))).toEqual([
      '按时间节点完成',
      '长期实施',
      '6月底前',
      '年底前',
      '年底前',
      '6月底前',
      '长期实施',
      '按时间节点完成',
    ]);
    expect(itemTexts(cell(111, 'measure'))[3]).toBe('制定针对新能源汽车的道路差异化停车收费价格政策。');
  });

  it('keeps a <p>——</p> entry as an empty item, and a dash cell as an empty cell', () => {
    expect(itemTexts(cell(111, 'coop'))).toEqual([
      '',
      '',
      '',
      '市财政局',
      '市公安局 市生态环境分局',
      '市经济和信息化局 市公安局 市生态环境分局',
      '',
      '',
    ]);
    expect(cell(209, 'coop').items.every((i) => i.fragments.length === 0)).toBe(true);
    expect(itemTexts(cell(222, 'coop'))).toEqual(['市发展改革委 市规划自然资源委', '', '市排水集团']);
    expect(cell(56, 'coop').items).toEqual([]); // ——
    expect(cell(77, 'coop').items).toEqual([]); // —
    expect(cell(232, 'responsible').items).toEqual([]); // ——
    expect(cell(225, 'responsible').items).toEqual([]); // empty field
  });

  it('keeps rows whose measure sits in the previous row’s <p> list, with an empty measure cell', () => {
    for (const line of [115, 116, 117]) {
      const r = rowAt(line);
      expect(r.span).toEqual([line, line]);
      expect(r.cells.measure?.items).toEqual([]);
      expect(r.cells.seq?.items).toEqual([]);
    }
    expect(itemTexts(cell(115, 'deadline'))).toEqual(['年底前']);
    expect(itemTexts(cell(116, 'deadline'))).toEqual(['长期实施']);
    expect(cell(117, 'lead').items[0]?.fragments.map((f) => f.text)).toEqual(['市交通委', '市生态环境局']);
    expect(itemTexts(cell(227, 'deadline'))).toEqual(['按时间节点完成']);
    expect(itemTexts(cell(227, 'lead'))).toEqual(['北京经济技术开发区管委会']);
  });

  it('splits groups without <p> at double spaces only', () => {
    expect(itemTexts(cell(143, 'deadline'))).toEqual(['按时间节点完成', '长期实施']);
    expect(itemTexts(cell(329, 'deadline'))).toEqual(['持续推进', '年底前']);
    expect(itemTexts(cell(193, 'deadline'))).toEqual(['长期实施', '年底前']);
    expect(cell(143, 'lead').items.map((i) => i.fragments.length)).toEqual([3, 6]);
    expect(itemTexts(cell(248, 'coop'))).toEqual(['市生态环境局', '市生态环境局']);
    expect(itemTexts(cell(174, 'responsible'))).toHaveLength(2);

    expect(cell(278, 'measure').items).toHaveLength(2);
    expect(cell(279, 'measure').items).toHaveLength(3);
    expect(cell(329, 'measure').items).toHaveLength(2);
    // a single space after 。 is a paragraph break inside one measure, not a new measure
    for (const line of [120, 161, 162, 163, 324, 325]) expect(cell(line, 'measure').items).toHaveLength(1);
    expect(itemTexts(cell(162, 'measure'))[0]).toContain('。 市管理委提升道路清扫保洁水平,不断降低道路尘土残留量。');
    // spaces around numbers are not separators
    expect(itemTexts(cell(45, 'measure'))).toEqual([
      '切实控制温室气体排放,全市及各区碳排放强度持续下降,较 2020 年累计下降 12% 左右,碳排放总量得到有效控制。',
    ]);
    expect(itemTexts(cell(48, 'deadline'))).toEqual(['6 月底前']);
    // task titles keep their OCR spaces
    expect(itemTexts(cell(278, 'task'))).toEqual(['加强养殖业 土壤污染 头防控']);
  });

  it('removes <sub> with its surrounding spaces', () => {
    const m = itemTexts(cell(108, 'measure'))[0]!;
    expect(m).toContain('开展细颗粒物(PM2.5)和臭氧(O3)协同减排路径');
    expect(m).not.toMatch(/<|>/);
    expect(itemTexts(cell(203, 'measure'))[0]).toContain('氨氮(NH3-N)减排目标要求');
    expect(itemTexts(cell(176, 'measure'))[0]).toContain('各街道TSP、PM2.5浓度排名');
  });

  it('tokenises unit cells on spaces without re-attaching anything', () => {
    expect(cell(45, 'lead').items.map((i) => i.fragments)).toEqual([
      [
        { text: '市生态环境局', line: 45 },
        { text: '各区人民政府', line: 45 },
        { text: '(含北京经济技术开发区管委会)', line: 45 },
      ],
    ]);
    expect(cell(131, 'responsible').items[0]?.fragments.map((f) => f.text)).toEqual([
      '各区政府',
      '(含北京经济技术',
      '开发区管委会)',
    ]);
    expect(cell(72, 'lead').items[0]?.fragments.map((f) => f.text)).toEqual(['城市副中心党工委', '管委会']);
    expect(
      cell(150, 'responsible')
        .items[0]?.fragments.map((f) => f.text)
        .slice(0, 2),
    ).toEqual(['市推进运输结构调整工作推进小组', '成员单位']);
    expect(cell(244, 'responsible').items[0]?.fragments.map((f) => f.text)).toContain('（含北京经济技术开发区管委会）');
    expect(cell(126, 'lead').items[0]?.fragments.map((f) => f.text)).toEqual([
      '市场监管局',
      '市公安局',
      '市应急管理局',
    ]);
    expect(cell(111, 'lead').items[0]?.fragments.map((f) => f.text)).toEqual([
      '市经济和信息化局',
      '(市新能源汽车联席工作会议办公室)',
    ]);
  });

  it('gives every fragment its source line and strips all markup', () => {
    let fragments = 0;
    for (const t of doc.tables) {
      for (const r of entries(t)) {
        expect(r.span[0]).toBe(r.span[1]);
        for (const c of Object.values(r.cells)) {
          for (const item of c.items) {
            for (const f of item.fragments) {
              fragments++;
              expect(f.line).toBe(r.span[0]);
              expect(f.text).not.toBe('');
              expect(f.text).not.toMatch(/<\/?(p|b|sub)>|^\s|\s$|^—+$/);
            }
          }
        }
      }
    }
    expect(fragments).toBeGreaterThan(1000);
  });
});

describe('readMarkdown on small inputs', () => {
  const F = 't.txt';

  it('fills missing trailing fields of a short row with empty cells', () => {
    const d = readMarkdown(
      ['## 测试行动计划', HEADER, '8\t促进油品储运环节减排\t开展抽查。\t长期实施\t市场监管局 市公安局'].join('\n'),
      F,
    );
    const r = d.tables[0]!.rows[0] as EntryRow;
    expect(r.kind).toBe('entry');
    expect(r.span).toEqual([3, 3]);
    expect(r.cells.seq?.items[0]?.fragments).toEqual([{ text: '8', line: 3 }]);
    expect(itemTexts(r.cells.task!)).toEqual(['促进油品储运环节减排']);
    expect(r.cells.lead?.items[0]?.fragments).toEqual([
      { text: '市场监管局', line: 3 },
      { text: '市公安局', line: 3 },
    ]);
    expect(r.cells.responsible?.items).toEqual([]);
    expect(r.cells.coop?.items).toEqual([]);
    expect(d.tables[0]!.span).toEqual([1, 3]);
    expect(d.skipped).toEqual([]);
  });

  it('throws on empty input', () => {
    expectReadError(() => readMarkdown('', F), 1, /empty/);
    expectReadError(() => readMarkdown('\n  \n\t\n', F), 1, /empty/);
  });

  it('throws on an unknown header', () => {
    const err = expectReadError(
      () =>
        readMarkdown(
          ['## 测试行动计划', '', '编号\t任务\t措施\t时限\t单位', '1\t任务\t措施。\t年底前\t市生态环境局'].join('\n'),
          F,
        ),
      3,
    );
    expect(err.message).toContain('编号');
  });

  it('throws on a plan heading without rows', () => {
    expectReadError(
      () =>
        readMarkdown(
          ['## 甲行动计划', '', '## 乙行动计划', HEADER, '1\t任务\t措施。\t年底前\t市生态环境局\t\t'].join('\n'),
          F,
        ),
      1,
      /no table rows/,
    );
    expectReadError(
      () => readMarkdown(['封面', '', '## 甲行动计划', HEADER, '<b>一、目标</b>\t\t\t\t\t\t', ''].join('\n'), F),
      3,
      /no table rows/,
    );
  });

  it('throws on a table row before any header', () => {
    expectReadError(
      () => readMarkdown(['## 甲行动计划', '1\t任务\t措施。\t年底前\t市生态环境局\t\t', HEADER].join('\n'), F),
      2,
      /before any header/,
    );
    expectReadError(
      () => readMarkdown(['封面', '1\t任务\t措施。\t年底前\t市生态环境局\t\t'].join('\n'), F),
      2,
      /before any header/,
    );
  });

  it('throws when no plan table is found', () => {
    expectReadError(() => readMarkdown(['**封面**', '', '正文'].join('\n'), F), 3, /no plan table/);
    expectReadError(
      () => readMarkdown(['## 各区指标', '区\t指标一\t指标二', '东城区\t1\t2'].join('\n'), F),
      3,
      /no plan table/,
    );
  });

  it('throws on a row with more fields than the header', () => {
    expectReadError(
      () => readMarkdown(['## 甲行动计划', HEADER, '1\t任务\t措施。\t年底前\t市生态环境局\t\t\t多余'].join('\n'), F),
      3,
      /fields/,
    );
  });
});
