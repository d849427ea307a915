/**
 * Hand-checked rows of 002_221e516616a96fe0.txt: 北京市 2023, five plans, Markdown-like OCR (<p>
 * lists, TAB cells). Every expected value was read off the document (`sed -n 'A,Bp' FILE | cat -A`),
 * never copied from the program's output; each row cites the line it was read from. Where the
 * program disagrees, the row keeps what the document says.
 *
 * Units are canonical names (a known unit qualified by a parenthetical is that unit), in document
 * order, a unit listed twice in one cell counted once; `asWritten` is the document's text, spaces
 * removed, parentheses as printed, spelled out where it differs from the canonical name.
 * 各区政府(含北京经济技术开发区) and its spellings all stand for 各区人民政府（含北京经济技术开发区管委会）.
 *
 * Each <p> item is a measure; deadlines and unit groups are paired with the measures in order when
 * the counts match, a single group is shared, otherwise every unit goes to every measure, marked
 * uncertain. Continuation rows with an empty measure field feed the previous row's measures in order.
 */
import type { SeedTable } from './hand-checked.ts';

/** 各区政府(含北京经济技术开发区) and its spellings all stand for this collective. */
const ALL_DISTRICTS = '各区人民政府（含北京经济技术开发区管委会）';

const CLIMATE = '北京市应对气候变化2023年行动计划';

export const beijing2023: SeedTable = {
  seed: '002_221e516616a96fe0',
  name: '002 北京市 2023 (Markdown OCR)',
  // Measures, own count. Rows with measure text: 34/44/31/19/28. <p> items add 1/38/18/9/0.
  // Double-space parts of a <p>-less measure cell add soil 278 (+1: two paragraphs; 000:3924/3931
  // prints the same two as separate rows), 279 (+2: three parts, fed by continuation rows 280-281)
  // and ecology 329 (+1). Counting <p> items only would give 35/82/49/28/28; 002:120 and 143 each hold two measures (split.ts).
  plans: [
    { title: CLIMATE, tasks: 26, measures: 35 },
    { title: '北京市大气污染防治2023年行动计划', tasks: 28, measures: 84 },
    { title: '北京市水污染防治2023年行动计划', tasks: 19, measures: 49 },
    // Soil lacks tasks 15-16, ecology 4-5: missing pages.
    { title: '北京市土壤污染防治2023年行动计划', tasks: 16, measures: 31 },
    { title: '北京市生态环境保护2023年行动计划', tasks: 14, measures: 29 },
  ],
  tasks: [
    // 55, 56 (continuation) and 59 (after the repeat): three measures of one task.
    {
      about: '002:55/59 — is task 7, repeated after the page header, one task of three measures?',
      plan: CLIMATE,
      seq: '7',
      measures: 3,
    },
  ],
  rows: [
    {
      about: '002:45 — is a plain row read with its (含…) collective kept whole and 市发展和改革委员会 etc. canonical?',
      start: '切实控制温室气体排放,全市及各区碳排放强度持续下降',
      seq: '1',
      deadline: '年底前',
      units: {
        lead: ['市生态环境局', ALL_DISTRICTS],
        responsible: ['市生态环境局', '市住房城乡建设委', '市交通委', '市城市管理委'],
        coop: ['市发展改革委', '市住房城乡建设委', '市交通委', '市城市管理委'],
      },
      asWritten: {
        lead: ['市生态环境局', '各区人民政府(含北京经济技术开发区管委会)'],
        responsible: ['市生态环境局', '市住房和城乡建设委', '市交通委', '市城市管理委'],
        coop: ['市发展和改革委员会', '市住房和城乡建设委', '市交通委', '市城市管理委'],
      },
      uncertain: [],
    },
    {
      about: '002:105 — is a plain row read with 等部门 as a token and the twice-listed 市住房和城乡建设委员会 once?',
      start: '全力巩固空气质量改善成效,本市完成国家下达的空气质量目标要求',
      seq: '1',
      deadline: '年底前',
      units: {
        lead: ['市生态环境局', ALL_DISTRICTS],
        responsible: ['市生态环境局', ALL_DISTRICTS],
        coop: ['市交通委', '市城市管理委', '市住房城乡建设委', '等部门'],
      },
      asWritten: {
        lead: ['市生态环境局', '各区人民政府(含北京经济技术开发区管委会)'],
        responsible: ['市生态环境局', '各区人民政府(含北京经济技术开发区管委会)'],
        coop: ['市交通委', '市城市管理委员会', '市住房和城乡建设委员会', '等部门'],
      },
      uncertain: [],
    },
    {
      about: '002:108 — are the <sub> tags of PM<sub>2.5</sub> and O<sub>3</sub> removed from the measure text?',
      start: '完善VOCs网格化监测分析和本地化来源解析',
      seq: '3',
      deadline: '长期实施',
      units: {
        lead: ['市生态环境局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市市场监管局', '市交通委', '市城市管理委', '市住房城乡建设委', '等部门'],
      },
      asWritten: {
        responsible: ['各区人民政府(含北京经济技术开发区管委会)'],
        coop: ['市市场监管局', '市交通委', '市城市管理委员会', '市住房和城乡建设委员会', '等部门'],
      },
      uncertain: [],
      contains: ['开展细颗粒物(PM2.5)和臭氧(O3)协同减排路径'],
      lacks: /<\/?sub>/,
    },
    {
      about:
        '002:114-117 — do the three continuation rows with an empty measure field ' +
        'give measures 2-4 of row 114 their deadlines and units, in order? [002:114]',
      start: '对生产、销售环节涂料、胶粘剂、清洗剂、油墨等含VOCs产品开展抽检',
      seq: '5',
      title: '推进低(无)VOCs含量替代',
      deadline: '年底前',
      units: {
        lead: ['市市场监管局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市生态环境局'],
      },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
    {
      about:
        '002:114-117 — do the three continuation rows with an empty measure field ' +
        'give measures 2-4 of row 114 their deadlines and units, in order? [002:115]',
      start: '工程建设领域大力推广绿色环保产品，在政府投资建设工程中',
      deadline: '年底前',
      units: {
        lead: ['市住房城乡建设委', '市城市管理委', '市交通委', '市邮政管理局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市生态环境局'],
      },
      asWritten: {
        lead: ['市住房城乡建设委', '市城市管理委', '市交通委', '市邮政局'],
        responsible: ['各区政府(含北京经济技术开发区)'],
      },
      uncertain: [],
    },
    {
      about:
        '002:114-117 — do the three continuation rows with an empty measure field ' +
        'give measures 2-4 of row 114 their deadlines and units, in order? [002:116]',
      start: '市经济和信息化局鼓励工业涂装企业使用符合国家和本市标准的涂料',
      deadline: '长期实施',
      units: {
        lead: ['市经济和信息化局', '市生态环境局', '市市场监管局'],
        responsible: [ALL_DISTRICTS],
      },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
    {
      about:
        '002:114-117 — do the three continuation rows with an empty measure field ' +
        'give measures 2-4 of row 114 their deadlines and units, in order? [002:117]',
      start: '按照本市沥青混合料绿色评价技术指南要求',
      deadline: '长期实施',
      units: {
        lead: ['市交通委', '市生态环境局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市财政局'],
      },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
    {
      about: '002:126-127 — is the short 市场监管局 read as 市市场监管局, and 6—9月 kept as printed? [002:126]',
      start: '市场监管部门依法对生产、销售环节的车辆用油品',
      seq: '8',
      deadline: '长期实施',
      units: {
        lead: ['市市场监管局', '市公安局', '市应急管理局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市商务局', '市城市管理委', '市住房城乡建设委'],
      },
      asWritten: { lead: ['市场监管局', '市公安局', '市应急管理局'], responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
    {
      about: '002:126-127 — is the short 市场监管局 read as 市市场监管局, and 6—9月 kept as printed? [002:127]',
      start: '市商务局、市生态环境局督促加油站和储油库在夏季组织实施错峰卸油',
      deadline: '6—9月',
      units: { lead: ['市商务局', '市生态环境局'], responsible: [ALL_DISTRICTS] },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
    {
      about:
        '002:55/59 — is task 7, repeated after the page header with the OCR title ' +
        '推进能源低碳发展, one task, and 市委改革委 read as 市发展改革委? [002:59]',
      start: '推动可再生能源规模化利用,大力发展地热、光伏系统',
      seq: '7',
      title: '推进能源低碳化发展',
      deadline: '年底前',
      units: {
        lead: ['市发展改革委', '市城市管理委', '市水务局', '市规划自然资源委'],
        responsible: [ALL_DISTRICTS, '国网北京市电力公司'],
      },
      asWritten: {
        lead: ['市委改革委', '市城市管理委', '市水务局', '市自然资源委'],
        responsible: ['区政府(含北京经济技术开发区)', '国网北京市电力公司'],
      },
      uncertain: [],
      sameTaskAs: ['落实本市可再生能源替代方案'],
    },
    {
      about:
        '002:55/59 — is task 7, repeated after the page header with the OCR title ' +
        '推进能源低碳发展, one task, and 市委改革委 read as 市发展改革委? [002:55]',
      start: '大力开展能源节约和能效提升,万元GDP能耗力争持续下降',
      deadline: '年底前',
      units: {
        lead: ['市发展改革委', '市城市管理委', '市农业农村局', '市经济和信息化局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市有关部门'],
      },
      asWritten: {
        lead: ['市发展改革委', '市城市管理委员会', '市农业农村局', '市经济和信息化局'],
        responsible: ['各区政府(含北京经济技术开发区)'],
      },
      uncertain: [],
    },
    // 主责单位 prints 市发展改革委 通州区政府 市发展改革委: 市发展改革委 counted once.
    {
      about: '002:72 — is 城市副中心党工委 管委会 (a space inside one name) one lead unit?',
      start: '开展2023年低碳试点建设工作,完善评估及激励机制',
      seq: '13',
      deadline: '年底前',
      units: { lead: ['城市副中心党工委管委会'], responsible: ['市发展改革委', '通州区政府'], coop: ['市有关部门'] },
      uncertain: [],
    },
    {
      about:
        '002:329 — are the double-space groups, present in every column (2 texts, 2 ' +
        'deadlines, 2 groups per unit column), read as two zipped measures? [002:329 (first)]',
      start: '按照国家要求,推进全市风景名胜区整合优化,完善自然保护地体系。',
      seq: '8',
      deadline: '持续推进',
      units: {
        lead: ['市园林绿化局'],
        responsible: [
          '门头沟区政府',
          '房山区政府',
          '昌平区政府',
          '平谷区政府',
          '怀柔区政府',
          '密云区政府',
          '延庆区政府',
        ],
        coop: ['市规划自然资源委', '市生态环境局'],
      },
      asWritten: { coop: ['市自然资源委', '市生态环境局'] },
      uncertain: [],
      text: '按照国家要求,推进全市风景名胜区整合优化,完善自然保护地体系。',
    },
    {
      about:
        '002:329 — are the double-space groups, present in every column (2 texts, 2 ' +
        'deadlines, 2 groups per unit column), read as two zipped measures? [002:329 (second)]',
      start: '开展年度重点自然保护地保护成效评估,提高自然保护地管理效能。',
      seq: '8',
      deadline: '年底前',
      units: {
        lead: ['市园林绿化局', '市生态环境局'],
        responsible: [
          '海淀区政府',
          '丰台区政府',
          '石景山区政府',
          '门头沟区政府',
          '房山区政府',
          '顺义区政府',
          '大兴区政府',
          '昌平区政府',
          '平谷区政府',
          '怀柔区政府',
          '密云区政府',
          '延庆区政府',
        ],
        coop: ['市规划自然资源委', '市水务局'],
      },
      asWritten: { lead: ['市园林绿化局', '市生态环境'], coop: ['市自然资源委', '市水务局'] },
      uncertain: [],
    },
    {
      about:
        '002:161 — is a <p>-less cell whose two paragraphs are separated by a single ' +
        'space one measure (000:1880-1892 prints the same two paragraphs as one row)?',
      start: '市、区两级城管执法部门加强对扬尘执法工作的指导',
      seq: '15',
      deadline: '长期实施',
      units: {
        lead: ['市城市管理委'],
        responsible: [ALL_DISTRICTS],
        coop: ['市住房城乡建设委', '市交通委', '市水务局', '市园林绿化局'],
      },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
      ends: '营造扬尘执法高压态势。',
      contains: ['并及时向同级相关行业主管部门推送。依据《中华人民共和国大气污染防治法》'],
    },
    {
      about:
        '002:222 — with 3 measures, 3 deadlines and 3 groups in every ' +
        'unit column, do they zip one to one, certain? [002:222 (1)]',
      start: '实施全面打赢城乡水环境治理歼灭战三年行动方案',
      seq: '7',
      deadline: '年底前',
      units: {
        lead: ['市水务局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市发展改革委', '市规划自然资源委'],
      },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
    {
      about:
        '002:222 — with 3 measures, 3 deadlines and 3 groups in every ' +
        'unit column, do they zip one to one, certain? [002:222 (2)]',
      start: '加大雨污混接错接巡查整治力度',
      deadline: '年底前',
      units: { lead: ['市水务局'], responsible: [ALL_DISTRICTS] },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
    {
      about:
        '002:222 — with 3 measures, 3 deadlines and 3 groups in every ' +
        'unit column, do they zip one to one, certain? [002:222 (3)]',
      start: '加强汛期雨水面源污染和溢流污染防治，持续开展',
      deadline: '9月底前',
      units: {
        lead: ['市水务局', '市生态环境局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市排水集团'],
      },
      asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
      uncertain: [],
    },
  ],
};
