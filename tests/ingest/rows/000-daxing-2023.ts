/**
 * Hand-checked rows of 000_4bf12fe9557cfa06.txt: 大兴区 2023, 附件1–5, PDF text, where the boundary
 * between the lead and co-op columns is lost. Every expected value was read off the document
 * (`sed -n 'A,Bp' FILE | cat -A`), never copied from the program's output; each row cites the
 * lines it was read from. Where the program disagrees, the row keeps what the document says.
 *
 * Units are canonical names (towns as 黄村镇人民政府; a known unit qualified by a parenthetical
 * is that unit), in document order; `asWritten` is the document's text, wraps joined, spaces
 * removed, parentheses as printed, spelled out where it differs from the canonical name.
 *
 * A unit list ending in —— is all lead (certain); deadline + lead + co-op on one line are split
 * by the line (certain); otherwise the first unit is lead (certain) and the rest co-op. Both
 * columns are non-empty there (an empty co-op prints ——, always after the lead units), so the
 * last unit is certainly co-op; only the units between are marked uncertain. Page banners and a
 * trailing 北 are noise.
 */
import type { SeedTable } from './hand-checked.ts';

const AIR = '大兴区大气污染防治2023年行动计划';

export const daxing2023: SeedTable = {
  seed: '000_4bf12fe9557cfa06',
  name: '000 大兴 2023 (PDF text)',
  plans: [
    { label: '附件1', title: '大兴区应对气候变化2023年行动计划', tasks: 19, measures: 26 },
    { label: '附件2', title: AIR, tasks: 27, measures: 72 },
    { label: '附件3', title: '大兴区水污染防治2023年行动计划', tasks: 18, measures: 41 },
    { label: '附件4', title: '大兴区土壤污染防治2023年行动计划', tasks: 17, measures: 35 },
    // Own count of the measure rows (205 in all): one per printed deadline, incl. the town-led rows 2837, 3319, 3333.
    { label: '附件5', title: '大兴区生态保护2023年行动计划', tasks: 14, measures: 31 },
  ],
  tasks: [
    // 875-893 task 4 first row; 895-906 banner; 907-911 header; 913-921 4 + title repeated; 923-937 next row.
    { about: '000:907-939 — is task 4, repeated after the page header (913-921), one task?', plan: AIR, seq: '4' },
    // Rows start at 1311, 1325, 1346, 1359, 1371, 1378, 1400, 1435.
    {
      about: '000:1306-1457 — is task 11, repeated after headers at 1341 and 1430, one task of eight measure rows?',
      plan: AIR,
      seq: '11',
      title: '推动机动车清洁化',
      measures: 8,
    },
  ],
  rows: [
    // 209-213 text (two paragraphs), 215 2023年底前, 217-227 five units, 223/225 the wrap, 229 ——.
    {
      about: '000:209-229 — is 市规划自然资源委 / 大兴分局, wrapped over two lines, one lead unit of a —— row?',
      start: '推动可再生能源规模化利用，大力发展本地热泵',
      seq: '5',
      title: '推进能源低碳化发展',
      deadline: '2023年底前',
      units: { lead: ['区发展改革委', '区城市管理委', '区水务局', '市规划自然资源委大兴分局', '区供电公司'] },
      uncertain: [],
      ends: '探索组织开展市场化绿电交易。',
    },
    // 792 2023年底前, 794 区生态环境局, 796-800 各镇/各街道/各产业园区, 802-808 the wrapped 成员单位 body; no ——.
    {
      about: '000:786-808 — is the four-line 区委生态文明委大气/污染综合治理及应对/气候变化工作小组成/员单位 one unit?',
      start: '全力巩固空气质量改善成效，全区PM2.5浓度控制在31微克',
      seq: '1',
      deadline: '2023年底前',
      units: {
        lead: ['区生态环境局'],
        coop: [
          '各镇人民政府',
          '各街道办事处',
          '各产业园区管委会',
          '区委生态文明委大气污染综合治理及应对气候变化工作小组成员单位',
        ],
      },
      uncertain: ['各镇人民政府', '各街道办事处', '各产业园区管委会'],
    },
    // 1219/1221 按时间节点 / 完成, 1223 区经济和信息化局, 1225/1227 the wrapped parenthetical, 1229 ——.
    // 1291-1304: the same alias wrapped differently (联席会 / 议办公室), then a wrapped 成员单位 body as co-op.
    {
      about:
        '000:1211-1229 — is （区新能源汽车联席/会议办公室） an alias of ' +
        '区经济和信息化局, and 按时间节点/完成 one deadline? [000:1211]',
      start: '推进本区新能源汽车推广应用工作，明确2023年新能源汽车推广目标。',
      seq: '10',
      deadline: '按时间节点完成',
      units: { lead: ['区经济和信息化局'] },
      asWritten: { lead: ['区经济和信息化局（区新能源汽车联席会议办公室）'] },
      uncertain: [],
    },
    {
      about:
        '000:1211-1229 — is （区新能源汽车联席/会议办公室） an alias of ' +
        '区经济和信息化局, and 按时间节点/完成 one deadline? [000:1291]',
      start: '结合资源禀赋和功能定位，因地制宜制定辖区新能源车推广',
      deadline: '长期实施',
      units: { lead: ['区经济和信息化局'], coop: ['区新能源汽车联席会议成员单位'] },
      asWritten: { lead: ['区经济和信息化局（区新能源汽车联席会议办公室）'] },
      uncertain: [],
    },
    // 1378-1384 text (two paragraphs), 1386 2023年底前, 1388-1398 units; 区机场办 is 区机场筹备办.
    {
      about: '000:1378-1398 — does 天宫院街道办事处 / （京南物流基地管委 / 会） read as one street office?',
      start: '区经济和信息化局牵头，落实氢能产业发展行动计划',
      seq: '11',
      deadline: '2023年底前',
      units: { lead: ['区经济和信息化局'], coop: ['区机场筹备办', '区商务局', '天宫院街道办事处'] },
      asWritten: { coop: ['区机场办', '区商务局', '天宫院街道办事处（京南物流基地管委会）'] },
      uncertain: ['区机场筹备办', '区商务局'],
    },
    // 448: …绿色出行比例达到市级要求。2023年底前 区交通局 ——
    {
      about: '000:448 — is a row whose text, deadline, lead and —— share one line split correctly?',
      start: '扎实推进慢行优先、公交优先、绿色优先',
      seq: '10',
      deadline: '2023年底前',
      units: { lead: ['区交通局'] },
      uncertain: [],
      text: '扎实推进慢行优先、公交优先、绿色优先，绿色出行比例达到市级要求。',
    },
    // 172: 2023年底前 区生态环境局 —— closes the row above; 174: text 长期实施 区经济和信息化局 区生态环境局.
    // 1204: text 2023年底前 区生态环境局 区城市管理委
    // 2261-2264: 2023年底前 区生态环境局 区气象局
    // 3924-3929: 2023年底前 区农业农村局 相关镇人民政府
    // 4002-4010: 年底前 (no year) 区农业农村局 相关镇人民政府
    // 4702-4705: 2023年底前 区园林绿化局 区公安分局
    {
      about:
        '000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and ' +
        'co-op printed on one line split by the line (certain)? [000:166-172]',
      start: '按照市级部门要求，开展2023年本市碳排放权交易相关工作',
      seq: '4',
      deadline: '2023年底前',
      units: { lead: ['区生态环境局'] },
      uncertain: [],
    },
    {
      about:
        '000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and ' +
        'co-op printed on one line split by the line (certain)? [000:174]',
      start: '研究探索大兴区氢能项目在北京市碳市场进行试点交易。',
      seq: '4',
      deadline: '长期实施',
      units: { lead: ['区经济和信息化局'], coop: ['区生态环境局'] },
      uncertain: [],
      text: '研究探索大兴区氢能项目在北京市碳市场进行试点交易。',
    },
    {
      about:
        '000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and ' +
        'co-op printed on one line split by the line (certain)? [000:1204]',
      start: '组织对辖区内具备改造条件的燃气锅炉开展深度低氮改造。',
      deadline: '2023年底前',
      units: { lead: ['区生态环境局'], coop: ['区城市管理委'] },
      uncertain: [],
    },
    {
      about:
        '000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and ' +
        'co-op printed on one line split by the line (certain)? [000:2264]',
      start: '强化污染过程预报预警，探索开展气象AI预报',
      deadline: '2023年底前',
      units: { lead: ['区生态环境局'], coop: ['区气象局'] },
      uncertain: [],
    },
    {
      about:
        '000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and ' +
        'co-op printed on one line split by the line (certain)? [000:3929]',
      start: '完善畜禽粪污还田利用管理机制。',
      deadline: '2023年底前',
      units: { lead: ['区农业农村局'], coop: ['相关镇人民政府'] },
      uncertain: [],
    },
    {
      about:
        '000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and ' +
        'co-op printed on one line split by the line (certain)? [000:4010]',
      start: '指导采用温室、大棚等设施种植食用农产品面积大于50亩',
      deadline: '年底前',
      units: { lead: ['区农业农村局'], coop: ['相关镇人民政府'] },
      uncertain: [],
    },
    {
      about:
        '000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and ' +
        'co-op printed on one line split by the line (certain)? [000:4705]',
      start: '依法查处破坏陆生野生动植物资源及栖息地',
      deadline: '2023年底前',
      units: { lead: ['区园林绿化局'], coop: ['区公安分局'] },
      uncertain: [],
    },
    // 199-201 text, 202 2023年底前, 204 区发展改革委, 206 区城市管理委, 207 ——.
    {
      about: '000:199 — is an unnumbered continuation row a second measure of task 5 with its own deadline and units?',
      start: '落实本市可再生能源替代方案，新增能源消费优先由可再生能源提供',
      seq: '5',
      title: '推进能源低碳化发展',
      deadline: '2023年底前',
      units: { lead: ['区发展改革委', '区城市管理委'] },
      uncertain: [],
      sameTaskAs: ['大力开展能源节约和能效提升，万元GDP能耗力争持续下降'],
    },
    // 522-524 text, 525 2023年底前, 527 区生态环境局, 529-541
    // co-op; 539/541 临空经济区大兴片区 / 管委会北 (北 = banner).
    // 510-520: the row before it in the same task.
    {
      about: '000:522-541 — is the continuation row of task 12 read with 管委会北 cut back to 管委会? [000:522]',
      start: '开展非二氧化碳温室气体排放调查，研究甲烷控制目标任务和措施',
      seq: '12',
      title: '控制农业和非二氧化碳温室气体排放',
      deadline: '2023年底前',
      units: {
        lead: ['区生态环境局'],
        coop: [
          '区城市管理委',
          '区水务局',
          '各镇人民政府',
          '各街道办事处',
          '各产业园区管委会',
          '临空经济区大兴片区管委会',
        ],
      },
      uncertain: ['区城市管理委', '区水务局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      sameTaskAs: ['大力发展低碳农业、智慧农业'],
    },
    {
      about: '000:522-541 — is the continuation row of task 12 read with 管委会北 cut back to 管委会? [000:510]',
      start: '大力发展低碳农业、智慧农业、生态循环农业',
      deadline: '2023年底前',
      units: { lead: ['区农业农村局'], coop: ['区农业服务中心', '相关镇人民政府'] },
      uncertain: ['区农业服务中心'],
    },
    // 875-893 task 4 first row; 895-906 banner; 907-911 header; 913-921
    // 4 + title repeated; 923-937 text; 939 deadline; 941-961 units.
    {
      about:
        '000:907-939 — is task 4 repeated after the page header ' +
        '(913-921) the same task, its next row read whole? [000:923]',
      start: '工程建设领域大力推广绿色环保产品，在政府投资建设工程中',
      seq: '4',
      title: '推进低（无）VOCs含量产品源头替代',
      deadline: '2023年底前',
      units: {
        lead: ['区住房城乡建设委'],
        coop: [
          '区城市管理委',
          '区交通局',
          '区公路分局',
          '区园林绿化局',
          '区水务局',
          '区财政局',
          '区生态环境局',
          '各镇人民政府',
          '各街道办事处',
          '各产业园区管委会',
        ],
      },
      uncertain: [
        '区城市管理委',
        '区交通局',
        '区公路分局',
        '区园林绿化局',
        '区水务局',
        '区财政局',
        '区生态环境局',
        '各镇人民政府',
        '各街道办事处',
      ],
      ends: '检查和抽检结果按季度与区生态环境局共享。',
      sameTaskAs: ['对生产、流通环节涂料'],
    },
    {
      about:
        '000:907-939 — is task 4 repeated after the page header ' +
        '(913-921) the same task, its next row read whole? [000:885]',
      start: '对生产、流通环节涂料、胶粘剂、清洗剂、油墨等含VOCs产品开展',
      deadline: '2023年底前',
      units: { lead: ['区市场监管局'] },
      uncertain: [],
    },
    // 1346-1357 (first row after the repeat at 1341).
    // 1359-1369: 区环卫中心 is 区环境卫生服务中心.
    // 1325-1331: 区机场办 alone, then ——.
    // 1435-1457 (first row after the second repeat at 1430).
    {
      about:
        '000:1306-1457 — is task 11, repeated after headers at ' +
        '1341 and 1430, one task of eight measure rows? [000:1346]',
      start: '新增和更新的商超、快递等轻型物流配送车辆80%为纯电动',
      seq: '11',
      deadline: '2023年底前',
      units: { lead: ['区商务局'], coop: ['区邮政局', '区交通局', '区公安交通支队'] },
      uncertain: ['区邮政局', '区交通局'],
    },
    {
      about:
        '000:1306-1457 — is task 11, repeated after headers at ' +
        '1341 and 1430, one task of eight measure rows? [000:1359]',
      start: '新增和更新的4.5吨以下环卫车为纯电动或氢燃料电池车',
      deadline: '2023年底前',
      units: { lead: ['区城市管理委'], coop: ['区环境卫生服务中心', '区财政局'] },
      asWritten: { coop: ['区环卫中心', '区财政局'] },
      uncertain: ['区环境卫生服务中心'],
    },
    {
      about:
        '000:1306-1457 — is task 11, repeated after headers at ' +
        '1341 and 1430, one task of eight measure rows? [000:1325]',
      start: '协调北京大兴国际机场新增和更新的机场大巴',
      deadline: '2023年底前',
      units: { lead: ['区机场筹备办'] },
      asWritten: { lead: ['区机场办'] },
      uncertain: [],
    },
    {
      about:
        '000:1306-1457 — is task 11, repeated after headers at ' +
        '1341 and 1430, one task of eight measure rows? [000:1435]',
      start: '区住房城乡建设委落实推广纯电动或氢燃料混凝土搅拌车',
      seq: '11',
      deadline: '2023年底前',
      units: { lead: ['区住房城乡建设委'], coop: ['区城市管理委', '区经济和信息化局', '区公安交通支队', '区财政局'] },
      uncertain: ['区城市管理委', '区经济和信息化局', '区公安交通支队'],
    },
    // 4404: 1 目标任务 全区生态环境质量指数（EI）力争稳中向好。 2023年底前 区生态环境局; 4406-4416 further units.
    {
      about: '000:4404 — is the whole-row line (number, title, text, deadline, first unit) split into its cells?',
      start: '全区生态环境质量指数（EI）力争稳中向好。',
      seq: '1',
      title: '目标任务',
      deadline: '2023年底前',
      units: {
        lead: ['区生态环境局'],
        coop: ['市规划自然资源委大兴分局', '区园林绿化局', '区水务局', '区农业农村局', '区农业服务中心'],
      },
      uncertain: ['市规划自然资源委大兴分局', '区园林绿化局', '区水务局', '区农业农村局'],
      text: '全区生态环境质量指数（EI）力争稳中向好。',
    },
    {
      about: '000:664-700 — is 按时间节点 / 完成 (678/680) one deadline, and the four paragraphs one measure row?',
      start: '对节能减碳的绿色项目、绿色产品等予以适当补贴或贷款贴息等资金支',
      seq: '18',
      deadline: '按时间节点完成',
      units: {
        lead: ['区财政局'],
        coop: [
          '区金融办',
          '区生态环境局',
          '区发展改革委',
          '区城市管理委',
          '各镇人民政府',
          '各街道办事处',
          '各产业园区管委会',
          '临空经济区大兴片区管委会',
        ],
      },
      uncertain: [
        '区金融办',
        '区生态环境局',
        '区发展改革委',
        '区城市管理委',
        '各镇人民政府',
        '各街道办事处',
        '各产业园区管委会',
      ],
      ends: '期货、保险等绿色金融创新实践。',
      contains: ['继续发放绿色消费券。解读及落实市级电力、热力天然气价格改革政策。营造有利的政策环境'],
    },
    // 2780-2790 text (the text itself says 汛期前), 2792 9月 30日, 2794-2806 units.
    {
      about: '000:2792 — is the deadline 9月 30日 kept as 9月30日 (not a measure-text date)?',
      start: '加强汛期雨水面源污染和溢流污染防治，汛期前完成',
      seq: '6',
      deadline: '9月30日',
      units: {
        lead: ['区水务局'],
        coop: ['区城市管理委', '区公路分局', '区生态环境局', '各镇人民政府', '各街道办事处', '各产业园区管委会'],
      },
      uncertain: ['区城市管理委', '区公路分局', '区生态环境局', '各镇人民政府', '各街道办事处'],
    },
    // 2133-2135 text, 2136: 6月底 区生态环境局 ——
    {
      about: '000:2136 — is 6月底 (no 前) read as the deadline of task 21’s first row?',
      start: '完成声环境功能区划分情况评估工作',
      seq: '21',
      title: '加强噪声污染治理',
      deadline: '6月底',
      units: { lead: ['区生态环境局'] },
      uncertain: [],
    },
    // 2453 2023年底前, 2454 区生态环境局, 2456 区水务局, 2458
    // 区农业农村局, 2460 各镇人民政府, 2462 各街道办事处; no ——.
    {
      about:
        '000:2447-2462 — in a row with no boundary, is the first unit ' +
        'lead, the last co-op, and the ones between co-op marked uncertain?',
      start: '全区水生态环境质量稳中向好。',
      seq: '1',
      deadline: '2023年底前',
      units: { lead: ['区生态环境局'], coop: ['区水务局', '区农业农村局', '各镇人民政府', '各街道办事处'] },
      uncertain: ['区水务局', '区农业农村局', '各镇人民政府'],
    },
    {
      about:
        '000:1936-1959 — is 大兴分局北 (1959) read as the wrapped 市规划自然资源委大兴分局, without the banner 北?',
      start: '各属地定期更新辖区内房建、拆迁拆违、线性工程',
      seq: '16',
      deadline: '长期实施',
      units: {
        lead: ['各镇人民政府'],
        coop: [
          '各街道办事处',
          '各产业园区管委会',
          '区住房城乡建设委',
          '区城市管理委',
          '区公路分局',
          '区水务局',
          '区园林绿化局',
          '市规划自然资源委大兴分局',
        ],
      },
      uncertain: [
        '各街道办事处',
        '各产业园区管委会',
        '区住房城乡建设委',
        '区城市管理委',
        '区公路分局',
        '区水务局',
        '区园林绿化局',
      ],
    },
    {
      about:
        '000:3313-3347 — are town leads read as towns (长子营镇政府 ' +
        '→ 长子营镇人民政府), and 区财政局北 cut back? [000:3319]',
      start: '完成再生水补给河道生态修复（凤河长子营段）',
      deadline: '长期实施',
      units: { lead: ['长子营镇人民政府'], coop: ['区生态环境局', '区水务局', '区财政局'] },
      asWritten: { lead: ['长子营镇政府'] },
      uncertain: ['区生态环境局', '区水务局'],
    },
    {
      about:
        '000:3313-3347 — are town leads read as towns (长子营镇政府 ' +
        '→ 长子营镇人民政府), and 区财政局北 cut back? [000:3333]',
      start: '推进大兴区大龙河安定段水生态修复项目实施',
      deadline: '长期实施',
      units: {
        lead: ['安定镇人民政府'],
        coop: ['区生态环境局', '区水务局', '区发展改革委', '区农业农村局', '市规划自然资源委大兴分局', '区财政局'],
      },
      uncertain: ['区生态环境局', '区水务局', '区发展改革委', '区农业农村局', '市规划自然资源委大兴分局'],
    },
  ],
};
