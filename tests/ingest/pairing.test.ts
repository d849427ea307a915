/**
 * Pairing measures with their unit groups where the layout does not (server/ingest/pairing/):
 * small rows first, each rule on its own, then the hand-checked city-plan rows that show it matters.
 */
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../server/model/model.ts';
import { align } from '../../server/ingest/pairing/align.ts';
import { findMention, phrasesFor } from '../../server/ingest/pairing/mentions.ts';
import { deadlineFit } from '../../server/ingest/pairing/deadline-fit.ts';
import { PAIRED_002 } from './rows/002-pairing.ts';
import { seedModel } from '../support/seed-model.ts';

const unit = (name: string, kind: Unit['kind'] = 'department'): Unit => ({
  id: `北京市:${name}`,
  name,
  aliases: [],
  level: 'city',
  kind,
  jurisdiction: '北京市',
  known: true,
});
const mention = (text: string, u: Unit) => findMention(text, phrasesFor(u, u.name));

describe('where a measure text names a unit', () => {
  it.each([
    ['建筑垃圾违法违规行为,市城管委牵头,加大对道路遗撒…', '市城市管理委', '市城管委牵头'],
    ['市住房城乡建设委、园林绿化、农业农村等部门加强…', '市园林绿化局', '园林绿化'],
    ['生态环境部门做好轻型汽油车新阶段标准符合性的宣传引导', '市生态环境局', '生态环境部门'],
    ['丰台区推动地下水污染防治试验区建设', '丰台区政府', '丰台区推动'],
  ])('「%s」 names %s as 「%s」', (text, name, phrase) => {
    expect(mention(text, unit(name))?.phrase).toBe(phrase);
  });

  it('a line of work is weaker evidence than a name', () => {
    expect(mention('新增和更新的4.5吨以下环卫车为纯电动车', unit('市城市管理委'))).toMatchObject({
      phrase: '环卫',
      weight: 1,
    });
    expect(mention('市城市管理委制定电力设施统装统建政策', unit('市城市管理委'))?.weight).toBe(2);
  });

  it('各区… collectives answer to 各区, not to 各级', () => {
    const all = unit('各区人民政府（含北京经济技术开发区管委会）', 'collective');
    all.aliases.push('各级政府');
    expect(mention('各区强化对企业的监管', all)?.phrase).toBe('各区');
    expect(mention('各级财政支持的机关', all)).toBeUndefined();
  });
});

describe('deadline fit', () => {
  it.each([
    ['6月底前', '6月底前,市住房城乡建设委制定…', 1],
    ['按时间节点完成', '6月底前完成亦庄再生水厂扩容,年底前完成金桥污水厂建设', 1],
    ['长期实施', '定期向社会公开饮用水安全状况信息', 1],
    ['年底前', '按计划关闭凤山矿。', 0],
  ])('%s fits 「%s」: %i', (deadline, text, fit) => {
    expect(deadlineFit(deadline, text)).toBe(fit);
  });
});

describe('aligning groups with measures in order', () => {
  it('without text, groups spread evenly in order', () => {
    expect(
      align(
        [
          [0, 0, 0],
          [0, 0, 0],
        ],
        3,
      ),
    ).toEqual([[0], [1, 2]]);
  });
  it('strong text pulls a group onto an extra measure; one name alone does not', () => {
    expect(
      align(
        [
          [0, 0, 4],
          [0, 0, 0],
        ],
        3,
      ),
    ).toEqual([[0, 1, 2], [2]]);
    expect(
      align(
        [
          [0, 0, 2],
          [0, 0, 0],
        ],
        3,
      ),
    ).toEqual([[0], [1, 2]]);
  });
  it('several groups can serve one measure', () => {
    expect(align([[2], [2], [0]], 1)).toEqual([[0], [0], [0]]);
  });
});

describe('002 大气 and 水: every measure whose row the layout does not settle, checked by hand', () => {
  const model = seedModel();
  const names = new Map(model.units.map((u) => [u.id, u.name]));
  const plans = new Set(model.plans.filter((p) => p.seed.startsWith('002')).map((p) => p.id));

  it.each(PAIRED_002.map((row) => [`002:${row.line} 「${row.start}」`, row] as const))('%s', (_name, row) => {
    const found = model.measures.filter((m) => plans.has(m.planId) && m.text.startsWith(row.start));
    expect(found, 'one measure starts so').toHaveLength(1);
    const m = found[0]!;
    expect.soft(m.lines[0], 'line').toBe(row.line);
    expect.soft(m.deadline.text, 'deadline').toBe(row.deadline);
    const parties = model.assignments
      .filter((a) => a.measureId === m.id)
      .map((a) => [a.role, names.get(a.unitId!), a.confidence]);
    const sort = (list: unknown[][]) => list.map((p) => p.join(' ')).sort();
    expect.soft(sort(parties), 'parties').toEqual(sort(row.parties));
  });

  it('002 大气 reads all 84 measures of the text, and under 10% of its assignments are unclear', () => {
    const plan = model.plans.find((p) => p.seed.startsWith('002') && p.title.includes('大气'))!;
    const measures = new Set(model.measures.filter((m) => m.planId === plan.id).map((m) => m.id));
    const assignments = model.assignments.filter((a) => measures.has(a.measureId));
    expect(measures.size).toBe(84);
    const unclear = assignments.filter((a) => a.confidence === 'unclear').length;
    expect(unclear / assignments.length).toBeLessThan(0.1);
  });

  it('every likely or unclear assignment says why, and which of the two it is', () => {
    for (const a of model.assignments) {
      if (a.confidence === 'certain') expect(a.uncertain).toBeUndefined();
      else expect(a.uncertain, a.id).toMatch(new RegExp(`^${a.confidence}:`));
      if (a.evidence.basis === 'text')
        expect(model.measures.find((m) => m.id === a.measureId)!.text.slice(a.evidence.at!)).toMatch(
          new RegExp(`^${a.evidence.phrase}`),
        );
    }
  });
});

describe('what the text splits or carries over', () => {
  const model = seedModel();
  const measuresOf = (seq: string, plan: string) => {
    const p = model.plans.find((x) => x.seed.startsWith('002') && x.title.includes(plan))!;
    const t = model.tasks.filter((x) => x.planId === p.id && x.seq === seq).map((x) => x.id);
    return model.measures.filter((m) => t.includes(m.taskId));
  };
  it('002:120 and 002:143 each hold two measures', () => {
    expect(measuresOf('6', '大气').filter((m) => m.lines[0] === 120)).toHaveLength(2);
    expect(measuresOf('11', '大气').filter((m) => m.lines[0] === 143)).toHaveLength(2);
  });
  it("002:240's responsible cell, printed again as row 241's groups, is not given to 240's measures", () => {
    const ids = new Set(measuresOf('12', '水').map((m) => m.id));
    expect(model.assignments.filter((a) => ids.has(a.measureId) && a.role === 'responsible')).toEqual([]);
  });
  it('the OCR tail 北京经济委会 after (含北京经济技术开发区) is no unit of its own', () => {
    const tails = model.assignments.filter((a) => a.asWritten === '北京经济委会');
    expect(tails).toEqual([]);
  });
});

describe('000: a unit printed twice in a merged lead/co-op list', () => {
  it('keeps both readings: lead where it closes the lead list, certain co-op at the end (000:2175, 2181)', () => {
    const model = seedModel();
    const m = model.measures.find(
      (x) => x.planId.startsWith('000') && x.text.startsWith('按照北京市交通运输专项补助资金'),
    )!;
    const of = model.assignments.filter((a) => a.measureId === m.id && a.unitId === '大兴区:区住房城乡建设委');
    expect(of.map((a) => [a.role, a.confidence, a.lines[0]]).sort()).toEqual([
      ['coop', 'certain', 2181],
      ['lead', 'likely', 2175],
    ]);
  });
});
