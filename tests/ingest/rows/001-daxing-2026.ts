/**
 * Hand-checked rows of 001_db2e025f5d1f71ec.txt: 大兴区 2026, 持续污染防治攻坚2026年行动计划.
 *
 * DOCX text: each line of a unit cell is a name or part of a wrapped one. Every expected value
 * was read off the document text by hand, never copied from the program's output; line
 * citations are 1-based, as `sed -n` counts them. Each row asserts the task number and title,
 * the deadline as printed (spaces and line wraps removed) and the complete unit (or person) list
 * of every role, in document order; roles a row does not fill must be empty. Names are the
 * registry's canonical names (towns as 西红门镇人民政府, 通运街道办事处, 马驹桥镇人民政府);
 * `asWritten` of the unit roles is the document's text with wraps joined and spaces removed.
 */
import type { SeedTable } from './hand-checked.ts';

const PLAN = '持续污染防治攻坚2026年行动计划';

export const daxing2026: SeedTable = {
  seed: '001_db2e025f5d1f71ec',
  name: '001 大兴 2026',
  plans: [{ label: '附件1', title: PLAN, tasks: 45, numberedOneToN: true, measures: 110 }],
  tasks: [
    // 001:47, 59, 68, 84, 94, 104, 123, 130, 140 — the rows of task 3, repeated after a page break at 82.
    {
      about: 'task 3, whose number and title are repeated at 001:82, is one task of nine measures',
      plan: PLAN,
      seq: '3',
      measures: 9,
    },
    // 001:600-611 — 14 repeated, its title again on its own line.
    { about: 'task 14, repeated at 001:600, is one task', plan: PLAN, seq: '14' },
  ],
  rows: [
    // 001:15-24 — lead cell is one unit; the co-op cell ends with the bare line 等部门.
    {
      about: 'task 1 目标任务: lead 区生态环境局, co-op list closes with 等部门',
      start: '巩固“常态蓝”空气质量改善成效',
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['区交通局', '区城市管理委', '区经济和信息化局', '区住房城乡建设委', '等部门'],
      },
    },
    // 001:26-33 — continuation row: two empty cells (TAB, TAB) before the measure; co-op ——.
    {
      about:
        'the continuation row under task 1 belongs to task 1, led by the towns, streets and parks, with no co-op unit',
      start: '各镇、街道、产业园区管委会PM2.5、TSP年均浓度力争实现同比下降',
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: { lead: ['各镇人民政府', '各街道办事处', '各产业园区管委会'] },
      ends: '同比下降。',
    },
    // 001:66-80 — wrapped names: 区公安交通/支队 (71-72), 区城市管/理委
    // (74-75), 区农业农/村局 (76-77), 区生态环/境局 (79-80).
    {
      about: '推进货车新能源化 joins the wrapped 区公安交通支队, 区城市管理委, 区农业农村局 and 区生态环境局',
      start: '推进货车新能源化',
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: {
        lead: ['区交通局', '区公安交通支队'],
        coop: ['区商务局', '区城市管理委', '区农业农村局', '区经济和信息化局', '区生态环境局'],
      },
    },
    // 001:82-90 — the row repeats number 3 and its title (a page break): it continues task 3.
    {
      about: 'the row that repeats 3 推动机动车结构优化升级 continues task 3 rather than starting a second task 3',
      start: '推动生活和建筑垃圾运输车新能源化',
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: { lead: ['区城市管理委', '区公安交通支队'], coop: ['区交通局', '区住房城乡建设委'] },
      sameTaskAs: ['推动新能源车保有量进一步提升'], // 001:47, the task's first row
    },
    // 001:102-119 — 区机关事务/中心 (110-111) is the registry's 区机关事务服务中心; `区财政局 ` has a
    // trailing space (114); 各镇人民/政府 (115-116) and 各街道办/事处 (117-118) wrap.
    {
      about: '推进公共领域用车新能源化 reads 区机关事务中心 as 区机关事务服务中心 and joins 各镇人民政府, 各街道办事处',
      start: '推进公共领域用车新能源化',
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: {
        lead: [
          '区交通局',
          '区城市管理委',
          '区邮政局',
          '区商务局',
          '区机关事务服务中心',
          '区环境卫生服务中心',
          '区机场筹备办',
        ],
        coop: ['区财政局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
      asWritten: {
        lead: [
          '区交通局',
          '区城市管理委',
          '区邮政局',
          '区商务局',
          '区机关事务中心',
          '区环境卫生服务中心',
          '区机场筹备办',
        ],
      },
    },
    // 001:128-136 — 区公安交通/支队 wraps in the lead cell, 区生态环/境局 in the co-op cell.
    {
      about: '配合市级部门研究落实摩托车管理工作方案: lead 区公安交通支队 and 区交通局, co-op 区生态环境局',
      start: '配合市级部门研究落实摩托车管理工作方案',
      seq: '3',
      title: '推动机动车结构优化升级',
      deadline: '年底前',
      units: { lead: ['区公安交通支队', '区交通局'], coop: ['区生态环境局'] },
    },
    // 001:214-220 — deadline 6-9月 (ASCII hyphen).
    {
      about: 'task 5 错峰装卸油 has the deadline 6-9月',
      start: '督促加油站和储油库在夏季错峰装卸油',
      seq: '5',
      title: '加强油气油品监管',
      deadline: '6-9月',
      units: { lead: ['区商务局', '区生态环境局'] },
    },
    // 001:534-553 — a co-op cell of ten names, five of them wrapped (540-546, 549-552).
    {
      about: '按照市级通报监测结果 joins every wrapped co-op name of task 13',
      start: '按照市级通报监测结果及时提示各镇',
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
    },
    // 001:587-598 — task 14's title cell is a bare TAB; the title 加强面源污染管控 is on the next line (589).
    {
      about: 'task 14 takes its title 加强面源污染管控 from the line after its empty-looking title cell',
      start: '巩固基本“无煤化”成果',
      seq: '14',
      title: '加强面源污染管控',
      deadline: '年底前',
      units: {
        lead: ['区农业农村局', '区城市管理委'],
        coop: ['各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
    },
    // 001:600-607 — 14 repeated, title again on its own line (602); 区应急局 is the registry's 区应急管理局.
    {
      about: 'the repeated 14 row continues task 14, and 区应急局 is 区应急管理局',
      start: '严格落实《北京市烟花爆竹安全管理规定》',
      seq: '14',
      title: '加强面源污染管控',
      deadline: '长期实施',
      units: { lead: ['区公安分局', '区应急管理局'] },
      asWritten: { lead: ['区公安分局', '区应急局'] },
      sameTaskAs: ['巩固基本“无煤化”成果', '大力倡导市民践行文明祭扫'], // 001:611
    },
    // 001:712-724 — a blank line (723) sits inside the row, before the co-op cell ——.
    {
      about:
        'the row with a blank line before its co-op cell ' +
        '(生态环境部门结合季节特点) keeps all five lead units and no co-op',
      start: '生态环境部门结合季节特点',
      seq: '18',
      title: '强化精准科学治污',
      deadline: '年底前',
      units: { lead: ['区生态环境局', '区公安交通支队', '区城管执法局', '各镇人民政府', '各街道办事处'] },
      ends: '执法检查。',
    },
    // 001:834-844 — 市自来水集团大兴分/公司 (839-840) wraps in the co-op cell.
    {
      about: '健全供水管网漏损管控体系 joins 市自来水集团大兴分公司',
      start: '健全供水管网漏损管控体系',
      seq: '24',
      title: '节水型社会建设',
      deadline: '年底前',
      units: { lead: ['区水务局'], coop: ['市自来水集团大兴分公司', '各镇人民政府', '各街道办事处'] },
    },
    // 001:995-1003 — deadline 6月底前.
    {
      about: '清管行动 has the deadline 6月底前',
      start: '持续开展“清管行动”',
      seq: '30',
      title: '提高溢流污染控制水平',
      deadline: '6月底前',
      units: { lead: ['区水务局'], coop: ['各镇人民政府', '各街道办事处'] },
    },
    // 001:1112-1118 — two named towns in the co-op cell.
    {
      about: 'task 38 names 西红门镇人民政府 and 瀛海镇人民政府 as co-op units',
      start: '加快2宗建设用地土壤污染风险管控和修复名录内地块',
      seq: '38',
      title: '科学管控建设用地风险',
      deadline: '年底前',
      units: { lead: ['区生态环境局'], coop: ['西红门镇人民政府', '瀛海镇人民政府'] },
    },
    // 001:1128-1143 — a blank line (1130) sits between the title cell and the measure cell;
    // 区卫生健/康委 (1141-1142) wraps.
    {
      about:
        'task 40, with a blank line before its measure cell, keeps its three-paragraph measure and both unit lists',
      start: '规划自然资源部门、生态环境部门强化联动',
      seq: '40',
      title: '完善建设用地再开发利用监管机制',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局', '市规划自然资源委大兴分局', '临空经济区大兴片区管委会'],
        coop: ['区农村集体土地交易服务中心', '区住房城乡建设委', '区教委', '区卫生健康委', '区民政局'],
      },
      ends: '等法律法规宣贯。',
    },
  ],
};
