/**
 * Hand-annotated measure alignments (issue 18, item 5): the ground truth the alignment is measured against.
 *
 * HOW. Every measure of the seven plans was read in full, side by side with the plan it was compared with
 * (`ingest()`'s measures printed with task number and title, first line, deadline, units), and each link was decided
 * by hand. No matching program proposed or filtered anything: a script only turned the hand-written list of
 * "seed:line:text prefix" into the refs below. Read: 002 大气 84, 002 水 49, 000 附件2 大气 72, 000 附件3 水 41,
 * 003 附件2 大气 75, 003 附件3 水 43, 001 附件1 all 110 (65 under 一、共筑美丽蓝天, 29 under 二、建设美丽河湖, 16 soil).
 *
 * RULES. Cascade: a district measure implements a city measure when it takes up the city's requirement (copied
 * wording with 全市→全区, the city's demand on 各区/the district with its own numbers, or 按照市级部门…部署 on the
 * same subject); a link is made even when the city measure's unit columns do not name the districts (e.g. 002:136
 * bus targets, lead 市交通委). One district measure may implement several city measures (000:2305 and 003:1235 each
 * merge the four measures of 002:193). A gap is a city measure whose text or unit columns give 各区政府 / 相关区政府 a
 * duty (or name the district) and that the district's plan of the same topic does not take up. City measures aimed
 * only at districts named by name (房山区, 平谷区、密云区 …) are not gaps for the others, even where OCR put 各区政府 in a
 * unit column (002:150 平谷区、密云区 试点, 002:120 石化 with 房山区政府/区政府). Continuation: `continued` when the
 * requirement carries on (new numbers, deadline or wording); `changed` when it is narrowed, widened, merged into a
 * broader measure or done by a different means. 001 is matched within the topic sections; a link may leave them when
 * the counterpart sits in the other section (000:3006 排污许可执行报告 → 001:697, under 大气).
 *
 * COUNTS.
 * - cityAir2023ToDaxing: 66 links; 61 of 72 district measures implement ≥1 city measure, 63 of 84 city measures have a
 *   counterpart; 3 gaps; 11 district measures of its own (000:1182 1184 1731 1742 1847 1914 2261 2266 2274 2292 2403).
 * - cityAir2023ToTongzhou: 67 links; 60 of 75 district measures linked, 59 city measures have a counterpart; 5 gaps;
 *   15 of its own (003:406 442 794, the eight 重点区域精细化管控 measures 817–899, 1009 1057 1077 1280).
 * - cityWater2023ToDaxing: 39 links; 39 of 41 linked; 0 gaps (every city demand on districts is taken up); own:
 *   000:3268 3327.
 * - cityWater2023ToTongzhou: 42 links; 40 of 43 linked; 0 gaps; own: 003:1476 1488 1668.
 * - daxingAir2023To2026: 60 links (25 continued, 35 changed); 48 of 72 measures continue, 24 dropped; 17 new of the 65
 *   measures under 一、共筑美丽蓝天.
 * - daxingWater2023To2026: 31 links (18 continued, 13 changed); 27 of 41 continue, 14 dropped; 7 new of the 29 under
 *   二、建设美丽河湖.
 *
 * DOUBTFUL (decided as written; a matcher that differs here is not clearly wrong):
 * - 002:147 摩托车调控 → 000:1616 and 003:769: linked (both district measures close with carrying out the city's
 *   motorcycle policy; 000:1616 also has that measure's deadline 按时间节点完成).
 * - 002:187 各区推进区属…“油换电” is a gap for both districts: their 商超快递 measures (000:1346) copy 002:136 instead
 *   and speak of new vehicles, not of replacing district-owned ones.
 * - 002:111 居住区充电设施 is a gap for both districts on the strength of its 主责 column (市商务局 各区政府), which the
 *   row prints as one of five groups for eight measures; the text itself asks only city bodies to act.
 * - 002:168 粪污氨排放 (相关区政府) is a gap for 大兴 (通州 took it up, 003:1094); whether 大兴 is 相关 is not stated.
 * - 002:188 叉车 → 003:738 linked although the city's list of districts omits 通州. 002:105 → 003:397 (town PM2.5) linked
 *   as the breakdown of the district's target; 003:406 (TSP ranking frequency) and 003:442 (道路尘负荷) not linked.
 * - 003:817–899 (重点区域精细化管控, 8 measures) not linked to 002:176 朝阳区、通州区…精细化治理; only 003:1191 and 1182,
 *   which restate it, are. 003:1057 (餐饮台账) not linked to 002:166.
 * - 000:2274 (用电监测108家) not linked to 002:182 (朝阳区、顺义区 电量监控试点). 000:3327 大龙河 not linked to 002:252
 *   (凤河… 试点), while 003:1713 (the same wording without place names) is. 000:2831 小微湿地 → 002:226 农村污水模式 linked.
 * - 002:225 北京经济技术开发区 污水厂 → 003:1451 linked (通州 takes up a measure aimed at the 开发区).
 * - Continuation, 大气: 000:849 → 001:393 and 316; 000:1054 → 001:403; 000:1378 → 001:623 (京南物流); 000:1291 → 001:47;
 *   000:1721 → 001:513 and 472; 000:1936 → 001:499; 000:1971 → 001:557; 000:2008 → 001:573 (揭网见绿); 000:2054 → 001:371;
 *   000:2236 → 001:683; 000:2266, 2292 → 001:674; 000:2375 → 001:284: all `changed`, each a looser successor. Dropped
 *   although a 2026 measure is near: 000:1039 (001:266), 1072 (001:330), 1184 (001:249), 1847 (001:557), 1880
 *   (001:714), 2274 (001:674); 001:654 创A锅炉 is new rather than a successor of 000:1204.
 * - Continuation, 水: 000:2642 → 001:810, 2876 → 001:865, 2891 → 001:920, 3170 → 001:907, 3234 → 001:1007, 3268 →
 *   001:963 are loose (`changed`); 000:2685 and 3068 dropped (001:826, 885 keep only part); 000:2992 dropped, since
 *   001:1104 (soil section) repeats its wording with 土壤 for 地下水.
 */

/** A measure, by where its text starts: measure ids are not stable across ingest changes yet. */
export interface MeasureRef {
  /** The seed's number, '000' … '004' (the model's `Plan.seed` is the file name; this is its first three characters). */
  seed: string;
  /** First line of the measure text (`Measure.lines[0]`). */
  line: number;
  /** The first 14–20 characters of its text, spaces removed (`Measure.text`), unique within the seed. */
  start: string;
}

export interface TrueLink {
  from: MeasureRef;
  to: MeasureRef;
  /** continuation only. */
  label?: 'continued' | 'changed';
  /** A few words: the shared requirement. */
  why: string;
}

export interface AnnotatedPair {
  kind: 'cascade' | 'continuation';
  from: { seed: string; plan: string /* title as in the model */ };
  to: { seed: string; plan: string };
  /**
   * continuation only: the top-level section of the to-plan (`Section.path[0]`) whose measures are in scope. 001 mixes
   * topics, so its 大气 measures are those under 一、共筑美丽蓝天 and its 水 measures those under 二、建设美丽河湖. Every
   * in-scope to-measure is either the `to` of a link or listed in `unmatchedTo`; a link may still point outside it.
   */
  toSection?: string;
  links: TrueLink[];
  /** cascade: city measures that give districts a duty but have no counterpart in this district (gaps). continuation: from-measures with no counterpart (dropped). */
  unmatchedFrom: MeasureRef[];
  /** continuation only: to-measures (in the matching topic sections) with no counterpart (new). */
  unmatchedTo?: MeasureRef[];
}

export const cityAir2023ToDaxing: AnnotatedPair = {
  kind: 'cascade',
  from: { seed: '002', plan: '北京市大气污染防治2023年行动计划' },
  to: { seed: '000', plan: '大兴区大气污染防治2023年行动计划' },
  links: [
    {
      from: { seed: '002', line: 105, start: '全力巩固空气质量改善成效,本' },
      to: { seed: '000', line: 786, start: '全力巩固空气质量改善成效，全' },
      why: '空气质量目标: 巩固改善成效, 各区完成本市下达目标',
    },
    {
      from: { seed: '002', line: 106, start: '各区实现主要大气污染物排放总' },
      to: { seed: '000', line: 815, start: '实现主要大气污染物排放总量持' },
      why: '大气污染物总量减排, VOCs/NOx目标, “减二增一”',
    },
    {
      from: { seed: '002', line: 108, start: '完善VOCs网格化监测分析和' },
      to: { seed: '000', line: 849, start: '完善VOCs网格化监测分析和' },
      why: 'VOCs网格化监测、溯源排查与全流程整治',
    },
    {
      from: { seed: '002', line: 114, start: '对生产、销售环节涂料、胶粘剂' },
      to: { seed: '000', line: 885, start: '对生产、流通环节涂料、胶粘剂' },
      why: '含VOCs产品抽检(全年检测量)',
    },
    {
      from: { seed: '002', line: 114, start: '工程建设领域大力推广绿色环保' },
      to: { seed: '000', line: 923, start: '工程建设领域大力推广绿色环保' },
      why: '工程建设领域低VOCs产品, 招标要求, 10%抽检',
    },
    {
      from: { seed: '002', line: 114, start: '市经济和信息化局鼓励工业涂装' },
      to: { seed: '000', line: 963, start: '区经济和信息化局鼓励工业涂装' },
      why: '工业涂装低VOCs原辅材料, 专项执法, 线索移交市场监管',
    },
    {
      from: { seed: '002', line: 114, start: '按照本市沥青混合料绿色评价技' },
      to: { seed: '000', line: 987, start: '按照北京市沥青混合料绿色评价' },
      why: '沥青混合料绿色分级评价',
    },
    {
      from: { seed: '002', line: 120, start: '以涉VOCs排放行业为重点,' },
      to: { seed: '000', line: 1021, start: '以涉VOCs排放行业为重点，' },
      why: '强制性清洁生产审核, “一厂一策”',
    },
    {
      from: { seed: '002', line: 121, start: '组织重点企业实施绿色诊断,支' },
      to: { seed: '000', line: 1039, start: '组织重点企业实施绿色诊断，支' },
      why: '重点企业绿色诊断, 绿色技术改造',
    },
    {
      from: { seed: '002', line: 125, start: '依据中关村示范区绿色发展行动' },
      to: { seed: '000', line: 1054, start: '生物医药基地、大兴经开区牵头' },
      why: '园区规划环评, 园区VOCs治理措施清单',
    },
    {
      from: { seed: '002', line: 181, start: '北京经济技术开发区制定实施辖' },
      to: { seed: '000', line: 1072, start: '组织黄村印刷包装产业基地开展' },
      why: '大兴区黄村印刷包装产业基地VOCs溯源分析(城市点名大兴)',
    },
    {
      from: { seed: '002', line: 126, start: '市场监管部门依法对生产、销售' },
      to: { seed: '000', line: 1102, start: '区市场监管局依法对生产、销售' },
      why: '油品质量监督抽查, 打击黑加油站点',
    },
    {
      from: { seed: '002', line: 127, start: '市商务局、市生态环境局督促加' },
      to: { seed: '000', line: 1129, start: '区商务局、区生态环境局督促加' },
      why: '夏季错峰装卸油',
    },
    {
      from: { seed: '002', line: 131, start: '在保证群众安全温暖过冬的前提' },
      to: { seed: '000', line: 1146, start: '持续巩固“无煤化”成果，组织' },
      why: '巩固“无煤化”成果, 群众温暖过冬',
    },
    {
      from: { seed: '002', line: 184, start: '各区组织对辖区内具备改造条件' },
      to: { seed: '000', line: 1204, start: '组织对辖区内具备改造条件的燃' },
      why: '燃气锅炉深度低氮改造',
    },
    {
      from: { seed: '002', line: 111, start: '市新能源汽车联席工作会议办公室统' },
      to: { seed: '000', line: 1211, start: '推进本区新能源汽车推广应用工' },
      why: '新能源汽车推广应用, 明确2023年推广目标',
    },
    {
      from: { seed: '002', line: 111, start: '各级财政支持的机关、事业单位' },
      to: { seed: '000', line: 1231, start: '各级财政支持的机关、事业单位' },
      why: '财政支持单位新增更新车辆新能源化',
    },
    {
      from: { seed: '002', line: 111, start: '市新能源汽车联席工作会议办公室制' },
      to: { seed: '000', line: 1278, start: '配合落实市级存量社会燃油小客' },
      why: '存量燃油小客车“油换电”“油换氢”激励',
    },
    {
      from: { seed: '002', line: 111, start: '结合资源禀赋和功能定位,因地' },
      to: { seed: '000', line: 1291, start: '结合资源禀赋和功能定位，因地' },
      why: '因地制宜制定辖区新能源车鼓励政策',
    },
    {
      from: { seed: '002', line: 136, start: '新增和更新的公交车(不含应急' },
      to: { seed: '000', line: 1311, start: '新增和更新的公交车（不含应急' },
      why: '公交车、巡游出租车、驾校车新能源化',
    },
    {
      from: { seed: '002', line: 136, start: '到2023年底,新能源车公交' },
      to: { seed: '000', line: 1311, start: '新增和更新的公交车（不含应急' },
      why: '2023年底公交、出租车新能源比例目标',
    },
    {
      from: { seed: '002', line: 136, start: '协调民航华北地区管理局新增和' },
      to: { seed: '000', line: 1325, start: '协调北京大兴国际机场新增和更' },
      why: '机场大巴新能源化30%以上',
    },
    {
      from: { seed: '002', line: 136, start: '新增和更新的商超、快递等轻型' },
      to: { seed: '000', line: 1346, start: '新增和更新的商超、快递等轻型' },
      why: '商超快递物流配送车80%新能源',
    },
    {
      from: { seed: '002', line: 136, start: '新增和更新的4.5吨以下环卫' },
      to: { seed: '000', line: 1359, start: '新增和更新的4.5吨以下环卫' },
      why: '环卫车新能源化比例',
    },
    {
      from: { seed: '002', line: 136, start: '新增和更新的4.5吨以下邮政' },
      to: { seed: '000', line: 1371, start: '新增和更新的4.5吨以下邮政' },
      why: '邮政车新能源化50%',
    },
    {
      from: { seed: '002', line: 187, start: '大兴区落实氢能产业发展行动计' },
      to: { seed: '000', line: 1378, start: '区经济和信息化局牵头，落实氢' },
      why: '大兴区氢能产业行动计划, 100辆氢燃料电池车示范, 零排放物流示范区',
    },
    {
      from: { seed: '002', line: 142, start: '6月底前制定经济激励、优先通' },
      to: { seed: '000', line: 1400, start: '落实北京市经济鼓励、优先通行' },
      why: '经济激励与优先通行政策, 国四柴油货车淘汰, 货车通行证新能源化',
    },
    {
      from: { seed: '002', line: 143, start: '6月底前,市住房城乡建设委制' },
      to: { seed: '000', line: 1435, start: '区住房城乡建设委落实推广纯电' },
      why: '纯电动/氢燃料搅拌车、渣土车、环卫车鼓励政策, 氢燃料电池汽车示范城市',
    },
    {
      from: { seed: '002', line: 188, start: '各园区、物流基地、铁路货场等' },
      to: { seed: '000', line: 1467, start: '加快推动叉车电动化，以工业园' },
      why: '3吨及以下叉车电动化, 大兴区100辆',
    },
    {
      from: { seed: '002', line: 143, start: '市住房城乡建设委、园林绿化、' },
      to: { seed: '000', line: 1510, start: '严格实施国四非道路移动机械排' },
      why: '行业部门监管在用非道路移动机械, 编码登记, 优先国三及以上',
    },
    {
      from: { seed: '002', line: 146, start: '各区组织推进重点企业、工业园' },
      to: { seed: '000', line: 1550, start: '组织推进重点企业、工业园区、' },
      why: '园区货场物流园区非道路机械淘汰与电动化, 协调机场',
    },
    {
      from: { seed: '002', line: 146, start: '各区组织推进重点企业、工业园' },
      to: { seed: '000', line: 1578, start: '区生态环境局加强对非道路移动' },
      why: '非道路移动机械排放与编码登记抽查, 违规记入信用信息',
    },
    {
      from: { seed: '002', line: 147, start: '严格执行国六b机动车排放标准' },
      to: { seed: '000', line: 1604, start: '严格实施国六b机动车排放标准' },
      why: '国六b标准, 宣传引导与注册登记',
    },
    {
      from: { seed: '002', line: 147, start: '公安交管、生态环境部门全年在' },
      to: { seed: '000', line: 1616, start: '区公安交通支队、区生态环境局' },
      why: '进京路口重型车人工检查, 摩托车执法',
    },
    {
      from: { seed: '002', line: 147, start: '6月底前,市交通委牵头研究制' },
      to: { seed: '000', line: 1616, start: '区公安交通支队、区生态环境局' },
      why: '摩托车调控政策: 区公安交通支队配合市级落实管理政策 (期限同为按时间节点完成)',
    },
    {
      from: { seed: '002', line: 147, start: '市市场监管局牵头开展机动车检' },
      to: { seed: '000', line: 1635, start: '区市场监管局牵头开展机动车检' },
      why: '机动车检验领域专项整治, 记分',
    },
    {
      from: { seed: '002', line: 150, start: '实施本市“十四五”时期推进重' },
      to: { seed: '000', line: 1662, start: '落实北京市“十四五”时期推进' },
      why: '大宗物资运输结构调整, “公转铁”',
    },
    {
      from: { seed: '002', line: 150, start: '鼓励重点企业开展零排放货物运' },
      to: { seed: '000', line: 1682, start: '鼓励重点企业开展零排放货物运' },
      why: '零排放货运车队试点, 清洁运输协议',
    },
    {
      from: { seed: '002', line: 152, start: '各区降尘量控制在5吨/平方公' },
      to: { seed: '000', line: 1694, start: '全区及各属地降尘量控制在5吨' },
      why: '降尘量5吨/平方公里·月',
    },
    {
      from: { seed: '002', line: 152, start: '定期对各区、各街道(乡镇)降' },
      to: { seed: '000', line: 1706, start: '定期通报全区、各属地降尘量、' },
      why: '降尘量、TSP、道路尘负荷排名通报',
    },
    {
      from: { seed: '002', line: 155, start: '加强扬尘防治精细化管理,在重' },
      to: { seed: '000', line: 1721, start: '加强扬尘防治精细化管理，在重' },
      why: '防尘天幕、流态固化土, “绿牌”工地',
    },
    {
      from: { seed: '002', line: 156, start: '市住房城乡建设委加强扬尘视频' },
      to: { seed: '000', line: 1755, start: '区住房城乡建设委配合市级部门' },
      why: '扬尘视频监控平台使用, 移送城管执法',
    },
    {
      from: { seed: '002', line: 157, start: '行业主管部门组织土石方工程、' },
      to: { seed: '000', line: 1793, start: '配合市级部门组织土石方工程、' },
      why: '建筑垃圾车牌识别与洗轮机监测视频联网',
    },
    {
      from: { seed: '002', line: 158, start: '行业主管部门每季度更新施工工' },
      to: { seed: '000', line: 1813, start: '行业主管部门每季度更新施工工' },
      why: '工地与消纳场台账每季度更新, “门前三包”, 进门查证出门查车',
    },
    {
      from: { seed: '002', line: 161, start: '市、区两级城管执法部门加强对' },
      to: { seed: '000', line: 1880, start: '城管执法部门加强对扬尘执法工' },
      why: '扬尘执法指导, 按日连续处罚',
    },
    {
      from: { seed: '002', line: 162, start: '各区组织街道(乡镇)定期更新' },
      to: { seed: '000', line: 1936, start: '各属地定期更新辖区内房建、拆' },
      why: '属地扬尘管控台账, 按月全覆盖检查',
    },
    {
      from: { seed: '002', line: 162, start: '各区组织街道(乡镇)定期更新' },
      to: { seed: '000', line: 1971, start: '区城市管理委、区环卫中心提升' },
      why: '道路清扫保洁, 道路尘负荷评估与整改, 农村道路街巷保洁',
    },
    {
      from: { seed: '002', line: 163, start: '市园林绿化局强化绿化过程技术' },
      to: { seed: '000', line: 2008, start: '区园林绿化局强化绿化过程技术' },
      why: '裸地生态治理, 秸秆台账, 避免耕地裸露',
    },
    {
      from: { seed: '002', line: 163, start: '市园林绿化局强化绿化过程技术' },
      to: { seed: '000', line: 2032, start: '各属地定期更新裸地台账，做好' },
      why: '属地裸地台账, 扬尘精细化管理',
    },
    {
      from: { seed: '002', line: 166, start: '依据《北京市新增产业的禁止和' },
      to: { seed: '000', line: 2054, start: '依据《北京市新增产业的禁止和' },
      why: '餐饮项目证照信息共享, 事中事后监管',
    },
    {
      from: { seed: '002', line: 167, start: '持续做好本市消耗臭氧层物质企' },
      to: { seed: '000', line: 2078, start: '持续做好消耗臭氧层物质企业备' },
      why: '消耗臭氧层物质企业备案与执法',
    },
    {
      from: { seed: '002', line: 169, start: '落实《城镇污水处理厂大气污染' },
      to: { seed: '000', line: 2083, start: '落实《城镇污水处理厂大气污染' },
      why: '5万吨/日以上污水处理厂大气污染物专项执法',
    },
    {
      from: { seed: '002', line: 170, start: '落实《北京市烟花爆竹安全管理' },
      to: { seed: '000', line: 2091, start: '落实《北京市烟花爆竹安全管理' },
      why: '烟花爆竹禁限放',
    },
    {
      from: { seed: '002', line: 171, start: '积极开展文明祭祀宣传,引导市' },
      to: { seed: '000', line: 2108, start: '积极开展文明祭祀宣传，引导市' },
      why: '文明祭祀宣传',
    },
    {
      from: { seed: '002', line: 174, start: '各区完成声环境功能区划分情况' },
      to: { seed: '000', line: 2133, start: '完成声环境功能区划分情况评估' },
      why: '声环境功能区划分评估, 监测站点布设',
    },
    {
      from: { seed: '002', line: 174, start: '优化夜间施工照明办理条件和程' },
      to: { seed: '000', line: 2138, start: '区住房城乡建设委优化夜间施工' },
      why: '夜间施工证明办理, 建筑垃圾夜间运输噪声, 绿色施工考核',
    },
    {
      from: { seed: '002', line: 174, start: '按照本市交通运输专项补助资金' },
      to: { seed: '000', line: 2166, start: '按照北京市交通运输专项补助资' },
      why: '交通噪声年度治理计划与资金',
    },
    {
      from: { seed: '002', line: 175, start: '加强生态环境类诉求办理工作，' },
      to: { seed: '000', line: 2191, start: '加强生态环境类诉求办理工作，' },
      why: '生态环境接诉即办“管家”机制',
    },
    {
      from: { seed: '002', line: 192, start: '落实京津冀生态环境执法联动工' },
      to: { seed: '000', line: 2223, start: '落实京津冀生态环境执法联动工' },
      why: '京津冀执法联动',
    },
    {
      from: { seed: '002', line: 192, start: '强化区域空气重污染应对;完善' },
      to: { seed: '000', line: 2236, start: '完善空气重污染绩效分级管理，' },
      why: '重污染绩效分级, 应急减排清单, 预警',
    },
    {
      from: { seed: '002', line: 193, start: '市生态环境局定期通报各区污染' },
      to: { seed: '000', line: 2305, start: '区生态环境局定期通报PM2.' },
      why: '高值地区通报与溯源整改',
    },
    {
      from: { seed: '002', line: 193, start: '生态环境、公安、城管执法等部' },
      to: { seed: '000', line: 2305, start: '区生态环境局定期通报PM2.' },
      why: '贯穿全年执法检查专项, 排污许可证后监管',
    },
    {
      from: { seed: '002', line: 193, start: '建筑垃圾违法违规行为,市城管' },
      to: { seed: '000', line: 2305, start: '区生态环境局定期通报PM2.' },
      why: '建筑垃圾违法, 城管委牵头查处遗撒扬尘冒黑烟',
    },
    {
      from: { seed: '002', line: 193, start: '落实《环境信息公开办法》要求' },
      to: { seed: '000', line: 2305, start: '区生态环境局定期通报PM2.' },
      why: '重点排污单位依法披露环境信息',
    },
    {
      from: { seed: '002', line: 196, start: '市生态环境局与人民银行营业管' },
      to: { seed: '000', line: 2375, start: '区经济和信息化、生态环境等部' },
      why: '绿色引领企业名录, 绿色金融',
    },
    {
      from: { seed: '002', line: 196, start: '市财政局加强市级资金统筹,按' },
      to: { seed: '000', line: 2387, start: '区生态环境局、区财政局加强资' },
      why: '污染防治专项资金统筹, 向改善好的属地倾斜, 区级投入',
    },
  ],
  unmatchedFrom: [
    { seed: '002', line: 111, start: '制定加强居住区电动汽车充电设' }, // 居住区充电设施(主责各区政府): 大兴大气计划无对应
    { seed: '002', line: 168, start: '引导采用绿色生态化养殖工艺,' }, // 畜禽粪污氨排放源头削减(相关区政府): 大兴大气计划无对应
    { seed: '002', line: 187, start: '各区推进区属商超、快递等轻型' }, // 区属商超快递、山区线路、环卫、公务用车“油换电”(各区政府牵头): 大兴只有新增更新车辆的措施(000:1231, 1346, 1359), 无存量更换
  ],
};

export const cityAir2023ToTongzhou: AnnotatedPair = {
  kind: 'cascade',
  from: { seed: '002', plan: '北京市大气污染防治2023年行动计划' },
  to: { seed: '003', plan: '通州区大气污染防治2023年行动计划' },
  links: [
    {
      from: { seed: '002', line: 105, start: '全力巩固空气质量改善成效,本' },
      to: { seed: '003', line: 389, start: 'PM2.5累计浓度达到33微' },
      why: '区空气质量目标(PM2.5、重污染天数): 各区完成本市下达的空气质量目标, 通州加大力度',
    },
    {
      from: { seed: '002', line: 105, start: '全力巩固空气质量改善成效,本' },
      to: { seed: '003', line: 397, start: '各街道乡镇PM2.5累计浓度' },
      why: '空气质量目标分解到街道乡镇(PM2.5同比改善)',
    },
    {
      from: { seed: '002', line: 152, start: '各区降尘量控制在5吨/平方公' },
      to: { seed: '003', line: 415, start: '全区降尘量控制在5吨/平方公' },
      why: '降尘量5吨/平方公里·月',
    },
    {
      from: { seed: '002', line: 152, start: '各区降尘量控制在5吨/平方公' },
      to: { seed: '003', line: 433, start: '各街道乡镇降尘量控制在5吨/' },
      why: '降尘量5吨/平方公里·月, 分解到街道乡镇',
    },
    {
      from: { seed: '002', line: 106, start: '各区实现主要大气污染物排放总' },
      to: { seed: '003', line: 452, start: '全区主要大气污染物排放总量持' },
      why: '大气污染物总量减排, VOCs/NOx目标, “减二增一”',
    },
    {
      from: { seed: '002', line: 108, start: '完善VOCs网格化监测分析和' },
      to: { seed: '003', line: 462, start: '完善VOCs网格化监测分析和' },
      why: 'VOCs网格化监测、PM2.5与O3协同减排研究、溯源与全流程整治',
    },
    {
      from: { seed: '002', line: 111, start: '各级财政支持的机关、事业单位' },
      to: { seed: '003', line: 476, start: '机关、事业单位、国有企业和社' },
      why: '机关事业单位国企新增更新车辆新能源化',
    },
    {
      from: { seed: '002', line: 111, start: '市新能源汽车联席工作会议办公室制' },
      to: { seed: '003', line: 488, start: '贯彻落实市级部门拟制定的存量' },
      why: '存量燃油小客车“油换电”“油换氢”激励',
    },
    {
      from: { seed: '002', line: 150, start: '鼓励重点企业开展零排放货物运' },
      to: { seed: '003', line: 504, start: '按照市级部门相关工作部署，组' },
      why: '零排放货运试点, 重点企业与运输企业签订协议清洁运输',
    },
    {
      from: { seed: '002', line: 111, start: '结合资源禀赋和功能定位,因地' },
      to: { seed: '003', line: 514, start: '结合副中心资源禀赋和功能定位' },
      why: '结合资源禀赋和功能定位制定通行便利、停车优惠、配套设施鼓励政策',
    },
    {
      from: { seed: '002', line: 114, start: '对生产、销售环节涂料、胶粘剂' },
      to: { seed: '003', line: 526, start: '依据市市场监管局制定的年度重' },
      why: '含VOCs产品抽检, 溶剂型产品, 全年检测量',
    },
    {
      from: { seed: '002', line: 114, start: '工程建设领域大力推广绿色环保' },
      to: { seed: '003', line: 534, start: '工程建设领域大力推广绿色环保' },
      why: '工程建设领域低VOCs产品, 招标要求, 10%抽检',
    },
    {
      from: { seed: '002', line: 114, start: '市经济和信息化局鼓励工业涂装' },
      to: { seed: '003', line: 554, start: '经济和信息化局组织工业涂装企' },
      why: '工业涂装低VOCs原辅材料与台账, 专项执法, 线索移送市场监管',
    },
    {
      from: { seed: '002', line: 114, start: '按照本市沥青混合料绿色评价技' },
      to: { seed: '003', line: 567, start: '按照《北京市沥青混合料绿色评' },
      why: '沥青混合料绿色分级评价',
    },
    {
      from: { seed: '002', line: 120, start: '以涉VOCs排放行业为重点,' },
      to: { seed: '003', line: 576, start: '以涉VOCs排放行业为重点，' },
      why: '强制性清洁生产审核, “一厂一策”',
    },
    {
      from: { seed: '002', line: 121, start: '组织重点企业实施绿色诊断,支' },
      to: { seed: '003', line: 588, start: '对电子、医药、高端装备制造等' },
      why: '重点企业绿色诊断, 绿色技术改造',
    },
    {
      from: { seed: '002', line: 125, start: '依据中关村示范区绿色发展行动' },
      to: { seed: '003', line: 596, start: '按照市中关村管委会相关工作部' },
      why: '中关村园区规划环评, 园区VOCs治理措施清单',
    },
    {
      from: { seed: '002', line: 126, start: '市场监管部门依法对生产、销售' },
      to: { seed: '003', line: 606, start: '市场监管局依法对生产、销售环' },
      why: '油品质量监督检查, 打击黑加油站点',
    },
    {
      from: { seed: '002', line: 127, start: '市商务局、市生态环境局督促加' },
      to: { seed: '003', line: 627, start: '夏季（6-9月），商务局、生' },
      why: '夏季错峰装卸油',
    },
    {
      from: { seed: '002', line: 131, start: '在保证群众安全温暖过冬的前提' },
      to: { seed: '003', line: 639, start: '综合施策巩固“无煤化”成果，' },
      why: '巩固“无煤化”成果',
    },
    {
      from: { seed: '002', line: 184, start: '各区组织对辖区内具备改造条件' },
      to: { seed: '003', line: 650, start: '依据我区实际情况，针对具备改' },
      why: '燃气锅炉深度低氮改造',
    },
    {
      from: { seed: '002', line: 136, start: '新增和更新的公交车(不含应急' },
      to: { seed: '003', line: 661, start: '新增和更新的巡游出租车（个体' },
      why: '巡游出租车、旅游客运车辆、驾校车新能源化',
    },
    {
      from: { seed: '002', line: 136, start: '到2023年底,新能源车公交' },
      to: { seed: '003', line: 661, start: '新增和更新的巡游出租车（个体' },
      why: '2023年底公交、出租车、旅游客运班线新能源比例(完成市级目标)',
    },
    {
      from: { seed: '002', line: 136, start: '新增和更新的4.5吨以下环卫' },
      to: { seed: '003', line: 671, start: '新增和更新的4.5吨以下环卫' },
      why: '4.5吨以下环卫车新能源化',
    },
    {
      from: { seed: '002', line: 142, start: '6月底前制定经济激励、优先通' },
      to: { seed: '003', line: 679, start: '依据市交通委拟制定的经济激励' },
      why: '经济激励与优先通行政策, 国四柴油货车淘汰, 货车通行证新能源化',
    },
    {
      from: { seed: '002', line: 143, start: '6月底前,市住房城乡建设委制' },
      to: { seed: '003', line: 690, start: '依据市住房城乡建设委拟制定的' },
      why: '纯电动/氢燃料搅拌车、渣土车鼓励政策',
    },
    {
      from: { seed: '002', line: 187, start: '通州区在城市副中心等施工体量' },
      to: { seed: '003', line: 690, start: '依据市住房城乡建设委拟制定的' },
      why: '通州区推广纯电动/氢燃料渣土车和搅拌车200辆(50+150)',
    },
    {
      from: { seed: '002', line: 143, start: '市住房城乡建设委、园林绿化、' },
      to: { seed: '003', line: 703, start: '严格实施国四非道路移动机械排' },
      why: '行业部门监管在用非道路移动机械, 编码登记, 优先国三及以上',
    },
    {
      from: { seed: '002', line: 146, start: '各区组织推进重点企业、工业园' },
      to: { seed: '003', line: 720, start: '中关村通州园管委会牵头，相关' },
      why: '园区、重点企业、物流园区国四货车与国二及以下非道路机械淘汰',
    },
    {
      from: { seed: '002', line: 188, start: '各园区、物流基地、铁路货场等' },
      to: { seed: '003', line: 738, start: '中关村通州园管委会牵头，组织' },
      why: '园区叉车电动化(通州未被点名, 仍是同一要求)',
    },
    {
      from: { seed: '002', line: 146, start: '各区组织推进重点企业、工业园' },
      to: { seed: '003', line: 746, start: '生态环境局加强对非道路移动机' },
      why: '非道路移动机械排放与编码登记检查, 违规记入信用信息',
    },
    {
      from: { seed: '002', line: 147, start: '严格执行国六b机动车排放标准' },
      to: { seed: '003', line: 758, start: '按照市级部门相关工作部署，严' },
      why: '国六b标准, 宣传引导与注册登记',
    },
    {
      from: { seed: '002', line: 147, start: '公安交管、生态环境部门全年在' },
      to: { seed: '003', line: 769, start: '交通支队、生态环境局全年在进' },
      why: '进京路口重型车人工检查, 低速货车路检, 摩托车执法',
    },
    {
      from: { seed: '002', line: 147, start: '6月底前,市交通委牵头研究制' },
      to: { seed: '003', line: 769, start: '交通支队、生态环境局全年在进' },
      why: '贯彻落实市交通委制定的摩托车控制方案',
    },
    {
      from: { seed: '002', line: 147, start: '市市场监管局牵头开展机动车检' },
      to: { seed: '003', line: 780, start: '按照市级部门相关工作部署，市' },
      why: '机动车检验领域专项整治, 记分',
    },
    {
      from: { seed: '002', line: 152, start: '定期对各区、各街道(乡镇)降' },
      to: { seed: '003', line: 805, start: '生态环境局、城市管理委、城管' },
      why: '街道乡镇降尘量、TSP、道路尘负荷排名通报',
    },
    {
      from: { seed: '002', line: 155, start: '加强扬尘防治精细化管理,在重' },
      to: { seed: '003', line: 917, start: '区住房城乡建设委积极组织有条' },
      why: '防尘天幕、流态固化土, “绿牌”工地',
    },
    {
      from: { seed: '002', line: 156, start: '市住房城乡建设委加强扬尘视频' },
      to: { seed: '003', line: 925, start: '按照市级部门相关工作部署，区' },
      why: '扬尘视频监控平台使用与通报, 移送城管执法',
    },
    {
      from: { seed: '002', line: 157, start: '行业主管部门组织土石方工程、' },
      to: { seed: '003', line: 943, start: '区住房城乡建设委牵头组织新开' },
      why: '建筑垃圾车牌识别与洗轮机监测视频联网',
    },
    {
      from: { seed: '002', line: 158, start: '行业主管部门每季度更新施工工' },
      to: { seed: '003', line: 955, start: '区住房城乡建设委牵头，各行业' },
      why: '工地(场站)扬尘管控措施, “门前三包”, 进门查证出门查车',
    },
    {
      from: { seed: '002', line: 158, start: '行业主管部门每季度更新施工工' },
      to: { seed: '003', line: 990, start: '住房城乡建设委充分发挥扬尘指' },
      why: '施工工地与消纳场管理台账更新并共享',
    },
    {
      from: { seed: '002', line: 162, start: '各区组织街道(乡镇)定期更新' },
      to: { seed: '003', line: 990, start: '住房城乡建设委充分发挥扬尘指' },
      why: '街道乡镇更新房建、拆迁拆违、线性、小微工程台账, 按月全覆盖检查',
    },
    {
      from: { seed: '002', line: 161, start: '市、区两级城管执法部门加强对' },
      to: { seed: '003', line: 973, start: '城管执法局加强对扬尘执法工作' },
      why: '扬尘执法指导, 按日连续处罚',
    },
    {
      from: { seed: '002', line: 162, start: '各区组织街道(乡镇)定期更新' },
      to: { seed: '003', line: 1017, start: '城市管理委继续扩大路面尘土残' },
      why: '道路清扫保洁, 道路尘负荷评估与整改, 街巷农村道路保洁',
    },
    {
      from: { seed: '002', line: 163, start: '市园林绿化局强化绿化过程技术' },
      to: { seed: '003', line: 1034, start: '园林绿化局强化绿化过程技术指' },
      why: '裸地生态治理, 秸秆台账, 避免耕地裸露',
    },
    {
      from: { seed: '002', line: 163, start: '市园林绿化局强化绿化过程技术' },
      to: { seed: '003', line: 1045, start: '各街道乡镇定期更新裸地台账，' },
      why: '街道乡镇更新裸地台账',
    },
    {
      from: { seed: '002', line: 166, start: '依据《北京市新增产业的禁止和' },
      to: { seed: '003', line: 1066, start: '按照市级部门相关工作部署，依据' },
      why: '餐饮项目证照信息共享, 事中事后监管',
    },
    {
      from: { seed: '002', line: 167, start: '持续做好本市消耗臭氧层物质企' },
      to: { seed: '003', line: 1085, start: '按照市级部门相关工作部署，持' },
      why: '消耗臭氧层物质企业备案与执法',
    },
    {
      from: { seed: '002', line: 168, start: '引导采用绿色生态化养殖工艺,' },
      to: { seed: '003', line: 1094, start: '按照市级部门相关工作部署，引' },
      why: '绿色生态化养殖, 粪污氨排放削减',
    },
    {
      from: { seed: '002', line: 169, start: '落实《城镇污水处理厂大气污染' },
      to: { seed: '003', line: 1104, start: '按照市级部门关于落实《城镇污' },
      why: '5万吨/日以上污水处理厂大气污染物专项执法',
    },
    {
      from: { seed: '002', line: 170, start: '落实《北京市烟花爆竹安全管理' },
      to: { seed: '003', line: 1113, start: '落实《北京市烟花爆竹安全管理' },
      why: '烟花爆竹禁限放',
    },
    {
      from: { seed: '002', line: 171, start: '积极开展文明祭祀宣传,引导市' },
      to: { seed: '003', line: 1124, start: '落实市民政局制定的倡导文明祭' },
      why: '文明祭祀',
    },
    {
      from: { seed: '002', line: 174, start: '各区完成声环境功能区划分情况' },
      to: { seed: '003', line: 1135, start: '按照市级部门相关工作部署，完' },
      why: '声环境功能区划分评估, 监测站点布设',
    },
    {
      from: { seed: '002', line: 174, start: '优化夜间施工照明办理条件和程' },
      to: { seed: '003', line: 1143, start: '按照市住房城乡建设委关于优化' },
      why: '夜间施工证明办理, 绿色施工考核, 夜间施工查处',
    },
    {
      from: { seed: '002', line: 174, start: '按照本市交通运输专项补助资金' },
      to: { seed: '003', line: 1156, start: '落实《北京市交通运输专项补助' },
      why: '交通噪声年度治理计划与工程',
    },
    {
      from: { seed: '002', line: 175, start: '加强生态环境类诉求办理工作，' },
      to: { seed: '003', line: 1168, start: '结合生态环境治理工作，加强生' },
      why: '生态环境接诉即办“管家”机制',
    },
    {
      from: { seed: '002', line: 176, start: '朝阳区、通州区开展大气污染防' },
      to: { seed: '003', line: 1182, start: '空气质量排名靠后的街道（乡镇' },
      why: '通州区排名靠后街道乡镇综合整治, 数量同比减少',
    },
    {
      from: { seed: '002', line: 176, start: '朝阳区、通州区开展大气污染防' },
      to: { seed: '003', line: 1191, start: '开展重点区域精细化大气污染治' },
      why: '通州区大气污染防治精细化治理',
    },
    {
      from: { seed: '002', line: 192, start: '落实京津冀生态环境执法联动工' },
      to: { seed: '003', line: 1202, start: '落实《京津冀生态环境执法联动' },
      why: '京津冀执法联动',
    },
    {
      from: { seed: '002', line: 192, start: '强化区域空气重污染应对;完善' },
      to: { seed: '003', line: 1211, start: '完善空气重污染绩效分级管理，' },
      why: '重污染绩效分级与应急减排清单',
    },
    {
      from: { seed: '002', line: 192, start: '强化区域空气重污染应对;完善' },
      to: { seed: '003', line: 1223, start: '生态环境局、气象局加强空气质' },
      why: '重污染预警, 区域联防联控, 成员单位落实减排措施',
    },
    {
      from: { seed: '002', line: 193, start: '市生态环境局定期通报各区污染' },
      to: { seed: '003', line: 1235, start: '生态环境局定期通报各街道乡镇' },
      why: '高值地区通报与溯源整改',
    },
    {
      from: { seed: '002', line: 193, start: '生态环境、公安、城管执法等部' },
      to: { seed: '003', line: 1235, start: '生态环境局定期通报各街道乡镇' },
      why: '全年执法检查, 排污许可证后监管',
    },
    {
      from: { seed: '002', line: 193, start: '建筑垃圾违法违规行为,市城管' },
      to: { seed: '003', line: 1235, start: '生态环境局定期通报各街道乡镇' },
      why: '建筑垃圾违法, 城管委牵头查处遗撒扬尘冒黑烟',
    },
    {
      from: { seed: '002', line: 193, start: '落实《环境信息公开办法》要求' },
      to: { seed: '003', line: 1235, start: '生态环境局定期通报各街道乡镇' },
      why: '重点排污单位依法披露环境信息',
    },
    {
      from: { seed: '002', line: 196, start: '市生态环境局与人民银行营业管' },
      to: { seed: '003', line: 1259, start: '依据市生态环境局和中国人民银' },
      why: '绿色金融协议, 绿色引领企业名录',
    },
    {
      from: { seed: '002', line: 196, start: '市财政局加强市级资金统筹,按' },
      to: { seed: '003', line: 1270, start: '生态环境局、财政局加强对市级' },
      why: '污染防治专项资金统筹, 向任务重的街道乡镇倾斜',
    },
  ],
  unmatchedFrom: [
    { seed: '002', line: 111, start: '制定加强居住区电动汽车充电设' }, // 居住区充电设施(主责各区政府): 通州大气计划无对应
    { seed: '002', line: 136, start: '新增和更新的商超、快递等轻型' }, // 商超快递物流配送车80%新能源(主责各区政府): 通州无对应
    { seed: '002', line: 136, start: '新增和更新的4.5吨以下邮政' }, // 邮政车新能源化(主责各区政府): 通州无对应
    { seed: '002', line: 150, start: '实施本市“十四五”时期推进重' }, // 大宗物资运输结构调整、“公转铁”(主责各区政府): 通州无对应
    { seed: '002', line: 187, start: '各区推进区属商超、快递等轻型' }, // 区属商超快递、山区线路、环卫、公务用车“油换电”(各区政府牵头): 通州无对应
  ],
};

export const cityWater2023ToDaxing: AnnotatedPair = {
  kind: 'cascade',
  from: { seed: '002', plan: '北京市水污染防治2023年行动计划' },
  to: { seed: '000', plan: '大兴区水污染防治2023年行动计划' },
  links: [
    {
      from: { seed: '002', line: 202, start: '全市及各区县水生态环境质量稳' },
      to: { seed: '000', line: 2447, start: '全区水生态环境质量稳中向好。' },
      why: '水生态环境质量稳中向好, 断面达标, 水源地与地下水水质稳定',
    },
    {
      from: { seed: '002', line: 203, start: '实现主要水污染物排放总量持续' },
      to: { seed: '000', line: 2469, start: '实现主要水污染物排放总量持续' },
      why: '水污染物总量减排, COD与氨氮目标',
    },
    {
      from: { seed: '002', line: 205, start: '完善本市重要饮用水水源地名录' },
      to: { seed: '000', line: 2508, start: '完善饮用水水源地名录，9月底' },
      why: '9月底前出台水源地名录, 水质检测, 不达标水源置换, 农村水源井30米巡查',
    },
    {
      from: { seed: '002', line: 206, start: '结合饮用水水源地名录及区域规' },
      to: { seed: '000', line: 2529, start: '结合饮用水水源地名录及区域规' },
      why: '集中式饮用水水源保护区划定与调整, 9月底前补充划定',
    },
    {
      from: { seed: '002', line: 209, start: '开展全市饮用水水源地环境状况' },
      to: { seed: '000', line: 2544, start: '开展饮用水水源地环境状况年度' },
      why: '水源地环境状况年度调查评估, “一源一档”',
    },
    {
      from: { seed: '002', line: 209, start: '开展水源地专项执法和日常监管' },
      to: { seed: '000', line: 2581, start: '开展水源地专项执法和日常监管' },
      why: '水源地专项执法, “三监联动”, 封闭隔离与标志标识',
    },
    {
      from: { seed: '002', line: 209, start: '定期向社会公开市、区级集中式' },
      to: { seed: '000', line: 2595, start: '每季度向社会公开区级集中式生' },
      why: '集中式生活饮用水安全状况信息公开, 乡镇级定期公开',
    },
    {
      from: { seed: '002', line: 210, start: '落实辖区地下水水质保持方案,' },
      to: { seed: '000', line: 2616, start: '落实辖区地下水水质保持方案，' },
      why: '地下水水质保持方案, 丰枯水期监测',
    },
    {
      from: { seed: '002', line: 210, start: '推进地下水超采治理,制定北京' },
      to: { seed: '000', line: 2633, start: '推进地下水超采治理，落实“北' },
      why: '地下水超采治理新三年行动方案',
    },
    {
      from: { seed: '002', line: 210, start: '建立地下水污染风险源分类分级' },
      to: { seed: '000', line: 2642, start: '配合市级部门建立地下水污染风' },
      why: '地下水污染风险源分类分级, 风险源信息调查',
    },
    {
      from: { seed: '002', line: 220, start: '持续推进节水型社会建设，全市' },
      to: { seed: '000', line: 2676, start: '持续推进节水型社会建设，全区' },
      why: '节水型社会建设, 用水总量与万元GDP用水量',
    },
    {
      from: { seed: '002', line: 220, start: '各区进一步加强用水总量管控，' },
      to: { seed: '000', line: 2685, start: '进一步加强用水总量管控，提高' },
      why: '用水总量管控, 分解下达至街道(乡镇)',
    },
    {
      from: { seed: '002', line: 222, start: '实施全面打赢城乡水环境治理歼' },
      to: { seed: '000', line: 2701, start: '区水务局负责实施本区第四个城' },
      why: '城乡水环境治理三年行动方案, 新(改)建污水管网, 园林绿化再生水替代',
    },
    {
      from: { seed: '002', line: 222, start: '加大雨污混接错接巡查整治力度' },
      to: { seed: '000', line: 2740, start: '加大雨污混接错接巡查整治力度' },
      why: '雨污混接错接巡查整治, 动态清零',
    },
    {
      from: { seed: '002', line: 222, start: '加强汛期雨水面源污染和溢流污' },
      to: { seed: '000', line: 2780, start: '加强汛期雨水面源污染和溢流污' },
      why: '汛期面源与溢流污染, “清管”“清河”行动, 雨后排口检查, 厂网联调',
    },
    {
      from: { seed: '002', line: 226, start: '加快农村污水处理设施建设,优' },
      to: { seed: '000', line: 2813, start: '加快农村污水处理设施建设，优' },
      why: '农村污水处理设施建设, “管网+厂站”模式',
    },
    {
      from: { seed: '002', line: 226, start: '加快农村污水处理设施建设,优' },
      to: { seed: '000', line: 2831, start: '因地制宜推广小微湿地治理农村' },
      why: '优化农村生活污水治理模式(小微湿地生态治理工程)',
    },
    {
      from: { seed: '002', line: 226, start: '强化现有设施的监管。组织开展' },
      to: { seed: '000', line: 2876, start: '强化现有设施的监管。配合市级' },
      why: '农村污水设施运行调查评估, 运行台账, 正常运行率80%',
    },
    {
      from: { seed: '002', line: 226, start: '强化现有设施的监管。组织开展' },
      to: { seed: '000', line: 2891, start: '加大农村生活污水处理设施监督' },
      why: '农村生活污水治理设施监督检查及执法',
    },
    {
      from: { seed: '002', line: 226, start: '深入推进农村环境整治工作,完' },
      to: { seed: '000', line: 2899, start: '深入推进农村环境整治工作，完' },
      why: '农村环境整治, 整治数量不低于设施建设任务数量',
    },
    {
      from: { seed: '002', line: 226, start: '加强水产养殖污染防治。加强绿' },
      to: { seed: '000', line: 2923, start: '加强水产养殖污染防治。加强绿' },
      why: '水产养殖污染防治, 尾水治理',
    },
    {
      from: { seed: '002', line: 232, start: '加强医疗机构监管,定期检查医' },
      to: { seed: '000', line: 2955, start: '加强医疗机构监管，定期检查医' },
      why: '医疗机构污水处理设施检查, 排污许可',
    },
    {
      from: { seed: '002', line: 233, start: '加大工业污染防治力度,工业园' },
      to: { seed: '000', line: 2979, start: '加大工业污染防治力度，工业园' },
      why: '工业园区污水集中处理设施, 应收尽收',
    },
    {
      from: { seed: '002', line: 234, start: '落实《北京市土壤污染防治条例' },
      to: { seed: '000', line: 2992, start: '中关村科技园区大兴生物医药基' },
      why: '开发区内工业企业落实地下水污染防治措施',
    },
    {
      from: { seed: '002', line: 235, start: '开展排污许可证单位执行报告提' },
      to: { seed: '000', line: 3006, start: '开展排污许可证单位执行报告提' },
      why: '排污许可执行报告提交率与质量审核, 不少于20%',
    },
    {
      from: { seed: '002', line: 236, start: '巩固清理整治成效,问题排口动' },
      to: { seed: '000', line: 3040, start: '巩固清理整治成效，问题排口动' },
      why: '问题排口动态清零, 入河排口设置审批, 动态管理台账',
    },
    {
      from: { seed: '002', line: 237, start: '推进入河排口精细化管理,加强' },
      to: { seed: '000', line: 3068, start: '推进入河排口精细化管理，加强' },
      why: '入河排口精细化管理, 在线监管平台, 全过程管理',
    },
    {
      from: { seed: '002', line: 240, start: '发挥“河长制”“湖长制”统筹' },
      to: { seed: '000', line: 3097, start: '发挥“河长制”统筹作用，加强' },
      why: '“河长制”统筹, 汛期面源与直排巡查, 纳入总河长令',
    },
    {
      from: { seed: '002', line: 240, start: '加强对黑臭水体、农村小微水体' },
      to: { seed: '000', line: 3117, start: '加强对黑臭水体、农村小微水体' },
      why: '黑臭、小微、劣V类水体监测巡查, 当月整改',
    },
    {
      from: { seed: '002', line: 240, start: '加强污染减排与生态扩容,推进' },
      to: { seed: '000', line: 3157, start: '加强污染减排与生态扩容，防止' },
      why: '污染减排与生态扩容, 防止劣V类反弹',
    },
    {
      from: { seed: '002', line: 240, start: '以国家“十四五”土壤、地下水' },
      to: { seed: '000', line: 3170, start: '落实小微水体动态管理及长效管' },
      why: '农村小微水体日常管护',
    },
    {
      from: { seed: '002', line: 244, start: '实施《北京市水生态区域补偿暂' },
      to: { seed: '000', line: 3190, start: '落实市级部门水生态区域补偿办' },
      why: '水生态区域补偿办法, 双向补偿',
    },
    {
      from: { seed: '002', line: 245, start: '巩固多部门联合执法机制，加大' },
      to: { seed: '000', line: 3213, start: '巩固多部门联合执法机制，加大' },
      why: '多部门联合执法, 流域“点穴”执法',
    },
    {
      from: { seed: '002', line: 246, start: '严厉打击向城市雨水管道排污及' },
      to: { seed: '000', line: 3234, start: '严厉打击向城市雨水管道排污及' },
      why: '打击向雨水管道排污和向河道倾倒垃圾',
    },
    {
      from: { seed: '002', line: 248, start: '根据水利部和海河水利委员会统' },
      to: { seed: '000', line: 3286, start: '根据国家及市级有关部门部署，' },
      why: '流域生态环境复苏, 生态流量目标, 永定河生态补水',
    },
    {
      from: { seed: '002', line: 252, start: '继续开展大兴区凤河、丰台区河' },
      to: { seed: '000', line: 3313, start: '完成再生水补给河道生态修复（' },
      why: '大兴区凤河河流生态修复试点, 生态缓冲带',
    },
    {
      from: { seed: '002', line: 252, start: '持续推进永定河综合治理与生态' },
      to: { seed: '000', line: 3370, start: '配合市级部门推进永定河综合治' },
      why: '永定河综合治理与生态修复, 自然岸线保有率75%',
    },
    {
      from: { seed: '002', line: 253, start: '完善本市水生生态环境质量监测' },
      to: { seed: '000', line: 3389, start: '配合市级部门完善本市水生态环' },
      why: '水生态环境质量监测评价体系, 区级监测评价',
    },
    {
      from: { seed: '002', line: 254, start: '大力推进区级生态环境监测机构' },
      to: { seed: '000', line: 3410, start: '加强区级生态环境监测能力建设' },
      why: '区级生态环境监测机构基础站、特色站能力建设',
    },
  ],
  unmatchedFrom: [],
};

export const cityWater2023ToTongzhou: AnnotatedPair = {
  kind: 'cascade',
  from: { seed: '002', plan: '北京市水污染防治2023年行动计划' },
  to: { seed: '003', plan: '通州区水污染防治2023年行动计划' },
  links: [
    {
      from: { seed: '002', line: 202, start: '全市及各区县水生态环境质量稳' },
      to: { seed: '003', line: 1306, start: '全区水生态环境质量稳中向好。' },
      why: '水生态环境质量稳中向好, 断面达标, 地下水水质稳定',
    },
    {
      from: { seed: '002', line: 203, start: '实现主要水污染物排放总量持续' },
      to: { seed: '003', line: 1319, start: '实现主要水污染物排放总量持续' },
      why: '水污染物总量减排, COD与氨氮目标',
    },
    {
      from: { seed: '002', line: 205, start: '完善本市重要饮用水水源地名录' },
      to: { seed: '003', line: 1332, start: '结合农村供水工程和水源地布局' },
      why: '9月底前出台水源地名录, 水质检测, 不达标水源置换',
    },
    {
      from: { seed: '002', line: 205, start: '完善本市重要饮用水水源地名录' },
      to: { seed: '003', line: 1360, start: '开展水源地专项执法和日常监管' },
      why: '农村水源井周边30米巡查',
    },
    {
      from: { seed: '002', line: 206, start: '结合饮用水水源地名录及区域规' },
      to: { seed: '003', line: 1341, start: '结合饮用水水源地名录及区域规' },
      why: '集中式饮用水水源保护区划定与调整',
    },
    {
      from: { seed: '002', line: 209, start: '开展全市饮用水水源地环境状况' },
      to: { seed: '003', line: 1351, start: '开展全区饮用水水源地环境状况' },
      why: '水源地环境状况年度调查评估, “一源一档”',
    },
    {
      from: { seed: '002', line: 209, start: '开展水源地专项执法和日常监管' },
      to: { seed: '003', line: 1360, start: '开展水源地专项执法和日常监管' },
      why: '水源地专项执法, “三监联动”, 封闭隔离与标志标识',
    },
    {
      from: { seed: '002', line: 209, start: '定期向社会公开市、区级集中式' },
      to: { seed: '003', line: 1369, start: '定期向社会公开城镇集中式生活' },
      why: '集中式生活饮用水安全状况信息公开, 乡镇级定期公开',
    },
    {
      from: { seed: '002', line: 210, start: '落实辖区地下水水质保持方案,' },
      to: { seed: '003', line: 1381, start: '落实辖区地下水水质保持方案，' },
      why: '地下水水质保持方案, 风险监控点丰枯水期监测',
    },
    {
      from: { seed: '002', line: 210, start: '推进地下水超采治理,制定北京' },
      to: { seed: '003', line: 1391, start: '推进地下水超采治理，配合市级' },
      why: '地下水超采治理新三年行动方案',
    },
    {
      from: { seed: '002', line: 210, start: '建立地下水污染风险源分类分级' },
      to: { seed: '003', line: 1399, start: '配合市级部门建立地下水污染风' },
      why: '地下水污染风险源分类分级, 不少于100个风险源调查',
    },
    {
      from: { seed: '002', line: 220, start: '持续推进节水型社会建设，全市' },
      to: { seed: '003', line: 1407, start: '持续推进节水型社会建设，配合' },
      why: '节水型社会建设, 30亿立方米, 万元GDP用水量下降1.5%',
    },
    {
      from: { seed: '002', line: 220, start: '各区进一步加强用水总量管控，' },
      to: { seed: '003', line: 1407, start: '持续推进节水型社会建设，配合' },
      why: '用水总量管控, 分解下达至街道(乡镇)',
    },
    {
      from: { seed: '002', line: 222, start: '实施全面打赢城乡水环境治理歼' },
      to: { seed: '003', line: 1418, start: '实施第四个三年城市水环境治理' },
      why: '城市水环境治理三年行动方案, 污水管网, 园林绿化再生水替代',
    },
    {
      from: { seed: '002', line: 222, start: '加大雨污混接错接巡查整治力度' },
      to: { seed: '003', line: 1428, start: '加大雨污混接错接巡查整治力度' },
      why: '雨污混接错接巡查整治, 合流溢流口治理',
    },
    {
      from: { seed: '002', line: 222, start: '加强汛期雨水面源污染和溢流污' },
      to: { seed: '003', line: 1436, start: '加强汛期雨水面源污染和溢流污' },
      why: '汛期面源与溢流污染, “清管”“清河”行动, 雨后排口检查, 厂网联调',
    },
    {
      from: { seed: '002', line: 225, start: '北京经济技术开发区加快规划污' },
      to: { seed: '003', line: 1451, start: '配合市级部门及北京经济技术开' },
      why: '亦庄再生水厂扩容、中信新城污水外调、金桥污水厂(通州配合经开区)',
    },
    {
      from: { seed: '002', line: 226, start: '加快农村污水处理设施建设,优' },
      to: { seed: '003', line: 1465, start: '加快农村污水处理设施建设，优' },
      why: '农村污水处理设施建设, “管网+厂站”模式',
    },
    {
      from: { seed: '002', line: 226, start: '强化现有设施的监管。组织开展' },
      to: { seed: '003', line: 1500, start: '强化现有设施的监管。组织开展' },
      why: '农村污水设施运行调查评估, 正常运行率80%, 监督执法',
    },
    {
      from: { seed: '002', line: 226, start: '深入推进农村环境整治工作,完' },
      to: { seed: '003', line: 1511, start: '深入推进农村环境整治工作，完' },
      why: '农村环境整治, 整治数量不低于设施建设任务数量',
    },
    {
      from: { seed: '002', line: 226, start: '加强水产养殖污染防治。加强绿' },
      to: { seed: '003', line: 1525, start: '加强水产养殖污染防治。加强绿' },
      why: '水产养殖污染防治, 尾水治理',
    },
    {
      from: { seed: '002', line: 232, start: '加强医疗机构监管,定期检查医' },
      to: { seed: '003', line: 1533, start: '加强医疗机构监管，定期检查医' },
      why: '医疗机构污水处理设施检查, 排污许可',
    },
    {
      from: { seed: '002', line: 233, start: '加大工业污染防治力度,工业园' },
      to: { seed: '003', line: 1543, start: '加大工业污染防治力度，工业园' },
      why: '工业园区污水集中处理设施, 应收尽收',
    },
    {
      from: { seed: '002', line: 234, start: '落实《北京市土壤污染防治条例' },
      to: { seed: '003', line: 1551, start: '落实《北京市土壤污染防治条例' },
      why: '开发区内工业企业落实地下水污染防治措施',
    },
    {
      from: { seed: '002', line: 235, start: '开展排污许可证单位执行报告提' },
      to: { seed: '003', line: 1559, start: '开展排污许可证单位执行报告提' },
      why: '排污许可执行报告提交率与质量审核, 不少于20%',
    },
    {
      from: { seed: '002', line: 236, start: '巩固清理整治成效,问题排口动' },
      to: { seed: '003', line: 1567, start: '巩固清理整治成效，问题排口动' },
      why: '问题排口动态清零, 入河排口设置审批, 动态管理台账',
    },
    {
      from: { seed: '002', line: 237, start: '推进入河排口精细化管理,加强' },
      to: { seed: '003', line: 1577, start: '推进入河排口精细化管理，加强' },
      why: '入河排口精细化管理, 在线监管平台, 全过程管理',
    },
    {
      from: { seed: '002', line: 240, start: '发挥“河长制”“湖长制”统筹' },
      to: { seed: '003', line: 1587, start: '发挥“河长制”统筹作用，加强' },
      why: '“河长制”统筹, 汛期面源与直排巡查, 纳入总河长令',
    },
    {
      from: { seed: '002', line: 240, start: '加强对黑臭水体、农村小微水体' },
      to: { seed: '003', line: 1595, start: '加强对黑臭水体、农村小微水体' },
      why: '黑臭、小微、劣V类水体监测巡查, 当月整改',
    },
    {
      from: { seed: '002', line: 240, start: '围绕通州区中坝河、牛黄沟、胜' },
      to: { seed: '003', line: 1605, start: '围绕宋庄镇中坝河、漷县镇牛黄' },
      why: '中坝河、牛黄沟、胜利干渠已整治黑臭水体巡查管护',
    },
    {
      from: { seed: '002', line: 240, start: '加强污染减排与生态扩容,推进' },
      to: { seed: '003', line: 1616, start: '加强污染减排与生态扩容，推进' },
      why: '污染减排与生态扩容, 柏凤沟稳定达标, 防止劣V类反弹',
    },
    {
      from: { seed: '002', line: 240, start: '以国家“十四五”土壤、地下水' },
      to: { seed: '003', line: 1627, start: '以《“十四五”土壤、地下水和' },
      why: '“十四五”规划农村小微水体整治, 防止黑臭垃圾重现',
    },
    {
      from: { seed: '002', line: 244, start: '实施《北京市水生态区域补偿暂' },
      to: { seed: '003', line: 1638, start: '配合市级部门制定实施本市水生' },
      why: '水生态区域补偿办法, 双向补偿',
    },
    {
      from: { seed: '002', line: 245, start: '巩固多部门联合执法机制，加大' },
      to: { seed: '003', line: 1648, start: '巩固多部门联合执法机制，加大' },
      why: '多部门联合执法, 流域“点穴”执法',
    },
    {
      from: { seed: '002', line: 246, start: '严厉打击向城市雨水管道排污及' },
      to: { seed: '003', line: 1659, start: '严厉打击向城市雨水管道排污及' },
      why: '打击向雨水管道排污和向河道倾倒垃圾',
    },
    {
      from: { seed: '002', line: 248, start: '根据水利部和海河水利委员会统' },
      to: { seed: '003', line: 1679, start: '配合市级部门，推动潮白河、北' },
      why: '流域生态环境复苏, 生态流量目标',
    },
    {
      from: { seed: '002', line: 248, start: '根据水利部和海河水利委员会统' },
      to: { seed: '003', line: 1695, start: '继续配合实施潮白河流域生态补' },
      why: '潮白河流域生态补水',
    },
    {
      from: { seed: '002', line: 249, start: '统筹生活、生产、生态用水配置' },
      to: { seed: '003', line: 1687, start: '统筹生活、生产、生态用水配置' },
      why: '统筹生活生产生态用水, 再生水用于河湖生态补水',
    },
    {
      from: { seed: '002', line: 252, start: '明确永定河、北运河、潮白河等' },
      to: { seed: '003', line: 1703, start: '配合市级部门，明确北运河、潮' },
      why: '河流水生态空间管控边界, 编制潮白河流域保护修复规划',
    },
    {
      from: { seed: '002', line: 252, start: '继续开展大兴区凤河、丰台区河' },
      to: { seed: '003', line: 1713, start: '开展河流生态修复试点，建设生' },
      why: '河流生态修复试点, 生态缓冲带, 修复效果监测评价',
    },
    {
      from: { seed: '002', line: 253, start: '完善本市水生生态环境质量监测' },
      to: { seed: '003', line: 1721, start: '依据本市水生态环境质量监测及' },
      why: '水生态环境状况监测评价',
    },
    {
      from: { seed: '002', line: 254, start: '大力推进区级生态环境监测机构' },
      to: { seed: '003', line: 1729, start: '加强本区生态环境监测能力建设' },
      why: '区级生态环境监测机构基础站、特色站能力建设',
    },
  ],
  unmatchedFrom: [],
};

export const daxingAir2023To2026: AnnotatedPair = {
  kind: 'continuation',
  from: { seed: '000', plan: '大兴区大气污染防治2023年行动计划' },
  to: { seed: '001', plan: '持续污染防治攻坚2026年行动计划' },
  toSection: '一、共筑美丽蓝天',
  links: [
    {
      from: { seed: '000', line: 786, start: '全力巩固空气质量改善成效，全' },
      to: { seed: '001', line: 17, start: '巩固“常态蓝”空气质量改善成' },
      label: 'continued',
      why: '全区空气质量目标, 新数字: PM2.5 31→30, 优良天数75%→78%, 重污染天数',
    },
    {
      from: { seed: '000', line: 786, start: '全力巩固空气质量改善成效，全' },
      to: { seed: '001', line: 28, start: '各镇、街道、产业园区管委会P' },
      label: 'continued',
      why: '各镇、街道、产业园区PM2.5、TSP力争下降',
    },
    {
      from: { seed: '000', line: 815, start: '实现主要大气污染物排放总量持' },
      to: { seed: '001', line: 37, start: '实现主要大气污染物排放总量持' },
      label: 'continued',
      why: '大气污染物总量减排, VOCs/NOx目标, “减二增一”',
    },
    {
      from: { seed: '000', line: 849, start: '完善VOCs网格化监测分析和' },
      to: { seed: '001', line: 393, start: '加强重点产业园区VOCs精准' },
      label: 'changed',
      why: 'VOCs高值区溯源排查与整治, 2026年收窄到重点产业园区',
    },
    {
      from: { seed: '000', line: 849, start: '完善VOCs网格化监测分析和' },
      to: { seed: '001', line: 316, start: '持续规范工业企业日常管理，围' },
      label: 'changed',
      why: 'VOCs治理设施升级改造, 2026年为设施耗材、密闭化与废气收集率',
    },
    {
      from: { seed: '000', line: 885, start: '对生产、流通环节涂料、胶粘剂' },
      to: { seed: '001', line: 305, start: '市场监管部门组织对生产和销售' },
      label: 'continued',
      why: '含VOCs产品抽检, 检测量46组→达到市级要求',
    },
    {
      from: { seed: '000', line: 923, start: '工程建设领域大力推广绿色环保' },
      to: { seed: '001', line: 305, start: '市场监管部门组织对生产和销售' },
      label: 'continued',
      why: '施工工地含VOCs产品抽检, 比例10%→15%',
    },
    {
      from: { seed: '000', line: 923, start: '工程建设领域大力推广绿色环保' },
      to: { seed: '001', line: 291, start: '各行业主管部门推进本行业使用' },
      label: 'changed',
      why: '建设工程低VOCs产品源头替代, 2026年改为各行业推广水性涂料与低VOCs胶粘剂',
    },
    {
      from: { seed: '000', line: 963, start: '区经济和信息化局鼓励工业涂装' },
      to: { seed: '001', line: 291, start: '各行业主管部门推进本行业使用' },
      label: 'changed',
      why: '工业涂装低VOCs原辅材料, 2026年并入各行业源头替代',
    },
    {
      from: { seed: '000', line: 987, start: '按照北京市沥青混合料绿色评价' },
      to: { seed: '001', line: 345, start: '结合《沥青混合料搅拌站绿色生' },
      label: 'changed',
      why: '沥青混合料绿色评价, 2026年为搅拌站排放管理与温拌沥青',
    },
    {
      from: { seed: '000', line: 1021, start: '以涉VOCs排放行业为重点，' },
      to: { seed: '001', line: 257, start: '深入实施强制性清洁生产审核管' },
      label: 'continued',
      why: '强制性清洁生产审核与监管',
    },
    {
      from: { seed: '000', line: 1021, start: '以涉VOCs排放行业为重点，' },
      to: { seed: '001', line: 266, start: '组织企业开展环保技术改造升级' },
      label: 'changed',
      why: '重点行业“一厂一策”精细化治理, 2026年与锅炉环保绩效分级合为一项',
    },
    {
      from: { seed: '000', line: 1054, start: '生物医药基地、大兴经开区牵头' },
      to: { seed: '001', line: 403, start: '研究建立重点产业园区排放清单' },
      label: 'changed',
      why: '园区VOCs排放总量与治理清单, 2026年为园区排放清单推动企业治理',
    },
    {
      from: { seed: '000', line: 1102, start: '区市场监管局依法对生产、销售' },
      to: { seed: '001', line: 224, start: '对生产、销售环节的车用油品、' },
      label: 'continued',
      why: '车用油品、还原剂、清净剂质量抽查与柴油抽检',
    },
    {
      from: { seed: '000', line: 1102, start: '区市场监管局依法对生产、销售' },
      to: { seed: '001', line: 231, start: '坚决打击“非标油”，全面清理' },
      label: 'continued',
      why: '打击黑加油站点、流动加油车等非法储存销售成品油',
    },
    {
      from: { seed: '000', line: 1129, start: '区商务局、区生态环境局督促加' },
      to: { seed: '001', line: 216, start: '督促加油站和储油库在夏季错峰' },
      label: 'continued',
      why: '夏季错峰装卸油, 鼓励夜间加油',
    },
    {
      from: { seed: '000', line: 1146, start: '持续巩固“无煤化”成果，组织' },
      to: { seed: '001', line: 590, start: '巩固基本“无煤化”成果，确保' },
      label: 'continued',
      why: '巩固“无煤化”成果, 清洁温暖过冬',
    },
    {
      from: { seed: '000', line: 1204, start: '组织对辖区内具备改造条件的燃' },
      to: { seed: '001', line: 266, start: '组织企业开展环保技术改造升级' },
      label: 'changed',
      why: '燃气锅炉深度低氮改造, 2026年为锅炉环保绩效分级与耦合新能源供热、深度低氮工程',
    },
    {
      from: { seed: '000', line: 1211, start: '推进本区新能源汽车推广应用工' },
      to: { seed: '001', line: 47, start: '推动新能源车保有量进一步提升' },
      label: 'continued',
      why: '新能源汽车推广, 年度目标→注册登记新能源车比例达市级要求',
    },
    {
      from: { seed: '000', line: 1291, start: '结合资源禀赋和功能定位，因地' },
      to: { seed: '001', line: 47, start: '推动新能源车保有量进一步提升' },
      label: 'changed',
      why: '辖区新能源车鼓励政策, 2026年为落实新能源车推广应用政策体系',
    },
    {
      from: { seed: '000', line: 1231, start: '各级财政支持的机关、事业单位' },
      to: { seed: '001', line: 104, start: '推进公共领域用车新能源化。新' },
      label: 'changed',
      why: '公务、执法执勤车辆新能源化, 2026年并入公共领域用车新能源化',
    },
    {
      from: { seed: '000', line: 1311, start: '新增和更新的公交车（不含应急' },
      to: { seed: '001', line: 104, start: '推进公共领域用车新能源化。新' },
      label: 'changed',
      why: '公交车新能源化, 2026年并入公共领域用车(出租车与驾校车不再列出)',
    },
    {
      from: { seed: '000', line: 1325, start: '协调北京大兴国际机场新增和更' },
      to: { seed: '001', line: 104, start: '推进公共领域用车新能源化。新' },
      label: 'changed',
      why: '机场大巴新能源化, 2026年并入公共领域用车',
    },
    {
      from: { seed: '000', line: 1346, start: '新增和更新的商超、快递等轻型' },
      to: { seed: '001', line: 104, start: '推进公共领域用车新能源化。新' },
      label: 'changed',
      why: '商超快递配送车新能源比例, 80%→达到市级要求',
    },
    {
      from: { seed: '000', line: 1359, start: '新增和更新的4.5吨以下环卫' },
      to: { seed: '001', line: 104, start: '推进公共领域用车新能源化。新' },
      label: 'changed',
      why: '环卫车新能源化, 2026年加淘汰50%国四及以下柴油环卫车',
    },
    {
      from: { seed: '000', line: 1371, start: '新增和更新的4.5吨以下邮政' },
      to: { seed: '001', line: 104, start: '推进公共领域用车新能源化。新' },
      label: 'changed',
      why: '轻型邮政车新能源化',
    },
    {
      from: { seed: '000', line: 1278, start: '配合落实市级存量社会燃油小客' },
      to: { seed: '001', line: 123, start: '落实小客车以旧换新补贴政策，' },
      label: 'continued',
      why: '存量社会小客车更新为新能源车, 激励政策→以旧换新补贴',
    },
    {
      from: { seed: '000', line: 1378, start: '区经济和信息化局牵头，落实氢' },
      to: { seed: '001', line: 623, start: '京南物流园区推进大宗货物清洁' },
      label: 'changed',
      why: '京南物流基地零排放物流示范区→京南物流园区大宗货物清洁运输40%',
    },
    {
      from: { seed: '000', line: 1400, start: '落实北京市经济鼓励、优先通行' },
      to: { seed: '001', line: 68, start: '推进货车新能源化。加快推动老' },
      label: 'continued',
      why: '老旧营运货车淘汰更新, 新能源货车优先通行',
    },
    {
      from: { seed: '000', line: 1435, start: '区住房城乡建设委落实推广纯电' },
      to: { seed: '001', line: 94, start: '推进混凝土搅拌车新能源化。按' },
      label: 'continued',
      why: '新能源混凝土搅拌车推广(优先通行, 搅拌站先行先试)',
    },
    {
      from: { seed: '000', line: 1435, start: '区住房城乡建设委落实推广纯电' },
      to: { seed: '001', line: 84, start: '推动生活和建筑垃圾运输车新能' },
      label: 'continued',
      why: '渣土车与环卫车新能源化政策→生活和建筑垃圾运输车新能源化与优先通行',
    },
    {
      from: { seed: '000', line: 1467, start: '加快推动叉车电动化，以工业园' },
      to: { seed: '001', line: 150, start: '推动重点行业企业、工业园区、' },
      label: 'changed',
      why: '叉车电动化100辆→场内叉车装载机基本新能源化, 非道路机械新能源化率35%',
    },
    {
      from: { seed: '000', line: 1550, start: '组织推进重点企业、工业园区、' },
      to: { seed: '001', line: 150, start: '推动重点行业企业、工业园区、' },
      label: 'changed',
      why: '园区、物流园区内部车辆和非道路机械电动化',
    },
    {
      from: { seed: '000', line: 1510, start: '严格实施国四非道路移动机械排' },
      to: { seed: '001', line: 190, start: '严格落实《北京市人民政府关于' },
      label: 'changed',
      why: '非道路机械排放管控, 政府投资项目使用新能源机械; 2026年改为禁用高排放机械区域通告',
    },
    {
      from: { seed: '000', line: 1510, start: '严格实施国四非道路移动机械排' },
      to: { seed: '001', line: 177, start: '住房城乡建设部门及时将非道路' },
      label: 'changed',
      why: '行业部门对在用非道路机械进出场管理, 2026年为“京环宝”进出场登记',
    },
    {
      from: { seed: '000', line: 1578, start: '区生态环境局加强对非道路移动' },
      to: { seed: '001', line: 177, start: '住房城乡建设部门及时将非道路' },
      label: 'continued',
      why: '未编码登记或超标非道路机械记入信用信息, 报送上级, 行业督导',
    },
    {
      from: { seed: '000', line: 1616, start: '区公安交通支队、区生态环境局' },
      to: { seed: '001', line: 704, start: '公安交管、生态环境部门在进京' },
      label: 'continued',
      why: '进京口和区内道路重型车人工检查, 新的检查强度要求',
    },
    {
      from: { seed: '000', line: 1616, start: '区公安交通支队、区生态环境局' },
      to: { seed: '001', line: 130, start: '配合市级部门研究落实摩托车管' },
      label: 'continued',
      why: '配合市级部门落实摩托车管理政策',
    },
    {
      from: { seed: '000', line: 1662, start: '落实北京市“十四五”时期推进' },
      to: { seed: '001', line: 59, start: '严格落实交通运输结构调整工作' },
      label: 'continued',
      why: '运输结构调整, 提升货物到发绿色运输比例',
    },
    {
      from: { seed: '000', line: 1682, start: '鼓励重点企业开展零排放货物运' },
      to: { seed: '001', line: 633, start: '推动货物绿色运输，建设零排放' },
      label: 'continued',
      why: '零排放货运车队, 试点→至少3家',
    },
    {
      from: { seed: '000', line: 1706, start: '定期通报全区、各属地降尘量、' },
      to: { seed: '001', line: 536, start: '按照市级通报监测结果及时提示' },
      label: 'changed',
      why: '降尘、TSP、道路尘负荷排名通报→按市级通报提示道路扬尘负荷高值',
    },
    {
      from: { seed: '000', line: 1721, start: '加强扬尘防治精细化管理，在重' },
      to: { seed: '001', line: 513, start: '推广基坑气膜等全密闭施工先进' },
      label: 'changed',
      why: '推广抑尘施工技术: 防尘天幕、流态固化土→基坑气膜全密闭施工',
    },
    {
      from: { seed: '000', line: 1721, start: '加强扬尘防治精细化管理，在重' },
      to: { seed: '001', line: 472, start: '进一步提升施工工地绿色施工水' },
      label: 'changed',
      why: '“绿牌”工地创建→落实《绿色施工管理规程》提升绿色施工水平',
    },
    {
      from: { seed: '000', line: 1813, start: '行业主管部门每季度更新施工工' },
      to: { seed: '001', line: 484, start: '开展工地（场站）出入口规范管' },
      label: 'changed',
      why: '工地出入口扬尘管控, 杜绝带泥上路; 2026年为出入口规范管理专项行动',
    },
    {
      from: { seed: '000', line: 1936, start: '各属地定期更新辖区内房建、拆' },
      to: { seed: '001', line: 499, start: '强化小微工地精细化管理。各行' },
      label: 'changed',
      why: '属地小微工程等扬尘管控→小微工地精细化管理与施工规范',
    },
    {
      from: { seed: '000', line: 1971, start: '区城市管理委、区环卫中心提升' },
      to: { seed: '001', line: 524, start: '落实《城市道路清扫保洁质量与' },
      label: 'changed',
      why: '道路清扫保洁水平→清扫保洁标准与机械化作业率97.5%',
    },
    {
      from: { seed: '000', line: 1971, start: '区城市管理委、区环卫中心提升' },
      to: { seed: '001', line: 557, start: '持续开展道路“升优”行动。各' },
      label: 'changed',
      why: '道路尘负荷较高道路属地整改→差等级道路整改提级',
    },
    {
      from: { seed: '000', line: 2008, start: '区园林绿化局强化绿化过程技术' },
      to: { seed: '001', line: 573, start: '深入开展“揭网见绿”专项行动' },
      label: 'changed',
      why: '裸地绿化治理→“揭网见绿”专项行动',
    },
    {
      from: { seed: '000', line: 2032, start: '各属地定期更新裸地台账，做好' },
      to: { seed: '001', line: 580, start: '因地制宜、分类施策，实现裸地' },
      label: 'continued',
      why: '属地裸地动态清零/动态整治',
    },
    {
      from: { seed: '000', line: 2054, start: '依据《北京市新增产业的禁止和' },
      to: { seed: '001', line: 371, start: '继续推行餐饮油烟重点点位包案' },
      label: 'changed',
      why: '餐饮油烟源头管控→重点点位包案与源头引导, 治理提升80家',
    },
    {
      from: { seed: '000', line: 2091, start: '落实《北京市烟花爆竹安全管理' },
      to: { seed: '001', line: 603, start: '严格落实《北京市烟花爆竹安全' },
      label: 'continued',
      why: '烟花爆竹禁限放',
    },
    {
      from: { seed: '000', line: 2108, start: '积极开展文明祭祀宣传，引导市' },
      to: { seed: '001', line: 611, start: '大力倡导市民践行文明祭扫，弘' },
      label: 'continued',
      why: '文明祭祀',
    },
    {
      from: { seed: '000', line: 2236, start: '完善空气重污染绩效分级管理，' },
      to: { seed: '001', line: 683, start: '对标空气重污染应急环保绩效评' },
      label: 'changed',
      why: '重污染绩效分级与应急减排清单→重点用车单位门禁视频联网',
    },
    {
      from: { seed: '000', line: 2266, start: '提升大气污染溯源能力，持续开' },
      to: { seed: '001', line: 674, start: '深化大气治理智慧化监管应用，' },
      label: 'changed',
      why: '新技术监测溯源→大气治理智慧化监管',
    },
    {
      from: { seed: '000', line: 2292, start: '提高污染防治精准性，依托智慧' },
      to: { seed: '001', line: 674, start: '深化大气治理智慧化监管应用，' },
      label: 'changed',
      why: '智慧生态平台数据治理→智慧化监管',
    },
    {
      from: { seed: '000', line: 2305, start: '区生态环境局定期通报PM2.' },
      to: { seed: '001', line: 714, start: '生态环境部门结合季节特点，以' },
      label: 'continued',
      why: '贯穿全年的环境问题执法检查, 重点领域专项执法',
    },
    {
      from: { seed: '000', line: 2305, start: '区生态环境局定期通报PM2.' },
      to: { seed: '001', line: 697, start: '全面实行排污许可制。重点审核' },
      label: 'changed',
      why: '排污许可证后监管与环境信息依法披露→排污许可审核与执行报告',
    },
    {
      from: { seed: '000', line: 2375, start: '区经济和信息化、生态环境等部' },
      to: { seed: '001', line: 728, start: '在建筑、交通、新能源、技术创' },
      label: 'changed',
      why: '绿色金融支持引领企业→金融机构绿色金融支持, 以绿色绩效评价为参考',
    },
    {
      from: { seed: '000', line: 2375, start: '区经济和信息化、生态环境等部' },
      to: { seed: '001', line: 284, start: '鼓励企业和项目开展绿色绩效评' },
      label: 'changed',
      why: '绿色引领企业名录→绿色企业和绿色项目库',
    },
    {
      from: { seed: '000', line: 2387, start: '区生态环境局、区财政局加强资' },
      to: { seed: '001', line: 736, start: '生态环境、财政部门加强资金统' },
      label: 'continued',
      why: '资金统筹, 项目储备与资金使用管理',
    },
  ],
  unmatchedFrom: [
    { seed: '000', line: 1039, start: '组织重点企业实施绿色诊断，支' }, // 绿色诊断与绿色化改造: 2026年无对应(疑: 001:266 环保技术改造升级)
    { seed: '000', line: 1072, start: '组织黄村印刷包装产业基地开展' }, // 黄村印刷包装产业基地溯源评估: 2026年无对应(疑: 001:330 印刷行业试点)
    { seed: '000', line: 1182, start: '编制完成新城地区供热规划，逐' }, // 新城地区供热规划
    { seed: '000', line: 1184, start: '落实《北京市新增产业的禁止和' }, // 禁止新增燃气独立供暖(疑: 001:249 同引用该目录, 但要求是淘汰退出产能)
    { seed: '000', line: 1604, start: '严格实施国六b机动车排放标准' }, // 国六b标准
    { seed: '000', line: 1635, start: '区市场监管局牵头开展机动车检' }, // 机动车检验领域专项整治
    { seed: '000', line: 1694, start: '全区及各属地降尘量控制在5吨' }, // 降尘量5吨目标
    { seed: '000', line: 1731, start: '根据大兴区工程建设项目环境保' }, // 评分靠后工地专项执法检查
    { seed: '000', line: 1742, start: '实施施工工地项目经理环保培训' }, // 项目经理环保培训
    { seed: '000', line: 1755, start: '区住房城乡建设委配合市级部门' }, // 扬尘视频监控平台
    { seed: '000', line: 1793, start: '配合市级部门组织土石方工程、' }, // 车牌识别和洗轮机监测视频
    { seed: '000', line: 1847, start: '组织开展渣土运输专项整治行动' }, // 渣土运输专项整治(疑: 001:557 严查道路遗撒)
    { seed: '000', line: 1880, start: '城管执法部门加强对扬尘执法工' }, // 扬尘执法指导与按日连续处罚(疑: 001:714 城管执法专项执法)
    { seed: '000', line: 1914, start: '落实《北京市建筑业企业违法违' }, // 建筑业记分与扬尘闭环管理
    { seed: '000', line: 2078, start: '持续做好消耗臭氧层物质企业备' }, // 消耗臭氧层物质备案
    { seed: '000', line: 2083, start: '落实《城镇污水处理厂大气污染' }, // 污水处理厂大气污染物专项执法
    { seed: '000', line: 2133, start: '完成声环境功能区划分情况评估' }, // 声环境功能区(2026年无噪声任务)
    { seed: '000', line: 2138, start: '区住房城乡建设委优化夜间施工' }, // 夜间施工
    { seed: '000', line: 2166, start: '按照北京市交通运输专项补助资' }, // 交通噪声治理
    { seed: '000', line: 2191, start: '加强生态环境类诉求办理工作，' }, // 接诉即办“管家”机制
    { seed: '000', line: 2223, start: '落实京津冀生态环境执法联动工' }, // 京津冀执法联动
    { seed: '000', line: 2261, start: '强化污染过程预报预警，探索开' }, // 预报预警, 气象AI预报
    { seed: '000', line: 2274, start: '完善重点企业产污、治污、排污' }, // 重点企业用电监测108家(疑: 001:674 智慧化监管)
    { seed: '000', line: 2403, start: '充分发挥施工扬尘环保税调控作' }, // 施工扬尘环保税
  ],
  unmatchedTo: [
    { seed: '001', line: 140, start: '研究货车和大中客车补能规划，' }, // 货车、大中客车补能设施规划
    { seed: '001', line: 169, start: '区属公园使用的草坪机、割灌机' }, // 园林机械新能源化
    { seed: '001', line: 208, start: '做好施工工地周边补能设施配套' }, // 施工工地补能与用电增容
    { seed: '001', line: 242, start: '持续推进重点行业企业绿色升级' }, // 绿色企业比率35%
    { seed: '001', line: 249, start: '落实《北京市新增产业的禁止和' }, // 淘汰退出落后产能工艺
    { seed: '001', line: 323, start: '结合2025年《国家污染防治' }, // 低效治理技术整治
    { seed: '001', line: 330, start: '落实印刷行业低VOCs物料源' }, // 印刷行业末端治理适应性试点
    { seed: '001', line: 337, start: '落实《汽车维修业污染防治技术' }, // 汽修行业创绿
    { seed: '001', line: 362, start: '落实市级生活垃圾焚烧大气污染' }, // 生活垃圾焚烧减排
    { seed: '001', line: 385, start: '探索在干洗行业重点企业推进全' }, // 干洗行业设备更新
    { seed: '001', line: 416, start: '加强城市环境秩序整治。完善城' }, // 城市环境秩序整治
    { seed: '001', line: 433, start: '提升城市环境品质。巩固背街小' }, // 背街小巷治理
    { seed: '001', line: 440, start: '各部门、各镇、各街道、各产业' }, // 扬尘负荷差等级道路比例不超过3%
    { seed: '001', line: 456, start: '以3-5月为重点开展扬尘专项' }, // 扬尘专项治理百日攻坚
    { seed: '001', line: 644, start: '建设“全电工地”，至少在1个' }, // “全电工地”
    { seed: '001', line: 654, start: '打造“创A”锅炉，至少建设1' }, // “创A”锅炉(疑: 000:1204 低氮改造)
    { seed: '001', line: 664, start: '打造大气精细化治理镇、街道，' }, // 大气精细化治理镇街
  ],
};

export const daxingWater2023To2026: AnnotatedPair = {
  kind: 'continuation',
  from: { seed: '000', plan: '大兴区水污染防治2023年行动计划' },
  to: { seed: '001', plan: '持续污染防治攻坚2026年行动计划' },
  toSection: '二、建设美丽河湖',
  links: [
    {
      from: { seed: '000', line: 2447, start: '全区水生态环境质量稳中向好。' },
      to: { seed: '001', line: 748, start: '持续巩固水生态环境质量改善成' },
      label: 'continued',
      why: '水生态环境质量目标: 考核断面, 区级水源地, 地下水水质稳定',
    },
    {
      from: { seed: '000', line: 2469, start: '实现主要水污染物排放总量持续' },
      to: { seed: '001', line: 763, start: '实现主要水污染物排放总量持续' },
      label: 'continued',
      why: '水污染物总量减排, 新周期目标(COD、氨氮→COD、总磷“十五五”)',
    },
    {
      from: { seed: '000', line: 2508, start: '完善饮用水水源地名录，9月底' },
      to: { seed: '001', line: 774, start: '加强饮用水供水厂站水源水和出' },
      label: 'continued',
      why: '供水厂站水源水和出厂水检测, 不达标水源置换/集中供水/深度处理',
    },
    {
      from: { seed: '000', line: 2508, start: '完善饮用水水源地名录，9月底' },
      to: { seed: '001', line: 782, start: '统筹实施辖区饮用水水源地规范' },
      label: 'continued',
      why: '农村水源井周边30米巡查',
    },
    {
      from: { seed: '000', line: 2581, start: '开展水源地专项执法和日常监管' },
      to: { seed: '001', line: 782, start: '统筹实施辖区饮用水水源地规范' },
      label: 'continued',
      why: '水源保护区封闭隔离设施与标志标识, 动态清理整治环境问题',
    },
    {
      from: { seed: '000', line: 2544, start: '开展饮用水水源地环境状况年度' },
      to: { seed: '001', line: 791, start: '开展全区饮用水水源地环境状况' },
      label: 'continued',
      why: '水源地环境状况年度调查评估, “一源一档”',
    },
    {
      from: { seed: '000', line: 2595, start: '每季度向社会公开区级集中式生' },
      to: { seed: '001', line: 800, start: '加强饮用水水质监测评价，调整' },
      label: 'continued',
      why: '按季度公开区级、乡镇级饮用水安全状况信息',
    },
    {
      from: { seed: '000', line: 2642, start: '配合市级部门建立地下水污染风' },
      to: { seed: '001', line: 810, start: '结合全国地下水污染调查评价工' },
      label: 'changed',
      why: '地下水污染风险源信息调查→安定垃圾填埋场地下水调查评估',
    },
    {
      from: { seed: '000', line: 2676, start: '持续推进节水型社会建设，全区' },
      to: { seed: '001', line: 826, start: '持续推进节水型社会建设，全区' },
      label: 'continued',
      why: '节水型社会建设, 用水总量与单位GDP水耗达市级要求',
    },
    {
      from: { seed: '000', line: 2701, start: '区水务局负责实施本区第四个城' },
      to: { seed: '001', line: 850, start: '建设完成污水管线3公里，建设' },
      label: 'continued',
      why: '新建污水管线2公里→3公里, 再生水配置',
    },
    {
      from: { seed: '000', line: 2740, start: '加大雨污混接错接巡查整治力度' },
      to: { seed: '001', line: 985, start: '组织开展雨污混接错接巡查整治' },
      label: 'continued',
      why: '雨污混接错接巡查整治',
    },
    {
      from: { seed: '000', line: 2780, start: '加强汛期雨水面源污染和溢流污' },
      to: { seed: '001', line: 985, start: '组织开展雨污混接错接巡查整治' },
      label: 'continued',
      why: '厂网联合调度, 雨前加大抽升, 降低管网液位, 减少溢流',
    },
    {
      from: { seed: '000', line: 2780, start: '加强汛期雨水面源污染和溢流污' },
      to: { seed: '001', line: 997, start: '持续开展“清管行动”。汛期前' },
      label: 'continued',
      why: '“清管行动”, 汛期前清掏雨水管涵、雨箅子',
    },
    {
      from: { seed: '000', line: 2780, start: '加强汛期雨水面源污染和溢流污' },
      to: { seed: '001', line: 1007, start: '强化汛期河湖水环境精细化管理' },
      label: 'changed',
      why: '雨后入河排口排污检查, 2026年加雨前沟渠清理与雨后断面水体清理',
    },
    {
      from: { seed: '000', line: 2813, start: '加快农村污水处理设施建设，优' },
      to: { seed: '001', line: 865, start: '巩固农村污水治理成效，推动农' },
      label: 'changed',
      why: '农村污水处理设施建设→巩固治理成效, 三格式化粪池全覆盖',
    },
    {
      from: { seed: '000', line: 2876, start: '强化现有设施的监管。配合市级' },
      to: { seed: '001', line: 865, start: '巩固农村污水治理成效，推动农' },
      label: 'changed',
      why: '已建农村污水设施运行监管→巩固农村污水治理成效',
    },
    {
      from: { seed: '000', line: 2891, start: '加大农村生活污水处理设施监督' },
      to: { seed: '001', line: 920, start: '巩固多部门联合执法机制，适时' },
      label: 'changed',
      why: '农村污水处理设施执法, 2026年并入流域“点穴”专项执法',
    },
    {
      from: { seed: '000', line: 2979, start: '加大工业污染防治力度，工业园' },
      to: { seed: '001', line: 874, start: '聚焦工业园区污水收集和集中处' },
      label: 'changed',
      why: '工业园区污水集中收集处理设施→园区污水收集处理排查整治与规范管理',
    },
    {
      from: { seed: '000', line: 3006, start: '开展排污许可证单位执行报告提' },
      to: { seed: '001', line: 697, start: '全面实行排污许可制。重点审核' },
      label: 'continued',
      why: '排污许可执行报告审核, 20%→三分之一(2026年在大气部分)',
    },
    {
      from: { seed: '000', line: 3040, start: '巩固清理整治成效，问题排口动' },
      to: { seed: '001', line: 885, start: '加强入河排污口长效监督管理，' },
      label: 'continued',
      why: '巩固排口整治成效, 违规排口动态清零, 监督检查',
    },
    {
      from: { seed: '000', line: 3040, start: '巩固清理整治成效，问题排口动' },
      to: { seed: '001', line: 896, start: '依法依规做好新建、改建、扩建' },
      label: 'continued',
      why: '入河排口设置审批, 动态管理台账',
    },
    {
      from: { seed: '000', line: 3097, start: '发挥“河长制”统筹作用，加强' },
      to: { seed: '001', line: 907, start: '发挥“河长制”统筹作用，对黑' },
      label: 'changed',
      why: '“河长制”统筹, 2026年聚焦黑臭、劣V类反弹风险水体与沿线污水收集',
    },
    {
      from: { seed: '000', line: 3117, start: '加强对黑臭水体、农村小微水体' },
      to: { seed: '001', line: 907, start: '发挥“河长制”统筹作用，对黑' },
      label: 'changed',
      why: '黑臭、劣V类水体巡查→反弹风险水体日常巡查管护',
    },
    {
      from: { seed: '000', line: 3157, start: '加强污染减排与生态扩容，防止' },
      to: { seed: '001', line: 907, start: '发挥“河长制”统筹作用，对黑' },
      label: 'changed',
      why: '防止劣V类水体反弹',
    },
    {
      from: { seed: '000', line: 3170, start: '落实小微水体动态管理及长效管' },
      to: { seed: '001', line: 907, start: '发挥“河长制”统筹作用，对黑' },
      label: 'changed',
      why: '小微水体日常巡查管护→支沟毛渠日常巡查管护',
    },
    {
      from: { seed: '000', line: 3213, start: '巩固多部门联合执法机制，加大' },
      to: { seed: '001', line: 920, start: '巩固多部门联合执法机制，适时' },
      label: 'continued',
      why: '多部门联合执法, 流域“点穴”执法',
    },
    {
      from: { seed: '000', line: 3234, start: '严厉打击向城市雨水管道排污及' },
      to: { seed: '001', line: 1007, start: '强化汛期河湖水环境精细化管理' },
      label: 'changed',
      why: '打击向雨水管道、河道排污倾倒→严厉打击污水直排、借雨偷排',
    },
    {
      from: { seed: '000', line: 3268, start: '加强指导帮扶，聚焦饮用水水源' },
      to: { seed: '001', line: 963, start: '加强各类风险隐患排查，聚焦重' },
      label: 'changed',
      why: '聚焦水源地、汛期等重点问题推动整改→风险隐患排查与问题清单',
    },
    {
      from: { seed: '000', line: 3286, start: '根据国家及市级有关部门部署，' },
      to: { seed: '001', line: 943, start: '保障重点河流生态流量。配合市' },
      label: 'continued',
      why: '河流生态流量, 配合永定河生态补水',
    },
    {
      from: { seed: '000', line: 3370, start: '配合市级部门推进永定河综合治' },
      to: { seed: '001', line: 950, start: '配合市级部门完成永定河卢梁段' },
      label: 'changed',
      why: '永定河综合治理与生态修复→卢梁段综合提升工程收尾',
    },
    {
      from: { seed: '000', line: 3389, start: '配合市级部门完善本市水生态环' },
      to: { seed: '001', line: 1034, start: '参照本市《河流和湖库水生态质' },
      label: 'continued',
      why: '河湖水生态环境状况监测评价',
    },
  ],
  unmatchedFrom: [
    { seed: '000', line: 2529, start: '结合饮用水水源地名录及区域规' }, // 水源保护区划定(村级“万人千吨”补充划定)
    { seed: '000', line: 2616, start: '落实辖区地下水水质保持方案，' }, // 地下水水质保持方案与13个监测点
    { seed: '000', line: 2633, start: '推进地下水超采治理，落实“北' }, // 地下水超采治理
    { seed: '000', line: 2685, start: '进一步加强用水总量管控，提高' }, // 用水总量分解下达至街道(乡镇)(疑: 001:826 用水总量)
    { seed: '000', line: 2831, start: '因地制宜推广小微湿地治理农村' }, // 采育镇小微湿地治理农村污水
    { seed: '000', line: 2899, start: '深入推进农村环境整治工作，完' }, // 农村环境整治
    { seed: '000', line: 2923, start: '加强水产养殖污染防治。加强绿' }, // 水产养殖污染防治
    { seed: '000', line: 2955, start: '加强医疗机构监管，定期检查医' }, // 医疗机构污水监管
    { seed: '000', line: 2992, start: '中关村科技园区大兴生物医药基' }, // 开发区地下水监测(001:1104 在土壤部分, 同样文字但对象改为土壤)
    { seed: '000', line: 3068, start: '推进入河排口精细化管理，加强' }, // 排口精细化管理与在线监管平台(疑: 001:885)
    { seed: '000', line: 3190, start: '落实市级部门水生态区域补偿办' }, // 水生态区域补偿
    { seed: '000', line: 3313, start: '完成再生水补给河道生态修复（' }, // 凤河长子营段生态修复试点收尾
    { seed: '000', line: 3327, start: '推进大兴区大龙河安定段水生态' }, // 大龙河安定段水生态修复
    { seed: '000', line: 3410, start: '加强区级生态环境监测能力建设' }, // 区级监测能力建设
  ],
  unmatchedTo: [
    { seed: '001', line: 819, start: '核实辖区加油站（点）埋地油罐' }, // 加油站埋地油罐防渗漏
    { seed: '001', line: 836, start: '健全供水管网漏损管控体系，推' }, // 供水管网漏损率8%以内
    { seed: '001', line: 857, start: '针对大兴区长子营再生水厂、青' }, // 再生水厂进水BOD5偏低整治
    { seed: '001', line: 933, start: '统筹生活、生产、生态用水配置' }, // 统筹用水配置, 再生水补水, 水系连通性
    { seed: '001', line: 974, start: '加强分析研判与应急处置，对汛' }, // 汛期水质监测预警与应急处置
    { seed: '001', line: 1023, start: '有序推进辖区美丽幸福河湖保护' }, // 美丽幸福河湖建设
    { seed: '001', line: 1044, start: '开展美丽幸福河湖保护与建设工' }, // 美丽幸福河湖年度评估, “一河一策”
  ],
};
