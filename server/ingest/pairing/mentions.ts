/**
 * Where a measure's text names a unit: "市城管委牵头…", "住房城乡建设、园林绿化、农业农村等部门…",
 * "丰台、房山、朝阳…", "各区…". The city plan's measures name their actors this way far more
 * often than its tables pair them, so a mention is the evidence that pairs a unit group with a
 * measure when the table's layout does not.
 */
import type { Unit } from '../../model/model.ts';
import { DISTRICTS } from '../units/divisions.ts';

export interface Mention {
  /** The phrase of the measure text, as printed (spaces removed). */
  phrase: string;
  /** Where it starts in the measure text. */
  at: number;
  /** 2 when the text names the unit, 1 when it names only the unit's line of work (环卫 for 市城市管理委). */
  weight: number;
}

/** The phrases that stand for a unit: names, and words for its line of work. */
export interface Phrases {
  names: string[];
  work: string[];
}

/** Level prefixes and body suffixes around a department's stem: 市 + 城市管理 + 委. */
const PREFIX = /^(北京市|市|区)/;
const SUFFIX = /(委员会|人民政府|政府|管委会|办公室|委|局|办|中心)$/;

/** Short forms the plans write for a stem (市城管委, 住建部门, 公安交管). */
const SHORT_FORMS: Record<string, string[]> = {
  城市管理: ['城管'],
  住房城乡建设: ['住房和城乡建设', '住建'],
  经济和信息化: ['经信'],
  发展改革: ['发改'],
  规划自然资源: ['规划和自然资源', '规自'],
  邮政管理: ['邮政'],
  市场监管: ['市场监督管理'],
  农业农村: ['农业'],
  北京经济技术开发区: ['经济技术开发区', '经开区', '亦庄'],
  新能源汽车联席工作会议成员单位: ['成员单位'],
};

/**
 * A department's line of work, as measures word it when they do not name the department:
 * 002:136 pairs 环卫车 with 市城市管理委, 快递 with 市邮政管理局, 公交 with 市交通委. Weaker
 * evidence than a name, and only ever used to choose among the groups the row prints.
 */
const WORK: Record<string, string[]> = {
  城市管理: ['环卫', '垃圾', '燃煤锅炉', '供热', '煤改清洁能源', '充电设施', '道路清扫', '渣土'],
  住房城乡建设: ['施工', '工地', '混凝土', '房屋建筑'],
  交通: ['公交', '出租车', '网约车', '机场大巴', '公路', '运输结构'],
  邮政管理: ['快递', '邮政'],
  商务: ['商超', '加油站', '储油库'],
  市场监管: ['抽检', '产品质量', '检验'],
  财政: ['补贴', '财政'],
  发展改革: ['价格', '收费'],
  经济和信息化: ['工业', '水泥', '园区'],
  农业农村: ['农村', '村庄', '秸秆', '养殖', '化肥', '农药', '农作物'],
  水务: ['污水', '排水', '河道', '水源', '地下水', '再生水', '河长'],
  园林绿化: ['绿化', '园林', '林下'],
  卫生健康: ['饮用水卫生', '医疗'],
  规划自然资源: ['规划', '国土空间'],
  机关事务: ['公务用车', '机关'],
};

/** Whole words too general to stand for one department on their own. */
const TOO_GENERAL = new Set(['各', '各级', '相关', '有关']);

const known = new WeakMap<Unit, Map<string, Phrases>>();

/** The phrases that stand for `unit` in a measure text, longest first (worked out once per unit and spelling). */
export function phrasesFor(unit: Unit, asWritten: string): Phrases {
  let bySpelling = known.get(unit);
  if (!bySpelling) known.set(unit, (bySpelling = new Map()));
  let phrases = bySpelling.get(asWritten);
  if (!phrases) bySpelling.set(asWritten, (phrases = workOutPhrases(unit, asWritten)));
  return phrases;
}

function workOutPhrases(unit: Unit, asWritten: string): Phrases {
  const phrases = new Set<string>();
  const work = new Set<string>();
  const names = [unit.name, ...unit.aliases, asWritten.replace(/[（(].*$/, '')];
  // A qualified form names its office too: 市经济和信息化局（市新能源汽车联席工作会议办公室）.
  for (const inner of asWritten.matchAll(/[（(]([^）)]+)[）)]/g))
    if (!inner[1]!.startsWith('含')) names.push(inner[1]!);
  for (const name of names) {
    const bare = name.replace(/[（(].*$/, '');
    if (bare.length >= 2) phrases.add(bare);
    const stem = bare.replace(PREFIX, '').replace(SUFFIX, '');
    if (stem.length >= 2 && !TOO_GENERAL.has(stem)) {
      phrases.add(stem);
      for (const short of SHORT_FORMS[stem] ?? []) phrases.add(short);
      for (const word of WORK[stem] ?? []) work.add(word);
    }
  }
  for (const phrase of collectivePhrases(unit)) phrases.add(phrase);
  const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length);
  return { names: longestFirst(phrases), work: longestFirst(work) };
}

/** District governments by their district (朝阳区, 朝阳); 各区… and 相关区… by the words that address them. */
function collectivePhrases(unit: Unit): string[] {
  const district = DISTRICTS.find((d) => unit.name === `${d.name}政府` || unit.name === `${d.name}人民政府`);
  if (district) return [district.name, district.name.replace(/区$/, '')];
  if (unit.kind !== 'collective') return [];
  if (/^各区/.test(unit.name) || /^区政府/.test(unit.name)) return ['各区'];
  if (/^(相关|有关)区/.test(unit.name)) return ['相关区', '有关区', ...DISTRICTS.map((d) => d.name)];
  return [];
}

/** The first place `text` names the unit, else the first place it names its line of work, or undefined. */
export function findMention(text: string, phrases: Phrases): Mention | undefined {
  const named = first(text, phrases.names, 2);
  return named ? widen(text, named) : first(text, phrases.work, 1);
}

function first(text: string, phrases: readonly string[], weight: number): Mention | undefined {
  let best: Mention | undefined;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase);
    if (at >= 0 && (!best || at < best.at)) best = { phrase, at, weight };
  }
  return best;
}

/**
 * The mention as a reader would quote it: the whole name around a stem (城管 → 市城管委) and
 * what the text says the unit does right after it (市城管委牵头).
 */
function widen(text: string, { phrase, at, weight }: Mention): Mention {
  const start = at > 0 && /[市区]/.test(text[at - 1]!) ? at - 1 : at;
  const rest = text.slice(at + phrase.length);
  const tail =
    /^(委员会|委|局|部门|政府)?(牵头|负责|组织|会同|加强|制定|推动|推进|督促|统筹|指导|完成|开展|落实)?/.exec(rest)![0];
  return { phrase: text.slice(start, at + phrase.length + tail.length), at: start, weight };
}
