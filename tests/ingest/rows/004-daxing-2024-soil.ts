/**
 * Hand-checked rows of 004_def789d42c8c0ef0.txt: 大兴区 2024 soil, 大兴区净土保卫战2024年行动计划.
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

const PLAN = '大兴区净土保卫战2024年行动计划';

export const daxing2024Soil: SeedTable = {
  seed: '004_def789d42c8c0ef0',
  name: '004 大兴 2024 soil',
  plans: [{ label: '附件3', title: PLAN, tasks: 17, numberedOneToN: true, measures: 45 }],
  tasks: [
    // 004:34, 54, 67 — the first row of task 2 and its two continuation rows.
    { about: 'task 2 has three measures', plan: PLAN, seq: '2', measures: 3 },
  ],
  rows: [
    // 004:15-28
    {
      about: 'task 1 目标任务: five lead units, five co-op units',
      start: '建设用地和农用地土壤环境风险得到有效管控，安全利用得到有效保障',
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局', '区农业农村局', '区园林绿化局', '市规划自然资源委大兴分局', '临空经济区大兴片区管委会'],
        coop: ['区经济和信息化局', '区住房城乡建设委', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
    },
    // 004:32-50 — the lead cell lists eight towns, a street office and a zone (38-47).
    {
      about: 'task 2 is led by the eight named towns, 天宫院街道办事处 and 大兴经济开发区管委会',
      start: '推进上年度22个优先监管地块风险管控',
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
    },
    // 004:52-63 — continuation row (TAB, TAB) of task 2.
    {
      about: 'the continuation row 以筛查台账为基础 belongs to task 2 and is due 按时间节点完成',
      start: '以筛查台账为基础',
      seq: '2',
      title: '科学管控建设用地风险',
      deadline: '按时间节点完成',
      units: {
        lead: ['区生态环境局', '相关镇人民政府', '相关街道办事处', '相关产业园区管委会'],
        coop: ['市规划自然资源委大兴分局', '临空经济区大兴片区管委会', '区经济和信息化局'],
      },
    },
    // 004:65-72 — a second continuation row; task 2 has three measures (34, 54, 67).
    {
      about: 'task 2 has three measures; 削减受污染建设用地面积 is the third',
      start: '削减受污染建设用地面积',
      seq: '2',
      title: '科学管控建设用地风险',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['市规划自然资源委大兴分局', '临空经济区大兴片区管委会', '区住房城乡建设委'],
      },
      sameTaskAs: ['推进上年度22个优先监管地块风险管控'],
    },
    // 004:86-94 — named town and street in the co-op cell (93-94).
    {
      about: '监管后期管理地块 names 黄村镇人民政府 and 兴丰街道办事处 as co-op units',
      start: '监管后期管理地块',
      seq: '3',
      title: '拓展建设用地管理广度',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['市规划自然资源委大兴分局', '区住房城乡建设委', '黄村镇人民政府', '兴丰街道办事处'],
      },
    },
    // 004:147-156 — a blank line (150) inside the row, between the measure and the deadline.
    {
      about: 'task 5, with a blank line after its measure, keeps deadline 年底前 and both unit lists',
      start: '细化管理土壤污染重点监管单位',
      seq: '5',
      title: '精准防控工业源头污染',
      deadline: '年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['区经济和信息化局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
      ends: '建立完善土壤和地下水污染防治制度。',
    },
    // 004:158-167 — deadline 6月底前 (162).
    {
      about: '完成上年度14家土壤污染重点监管单位 “回头看” is due 6月底前',
      start: '完成上年度14家土壤污染重点监管单位隐患排查',
      seq: '5',
      title: '精准防控工业源头污染',
      deadline: '6月底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['区经济和信息化局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
    },
    // 004:184-192 — two zone committees and 安定镇人民政府 lead.
    {
      about: '预防工业园区土壤环境污染 is led by the two parks and 安定镇人民政府',
      start: '预防工业园区土壤环境污染',
      seq: '5',
      title: '精准防控工业源头污染',
      deadline: '年底前',
      units: {
        lead: ['大兴经济开发区管委会', '大兴生物医药基地管委会', '安定镇人民政府'],
        coop: ['区生态环境局', '区经济和信息化局'],
      },
    },
    // 004:216-229
    {
      about: '废蓄电池回收 (task 6) has eight co-op units starting with 区消防救援支队',
      start: '推动商品流通领域落实生产者责任延伸制度',
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
    },
    // 004:231-239
    {
      about: '废铅蓄电池执法监管 names 西红门镇人民政府 among its co-op units',
      start: '加强对废铅蓄电池收集转运试点的执法监管',
      seq: '6',
      title: '提升固体废物收运处置能力',
      deadline: '年底前',
      units: { lead: ['区生态环境局'], coop: ['区交通局', '区公安分局', '区消防救援支队', '西红门镇人民政府'] },
    },
    // 004:361-370 — the 相关… collectives lead, co-op 区城市管理委, 区生态环境局.
    {
      about: 'task 13 is led by 市规划自然资源委大兴分局 and the 相关 towns, streets and parks',
      start: '定期组织巡查检查',
      seq: '13',
      title: '防控未利用地土壤污染',
      deadline: '年底前',
      units: {
        lead: ['市规划自然资源委大兴分局', '相关镇人民政府', '相关街道办事处', '相关产业园区管委会'],
        coop: ['区城市管理委', '区生态环境局'],
      },
    },
    // 004:374-379 — deadline 3月底前 (377).
    {
      about: 'task 14 化学物质环境信息统计调查 is due 3月底前',
      start: '完成2024年度化学物质环境信息统计调查工作',
      seq: '14',
      title: '加强新污染物治理',
      deadline: '3月底前',
      units: { lead: ['区生态环境局'] },
    },
    // 004:396-404
    {
      about:
        '高毒高风险农药 (task 14): lead 区农业农村局, 区园林绿化局; co-op the two service centres and 区生态环境局',
      start: '严格管控具有环境持久性、生物累积性等特性的高毒高风险农药及助剂',
      seq: '14',
      title: '加强新污染物治理',
      deadline: '年底前',
      units: {
        lead: ['区农业农村局', '区园林绿化局'],
        coop: ['区农业服务中心', '区园林服务中心', '区生态环境局'],
      },
    },
    // 004:475-487 — the last row of the file.
    {
      about: 'task 17 推动公众参与, the last row, keeps all eight co-op units',
      start: '加强土壤、农业农村生态环境保护宣传教育',
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
    },
  ],
};
