/**
 * Hand-annotated measure alignments (issue 18, item 5): the ground truth the alignment is measured against.
 *
 * Work in progress: 002 大气 → 000 大气 (cityAir2023ToDaxing) is annotated, read measure by measure from both plans
 * (84 city, 72 district measures); the other pairs follow.
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
