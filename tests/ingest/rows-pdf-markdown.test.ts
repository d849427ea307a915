/**
 * Acceptance tests: hand-checked measure rows of the two hardest seeds.
 *
 *   000_4bf12fe9557cfa06.txt  大兴区 2023, PDF text (lead/co-op boundary lost)
 *   002_221e516616a96fe0.txt  北京市 2023, Markdown-like OCR (<p> lists, TAB cells)
 *
 * Every expected value below was read off the document itself (`sed -n 'A,Bp' FILE | cat -A`),
 * never copied from the program's output. Each test cites the lines it was read from.
 * Where the program disagrees, the test keeps what the document says.
 *
 * Conventions the expectations follow (docs/seed-formats.md and the model rules):
 * - Roles: lead = 牵头单位/牵头部门, responsible = 主责单位, coop = 协办单位.
 * - Units are canonical names (seeds/units.json; towns as 黄村镇人民政府; a known unit
 *   qualified by a parenthetical is that unit), in document order, a unit listed twice in
 *   one cell counted once. `asWritten` is the document's text, wraps joined, spaces removed,
 *   parentheses as printed; it defaults to the canonical name and is spelled out where the
 *   two differ.
 * - 000: a unit list ending in —— is all lead (certain); deadline + lead + co-op on one line
 *   are split by the line (certain); otherwise the first unit is lead (certain) and the rest
 *   co-op. Both columns are non-empty there (an empty co-op prints ——, always after the
 *   lead units), so the last unit is certainly co-op; only the units between are marked
 *   uncertain. Page banners and a trailing 北 are noise.
 * - 002: each <p> item is a measure; deadlines/unit groups zip when the counts match, a
 *   single group is shared, otherwise every unit goes to every measure, marked uncertain.
 *   Continuation rows with an empty measure field feed the previous row's measures in order.
 */
import { describe, expect, it } from 'vitest';
import { measure, seedModel, type MeasureView } from '../support/seed-model.ts';

const PDF = '000';
const MD = '002';

/** 各区政府 (含北京经济技术开发区) and its spellings all stand for this collective. */
const ALL_DISTRICTS = '各区人民政府（含北京经济技术开发区管委会）';

type RoleLists = { lead?: string[]; responsible?: string[]; coop?: string[] };

interface ExpectedRow extends RoleLists {
  /** The deadline as printed, spaces removed; or deadlines that must all be kept when they cannot be paired. */
  deadline: string | { keepsAll: string[] };
  /** Names as written, per role, where they differ from the canonical names. */
  asWritten?: RoleLists;
  /** Exactly the names whose assignment is uncertain, in assignment order (lead, responsible, coop). */
  uncertain?: string[];
  /** The uncertain names as a set (when the same unit is uncertain in more than one role). */
  uncertainSet?: string[];
}

/** Compares one measure with a hand-checked row; soft, so every field of a row is reported. */
function expectRow(m: MeasureView, row: ExpectedRow, where: string): void {
  if (typeof row.deadline === 'string') {
    expect.soft(m.deadline, `${where} deadline`).toBe(row.deadline);
  } else {
    for (const d of row.deadline.keepsAll) expect.soft(m.deadline, `${where} deadline keeps ${d}`).toContain(d);
  }
  const units = { lead: row.lead ?? [], responsible: row.responsible ?? [], coop: row.coop ?? [], leader: [] as string[] };
  expect.soft(m.units, `${where} units`).toEqual(units);
  expect.soft(m.asWritten, `${where} units as written`).toEqual({ ...units, ...row.asWritten });
  if (row.uncertain) expect.soft(m.uncertain, `${where} uncertain`).toEqual(row.uncertain);
  if (row.uncertainSet) {
    expect.soft([...new Set(m.uncertain)].sort(), `${where} uncertain (as a set)`).toEqual([...new Set(row.uncertainSet)].sort());
  }
}

/** The task a measure belongs to (through the model, for same-task checks). */
function taskIdOf(seedPrefix: string, start: string): string {
  const model = seedModel();
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const key = start.replace(/\s+/g, '');
  const found = model.measures.filter((m) => plans.get(m.planId)!.seed.startsWith(seedPrefix) && m.text.startsWith(key));
  if (found.length !== 1) throw new Error(`${found.length} measures of ${seedPrefix} start with "${start}"`);
  return found[0]!.taskId;
}

function planNamed(seedPrefix: string, title: string) {
  const found = seedModel().plans.filter((p) => p.seed.startsWith(seedPrefix) && p.title === title);
  if (found.length !== 1) throw new Error(`${found.length} plans of ${seedPrefix} are titled ${title}`);
  return found[0]!;
}

/** Tasks and measures per plan title, for the plans named. */
function countsOf(seedPrefix: string, titles: string[]): Record<string, { tasks: number; measures: number }> {
  const model = seedModel();
  return Object.fromEntries(
    titles.map((title) => {
      const plan = model.plans.find((p) => p.seed.startsWith(seedPrefix) && p.title === title);
      if (!plan) return [title, { tasks: -1, measures: -1 }];
      return [title, { tasks: model.tasks.filter((t) => t.planId === plan.id).length, measures: model.measures.filter((m) => m.planId === plan.id).length }];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
describe('大兴区 2023 (000, PDF text): are the hard measure rows read as the document prints them?', () => {
  it('000:209-229 — is 市规划自然资源委 / 大兴分局, wrapped over two lines, one lead unit of a —— row?', () => {
    // 209-213 text (two paragraphs), 215 2023年底前, 217-227 five units, 223/225 the wrap, 229 ——.
    const m = measure(PDF, '推动可再生能源规模化利用，大力发展本地热泵');
    expect.soft(m.taskSeq).toBe('5');
    expect.soft(m.taskTitle).toBe('推进能源低碳化发展');
    expect.soft(m.text.endsWith('探索组织开展市场化绿电交易。')).toBe(true);
    expectRow(m, { deadline: '2023年底前', lead: ['区发展改革委', '区城市管理委', '区水务局', '市规划自然资源委大兴分局', '区供电公司'], uncertain: [] }, '000:209');
  });

  it('000:786-808 — is the four-line 区委生态文明委大气/污染综合治理及应对/气候变化工作小组成/员单位 one unit?', () => {
    // 792 2023年底前, 794 区生态环境局, 796-800 各镇/各街道/各产业园区, 802-808 the wrapped 成员单位 body; no ——.
    const m = measure(PDF, '全力巩固空气质量改善成效，全区PM2.5浓度控制在31微克');
    expect.soft(m.taskSeq).toBe('1');
    const coop = ['各镇人民政府', '各街道办事处', '各产业园区管委会', '区委生态文明委大气污染综合治理及应对气候变化工作小组成员单位'];
    expectRow(m, { deadline: '2023年底前', lead: ['区生态环境局'], coop, uncertain: coop.slice(0, -1) }, '000:786');
  });

  it('000:1211-1229 — is （区新能源汽车联席/会议办公室） an alias of 区经济和信息化局, and 按时间节点/完成 one deadline?', () => {
    // 1219/1221 按时间节点 / 完成, 1223 区经济和信息化局, 1225/1227 the wrapped parenthetical, 1229 ——.
    const m = measure(PDF, '推进本区新能源汽车推广应用工作，明确2023年新能源汽车推广目标。');
    expect.soft(m.taskSeq).toBe('10');
    expectRow(
      m,
      { deadline: '按时间节点完成', lead: ['区经济和信息化局'], asWritten: { lead: ['区经济和信息化局（区新能源汽车联席会议办公室）'] }, uncertain: [] },
      '000:1211',
    );
    // 1291-1304: the same alias wrapped differently (联席会 / 议办公室), then a wrapped 成员单位 body as co-op.
    const next = measure(PDF, '结合资源禀赋和功能定位，因地制宜制定辖区新能源车推广');
    expectRow(
      next,
      {
        deadline: '长期实施',
        lead: ['区经济和信息化局'],
        coop: ['区新能源汽车联席会议成员单位'],
        asWritten: { lead: ['区经济和信息化局（区新能源汽车联席会议办公室）'] },
        uncertain: [],
      },
      '000:1291',
    );
  });

  it('000:1378-1398 — does 天宫院街道办事处 / （京南物流基地管委 / 会） read as one street office?', () => {
    // 1378-1384 text (two paragraphs), 1386 2023年底前, 1388-1398 units; 区机场办 is 区机场筹备办.
    const m = measure(PDF, '区经济和信息化局牵头，落实氢能产业发展行动计划');
    expect.soft(m.taskSeq).toBe('11');
    const coop = ['区机场筹备办', '区商务局', '天宫院街道办事处'];
    expectRow(
      m,
      {
        deadline: '2023年底前',
        lead: ['区经济和信息化局'],
        coop,
        asWritten: { coop: ['区机场办', '区商务局', '天宫院街道办事处（京南物流基地管委会）'] },
        uncertain: coop.slice(0, -1),
      },
      '000:1378',
    );
  });

  it('000:448 — is a row whose text, deadline, lead and —— share one line split correctly?', () => {
    // 448: …绿色出行比例达到市级要求。2023年底前 区交通局 ——
    const m = measure(PDF, '扎实推进慢行优先、公交优先、绿色优先');
    expect.soft(m.taskSeq).toBe('10');
    expect.soft(m.text).toBe('扎实推进慢行优先、公交优先、绿色优先，绿色出行比例达到市级要求。');
    expectRow(m, { deadline: '2023年底前', lead: ['区交通局'], uncertain: [] }, '000:448');
  });

  it('000:174, 1204, 2264, 3929, 4010, 4705 — are deadline, lead and co-op printed on one line split by the line (certain)?', () => {
    // 172: 2023年底前 区生态环境局 —— closes the row above; 174: text 长期实施 区经济和信息化局 区生态环境局.
    const before = measure(PDF, '按照市级部门要求，开展2023年本市碳排放权交易相关工作');
    expect.soft(before.taskSeq).toBe('4');
    expectRow(before, { deadline: '2023年底前', lead: ['区生态环境局'], uncertain: [] }, '000:166-172');
    const m174 = measure(PDF, '研究探索大兴区氢能项目在北京市碳市场进行试点交易。');
    expect.soft(m174.taskSeq).toBe('4');
    expect.soft(m174.text).toBe('研究探索大兴区氢能项目在北京市碳市场进行试点交易。');
    expectRow(m174, { deadline: '长期实施', lead: ['区经济和信息化局'], coop: ['区生态环境局'], uncertain: [] }, '000:174');
    // 1204: text 2023年底前 区生态环境局 区城市管理委
    expectRow(
      measure(PDF, '组织对辖区内具备改造条件的燃气锅炉开展深度低氮改造。'),
      { deadline: '2023年底前', lead: ['区生态环境局'], coop: ['区城市管理委'], uncertain: [] },
      '000:1204',
    );
    // 2261-2264: 2023年底前 区生态环境局 区气象局
    expectRow(
      measure(PDF, '强化污染过程预报预警，探索开展气象AI预报'),
      { deadline: '2023年底前', lead: ['区生态环境局'], coop: ['区气象局'], uncertain: [] },
      '000:2264',
    );
    // 3924-3929: 2023年底前 区农业农村局 相关镇人民政府
    expectRow(
      measure(PDF, '完善畜禽粪污还田利用管理机制。'),
      { deadline: '2023年底前', lead: ['区农业农村局'], coop: ['相关镇人民政府'], uncertain: [] },
      '000:3929',
    );
    // 4002-4010: 年底前 (no year) 区农业农村局 相关镇人民政府
    expectRow(
      measure(PDF, '指导采用温室、大棚等设施种植食用农产品面积大于50亩'),
      { deadline: '年底前', lead: ['区农业农村局'], coop: ['相关镇人民政府'], uncertain: [] },
      '000:4010',
    );
    // 4702-4705: 2023年底前 区园林绿化局 区公安分局
    expectRow(
      measure(PDF, '依法查处破坏陆生野生动植物资源及栖息地'),
      { deadline: '2023年底前', lead: ['区园林绿化局'], coop: ['区公安分局'], uncertain: [] },
      '000:4705',
    );
  });

  it('000:199 — is an unnumbered continuation row a second measure of task 5 with its own deadline and units?', () => {
    // 199-201 text, 202 2023年底前, 204 区发展改革委, 206 区城市管理委, 207 ——.
    const m = measure(PDF, '落实本市可再生能源替代方案，新增能源消费优先由可再生能源提供');
    expect.soft(m.taskSeq).toBe('5');
    expect.soft(m.taskTitle).toBe('推进能源低碳化发展');
    expectRow(m, { deadline: '2023年底前', lead: ['区发展改革委', '区城市管理委'], uncertain: [] }, '000:199');
    expect.soft(taskIdOf(PDF, '落实本市可再生能源替代方案')).toBe(taskIdOf(PDF, '大力开展能源节约和能效提升，万元GDP能耗力争持续下降'));
  });

  it('000:522-541 — is the continuation row of task 12 read with 管委会北 cut back to 管委会?', () => {
    // 522-524 text, 525 2023年底前, 527 区生态环境局, 529-541 co-op; 539/541 临空经济区大兴片区 / 管委会北 (北 = banner).
    const m = measure(PDF, '开展非二氧化碳温室气体排放调查，研究甲烷控制目标任务和措施');
    expect.soft(m.taskSeq).toBe('12');
    expect.soft(m.taskTitle).toBe('控制农业和非二氧化碳温室气体排放');
    const coop = ['区城市管理委', '区水务局', '各镇人民政府', '各街道办事处', '各产业园区管委会', '临空经济区大兴片区管委会'];
    expectRow(m, { deadline: '2023年底前', lead: ['区生态环境局'], coop, uncertain: coop.slice(0, -1) }, '000:522');
    // 510-520: the row before it in the same task.
    const first = measure(PDF, '大力发展低碳农业、智慧农业、生态循环农业');
    expectRow(
      first,
      { deadline: '2023年底前', lead: ['区农业农村局'], coop: ['区农业服务中心', '相关镇人民政府'], uncertain: ['区农业服务中心'] },
      '000:510',
    );
    expect.soft(taskIdOf(PDF, '开展非二氧化碳温室气体排放调查')).toBe(taskIdOf(PDF, '大力发展低碳农业、智慧农业'));
  });

  it('000:907-939 — is task 4 repeated after the page header (913-921) the same task, its next row read whole?', () => {
    // 875-893 task 4 first row; 895-906 banner; 907-911 header; 913-921 4 + title repeated; 923-937 text; 939 deadline; 941-961 units.
    const m = measure(PDF, '工程建设领域大力推广绿色环保产品，在政府投资建设工程中');
    expect.soft(m.taskSeq).toBe('4');
    expect.soft(m.taskTitle).toBe('推进低（无）VOCs含量产品源头替代');
    expect.soft(m.text.endsWith('检查和抽检结果按季度与区生态环境局共享。')).toBe(true);
    const coop = ['区城市管理委', '区交通局', '区公路分局', '区园林绿化局', '区水务局', '区财政局', '区生态环境局', '各镇人民政府', '各街道办事处', '各产业园区管委会'];
    expectRow(m, { deadline: '2023年底前', lead: ['区住房城乡建设委'], coop, uncertain: coop.slice(0, -1) }, '000:923');
    expectRow(measure(PDF, '对生产、流通环节涂料、胶粘剂、清洗剂、油墨等含VOCs产品开展'), { deadline: '2023年底前', lead: ['区市场监管局'], uncertain: [] }, '000:885');
    expect.soft(taskIdOf(PDF, '工程建设领域大力推广绿色环保产品')).toBe(taskIdOf(PDF, '对生产、流通环节涂料'));
    const air = planNamed(PDF, '大兴区大气污染防治2023年行动计划');
    expect.soft(seedModel().tasks.filter((t) => t.planId === air.id && t.seq === '4')).toHaveLength(1);
  });

  it('000:1306-1457 — is task 11, repeated after headers at 1341 and 1430, one task of eight measure rows?', () => {
    const air = planNamed(PDF, '大兴区大气污染防治2023年行动计划');
    const model = seedModel();
    const eleven = model.tasks.filter((t) => t.planId === air.id && t.seq === '11');
    expect.soft(eleven).toHaveLength(1);
    expect.soft(eleven[0]?.title).toBe('推动机动车清洁化');
    // Rows start at 1311, 1325, 1346, 1359, 1371, 1378, 1400, 1435.
    expect.soft(model.measures.filter((m) => m.taskId === eleven[0]?.id)).toHaveLength(8);
    // 1346-1357 (first row after the repeat at 1341).
    const m1346 = measure(PDF, '新增和更新的商超、快递等轻型物流配送车辆80%为纯电动');
    expect.soft(m1346.taskSeq).toBe('11');
    const c1346 = ['区邮政局', '区交通局', '区公安交通支队'];
    expectRow(m1346, { deadline: '2023年底前', lead: ['区商务局'], coop: c1346, uncertain: c1346.slice(0, -1) }, '000:1346');
    // 1359-1369: 区环卫中心 is 区环境卫生服务中心.
    expectRow(
      measure(PDF, '新增和更新的4.5吨以下环卫车为纯电动或氢燃料电池车'),
      {
        deadline: '2023年底前',
        lead: ['区城市管理委'],
        coop: ['区环境卫生服务中心', '区财政局'],
        asWritten: { coop: ['区环卫中心', '区财政局'] },
        uncertain: ['区环境卫生服务中心'],
      },
      '000:1359',
    );
    // 1325-1331: 区机场办 alone, then ——.
    expectRow(
      measure(PDF, '协调北京大兴国际机场新增和更新的机场大巴'),
      { deadline: '2023年底前', lead: ['区机场筹备办'], asWritten: { lead: ['区机场办'] }, uncertain: [] },
      '000:1325',
    );
    // 1435-1457 (first row after the second repeat at 1430).
    const m1435 = measure(PDF, '区住房城乡建设委落实推广纯电动或氢燃料混凝土搅拌车');
    expect.soft(m1435.taskSeq).toBe('11');
    const c1435 = ['区城市管理委', '区经济和信息化局', '区公安交通支队', '区财政局'];
    expectRow(m1435, { deadline: '2023年底前', lead: ['区住房城乡建设委'], coop: c1435, uncertain: c1435.slice(0, -1) }, '000:1435');
  });

  it('000:4404 — is the whole-row line (number, title, text, deadline, first unit) split into its cells?', () => {
    // 4404: 1 目标任务 全区生态环境质量指数（EI）力争稳中向好。 2023年底前 区生态环境局; 4406-4416 further units.
    const m = measure(PDF, '全区生态环境质量指数（EI）力争稳中向好。');
    expect.soft(m.taskSeq).toBe('1');
    expect.soft(m.taskTitle).toBe('目标任务');
    expect.soft(m.text).toBe('全区生态环境质量指数（EI）力争稳中向好。');
    const coop = ['市规划自然资源委大兴分局', '区园林绿化局', '区水务局', '区农业农村局', '区农业服务中心'];
    expectRow(m, { deadline: '2023年底前', lead: ['区生态环境局'], coop, uncertain: coop.slice(0, -1) }, '000:4404');
  });

  it('000:664-700 — is 按时间节点 / 完成 (678/680) one deadline, and the four paragraphs one measure row?', () => {
    const m = measure(PDF, '对节能减碳的绿色项目、绿色产品等予以适当补贴或贷款贴息等资金支');
    expect.soft(m.taskSeq).toBe('18');
    expect.soft(m.text).toContain('继续发放绿色消费券。解读及落实市级电力、热力天然气价格改革政策。营造有利的政策环境');
    expect.soft(m.text.endsWith('期货、保险等绿色金融创新实践。')).toBe(true);
    const coop = ['区金融办', '区生态环境局', '区发展改革委', '区城市管理委', '各镇人民政府', '各街道办事处', '各产业园区管委会', '临空经济区大兴片区管委会'];
    expectRow(m, { deadline: '按时间节点完成', lead: ['区财政局'], coop, uncertain: coop.slice(0, -1) }, '000:664');
  });

  it('000:2792 — is the deadline 9月 30日 kept as 9月30日 (not a measure-text date)?', () => {
    // 2780-2790 text (the text itself says 汛期前), 2792 9月 30日, 2794-2806 units.
    const m = measure(PDF, '加强汛期雨水面源污染和溢流污染防治，汛期前完成');
    expect.soft(m.taskSeq).toBe('6');
    const coop = ['区城市管理委', '区公路分局', '区生态环境局', '各镇人民政府', '各街道办事处', '各产业园区管委会'];
    expectRow(m, { deadline: '9月30日', lead: ['区水务局'], coop, uncertain: coop.slice(0, -1) }, '000:2792');
  });

  it('000:2136 — is 6月底 (no 前) read as the deadline of task 21’s first row?', () => {
    // 2133-2135 text, 2136: 6月底 区生态环境局 ——
    const m = measure(PDF, '完成声环境功能区划分情况评估工作');
    expect.soft(m.taskSeq).toBe('21');
    expect.soft(m.taskTitle).toBe('加强噪声污染治理');
    expectRow(m, { deadline: '6月底', lead: ['区生态环境局'], uncertain: [] }, '000:2136');
  });

  it('000:2447-2462 — in a row with no boundary, is the first unit lead, the last co-op, and the ones between co-op marked uncertain?', () => {
    // 2453 2023年底前, 2454 区生态环境局, 2456 区水务局, 2458 区农业农村局, 2460 各镇人民政府, 2462 各街道办事处; no ——.
    const m = measure(PDF, '全区水生态环境质量稳中向好。');
    expect.soft(m.taskSeq).toBe('1');
    const coop = ['区水务局', '区农业农村局', '各镇人民政府', '各街道办事处'];
    expectRow(m, { deadline: '2023年底前', lead: ['区生态环境局'], coop, uncertain: coop.slice(0, -1) }, '000:2453');
  });

  it('000:1936-1959 — is 大兴分局北 (1959) read as the wrapped 市规划自然资源委大兴分局, without the banner 北?', () => {
    const m = measure(PDF, '各属地定期更新辖区内房建、拆迁拆违、线性工程');
    expect.soft(m.taskSeq).toBe('16');
    const coop = ['各街道办事处', '各产业园区管委会', '区住房城乡建设委', '区城市管理委', '区公路分局', '区水务局', '区园林绿化局', '市规划自然资源委大兴分局'];
    expectRow(m, { deadline: '长期实施', lead: ['各镇人民政府'], coop, uncertain: coop.slice(0, -1) }, '000:1936');
  });

  it('000:3313-3347 — are town leads read as towns (长子营镇政府 → 长子营镇人民政府), and 区财政局北 cut back?', () => {
    expectRow(
      measure(PDF, '完成再生水补给河道生态修复（凤河长子营段）'),
      {
        deadline: '长期实施',
        lead: ['长子营镇人民政府'],
        coop: ['区生态环境局', '区水务局', '区财政局'],
        asWritten: { lead: ['长子营镇政府'] },
        uncertain: ['区生态环境局', '区水务局'],
      },
      '000:3319',
    );
    const coop = ['区生态环境局', '区水务局', '区发展改革委', '区农业农村局', '市规划自然资源委大兴分局', '区财政局'];
    expectRow(measure(PDF, '推进大兴区大龙河安定段水生态修复项目实施'), { deadline: '长期实施', lead: ['安定镇人民政府'], coop, uncertain: coop.slice(0, -1) }, '000:3333');
  });

  it('000 — do the five plans hold 19/27/18/17/14 tasks?', () => {
    const titles = ['大兴区应对气候变化2023年行动计划', '大兴区大气污染防治2023年行动计划', '大兴区水污染防治2023年行动计划', '大兴区土壤污染防治2023年行动计划', '大兴区生态保护2023年行动计划'];
    const counts = countsOf(PDF, titles);
    expect(Object.fromEntries(titles.map((t) => [t, counts[t]!.tasks]))).toEqual({
      大兴区应对气候变化2023年行动计划: 19,
      大兴区大气污染防治2023年行动计划: 27,
      大兴区水污染防治2023年行动计划: 18,
      大兴区土壤污染防治2023年行动计划: 17,
      大兴区生态保护2023年行动计划: 14,
    });
  });

  it('000 — do the five plans hold 26/72/41/35/31 measure rows (205 in all)?', () => {
    // Own count: one measure row per printed deadline (incl. the town-led rows 2837, 3319, 3333).
    const titles = ['大兴区应对气候变化2023年行动计划', '大兴区大气污染防治2023年行动计划', '大兴区水污染防治2023年行动计划', '大兴区土壤污染防治2023年行动计划', '大兴区生态保护2023年行动计划'];
    const counts = countsOf(PDF, titles);
    expect(Object.fromEntries(titles.map((t) => [t, counts[t]!.measures]))).toEqual({
      大兴区应对气候变化2023年行动计划: 26,
      大兴区大气污染防治2023年行动计划: 72,
      大兴区水污染防治2023年行动计划: 41,
      大兴区土壤污染防治2023年行动计划: 35,
      大兴区生态保护2023年行动计划: 31,
    });
  });
});

// ---------------------------------------------------------------------------------------------
describe('北京市 2023 (002, Markdown OCR): are the hard measure rows read as the document prints them?', () => {
  it('002:45 — is a plain row read with its (含…) collective kept whole and 市发展和改革委员会 etc. canonical?', () => {
    const m = measure(MD, '切实控制温室气体排放,全市及各区碳排放强度持续下降');
    expect.soft(m.taskSeq).toBe('1');
    expectRow(
      m,
      {
        deadline: '年底前',
        lead: ['市生态环境局', ALL_DISTRICTS],
        responsible: ['市生态环境局', '市住房城乡建设委', '市交通委', '市城市管理委'],
        coop: ['市发展改革委', '市住房城乡建设委', '市交通委', '市城市管理委'],
        asWritten: {
          lead: ['市生态环境局', '各区人民政府(含北京经济技术开发区管委会)'],
          responsible: ['市生态环境局', '市住房和城乡建设委', '市交通委', '市城市管理委'],
          coop: ['市发展和改革委员会', '市住房和城乡建设委', '市交通委', '市城市管理委'],
        },
        uncertain: [],
      },
      '002:45',
    );
  });

  it('002:105 — is a plain row read with 等部门 as a token and the twice-listed 市住房和城乡建设委员会 once?', () => {
    const m = measure(MD, '全力巩固空气质量改善成效,本市完成国家下达的空气质量目标要求');
    expect.soft(m.taskSeq).toBe('1');
    expectRow(
      m,
      {
        deadline: '年底前',
        lead: ['市生态环境局', ALL_DISTRICTS],
        responsible: ['市生态环境局', ALL_DISTRICTS],
        coop: ['市交通委', '市城市管理委', '市住房城乡建设委', '等部门'],
        asWritten: {
          lead: ['市生态环境局', '各区人民政府(含北京经济技术开发区管委会)'],
          responsible: ['市生态环境局', '各区人民政府(含北京经济技术开发区管委会)'],
          coop: ['市交通委', '市城市管理委员会', '市住房和城乡建设委员会', '等部门'],
        },
        uncertain: [],
      },
      '002:105',
    );
  });

  it('002:108 — are the <sub> tags of PM<sub>2.5</sub> and O<sub>3</sub> removed from the measure text?', () => {
    const m = measure(MD, '完善VOCs网格化监测分析和本地化来源解析');
    expect.soft(m.taskSeq).toBe('3');
    expect.soft(m.text).toContain('开展细颗粒物(PM2.5)和臭氧(O3)协同减排路径');
    expect.soft(m.text).not.toMatch(/<\/?sub>/);
    expectRow(
      m,
      {
        deadline: '长期实施',
        lead: ['市生态环境局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市市场监管局', '市交通委', '市城市管理委', '市住房城乡建设委', '等部门'],
        asWritten: {
          responsible: ['各区人民政府(含北京经济技术开发区管委会)'],
          coop: ['市市场监管局', '市交通委', '市城市管理委员会', '市住房和城乡建设委员会', '等部门'],
        },
        uncertain: [],
      },
      '002:108',
    );
  });

  it('002:111 — with 8 measures, 8 deadlines, 6 lead, 5 responsible and 8 co-op groups, do deadlines and co-op zip while lead and responsible go to every measure, marked uncertain?', () => {
    const lead = ['市经济和信息化局', '市机关事务局', '市财政局', '市国资委', '市发展改革委', '市商务局', ALL_DISTRICTS, '市城市管理委', '市住房城乡建设委', '市规划自然资源委'];
    const leadWritten = [
      '市经济和信息化局(市新能源汽车联席工作会议办公室)',
      '市机关事务局',
      '市财政局',
      '市国资委',
      '市发展改革委',
      '市商务局',
      '各区政府(含北京经济技术开发区管委会)',
      '市城市管理委',
      '市住房城乡建设委',
      '市规划自然资源委',
    ];
    const responsible = ['市新能源汽车联席工作会议成员单位', ALL_DISTRICTS, '市交通运输局', '市发展改革委', '市商务局'];
    const responsibleWritten = ['市新能源汽车联席工作会议成员单位(含北京经济技术开发区管委会)', '各区政府(含北京经济技术开发区管委会)', '市交通运输局', '市发展改革委', '市商务局'];
    const rows: [start: string, deadline: string, coop: string[]][] = [
      ['市新能源汽车联席工作会议办公室统筹推进本市新能源汽车推广应用工作', '按时间节点完成', []],
      ['各级财政支持的机关、事业单位、国有企业和社会团体新增和更新的车辆', '长期实施', []],
      ['市新能源汽车联席工作会议办公室制定实施存量社会燃油小客车', '6月底前', []],
      ['制定针对新能源汽车的道路差异化停车收费价格政策。', '年底前', ['市财政局']],
      ['研究制定机动车超低排放区政策', '年底前', ['市公安局', '市生态环境分局']],
      ['继续实施新一轮燃油小客车置换新能源汽车补贴政策。', '6月底前', ['市经济和信息化局', '市公安局', '市生态环境分局']],
      ['结合资源禀赋和功能定位,因地制宜制定辖区新能源汽车推广', '长期实施', []],
      ['制定加强居住区电动汽车充电设施建设和管理意见', '按时间节点完成', []],
    ];
    for (const [start, deadline, coop] of rows) {
      const m = measure(MD, start);
      expect.soft(m.taskSeq, start).toBe('4');
      expectRow(
        m,
        { deadline, lead, responsible, coop, asWritten: { lead: leadWritten, responsible: responsibleWritten }, uncertainSet: [...lead, ...responsible] },
        `002:111 「${start}」`,
      );
    }
  });

  it('002:114-117 — do the three continuation rows with an empty measure field give measures 2-4 of row 114 their deadlines and units, in order?', () => {
    const responsible = [ALL_DISTRICTS];
    const asWrittenResp = ['各区政府(含北京经济技术开发区)'];
    const m1 = measure(MD, '对生产、销售环节涂料、胶粘剂、清洗剂、油墨等含VOCs产品开展抽检');
    expect.soft(m1.taskSeq).toBe('5');
    expect.soft(m1.taskTitle).toBe('推进低(无)VOCs含量替代');
    expectRow(m1, { deadline: '年底前', lead: ['市市场监管局'], responsible, coop: ['市生态环境局'], asWritten: { responsible: asWrittenResp }, uncertain: [] }, '002:114');
    expectRow(
      measure(MD, '工程建设领域大力推广绿色环保产品，在政府投资建设工程中'),
      {
        deadline: '年底前',
        lead: ['市住房城乡建设委', '市城市管理委', '市交通委', '市邮政管理局'],
        responsible,
        coop: ['市生态环境局'],
        asWritten: { lead: ['市住房城乡建设委', '市城市管理委', '市交通委', '市邮政局'], responsible: asWrittenResp },
        uncertain: [],
      },
      '002:115',
    );
    expectRow(
      measure(MD, '市经济和信息化局鼓励工业涂装企业使用符合国家和本市标准的涂料'),
      { deadline: '长期实施', lead: ['市经济和信息化局', '市生态环境局', '市市场监管局'], responsible, asWritten: { responsible: asWrittenResp }, uncertain: [] },
      '002:116',
    );
    expectRow(
      measure(MD, '按照本市沥青混合料绿色评价技术指南要求'),
      { deadline: '长期实施', lead: ['市交通委', '市生态环境局'], responsible, coop: ['市财政局'], asWritten: { responsible: asWrittenResp }, uncertain: [] },
      '002:117',
    );
  });

  it('002:126-127 — is the short 市场监管局 read as 市市场监管局, and 6—9月 kept as printed?', () => {
    const m = measure(MD, '市场监管部门依法对生产、销售环节的车辆用油品');
    expect.soft(m.taskSeq).toBe('8');
    expectRow(
      m,
      {
        deadline: '长期实施',
        lead: ['市市场监管局', '市公安局', '市应急管理局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市商务局', '市城市管理委', '市住房城乡建设委'],
        asWritten: { lead: ['市场监管局', '市公安局', '市应急管理局'], responsible: ['各区政府(含北京经济技术开发区)'] },
        uncertain: [],
      },
      '002:126',
    );
    expectRow(
      measure(MD, '市商务局、市生态环境局督促加油站和储油库在夏季组织实施错峰卸油'),
      { deadline: '6—9月', lead: ['市商务局', '市生态环境局'], responsible: [ALL_DISTRICTS], asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] }, uncertain: [] },
      '002:127',
    );
  });

  it('002:55/59 — is task 7, repeated after the page header with the OCR title 推进能源低碳发展, one task, and 市委改革委 read as 市发展改革委?', () => {
    const m = measure(MD, '推动可再生能源规模化利用,大力发展地热、光伏系统');
    expect.soft(m.taskSeq).toBe('7');
    expect.soft(m.taskTitle).toBe('推进能源低碳化发展');
    expectRow(
      m,
      {
        deadline: '年底前',
        lead: ['市发展改革委', '市城市管理委', '市水务局', '市规划自然资源委'],
        responsible: [ALL_DISTRICTS, '国网北京市电力公司'],
        asWritten: { lead: ['市委改革委', '市城市管理委', '市水务局', '市自然资源委'], responsible: ['区政府(含北京经济技术开发区)', '国网北京市电力公司'] },
        uncertain: [],
      },
      '002:59',
    );
    expectRow(
      measure(MD, '大力开展能源节约和能效提升,万元GDP能耗力争持续下降'),
      {
        deadline: '年底前',
        lead: ['市发展改革委', '市城市管理委', '市农业农村局', '市经济和信息化局'],
        responsible: [ALL_DISTRICTS],
        coop: ['市有关部门'],
        asWritten: { lead: ['市发展改革委', '市城市管理委员会', '市农业农村局', '市经济和信息化局'], responsible: ['各区政府(含北京经济技术开发区)'] },
        uncertain: [],
      },
      '002:55',
    );
    const climate = planNamed(MD, '北京市应对气候变化2023年行动计划');
    const model = seedModel();
    const sevens = model.tasks.filter((t) => t.planId === climate.id && t.seq === '7');
    expect.soft(sevens).toHaveLength(1);
    // 55, 56 (continuation) and 59 (after the repeat): three measures of one task.
    expect.soft(model.measures.filter((x) => x.taskId === sevens[0]?.id)).toHaveLength(3);
    expect.soft(taskIdOf(MD, '推动可再生能源规模化利用')).toBe(taskIdOf(MD, '落实本市可再生能源替代方案'));
  });

  it('002:131-133 — with 5 measures but 3 deadline/unit rows, is 昌平区府 read as 昌平区政府 and every unit given to every measure, uncertain?', () => {
    // Row 131 holds five <p> measures; 132 and 133 are continuations with empty measure fields.
    const lead = ['市农业农村局', '市市场监管局', '市生态环境局', '市城市管理委', '市经济和信息化局', '市规划自然资源委'];
    const responsible = [ALL_DISTRICTS, '房山区政府', '昌平区政府', '朝阳区政府', '海淀区政府', '丰台区政府'];
    const coop = ['市财政局', '市发展改革委', '市交通委', '市住房城乡建设委', '市生态环境监测局', '中国铁路北京局集团有限公司', '市应急管理局', '市生态环境局'];
    const m = measure(MD, '按计划关闭凤山矿。');
    expect.soft(m.taskSeq).toBe('9');
    expectRow(
      m,
      {
        // Three deadlines (年底前, 年底前, 按时间节点完成) cannot be paired with five measures: none may be dropped.
        deadline: { keepsAll: ['年底前', '按时间节点完成'] },
        lead,
        responsible,
        coop,
        asWritten: {
          lead: ['市农业农村局', '市市场监管局', '市生态环境局', '市城市管理委', '市经济和信息化局', '市规划和自然资源委'],
          responsible: ['各区政府(含北京经济技术开发区管委会)', '房山区政府', '昌平区府', '朝阳区政府', '海淀区政府', '丰台区政府'],
          coop: ['市财政局', '市发展改革委', '市交通委', '市住房城乡建设委', '市生态环境监测局', '中国铁路北京局集团有限公司', '市应急局', '市生态环境局'],
        },
        uncertainSet: [...lead, ...responsible, ...coop],
      },
      '002:131-133',
    );
  });

  it('002:72 — is 城市副中心党工委 管委会 (a space inside one name) one lead unit?', () => {
    const m = measure(MD, '开展2023年低碳试点建设工作,完善评估及激励机制');
    expect.soft(m.taskSeq).toBe('13');
    expectRow(
      m,
      // 主责单位 prints 市发展改革委 通州区政府 市发展改革委: 市发展改革委 counted once.
      { deadline: '年底前', lead: ['城市副中心党工委管委会'], responsible: ['市发展改革委', '通州区政府'], coop: ['市有关部门'], uncertain: [] },
      '002:72',
    );
  });

  it('002:143 — in a row without <p>, are the double-space groups (按时间节点完成  长期实施; two lead groups) all kept for its one measure?', () => {
    const m = measure(MD, '6月底前,市住房城乡建设委制定推广纯电动或氢燃料混凝土搅拌车的鼓励政策');
    expect.soft(m.taskSeq).toBe('11');
    expectRow(
      m,
      {
        deadline: { keepsAll: ['按时间节点完成', '长期实施'] },
        lead: ['市住房城乡建设委', '市城市管理委', '市经济和信息化局', '市生态环境局', '市水务局', '市园林绿化局', '市农业农村局'],
        responsible: [ALL_DISTRICTS],
        asWritten: { responsible: ['各区政府(含北京经济委会开发区管委会)'] },
      },
      '002:143',
    );
  });

  it('002:329 — are the double-space groups, present in every column (2 texts, 2 deadlines, 2 groups per unit column), read as two zipped measures?', () => {
    const a = measure(MD, '按照国家要求,推进全市风景名胜区整合优化,完善自然保护地体系。');
    expect.soft(a.taskSeq).toBe('8');
    expect.soft(a.text).toBe('按照国家要求,推进全市风景名胜区整合优化,完善自然保护地体系。');
    expectRow(
      a,
      {
        deadline: '持续推进',
        lead: ['市园林绿化局'],
        responsible: ['门头沟区政府', '房山区政府', '昌平区政府', '平谷区政府', '怀柔区政府', '密云区政府', '延庆区政府'],
        coop: ['市规划自然资源委', '市生态环境局'],
        asWritten: { coop: ['市自然资源委', '市生态环境局'] },
        uncertain: [],
      },
      '002:329 (first)',
    );
    const b = measure(MD, '开展年度重点自然保护地保护成效评估,提高自然保护地管理效能。');
    expect.soft(b.taskSeq).toBe('8');
    expectRow(
      b,
      {
        deadline: '年底前',
        lead: ['市园林绿化局', '市生态环境局'],
        responsible: ['海淀区政府', '丰台区政府', '石景山区政府', '门头沟区政府', '房山区政府', '顺义区政府', '大兴区政府', '昌平区政府', '平谷区政府', '怀柔区政府', '密云区政府', '延庆区政府'],
        coop: ['市规划自然资源委', '市水务局'],
        asWritten: { lead: ['市园林绿化局', '市生态环境'], coop: ['市自然资源委', '市水务局'] },
        uncertain: [],
      },
      '002:329 (second)',
    );
  });

  it('002:161 — is a <p>-less cell whose two paragraphs are separated by a single space one measure (000:1880-1892 prints the same two paragraphs as one row)?', () => {
    const m = measure(MD, '市、区两级城管执法部门加强对扬尘执法工作的指导');
    expect.soft(m.taskSeq).toBe('15');
    expect.soft(m.text).toContain('并及时向同级相关行业主管部门推送。依据《中华人民共和国大气污染防治法》');
    expect.soft(m.text.endsWith('营造扬尘执法高压态势。')).toBe(true);
    expectRow(
      m,
      {
        deadline: '长期实施',
        lead: ['市城市管理委'],
        responsible: [ALL_DISTRICTS],
        coop: ['市住房城乡建设委', '市交通委', '市水务局', '市园林绿化局'],
        asWritten: { responsible: ['各区政府(含北京经济技术开发区)'] },
        uncertain: [],
      },
      '002:161',
    );
  });

  it('002:222 — with 3 measures, 3 deadlines and 3 groups in every unit column, do they zip one to one, certain?', () => {
    const responsible = [ALL_DISTRICTS];
    const asWritten = { responsible: ['各区政府(含北京经济技术开发区)'] };
    const m1 = measure(MD, '实施全面打赢城乡水环境治理歼灭战三年行动方案');
    expect.soft(m1.taskSeq).toBe('7');
    expectRow(m1, { deadline: '年底前', lead: ['市水务局'], responsible, coop: ['市发展改革委', '市规划自然资源委'], asWritten, uncertain: [] }, '002:222 (1)');
    expectRow(measure(MD, '加大雨污混接错接巡查整治力度'), { deadline: '年底前', lead: ['市水务局'], responsible, asWritten, uncertain: [] }, '002:222 (2)');
    expectRow(
      measure(MD, '加强汛期雨水面源污染和溢流污染防治，持续开展'),
      { deadline: '9月底前', lead: ['市水务局', '市生态环境局'], responsible, coop: ['市排水集团'], asWritten, uncertain: [] },
      '002:222 (3)',
    );
  });

  it('002 — do the five plans hold 26/28/19/16/14 tasks (soil lacks 15-16, ecology 4-5: missing pages)?', () => {
    const titles = ['北京市应对气候变化2023年行动计划', '北京市大气污染防治2023年行动计划', '北京市水污染防治2023年行动计划', '北京市土壤污染防治2023年行动计划', '北京市生态环境保护2023年行动计划'];
    const counts = countsOf(MD, titles);
    expect(Object.fromEntries(titles.map((t) => [t, counts[t]!.tasks]))).toEqual({
      北京市应对气候变化2023年行动计划: 26,
      北京市大气污染防治2023年行动计划: 28,
      北京市水污染防治2023年行动计划: 19,
      北京市土壤污染防治2023年行动计划: 16,
      北京市生态环境保护2023年行动计划: 14,
    });
  });

  it('002 — do the five plans hold 35/82/49/31/29 measures (each <p> item, and each double-space part of a measure cell, is a measure)?', () => {
    // Own count. Rows with measure text: 34/44/31/19/28. <p> items add 1/38/18/9/0.
    // Double-space parts of a <p>-less measure cell add soil 278 (+1: two paragraphs; 000:3924/3931
    // prints the same two as separate rows), 279 (+2: three parts, fed by continuation rows 280-281)
    // and ecology 329 (+1). Counting <p> items only would give 35/82/49/28/28.
    const titles = ['北京市应对气候变化2023年行动计划', '北京市大气污染防治2023年行动计划', '北京市水污染防治2023年行动计划', '北京市土壤污染防治2023年行动计划', '北京市生态环境保护2023年行动计划'];
    const counts = countsOf(MD, titles);
    expect(Object.fromEntries(titles.map((t) => [t, counts[t]!.measures]))).toEqual({
      北京市应对气候变化2023年行动计划: 35,
      北京市大气污染防治2023年行动计划: 82,
      北京市水污染防治2023年行动计划: 49,
      北京市土壤污染防治2023年行动计划: 31,
      北京市生态环境保护2023年行动计划: 29,
    });
  });
});
