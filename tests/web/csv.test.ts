import { describe, expect, it } from 'vitest';
import { exportFileName, toCsv } from '../../web/src/lib/csv.ts';
import { assignmentsTable, loadTable } from '../../web/src/lib/tables.ts';

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
              via: null,
              source: { file: '000.txt', firstLine: 10, lastLine: 12 },
              measure: {
                id: 'm1',
                text: '加强河湖管理，落实河长制',
                deadline: { text: '年底前', kind: 'YEAR_END', due: '2023-12-31' },
                plan: { id: 'p', title: '大兴区水污染防治2023年行动计划' },
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
      '000.txt:10-12',
    ]);
  });
});
