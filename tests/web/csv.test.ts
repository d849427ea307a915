import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv } from '../../web/src/lib/csv.ts';
import { ApiError, describeError, offeredNames } from '../../web/src/lib/apiError.ts';
import { assignmentsTable, loadTable, uncertainCell } from '../../web/src/lib/tables.ts';

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends lines with CRLF, so Excel reads Chinese', () => {
    const csv = toCsv({ columns: ['单位', '合计'], rows: [['区水务局', 12]] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF单位,合计\r\n区水务局,12\r\n');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes commas, quotes, line breaks and edge spaces; leaves the rest bare', () => {
    const csv = toCsv({
      columns: ['a'],
      rows: [['x,y'], ['说"明"'], ['two\nlines'], [' padded'], [null], [undefined], ['，全角逗号不需要引号']],
    });
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '"x,y"',
      '"说""明"""',
      '"two\nlines"',
      '" padded"',
      '',
      '',
      '，全角逗号不需要引号',
    ]);
  });

  it('makes file names without characters Windows refuses', () => {
    expect(exportFileName(['dutygraph', '大兴区:区城市管理委'], 'csv')).toBe('dutygraph-大兴区_区城市管理委.csv');
    expect(exportFileName(['', ''], 'png')).toBe('dutygraph.png');
  });

  it('exports the overload ranking with headers in the UI language', () => {
    const rows = [
      {
        rank: 1,
        score: 99,
        unit: {
          id: 'u',
          name: '区水务局',
          jurisdiction: '大兴区',
          level: 'DISTRICT' as const,
          kind: 'DEPARTMENT' as const,
        },
        counts: { lead: 20, responsible: 0, coop: 39, leader: 0, total: 59 },
      },
    ];
    expect(toCsv(loadTable(rows, 'zh')).split('\r\n').slice(0, 2)).toEqual([
      '\uFEFF排名,单位,辖区,层级,牵头,主责,协办,牵头领导,合计,加权负荷',
      '1,区水务局,大兴区,区级,20,0,39,0,59,99',
    ]);
    expect(loadTable(rows, 'en').columns[0]).toBe('Rank');
  });

  it('exports a unit’s assignments with the measure, deadline and source lines', () => {
    const table = assignmentsTable(
      [
        {
          unit: {
            id: '大兴区:区水务局',
            name: '区水务局',
            jurisdiction: '大兴区',
            level: 'DISTRICT',
            kind: 'DEPARTMENT',
            known: true,
            aliases: [],
            membership: null,
            members: [],
            memberOf: [],
          },
          counts: { lead: 1, responsible: 0, coop: 0, leader: 0, total: 1 },
          measureCount: 1,
          assignments: [
            {
              id: 'a1',
              role: 'LEAD',
              column: '牵头单位',
              asWritten: '区水务局',
              uncertain: null,
              confidence: 'LIKELY',
              via: null,
              source: { file: '000.txt', firstLine: 10, lastLine: 12 },
              measure: {
                id: 'm1',
                text: '加强河湖管理，落实河长制',
                deadline: { text: '年底前', kind: 'YEAR_END', due: '2023-12-31' },
                plan: {
                  id: 'p',
                  title: '大兴区水污染防治2023年行动计划',
                  seed: { docNumber: '京兴政办发〔2023〕1号' },
                },
                task: { seq: '3', title: '河湖治理' },
              },
            },
          ],
        },
      ],
      'zh',
    );
    expect(table.rows[0]).toEqual([
      '区水务局',
      '大兴区',
      '牵头',
      '大兴区水污染防治2023年行动计划',
      '3',
      '河湖治理',
      '加强河湖管理，落实河长制',
      '年底前',
      '区水务局',
      '',
      '较可能',
      '《大兴区水污染防治2023年行动计划》（京兴政办发〔2023〕1号） 第 10–12 行 (000.txt)',
    ]);
  });
});

describe('words of the tables and errors, in the UI language', () => {
  it('says how sure an uncertain reading is in Chinese, and gives the reason in English', () => {
    const reason = 'unclear: the row lists 8 measures but 6 牵头单位 groups, and nothing in the text pairs this one';
    expect(uncertainCell(reason, 'zh')).toBe('是：无法确定');
    expect(uncertainCell('likely: the measure’s text names this group', 'zh')).toBe('是：较可能的读法');
    expect(uncertainCell(reason, 'en')).toBe(reason);
    expect(uncertainCell(null, 'zh')).toBe('');
    expect(assignmentsTable([], 'en').columns).toContain('Uncertain');
    // The confidence column, headed 可信度: 确定, 较可能 or 无法确定.
    expect(assignmentsTable([], 'zh').columns).toContain('可信度');
    expect(assignmentsTable([], 'en').columns).toContain('Confidence');
  });

  it('never shows the API’s English message in Chinese, and offers the closest names', () => {
    const error = new ApiError(
      'graphql',
      'No unit is named "区城市管里委". Closest names: 区城市管委, 区城市管理委.',
      200,
      {
        code: 'NOT_FOUND',
        closest: ['区城市管委', '区城市管理委'],
      },
    );
    expect(describeError(error, 'zh')).toBe('没有名为“区城市管里委”的单位。最接近的名称：');
    expect(offeredNames(error)).toEqual(['区城市管委', '区城市管理委']);
    expect(describeError(new ApiError('graphql', 'Query Cost limit exceeded', 400, {}), 'zh')).not.toMatch(
      /[A-Za-z]{4}/,
    );
    expect(describeError(error, 'en')).toContain('No unit is named');
  });
});
