/**
 * Acceptance tests: hand-checked measure rows of the three DOCX-text seeds.
 *
 *   001 大兴 2026 (001_db2e025f5d1f71ec.txt)
 *   003 通州区 2023, 附件1–5 (003_e1eb838af7ee6fba.txt)
 *   004 大兴 2024 soil (004_def789d42c8c0ef0.txt)
 *
 * Every expected value below was read off the document text by hand
 * (`sed -n 'A,Bp' FILE | cat -A`), never copied from the program's output. Line
 * citations are 1-based, as `sed -n` counts them. Each row asserts the task number and
 * title, the deadline as printed (spaces and line wraps removed) and the complete unit
 * (or person) list of every role, in document order; roles a row does not fill must be
 * empty. Names are the registry's canonical names (`seeds/units.json`; towns as
 * 西红门镇人民政府, 通运街道办事处, 马驹桥镇人民政府); `asWritten` of the unit roles is the
 * document's text with wraps joined and spaces removed.
 *
 * Roles: lead = 牵头单位/牵头部门, responsible = 主责单位/责任单位, coop = 协办单位,
 * leader = 牵头领导 (persons, 003 only).
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/model/model.ts';
import { measure, seedModel } from '../support/seed-model.ts';

const S001 = '001_db2e025f5d1f71ec';
const S003 = '003_e1eb838af7ee6fba';
const S004 = '004_def789d42c8c0ef0';

const ROLES: Role[] = ['lead', 'responsible', 'coop', 'leader'];
const UNIT_ROLES: Role[] = ['lead', 'responsible', 'coop'];

type Parties = Partial<Record<Role, string[]>>;

interface Row {
  /** 序号 of the task the row belongs to. */
  seq: string;
  /** 重点任务 of that task (inherited where the row leaves it empty). */
  title: string;
  /** 完成时限 as printed, spaces and wraps removed; '' for an empty cell. */
  deadline: string;
  /** Canonical names per role; a role left out must be empty. */
  units: Parties;
  /** As-written names, for the unit roles whose canonical names differ from the text. */
  asWritten?: Parties;
  /** Skip the asWritten check (where how a glued cell splits as written is not pinned). */
  skipAsWritten?: boolean;
  /** How the measure text ends, for rows whose end is at risk (a boundary follows). */
  ends?: string;
}

const full = (parties: Parties): Record<Role, string[]> =>
  Object.fromEntries(ROLES.map((role) => [role, parties[role] ?? []])) as Record<Role, string[]>;

const pick = (record: Record<Role, string[]>, roles: Role[]): Partial<Record<Role, string[]>> =>
  Object.fromEntries(roles.map((role) => [role, record[role]]));

/** Asserts one hand-checked row: the measure of `seed` whose text starts with `start`. */
function expectRow(seed: string, start: string, row: Row): void {
  const m = measure(seed, start);
  expect({ taskSeq: m.taskSeq, taskTitle: m.taskTitle, deadline: m.deadline, units: m.units }).toEqual({
    taskSeq: row.seq,
    taskTitle: row.title,
    deadline: row.deadline,
    units: full(row.units),
  });
  if (!row.skipAsWritten) {
    const expected = full(row.units);
    for (const role of UNIT_ROLES) if (row.asWritten?.[role]) expected[role] = row.asWritten[role]!;
    expect(pick(m.asWritten, UNIT_ROLES)).toEqual(pick(expected, UNIT_ROLES));
  }
  if (row.ends) expect(m.text.endsWith(row.ends), `measure text ends with ${row.ends}: ${m.text}`).toBe(true);
}

/** Plans of a seed, and the tasks and measures of one of them. */
function plansOf(seed: string) {
  return seedModel().plans.filter((p) => p.seed.startsWith(seed));
}
function planCounts(seed: string, title: string) {
  const model = seedModel();
  const plan = plansOf(seed).find((p) => p.title === title);
  if (!plan) throw new Error(`no plan "${title}" in ${seed}; plans: ${plansOf(seed).map((p) => p.title).join(', ')}`);
  const tasks = model.tasks.filter((t) => t.planId === plan.id);
  return { plan, tasks, measures: model.measures.filter((m) => m.planId === plan.id) };
}

/** The model task of the single measure of `seed` whose text starts with `start`. */
function taskOf(seed: string, start: string) {
  const model = seedModel();
  const key = start.replace(/\s+/g, '');
  const planIds = new Set(plansOf(seed).map((p) => p.id));
  const found = model.measures.filter((m) => planIds.has(m.planId) && m.text.startsWith(key));
  if (found.length !== 1) throw new Error(`${found.length} measures of ${seed} start with "${start}"`);
  return model.tasks.find((t) => t.id === found[0]!.taskId)!;
}

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, k) => String(from + k));

const T001 = '持续污染防治攻坚2026年行动计划';
const T003 = [
  '通州区应对气候变化2023年行动计划',
  '通州区大气污染防治2023年行动计划',
  '通州区水污染防治2023年行动计划',
  '通州区土壤污染防治2023年行动计划',
  '通州区生态保护2023年行动计划',
] as const;
const T004 = '大兴区净土保卫战2024年行动计划';

// ---------------------------------------------------------------------------------------
// 001 大兴 2026
// ---------------------------------------------------------------------------------------

describe('001 大兴 2026: how many tasks and measures', () => {
  it('has one plan, 持续污染防治攻坚2026年行动计划, with 45 tasks numbered 1–45 and 110 measures', () => {
    expect(plansOf(S001).map((p) => p.title)).toEqual([T001]);
    const { tasks, measures } = planCounts(S001, T001);
    expect(tasks.map((t) => t.seq)).toEqual(range(1, 45));
    expect(measures).toHaveLength(110);
  });
});

describe('001 大兴 2026: hand-checked measure rows', () => {
  // 001:15-24 — lead cell is one unit; the co-op cell ends with the bare line 等部门.
  it('task 1 目标任务: lead 区生态环境局, co-op list closes with 等部门', () => {
    expectRow(S001, '巩固“常态蓝”空气质量改善成效', {
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['区交通局', '区城市管理委', '区经济和信息化局', '区住房城乡建设委', '等部门'],
      },
    });
  });

  // 001:26-33 — continuation row: two empty cells (TAB, TAB) before the measure; co-op ——.
  it('the continuation row under task 1 belongs to task 1, led by the towns, streets and parks, with no co-op unit', () => {
    expectRow(S001, '各镇、街道、产业园区管委会PM2.5、TSP年均浓度力争实现同比下降', {
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: { lead: ['各镇人民政府', '各街道办事处', '各产业园区管委会'] },
      ends: '同比下降。',
    });
  });

  // 001:66-80 — wrapped names: 区公安交通/支队 (71-72), 区城市管/理委 (74-75), 区农业农/村局 (76-77), 区生态环/境局 (79-80).
  it('推进货车新能源化 joins the wrapped 区公安交通支队, 区城市管理委, 区农业农村局 and 区生态环境局', () => {
    expectRow(S001, '推进货车新能源化', {
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: {
        lead: ['区交通局', '区公安交通支队'],
        coop: ['区商务局', '区城市管理委', '区农业农村局', '区经济和信息化局', '区生态环境局'],
      },
    });
  });

  // 001:82-90 — the row repeats number 3 and its title (a page break): it continues task 3.
  it('the row that repeats 3 推动机动车结构优化升级 continues task 3 rather than starting a second task 3', () => {
    expectRow(S001, '推动生活和建筑垃圾运输车新能源化', {
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: { lead: ['区城市管理委', '区公安交通支队'], coop: ['区交通局', '区住房城乡建设委'] },
    });
    const first = taskOf(S001, '推动新能源车保有量进一步提升'); // 001:47, the task's first row
    expect(taskOf(S001, '推动生活和建筑垃圾运输车新能源化').id).toBe(first.id);
    const { tasks, measures } = planCounts(S001, T001);
    expect(tasks.filter((t) => t.seq === '3')).toHaveLength(1);
    // 001:47, 59, 68, 84, 94, 104, 123, 130, 140
    expect(measures.filter((m) => m.taskId === first.id)).toHaveLength(9);
  });

  // 001:102-119 — 区机关事务/中心 (110-111) is the registry's 区机关事务服务中心; `区财政局 ` has a
  // trailing space (114); 各镇人民/政府 (115-116) and 各街道办/事处 (117-118) wrap.
  it('推进公共领域用车新能源化 reads 区机关事务中心 as 区机关事务服务中心 and joins 各镇人民政府, 各街道办事处', () => {
    expectRow(S001, '推进公共领域用车新能源化', {
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: {
        lead: ['区交通局', '区城市管理委', '区邮政局', '区商务局', '区机关事务服务中心', '区环境卫生服务中心', '区机场筹备办'],
        coop: ['区财政局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
      asWritten: {
        lead: ['区交通局', '区城市管理委', '区邮政局', '区商务局', '区机关事务中心', '区环境卫生服务中心', '区机场筹备办'],
      },
    });
  });

  // 001:128-136 — 区公安交通/支队 wraps in the lead cell, 区生态环/境局 in the co-op cell.
  it('配合市级部门研究落实摩托车管理工作方案: lead 区公安交通支队 and 区交通局, co-op 区生态环境局', () => {
    expectRow(S001, '配合市级部门研究落实摩托车管理工作方案', {
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: { lead: ['区公安交通支队', '区交通局'], coop: ['区生态环境局'] },
    });
  });

  // 001:214-220 — deadline 6-9月 (ASCII hyphen).
  it('task 5 错峰装卸油 has the deadline 6-9月', () => {
    expectRow(S001, '督促加油站和储油库在夏季错峰装卸油', {
      seq: '5',
      title: '加强油气油品监管',
      deadline: '6-9月',
      units: { lead: ['区商务局', '区生态环境局'] },
    });
  });

  // 001:534-553 — a co-op cell of ten names, five of them wrapped (540-546, 549-552).
  it('按照市级通报监测结果 joins every wrapped co-op name of task 13', () => {
    expectRow(S001, '按照市级通报监测结果及时提示各镇', {
      seq: '13',
      title: '强化道路和裸地扬尘监管',
      deadline: '长期实施',
      units: {
        lead: ['区生态环境局'],
        coop: [
          '区住房城乡建设委',
          '区城市管理委',
          '区城管执法局',
          '区水务局',
          '区园林绿化局',
          '区公路分局',
          '区环境卫生服务中心',
          '各镇人民政府',
          '各街道办事处',
          '各产业园区管委会',
        ],
      },
    });
  });

  // 001:587-598 — task 14's title cell is a bare TAB; the title 加强面源污染管控 is on the next line (589).
  it('task 14 takes its title 加强面源污染管控 from the line after its empty-looking title cell', () => {
    expectRow(S001, '巩固基本“无煤化”成果', {
      seq: '14',
      title: '加强面源污染管控',
      deadline: '年底前',
      units: {
        lead: ['区农业农村局', '区城市管理委'],
        coop: ['各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
    });
  });

  // 001:600-607 — 14 repeated, title again on its own line (602); 区应急局 is the registry's 区应急管理局.
  it('the repeated 14 row continues task 14, and 区应急局 is 区应急管理局', () => {
    expectRow(S001, '严格落实《北京市烟花爆竹安全管理规定》', {
      seq: '14',
      title: '加强面源污染管控',
      deadline: '长期实施',
      units: { lead: ['区公安分局', '区应急管理局'] },
      asWritten: { lead: ['区公安分局', '区应急局'] },
    });
    const task = taskOf(S001, '巩固基本“无煤化”成果');
    expect(taskOf(S001, '严格落实《北京市烟花爆竹安全管理规定》').id).toBe(task.id);
    expect(taskOf(S001, '大力倡导市民践行文明祭扫').id).toBe(task.id); // 001:611
    expect(planCounts(S001, T001).tasks.filter((t) => t.seq === '14')).toHaveLength(1);
  });

  // 001:712-724 — a blank line (723) sits inside the row, before the co-op cell ——.
  it('the row with a blank line before its co-op cell (生态环境部门结合季节特点) keeps all five lead units and no co-op', () => {
    expectRow(S001, '生态环境部门结合季节特点', {
      seq: '18',
      title: '强化精准科学治污',
      deadline: '年底前',
      units: { lead: ['区生态环境局', '区公安交通支队', '区城管执法局', '各镇人民政府', '各街道办事处'] },
      ends: '执法检查。',
    });
  });

  // 001:834-844 — 市自来水集团大兴分/公司 (839-840) wraps in the co-op cell.
  it('健全供水管网漏损管控体系 joins 市自来水集团大兴分公司', () => {
    expectRow(S001, '健全供水管网漏损管控体系', {
      seq: '24',
      title: '节水型社会建设',
      deadline: '年底前',
      units: { lead: ['区水务局'], coop: ['市自来水集团大兴分公司', '各镇人民政府', '各街道办事处'] },
    });
  });

  // 001:995-1003 — deadline 6月底前.
  it('清管行动 has the deadline 6月底前', () => {
    expectRow(S001, '持续开展“清管行动”', {
      seq: '30',
      title: '提高溢流污染控制水平',
      deadline: '6月底前',
      units: { lead: ['区水务局'], coop: ['各镇人民政府', '各街道办事处'] },
    });
  });

  // 001:1112-1118 — two named towns in the co-op cell.
  it('task 38 names 西红门镇人民政府 and 瀛海镇人民政府 as co-op units', () => {
    expectRow(S001, '加快2宗建设用地土壤污染风险管控和修复名录内地块', {
      seq: '38',
      title: '科学管控建设用地风险',
      deadline: '年底前',
      units: { lead: ['区生态环境局'], coop: ['西红门镇人民政府', '瀛海镇人民政府'] },
    });
  });

  // 001:1128-1143 — a blank line (1130) sits between the title cell and the measure cell;
  // 区卫生健/康委 (1141-1142) wraps.
  it('task 40, with a blank line before its measure cell, keeps its three-paragraph measure and both unit lists', () => {
    expectRow(S001, '规划自然资源部门、生态环境部门强化联动', {
      seq: '40',
      title: '完善建设用地再开发利用监管机制',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局', '市规划自然资源委大兴分局', '临空经济区大兴片区管委会'],
        coop: ['区农村集体土地交易服务中心', '区住房城乡建设委', '区教委', '区卫生健康委', '区民政局'],
      },
      ends: '等法律法规宣贯。',
    });
  });
});

// ---------------------------------------------------------------------------------------
// 003 通州区 2023
// ---------------------------------------------------------------------------------------

describe('003 通州 2023: how many plans, tasks and measures', () => {
  it('has five plans, 附件1–附件5, with their printed titles', () => {
    expect(plansOf(S003).map((p) => [p.label, p.title])).toEqual([
      ['附件1', T003[0]],
      ['附件2', T003[1]],
      ['附件3', T003[2]],
      ['附件4', T003[3]],
      ['附件5', T003[4]],
    ]);
  });

  it('附件1 应对气候变化 has 20 tasks and 26 measures', () => {
    const { tasks, measures } = planCounts(S003, T003[0]);
    expect(tasks.map((t) => t.seq)).toEqual(range(1, 20));
    expect(measures).toHaveLength(26);
  });

  it('附件2 大气 has 75 tasks (every numbered row is one) and 75 measures', () => {
    const { tasks, measures } = planCounts(S003, T003[1]);
    expect(tasks.map((t) => t.seq)).toEqual(range(1, 75));
    expect(measures).toHaveLength(75);
  });

  it('附件3 水 has 17 tasks and 43 measures', () => {
    const { tasks, measures } = planCounts(S003, T003[2]);
    expect(tasks.map((t) => t.seq)).toEqual(range(1, 17));
    expect(measures).toHaveLength(43);
  });

  it('附件4 土壤 has 17 tasks and 34 measures', () => {
    const { tasks, measures } = planCounts(S003, T003[3]);
    expect(tasks.map((t) => t.seq)).toEqual(range(1, 17));
    expect(measures).toHaveLength(34);
  });

  it('附件5 生态 has 11 tasks and 21 measures', () => {
    const { tasks, measures } = planCounts(S003, T003[4]);
    expect(tasks.map((t) => t.seq)).toEqual(range(1, 11));
    expect(measures).toHaveLength(21);
  });
});

describe('003 通州 2023 附件1 (应对气候变化): hand-checked measure rows', () => {
  // 003:63-72 — title carries a bookmark (64); leader cell `郑  皓` padded (68).
  it('task 2 drops the bookmark from its title and reads the padded 郑  皓 as 郑皓', () => {
    expectRow(S003, '强化碳排放控制目标约束作用', {
      seq: '2',
      title: '强化碳排放“双控”制度',
      deadline: '年底前',
      units: { leader: ['郑皓', '倪德才'], responsible: ['区发展改革委', '区生态环境局'], coop: ['区统计局'] },
      ends: '开展碳排放评价。',
    });
  });

  // 003:73-80 — the row starts with SPACE+TAB (` \t3`) and no blank line before it.
  it('task 3, whose row starts with SPACE+TAB, is its own task and does not leak into task 2', () => {
    expectRow(S003, '按照全市统一部署，开展2023年度本市碳排放权交易工作', {
      seq: '3',
      title: '积极推进碳排放权交易市场建设',
      deadline: '年底前',
      units: { leader: ['倪德才'], responsible: ['区生态环境局'], coop: ['相关街道乡镇', '相关行业主管部门'] },
    });
  });

  // 003:166-174 — two leaders on one line separated by a space: `郑  皓 王翔宇` (171).
  it('task 8 splits `郑  皓 王翔宇` into the leaders 郑皓 and 王翔宇', () => {
    expectRow(S003, '分步骤实施供热系统重构', {
      seq: '8',
      title: '创建绿色智能供热体系',
      deadline: '年底前',
      units: { leader: ['郑皓', '王翔宇'], responsible: ['区城市管理委', '区发展改革委'], coop: ['相关街道乡镇'] },
    });
  });

  // 003:210-220 — continuation row of task 10; the co-op cell is a single dash `—` (220).
  it('the second measure of task 10 has three leaders and an empty co-op cell written as —', () => {
    expectRow(S003, '配合市级部门，开展非二氧化碳温室气体排放调查', {
      seq: '10',
      title: '控制农业和非二氧化碳温室气体排放',
      deadline: '年底前',
      units: {
        leader: ['倪德才', '秦涛', '王翔宇'],
        responsible: ['区生态环境局', '区城市管理委', '区水务局'],
      },
    });
  });

  // 003:233-242 — glued leaders `秦  涛卢庆雷` (238).
  it('task 12 splits the glued `秦  涛卢庆雷` into 秦涛 and 卢庆雷', () => {
    expectRow(S003, '全面落实“十四五”海绵城市建设规划', {
      seq: '12',
      title: '加强海绵城市建设',
      deadline: '年底前',
      units: {
        leader: ['秦涛', '卢庆雷'],
        responsible: ['区水务局', '区园林绿化局', '市规划自然资源委通州分局'],
        coop: ['相关乡镇街道'],
      },
    });
  });

  // 003:293-300 — glued leaders `陈江华倪德才` (297); 陈江华 appears only here, glued.
  it('the second measure of task 15 splits the glued `陈江华倪德才` into 陈江华 and 倪德才', () => {
    expectRow(S003, '开展应对气候变化理论知识', {
      seq: '15',
      title: '加强宣传教育',
      deadline: '年底前',
      units: { leader: ['陈江华', '倪德才'], responsible: ['区生态环境局', '区委组织部'], coop: ['各相关单位'] },
    });
  });

  // 003:328-336 — the last row before the page footer `- 1 -` (341); the footer is no unit.
  it('task 18, the row before the page footer - 1 -, ends its co-op list at 区住房城乡建设委', () => {
    expectRow(S003, '依托北京市绿色交易所等区内平台优势', {
      seq: '18',
      title: '扎实开展项目库创建',
      deadline: '年底前',
      units: {
        leader: ['倪德才'],
        responsible: ['区生态环境局'],
        coop: ['区金融办', '区发展改革委', '区住房城乡建设委'],
      },
      ends: '推进常态化融资对接。',
    });
  });

  // 003:344-357 — the continuation row right after the footer still belongs to task 18.
  it('the continuation row after the page footer still belongs to task 18', () => {
    expectRow(S003, '不断提升气候投融资项目库库容', {
      seq: '18',
      title: '扎实开展项目库创建',
      deadline: '年底前',
      units: {
        leader: ['郑皓'],
        responsible: ['区发展改革委'],
        coop: ['区生态环境局', '区金融办', '区住房城乡建设委', '区城市管理委', '区交通局', '区园林绿化局', '区农业农村局', '区商务局'],
      },
      ends: '积极向金融机构推介。',
    });
  });

  // 003:367-375 — the last row of 附件1; ` 附件2` and its title (374-375) follow with no blank line.
  it('task 20, the last row of 附件1, does not swallow the label 附件2 or the next title', () => {
    expectRow(S003, '开展2023年低碳试点建设工作', {
      seq: '20',
      title: '强化低碳试点示范',
      deadline: '年底前',
      units: { leader: ['倪德才'], responsible: ['区生态环境局'], coop: ['各相关单位'] },
      ends: '气候友好型区域。',
    });
  });
});

describe('003 通州 2023 附件2 (大气): hand-checked measure rows', () => {
  // 003:395-402 — 重点任务 empty (396) and 完成时限 empty (398).
  it('row 2 inherits the title 空气质量 from row 1 and has no deadline', () => {
    expectRow(S003, '各街道乡镇PM2.5累计浓度同比改善', {
      seq: '2',
      title: '空气质量',
      deadline: '',
      units: { leader: ['秦涛', '王翔宇'], responsible: ['各街道乡镇'] },
    });
    expect(taskOf(S003, '各街道乡镇PM2.5累计浓度同比改善').titleInherited).toBe(true);
  });

  // 003:404-411 — 重点任务 empty (405) and 完成时限 empty (407).
  it('row 3 inherits the title 空气质量 too and has no deadline', () => {
    expectRow(S003, '各街道乡镇TSP每日浓度', {
      seq: '3',
      title: '空气质量',
      deadline: '',
      units: { leader: ['秦涛', '王翔宇'], responsible: ['各街道乡镇'] },
    });
    expect(taskOf(S003, '各街道乡镇TSP每日浓度').titleInherited).toBe(true);
  });

  // 003:474-484 — deadline wrapped `长期`⏎`实施` (477-478).
  it('row 9 积极推广新能源汽车 reads the wrapped deadline 长期/实施 as 长期实施', () => {
    expectRow(S003, '机关、事业单位、国有企业和社会团体新增和更新车辆', {
      seq: '9',
      title: '积极推广新能源汽车',
      deadline: '长期实施',
      units: { leader: ['郑皓', '倪德才'], responsible: ['区机关事务服务中心', '区财政局', '区国资委'] },
    });
  });

  // 003:486-500 — empty 重点任务 (487) under row 9; five leaders with two padded names.
  it('row 10 inherits the title 积极推广新能源汽车 and has five leaders', () => {
    expectRow(S003, '贯彻落实市级部门拟制定的存量社会燃油小客车', {
      seq: '10',
      title: '积极推广新能源汽车',
      deadline: '按时间节点完成',
      units: {
        leader: ['郑皓', '董亦军', '倪德才', '杨磊', '王翔宇'],
        responsible: ['区交通局', '通州交通支队', '区城市管理委', '区商务局', '区财政局'],
      },
    });
    expect(taskOf(S003, '贯彻落实市级部门拟制定的存量社会燃油小客车').titleInherited).toBe(true);
  });

  // 003:532-550 — `郑   皓` padded with three spaces (538).
  it('row 14 reads `郑   皓` (three spaces) as 郑皓', () => {
    expectRow(S003, '工程建设领域大力推广绿色环保产品', {
      seq: '14',
      title: '推进低VOCs含量产品源头替代',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才', '秦涛', '卢庆雷', '王翔宇'],
        responsible: ['区住房城乡建设委', '区城市管理委', '区园林绿化局', '区水务局', '通州公路分局', '区财政局'],
        coop: ['副中心工程办', '区生态环境局'],
      },
    });
  });

  // 003:625-633 — empty 重点任务 (626); deadline 6月-9月 (628).
  it('row 21 inherits 促进油品储运环节减排 and has the deadline 6月-9月', () => {
    expectRow(S003, '夏季（6-9月），商务局、生态环境局督促加油站', {
      seq: '21',
      title: '促进油品储运环节减排',
      deadline: '6月-9月',
      units: { leader: ['倪德才', '杨磊'], responsible: ['区商务局', '区生态环境局'] },
    });
  });

  // 003:699-716 — the title cell wraps over three lines: 非道路/移动机械/综合治理 (700-702).
  it('row 28 joins its three-line title 非道路移动机械综合治理', () => {
    expectRow(S003, '严格实施国四非道路移动机械排放标准', {
      seq: '28',
      title: '非道路移动机械综合治理',
      deadline: '长期实施',
      units: {
        leader: ['倪德才', '秦涛', '卢庆雷', '王翔宇'],
        responsible: ['区住房城乡建设委', '区城市管理委', '通州公路分局', '区水务局', '区园林绿化局', '区农业农村局'],
        coop: ['副中心工程办'],
      },
    });
  });

  // 003:792-799 — the co-op cell is an empty TAB cell (799), followed by a blank line and a section.
  it('row 35 has an empty co-op cell', () => {
    expectRow(S003, '交通局对汽车维修行业开展执法检查', {
      seq: '35',
      title: '强化移动源排放监管',
      deadline: '长期实施',
      units: { leader: ['倪德才'], responsible: ['区交通局'] },
    });
  });

  // 003:815-833 — bare street names 通运街道, 潞邑街道, 中仓街道, 新华街道 (829-832).
  it('row 37 reads the bare street names 通运街道 … 新华街道 as their 街道办事处', () => {
    expectRow(S003, '住房城乡建设委牵头，各行业主管部门和属地主责，对严控区内施工工地加强管控', {
      seq: '37',
      title: '重点区域精细化管控',
      deadline: '长期实施',
      units: {
        leader: ['倪德才', '秦涛', '卢庆雷', '王翔宇'],
        responsible: [
          '区住房城乡建设委',
          '区水务局',
          '区园林绿化局',
          '通州公路分局',
          '区城市管理委',
          '通运街道办事处',
          '潞邑街道办事处',
          '中仓街道办事处',
          '新华街道办事处',
        ],
        coop: ['副中心工程办'],
      },
      asWritten: {
        responsible: ['区住房城乡建设委', '区水务局', '区园林绿化局', '通州公路分局', '区城市管理委', '通运街道', '潞邑街道', '中仓街道', '新华街道'],
      },
    });
  });

  // 003:866-875 — a blank line (872) inside the row, between the leader and 主责单位 cells.
  it('row 41, with a blank line inside it, keeps leader 倪德才 and 主责单位 区市场监管局, 区交通局', () => {
    expectRow(S003, '严控区内拟新增和现存有喷漆、打磨环节的汽修企业', {
      seq: '41',
      title: '重点区域精细化管控',
      deadline: '长期实施',
      units: { leader: ['倪德才'], responsible: ['区市场监管局', '区交通局'] },
    });
  });

  // 003:1278-1293 — the last row of 附件2; `附件3` and its title (1292-1293) follow after blank lines.
  it('row 75, the last of 附件2, inherits 发挥生态环境经济激励引导作用 and does not swallow 附件3', () => {
    expectRow(S003, '落实《关于建设施工工地扬尘征收环境保护税有关事项的通知》', {
      seq: '75',
      title: '发挥生态环境经济激励引导作用',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '卢庆雷', '王翔宇'],
        responsible: ['区住房城乡建设委', '区城管执法局', '区税务局'],
        coop: ['区生态环境局'],
      },
      ends: '确保依法足额征收施工扬尘环保税。',
    });
  });
});

describe('003 通州 2023 附件3 (水): 牵头部门 → lead, 责任单位 → responsible', () => {
  // 003:1330-1337 — 区国资委（大运河水务公司）(1336) is the registry's 区国资委.
  it('task 3 reads 区国资委（大运河水务公司） as 区国资委, keeping the parenthetical as written', () => {
    expectRow(S003, '结合农村供水工程和水源地布局调整', {
      seq: '3',
      title: '加强饮用水保护',
      deadline: '长期实施',
      units: { leader: ['秦涛'], lead: ['区水务局'], responsible: ['区国资委', '各街道乡镇'] },
      asWritten: { responsible: ['区国资委（大运河水务公司）', '各街道乡镇'] },
    });
  });

  // 003:1449-1461 — 牵头部门 holds the glued `市规划自然资源委通州分局区水务局` (1458);
  // 责任单位 holds the bare towns 马驹桥镇, 台湖镇 (1460-1461).
  it('a task 6 row splits the glued 市规划自然资源委通州分局区水务局 into two lead units', () => {
    expectRow(S003, '配合市级部门及北京经济技术开发区加快规划污水处理厂', {
      seq: '6',
      title: '强化生活污染治理',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才', '秦涛', '卢庆雷'],
        lead: ['区发展改革委', '市规划自然资源委通州分局', '区水务局', '区生态环境局'],
        responsible: ['马驹桥镇人民政府', '台湖镇人民政府'],
      },
      skipAsWritten: true,
    });
    expect(measure(S003, '配合市级部门及北京经济技术开发区加快规划污水处理厂').asWritten.responsible).toEqual(['马驹桥镇', '台湖镇']);
  });

  // 003:1603-1612 — bare towns 宋庄镇, 漷县镇, 于家务乡 (1610-1612); 于家务乡 is 于家务回族乡.
  it('a task 11 row reads 宋庄镇, 漷县镇 and 于家务乡 as their town governments', () => {
    expectRow(S003, '围绕宋庄镇中坝河、漷县镇牛黄沟、于家务乡胜利干渠', {
      seq: '11',
      title: '巩固水体整治成效',
      deadline: '年底前',
      units: {
        leader: ['秦涛'],
        lead: ['区水务局'],
        responsible: ['区生态环境局', '宋庄镇人民政府', '漷县镇人民政府', '于家务回族乡人民政府'],
      },
      asWritten: { responsible: ['区生态环境局', '宋庄镇', '漷县镇', '于家务乡'] },
    });
  });

  // 003:1614-1623 — 于家务乡 (1622) and 永乐店镇 (1623).
  it('the next task 11 row reads 于家务乡 and 永乐店镇 as their town governments', () => {
    expectRow(S003, '加强污染减排与生态扩容', {
      seq: '11',
      title: '巩固水体整治成效',
      deadline: '年底前',
      units: {
        leader: ['倪德才', '秦涛'],
        lead: ['区水务局', '区生态环境局'],
        responsible: ['于家务回族乡人民政府', '永乐店镇人民政府'],
      },
      asWritten: { responsible: ['于家务乡', '永乐店镇'] },
    });
  });

  // 003:1701-1709 — the deadline cell has a trailing space: `年底前 ` (1704).
  it('task 15 reads the deadline `年底前 ` as 年底前', () => {
    expectRow(S003, '配合市级部门，明确北运河、潮白河等河流水生态空间管控边界', {
      seq: '15',
      title: '提升水生态系统健康',
      deadline: '年底前',
      units: {
        leader: ['秦涛'],
        lead: ['区水务局'],
        responsible: ['区发展改革委', '市规划自然资源委通州分局', '区园林绿化局'],
      },
    });
  });

  // 003:1727-1735 — the last row of 附件3, 责任单位 —— (1733), then ` 附件4` (1734) at once.
  it('task 17, the last row of 附件3, has no 责任单位 and does not swallow 附件4', () => {
    expectRow(S003, '加强本区生态环境监测能力建设', {
      seq: '17',
      title: '加强区级生态环境监测能力建设',
      deadline: '年底前',
      units: { leader: ['倪德才'], lead: ['区生态环境局'] },
      ends: '进一步提高数据支撑能力。',
    });
  });
});

describe('003 通州 2023 附件4 (土壤): hand-checked measure rows', () => {
  // 003:1747-1764 — the title cell wraps: 目标/任务 (1748-1749).
  it('task 1 joins its wrapped title 目标任务', () => {
    expectRow(S003, '加强土壤污染源头防控，建设用地和农用地土壤环境风险得到有效管控', {
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才', '秦涛', '卢庆雷'],
        lead: ['区生态环境局', '区农业农村局', '区园林绿化局', '市规划自然资源委通州分局', '区应急管理局'],
        responsible: ['区经济和信息化局', '区城市管理委', '区水务局', '区住房城乡建设委'],
      },
    });
  });

  // 003:1779-1789 — bare town 张家湾镇 (1785) in 牵头部门.
  it('task 3 reads the bare 张家湾镇 in 牵头部门 as 张家湾镇人民政府', () => {
    expectRow(S003, '加强工业园区土壤环境管理', {
      seq: '3',
      title: '加强土壤污染工业源头防控',
      deadline: '年底前',
      units: {
        leader: ['苏国斌', '倪德才'],
        lead: ['张家湾镇人民政府', '中关村通州园管委会'],
        responsible: ['区生态环境局', '区经济和信息化局', '各乡镇政府'],
      },
      asWritten: { lead: ['张家湾镇', '中关村通州园管委会'] },
    });
  });

  // 003:1873-1882 — `区住房城乡`⏎`建设委` (1880-1881); deadline 持续推进.
  it('a task 4 row joins the wrapped 区住房城乡建设委', () => {
    expectRow(S003, '加强风险管控、修复过程监督管理', {
      seq: '4',
      title: '优化建设用地风险防控制度',
      deadline: '持续推进',
      units: { leader: ['倪德才', '卢庆雷'], lead: ['区生态环境局', '区住房城乡建设委'], responsible: ['各乡镇政府'] },
    });
  });

  // 003:2094-2111 — `区住房城乡`⏎`建设委` again (2106-2107).
  it('a task 16 row joins the wrapped 区住房城乡建设委 inside a six-unit 牵头部门 list', () => {
    expectRow(S003, '加强建设用地执法检查', {
      seq: '16',
      title: '提升监测监管能力',
      deadline: '年底前',
      units: {
        leader: ['倪德才', '秦涛', '卢庆雷'],
        lead: ['区生态环境局', '市规划自然资源委通州分局', '区住房城乡建设委', '区农业农村局', '区水务局', '区园林绿化局'],
        responsible: ['各街道乡镇'],
      },
    });
  });
});

describe('003 通州 2023 附件5 (生态): hand-checked measure rows', () => {
  // 003:2310-2325 — 区文化旅游局 (2323) is the registry's 区文化和旅游局; ` \t9` follows (2326).
  it('task 8 reads 区文化旅游局 as 区文化和旅游局 and ends before the SPACE+TAB row 9', () => {
    expectRow(S003, '在市级部门统筹调度下做好生态产品总值核算标准化工作', {
      seq: '8',
      title: '开展生态产品价值核算',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才'],
        responsible: ['区生态环境局', '区统计局'],
        coop: ['区发展改革委', '市规划自然资源委通州分局', '区住房城乡建设委', '区交通局', '区水务局', '区文化和旅游局', '区园林绿化局', '区气象局'],
      },
      asWritten: {
        coop: ['区发展改革委', '市规划自然资源委通州分局', '区住房城乡建设委', '区交通局', '区水务局', '区文化旅游局', '区园林绿化局', '区气象局'],
      },
    });
  });

  // 003:2326-2343 — the row starts with SPACE+TAB (` \t9`).
  it('task 9, whose row starts with SPACE+TAB, is its own task with twelve co-op units', () => {
    expectRow(S003, '继续推动生态文明建设示范区创建工作', {
      seq: '9',
      title: '开展生态文明示范创建',
      deadline: '年底前',
      units: {
        leader: ['倪德才'],
        responsible: ['区生态环境局'],
        coop: [
          '区水务局',
          '区园林绿化局',
          '区农业农村局',
          '区财政局',
          '市规划自然资源委通州分局',
          '区发展改革委',
          '区统计局',
          '区城市管理委',
          '区住房城乡建设委',
          '区卫生健康委',
          '区市场监管局',
          '区商务局',
        ],
      },
    });
  });
});

// ---------------------------------------------------------------------------------------
// 004 大兴 2024 soil
// ---------------------------------------------------------------------------------------

describe('004 大兴 2024 soil: how many tasks and measures', () => {
  it('has one plan, 大兴区净土保卫战2024年行动计划, with 17 tasks numbered 1–17 and 45 measures', () => {
    expect(plansOf(S004).map((p) => p.title)).toEqual([T004]);
    const { tasks, measures } = planCounts(S004, T004);
    expect(tasks.map((t) => t.seq)).toEqual(range(1, 17));
    expect(measures).toHaveLength(45);
  });
});

describe('004 大兴 2024 soil: hand-checked measure rows', () => {
  // 004:15-28
  it('task 1 目标任务: five lead units, five co-op units', () => {
    expectRow(S004, '建设用地和农用地土壤环境风险得到有效管控，安全利用得到有效保障', {
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局', '区农业农村局', '区园林绿化局', '市规划自然资源委大兴分局', '临空经济区大兴片区管委会'],
        coop: ['区经济和信息化局', '区住房城乡建设委', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
    });
  });

  // 004:32-50 — the lead cell lists eight towns, a street office and a zone (38-47).
  it('task 2 is led by the eight named towns, 天宫院街道办事处 and 大兴经济开发区管委会', () => {
    expectRow(S004, '推进上年度22个优先监管地块风险管控', {
      seq: '2',
      title: '科学管控建设用地风险',
      deadline: '年底前',
      units: {
        lead: [
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
        ],
        coop: ['区生态环境局', '市规划自然资源委大兴分局', '临空经济区大兴片区管委会'],
      },
      ends: '土壤环境管理信息系统”。',
    });
  });

  // 004:52-63 — continuation row (TAB, TAB) of task 2.
  it('the continuation row 以筛查台账为基础 belongs to task 2 and is due 按时间节点完成', () => {
    expectRow(S004, '以筛查台账为基础', {
      seq: '2',
      title: '科学管控建设用地风险',
      deadline: '按时间节点完成',
      units: {
        lead: ['区生态环境局', '相关镇人民政府', '相关街道办事处', '相关产业园区管委会'],
        coop: ['市规划自然资源委大兴分局', '临空经济区大兴片区管委会', '区经济和信息化局'],
      },
    });
  });

  // 004:65-72 — a second continuation row; task 2 has three measures (34, 54, 67).
  it('task 2 has three measures; 削减受污染建设用地面积 is the third', () => {
    expectRow(S004, '削减受污染建设用地面积', {
      seq: '2',
      title: '科学管控建设用地风险',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['市规划自然资源委大兴分局', '临空经济区大兴片区管委会', '区住房城乡建设委'],
      },
    });
    const task = taskOf(S004, '推进上年度22个优先监管地块风险管控');
    expect(seedModel().measures.filter((m) => m.taskId === task.id)).toHaveLength(3);
  });

  // 004:86-94 — named town and street in the co-op cell (93-94).
  it('监管后期管理地块 names 黄村镇人民政府 and 兴丰街道办事处 as co-op units', () => {
    expectRow(S004, '监管后期管理地块', {
      seq: '3',
      title: '拓展建设用地管理广度',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['市规划自然资源委大兴分局', '区住房城乡建设委', '黄村镇人民政府', '兴丰街道办事处'],
      },
    });
  });

  // 004:147-156 — a blank line (150) inside the row, between the measure and the deadline.
  it('task 5, with a blank line after its measure, keeps deadline 年底前 and both unit lists', () => {
    expectRow(S004, '细化管理土壤污染重点监管单位', {
      seq: '5',
      title: '精准防控工业源头污染',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['区经济和信息化局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
      ends: '建立完善土壤和地下水污染防治制度。',
    });
  });

  // 004:158-167 — deadline 6月底前 (162).
  it('完成上年度14家土壤污染重点监管单位 “回头看” is due 6月底前', () => {
    expectRow(S004, '完成上年度14家土壤污染重点监管单位隐患排查', {
      seq: '5',
      title: '精准防控工业源头污染',
      deadline: '6月底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['区经济和信息化局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
    });
  });

  // 004:184-192 — two zone committees and 安定镇人民政府 lead.
  it('预防工业园区土壤环境污染 is led by the two parks and 安定镇人民政府', () => {
    expectRow(S004, '预防工业园区土壤环境污染', {
      seq: '5',
      title: '精准防控工业源头污染',
      deadline: '年底前',
      units: {
        lead: ['大兴经济开发区管委会', '大兴生物医药基地管委会', '安定镇人民政府'],
        coop: ['区生态环境局', '区经济和信息化局'],
      },
    });
  });

  // 004:216-229
  it('废蓄电池回收 (task 6) has eight co-op units starting with 区消防救援支队', () => {
    expectRow(S004, '推动商品流通领域落实生产者责任延伸制度', {
      seq: '6',
      title: '提升固体废物收运处置能力',
      deadline: '年底前',
      units: {
        lead: ['区商务局', '区市场监管局'],
        coop: [
          '区消防救援支队',
          '区生态环境局',
          '区经济和信息化局',
          '区发展改革委',
          '区城市管理委',
          '各镇人民政府',
          '各街道办事处',
          '各产业园区管委会',
        ],
      },
    });
  });

  // 004:231-239
  it('废铅蓄电池执法监管 names 西红门镇人民政府 among its co-op units', () => {
    expectRow(S004, '加强对废铅蓄电池收集转运试点的执法监管', {
      seq: '6',
      title: '提升固体废物收运处置能力',
      deadline: '年底前',
      units: { lead: ['区生态环境局'], coop: ['区交通局', '区公安分局', '区消防救援支队', '西红门镇人民政府'] },
    });
  });

  // 004:361-370 — the 相关… collectives lead, co-op 区城市管理委, 区生态环境局.
  it('task 13 is led by 市规划自然资源委大兴分局 and the 相关 towns, streets and parks', () => {
    expectRow(S004, '定期组织巡查检查', {
      seq: '13',
      title: '防控未利用地土壤污染',
      deadline: '年底前',
      units: {
        lead: ['市规划自然资源委大兴分局', '相关镇人民政府', '相关街道办事处', '相关产业园区管委会'],
        coop: ['区城市管理委', '区生态环境局'],
      },
    });
  });

  // 004:374-379 — deadline 3月底前 (377).
  it('task 14 化学物质环境信息统计调查 is due 3月底前', () => {
    expectRow(S004, '完成2024年度化学物质环境信息统计调查工作', {
      seq: '14',
      title: '加强新污染物治理',
      deadline: '3月底前',
      units: { lead: ['区生态环境局'] },
    });
  });

  // 004:396-404
  it('高毒高风险农药 (task 14): lead 区农业农村局, 区园林绿化局; co-op the two service centres and 区生态环境局', () => {
    expectRow(S004, '严格管控具有环境持久性、生物累积性等特性的高毒高风险农药及助剂', {
      seq: '14',
      title: '加强新污染物治理',
      deadline: '年底前',
      units: {
        lead: ['区农业农村局', '区园林绿化局'],
        coop: ['区农业服务中心', '区园林服务中心', '区生态环境局'],
      },
    });
  });

  // 004:475-487 — the last row of the file.
  it('task 17 推动公众参与, the last row, keeps all eight co-op units', () => {
    expectRow(S004, '加强土壤、农业农村生态环境保护宣传教育', {
      seq: '17',
      title: '推动公众参与',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: [
          '区农业农村局',
          '区园林绿化局',
          '市规划自然资源委大兴分局',
          '区农业服务中心',
          '区园林服务中心',
          '各镇人民政府',
          '各街道办事处',
          '各产业园区管委会',
        ],
      },
    });
  });
});
