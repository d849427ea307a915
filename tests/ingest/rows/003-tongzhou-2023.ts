/**
 * Hand-checked rows of 003_e1eb838af7ee6fba.txt: 通州区 2023, 附件1–5.
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

export const tongzhou2023: SeedTable = {
  seed: '003_e1eb838af7ee6fba',
  name: '003 通州 2023',
  plans: [
    { label: '附件1', title: '通州区应对气候变化2023年行动计划', tasks: 20, numberedOneToN: true, measures: 26 },
    // Every numbered row of 附件2 is a task.
    { label: '附件2', title: '通州区大气污染防治2023年行动计划', tasks: 75, numberedOneToN: true, measures: 75 },
    { label: '附件3', title: '通州区水污染防治2023年行动计划', tasks: 17, numberedOneToN: true, measures: 43 },
    { label: '附件4', title: '通州区土壤污染防治2023年行动计划', tasks: 17, numberedOneToN: true, measures: 34 },
    { label: '附件5', title: '通州区生态保护2023年行动计划', tasks: 11, numberedOneToN: true, measures: 21 },
  ],
  tasks: [],
  rows: [
    // 附件1 应对气候变化

    // 003:63-72 — title carries a bookmark (64); leader cell `郑  皓` padded (68).
    {
      about: 'task 2 drops the bookmark from its title and reads the padded 郑  皓 as 郑皓',
      start: '强化碳排放控制目标约束作用',
      seq: '2',
      title: '强化碳排放“双控”制度',
      deadline: '年底前',
      units: { leader: ['郑皓', '倪德才'], responsible: ['区发展改革委', '区生态环境局'], coop: ['区统计局'] },
      ends: '开展碳排放评价。',
    },
    // 003:73-80 — the row starts with SPACE+TAB (` \t3`) and no blank line before it.
    {
      about: 'task 3, whose row starts with SPACE+TAB, is its own task and does not leak into task 2',
      start: '按照全市统一部署，开展2023年度本市碳排放权交易工作',
      seq: '3',
      title: '积极推进碳排放权交易市场建设',
      deadline: '年底前',
      units: { leader: ['倪德才'], responsible: ['区生态环境局'], coop: ['相关街道乡镇', '相关行业主管部门'] },
    },
    // 003:166-174 — two leaders on one line separated by a space: `郑  皓 王翔宇` (171).
    {
      about: 'task 8 splits `郑  皓 王翔宇` into the leaders 郑皓 and 王翔宇',
      start: '分步骤实施供热系统重构',
      seq: '8',
      title: '创建绿色智能供热体系',
      deadline: '年底前',
      units: { leader: ['郑皓', '王翔宇'], responsible: ['区城市管理委', '区发展改革委'], coop: ['相关街道乡镇'] },
    },
    // 003:210-220 — continuation row of task 10; the co-op cell is a single dash `—` (220).
    {
      about: 'the second measure of task 10 has three leaders and an empty co-op cell written as —',
      start: '配合市级部门，开展非二氧化碳温室气体排放调查',
      seq: '10',
      title: '控制农业和非二氧化碳温室气体排放',
      deadline: '年底前',
      units: {
        leader: ['倪德才', '秦涛', '王翔宇'],
        responsible: ['区生态环境局', '区城市管理委', '区水务局'],
      },
    },
    // 003:233-242 — glued leaders `秦  涛卢庆雷` (238).
    {
      about: 'task 12 splits the glued `秦  涛卢庆雷` into 秦涛 and 卢庆雷',
      start: '全面落实“十四五”海绵城市建设规划',
      seq: '12',
      title: '加强海绵城市建设',
      deadline: '年底前',
      units: {
        leader: ['秦涛', '卢庆雷'],
        responsible: ['区水务局', '区园林绿化局', '市规划自然资源委通州分局'],
        coop: ['相关乡镇街道'],
      },
    },
    // 003:293-300 — glued leaders `陈江华倪德才` (297); 陈江华 appears only here, glued.
    {
      about: 'the second measure of task 15 splits the glued `陈江华倪德才` into 陈江华 and 倪德才',
      start: '开展应对气候变化理论知识',
      seq: '15',
      title: '加强宣传教育',
      deadline: '年底前',
      units: { leader: ['陈江华', '倪德才'], responsible: ['区生态环境局', '区委组织部'], coop: ['各相关单位'] },
    },
    // 003:328-336 — the last row before the page footer `- 1 -` (341); the footer is no unit.
    {
      about: 'task 18, the row before the page footer - 1 -, ends its co-op list at 区住房城乡建设委',
      start: '依托北京市绿色交易所等区内平台优势',
      seq: '18',
      title: '扎实开展项目库创建',
      deadline: '年底前',
      units: {
        leader: ['倪德才'],
        responsible: ['区生态环境局'],
        coop: ['区金融办', '区发展改革委', '区住房城乡建设委'],
      },
      ends: '推进常态化融资对接。',
    },
    // 003:344-357 — the continuation row right after the footer still belongs to task 18.
    {
      about: 'the continuation row after the page footer still belongs to task 18',
      start: '不断提升气候投融资项目库库容',
      seq: '18',
      title: '扎实开展项目库创建',
      deadline: '年底前',
      units: {
        leader: ['郑皓'],
        responsible: ['区发展改革委'],
        coop: [
          '区生态环境局',
          '区金融办',
          '区住房城乡建设委',
          '区城市管理委',
          '区交通局',
          '区园林绿化局',
          '区农业农村局',
          '区商务局',
        ],
      },
      ends: '积极向金融机构推介。',
    },
    // 003:367-375 — the last row of 附件1; ` 附件2` and its title (374-375) follow with no blank line.
    {
      about: 'task 20, the last row of 附件1, does not swallow the label 附件2 or the next title',
      start: '开展2023年低碳试点建设工作',
      seq: '20',
      title: '强化低碳试点示范',
      deadline: '年底前',
      units: { leader: ['倪德才'], responsible: ['区生态环境局'], coop: ['各相关单位'] },
      ends: '气候友好型区域。',
    },

    // 附件2 大气

    // 003:395-402 — 重点任务 empty (396) and 完成时限 empty (398).
    {
      about: 'row 2 inherits the title 空气质量 from row 1 and has no deadline',
      start: '各街道乡镇PM2.5累计浓度同比改善',
      seq: '2',
      title: '空气质量',
      deadline: '',
      units: { leader: ['秦涛', '王翔宇'], responsible: ['各街道乡镇'] },
      titleInherited: true,
    },
    // 003:404-411 — 重点任务 empty (405) and 完成时限 empty (407).
    {
      about: 'row 3 inherits the title 空气质量 too and has no deadline',
      start: '各街道乡镇TSP每日浓度',
      seq: '3',
      title: '空气质量',
      deadline: '',
      units: { leader: ['秦涛', '王翔宇'], responsible: ['各街道乡镇'] },
      titleInherited: true,
    },
    // 003:474-484 — deadline wrapped `长期`⏎`实施` (477-478).
    {
      about: 'row 9 积极推广新能源汽车 reads the wrapped deadline 长期/实施 as 长期实施',
      start: '机关、事业单位、国有企业和社会团体新增和更新车辆',
      seq: '9',
      title: '积极推广新能源汽车',
      deadline: '长期实施',
      units: { leader: ['郑皓', '倪德才'], responsible: ['区机关事务服务中心', '区财政局', '区国资委'] },
    },
    // 003:486-500 — empty 重点任务 (487) under row 9; five leaders with two padded names.
    {
      about: 'row 10 inherits the title 积极推广新能源汽车 and has five leaders',
      start: '贯彻落实市级部门拟制定的存量社会燃油小客车',
      seq: '10',
      title: '积极推广新能源汽车',
      deadline: '按时间节点完成',
      units: {
        leader: ['郑皓', '董亦军', '倪德才', '杨磊', '王翔宇'],
        responsible: ['区交通局', '通州交通支队', '区城市管理委', '区商务局', '区财政局'],
      },
      titleInherited: true,
    },
    // 003:532-550 — `郑   皓` padded with three spaces (538).
    {
      about: 'row 14 reads `郑   皓` (three spaces) as 郑皓',
      start: '工程建设领域大力推广绿色环保产品',
      seq: '14',
      title: '推进低VOCs含量产品源头替代',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才', '秦涛', '卢庆雷', '王翔宇'],
        responsible: ['区住房城乡建设委', '区城市管理委', '区园林绿化局', '区水务局', '通州公路分局', '区财政局'],
        coop: ['副中心工程办', '区生态环境局'],
      },
    },
    // 003:625-633 — empty 重点任务 (626); deadline 6月-9月 (628).
    {
      about: 'row 21 inherits 促进油品储运环节减排 and has the deadline 6月-9月',
      start: '夏季（6-9月），商务局、生态环境局督促加油站',
      seq: '21',
      title: '促进油品储运环节减排',
      deadline: '6月-9月',
      units: { leader: ['倪德才', '杨磊'], responsible: ['区商务局', '区生态环境局'] },
    },
    // 003:699-716 — the title cell wraps over three lines: 非道路/移动机械/综合治理 (700-702).
    {
      about: 'row 28 joins its three-line title 非道路移动机械综合治理',
      start: '严格实施国四非道路移动机械排放标准',
      seq: '28',
      title: '非道路移动机械综合治理',
      deadline: '长期实施',
      units: {
        leader: ['倪德才', '秦涛', '卢庆雷', '王翔宇'],
        responsible: ['区住房城乡建设委', '区城市管理委', '通州公路分局', '区水务局', '区园林绿化局', '区农业农村局'],
        coop: ['副中心工程办'],
      },
    },
    // 003:792-799 — the co-op cell is an empty TAB cell (799), followed by a blank line and a section.
    {
      about: 'row 35 has an empty co-op cell',
      start: '交通局对汽车维修行业开展执法检查',
      seq: '35',
      title: '强化移动源排放监管',
      deadline: '长期实施',
      units: { leader: ['倪德才'], responsible: ['区交通局'] },
    },
    // 003:815-833 — bare street names 通运街道, 潞邑街道, 中仓街道, 新华街道 (829-832).
    {
      about: 'row 37 reads the bare street names 通运街道 … 新华街道 as their 街道办事处',
      start: '住房城乡建设委牵头，各行业主管部门和属地主责，对严控区内施工工地加强管控',
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
        responsible: [
          '区住房城乡建设委',
          '区水务局',
          '区园林绿化局',
          '通州公路分局',
          '区城市管理委',
          '通运街道',
          '潞邑街道',
          '中仓街道',
          '新华街道',
        ],
      },
    },
    // 003:866-875 — a blank line (872) inside the row, between the leader and 主责单位 cells.
    {
      about: 'row 41, with a blank line inside it, keeps leader 倪德才 and 主责单位 区市场监管局, 区交通局',
      start: '严控区内拟新增和现存有喷漆、打磨环节的汽修企业',
      seq: '41',
      title: '重点区域精细化管控',
      deadline: '长期实施',
      units: { leader: ['倪德才'], responsible: ['区市场监管局', '区交通局'] },
    },
    // 003:1278-1293 — the last row of 附件2; `附件3` and its title (1292-1293) follow after blank lines.
    {
      about: 'row 75, the last of 附件2, inherits 发挥生态环境经济激励引导作用 and does not swallow 附件3',
      start: '落实《关于建设施工工地扬尘征收环境保护税有关事项的通知》',
      seq: '75',
      title: '发挥生态环境经济激励引导作用',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '卢庆雷', '王翔宇'],
        responsible: ['区住房城乡建设委', '区城管执法局', '区税务局'],
        coop: ['区生态环境局'],
      },
      ends: '确保依法足额征收施工扬尘环保税。',
    },

    // 附件3 水: 牵头部门 → lead, 责任单位 → responsible

    // 003:1330-1337 — 区国资委（大运河水务公司）(1336) is the registry's 区国资委.
    {
      about: 'task 3 reads 区国资委（大运河水务公司） as 区国资委, keeping the parenthetical as written',
      start: '结合农村供水工程和水源地布局调整',
      seq: '3',
      title: '加强饮用水保护',
      deadline: '长期实施',
      units: { leader: ['秦涛'], lead: ['区水务局'], responsible: ['区国资委', '各街道乡镇'] },
      asWritten: { responsible: ['区国资委（大运河水务公司）', '各街道乡镇'] },
    },
    // 003:1449-1461 — 牵头部门 holds the glued `市规划自然资源委通州分局区水务局` (1458);
    // 责任单位 holds the bare towns 马驹桥镇, 台湖镇 (1460-1461).
    {
      about: 'a task 6 row splits the glued 市规划自然资源委通州分局区水务局 into two lead units',
      start: '配合市级部门及北京经济技术开发区加快规划污水处理厂',
      seq: '6',
      title: '强化生活污染治理',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才', '秦涛', '卢庆雷'],
        lead: ['区发展改革委', '市规划自然资源委通州分局', '区水务局', '区生态环境局'],
        responsible: ['马驹桥镇人民政府', '台湖镇人民政府'],
      },
      asWritten: { responsible: ['马驹桥镇', '台湖镇'] },
      asWrittenChecked: ['responsible'],
    },
    // 003:1603-1612 — bare towns 宋庄镇, 漷县镇, 于家务乡 (1610-1612); 于家务乡 is 于家务回族乡.
    {
      about: 'a task 11 row reads 宋庄镇, 漷县镇 and 于家务乡 as their town governments',
      start: '围绕宋庄镇中坝河、漷县镇牛黄沟、于家务乡胜利干渠',
      seq: '11',
      title: '巩固水体整治成效',
      deadline: '年底前',
      units: {
        leader: ['秦涛'],
        lead: ['区水务局'],
        responsible: ['区生态环境局', '宋庄镇人民政府', '漷县镇人民政府', '于家务回族乡人民政府'],
      },
      asWritten: { responsible: ['区生态环境局', '宋庄镇', '漷县镇', '于家务乡'] },
    },
    // 003:1614-1623 — 于家务乡 (1622) and 永乐店镇 (1623).
    {
      about: 'the next task 11 row reads 于家务乡 and 永乐店镇 as their town governments',
      start: '加强污染减排与生态扩容',
      seq: '11',
      title: '巩固水体整治成效',
      deadline: '年底前',
      units: {
        leader: ['倪德才', '秦涛'],
        lead: ['区水务局', '区生态环境局'],
        responsible: ['于家务回族乡人民政府', '永乐店镇人民政府'],
      },
      asWritten: { responsible: ['于家务乡', '永乐店镇'] },
    },
    // 003:1701-1709 — the deadline cell has a trailing space: `年底前 ` (1704).
    {
      about: 'task 15 reads the deadline `年底前 ` as 年底前',
      start: '配合市级部门，明确北运河、潮白河等河流水生态空间管控边界',
      seq: '15',
      title: '提升水生态系统健康',
      deadline: '年底前',
      units: {
        leader: ['秦涛'],
        lead: ['区水务局'],
        responsible: ['区发展改革委', '市规划自然资源委通州分局', '区园林绿化局'],
      },
    },
    // 003:1727-1735 — the last row of 附件3, 责任单位 —— (1733), then ` 附件4` (1734) at once.
    {
      about: 'task 17, the last row of 附件3, has no 责任单位 and does not swallow 附件4',
      start: '加强本区生态环境监测能力建设',
      seq: '17',
      title: '加强区级生态环境监测能力建设',
      deadline: '年底前',
      units: { leader: ['倪德才'], lead: ['区生态环境局'] },
      ends: '进一步提高数据支撑能力。',
    },

    // 附件4 土壤

    // 003:1747-1764 — the title cell wraps: 目标/任务 (1748-1749).
    {
      about: 'task 1 joins its wrapped title 目标任务',
      start: '加强土壤污染源头防控，建设用地和农用地土壤环境风险得到有效管控',
      seq: '1',
      title: '目标任务',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才', '秦涛', '卢庆雷'],
        lead: ['区生态环境局', '区农业农村局', '区园林绿化局', '市规划自然资源委通州分局', '区应急管理局'],
        responsible: ['区经济和信息化局', '区城市管理委', '区水务局', '区住房城乡建设委'],
      },
    },
    // 003:1779-1789 — bare town 张家湾镇 (1785) in 牵头部门.
    {
      about: 'task 3 reads the bare 张家湾镇 in 牵头部门 as 张家湾镇人民政府',
      start: '加强工业园区土壤环境管理',
      seq: '3',
      title: '加强土壤污染工业源头防控',
      deadline: '年底前',
      units: {
        leader: ['苏国斌', '倪德才'],
        lead: ['张家湾镇人民政府', '中关村通州园管委会'],
        responsible: ['区生态环境局', '区经济和信息化局', '各乡镇政府'],
      },
      asWritten: { lead: ['张家湾镇', '中关村通州园管委会'] },
    },
    // 003:1873-1882 — `区住房城乡`⏎`建设委` (1880-1881); deadline 持续推进.
    {
      about: 'a task 4 row joins the wrapped 区住房城乡建设委',
      start: '加强风险管控、修复过程监督管理',
      seq: '4',
      title: '优化建设用地风险防控制度',
      deadline: '持续推进',
      units: { leader: ['倪德才', '卢庆雷'], lead: ['区生态环境局', '区住房城乡建设委'], responsible: ['各乡镇政府'] },
    },
    // 003:2094-2111 — `区住房城乡`⏎`建设委` again (2106-2107).
    {
      about: 'a task 16 row joins the wrapped 区住房城乡建设委 inside a six-unit 牵头部门 list',
      start: '加强建设用地执法检查',
      seq: '16',
      title: '提升监测监管能力',
      deadline: '年底前',
      units: {
        leader: ['倪德才', '秦涛', '卢庆雷'],
        lead: [
          '区生态环境局',
          '市规划自然资源委通州分局',
          '区住房城乡建设委',
          '区农业农村局',
          '区水务局',
          '区园林绿化局',
        ],
        responsible: ['各街道乡镇'],
      },
    },

    // 附件5 生态

    // 003:2310-2325 — 区文化旅游局 (2323) is the registry's 区文化和旅游局; ` \t9` follows (2326).
    {
      about: 'task 8 reads 区文化旅游局 as 区文化和旅游局 and ends before the SPACE+TAB row 9',
      start: '在市级部门统筹调度下做好生态产品总值核算标准化工作',
      seq: '8',
      title: '开展生态产品价值核算',
      deadline: '年底前',
      units: {
        leader: ['郑皓', '倪德才'],
        responsible: ['区生态环境局', '区统计局'],
        coop: [
          '区发展改革委',
          '市规划自然资源委通州分局',
          '区住房城乡建设委',
          '区交通局',
          '区水务局',
          '区文化和旅游局',
          '区园林绿化局',
          '区气象局',
        ],
      },
      asWritten: {
        coop: [
          '区发展改革委',
          '市规划自然资源委通州分局',
          '区住房城乡建设委',
          '区交通局',
          '区水务局',
          '区文化旅游局',
          '区园林绿化局',
          '区气象局',
        ],
      },
    },
    // 003:2326-2343 — the row starts with SPACE+TAB (` \t9`).
    {
      about: 'task 9, whose row starts with SPACE+TAB, is its own task with twelve co-op units',
      start: '继续推动生态文明建设示范区创建工作',
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
    },
  ],
};
