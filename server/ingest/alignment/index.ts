/**
 * Links measures across plans (issue 18): down the levels (a city measure → the district
 * measures of the same year and topic that implement it) and across the years (a district
 * measure → its counterpart in the same district's next plan with that topic). Computed at
 * ingest, deterministically; a pair is linked when its similarity reaches LINK_THRESHOLD.
 * What finds no counterpart is kept too: gaps, new and dropped measures.
 */
import type { Measure, MeasureLink, Model, Plan, Topic, Unit, UnmatchedMeasure } from '../../model/model.ts';
import { topicOf } from '../interpret.ts';
import { Corpus, sharedPhrases } from './similarity.ts';

/**
 * When two measures are linked: the best counterpart of either (the to-measure's most alike
 * from-measure, or the from-measure's most alike to-measure) from `best` on, and any other
 * nearly as alike (RUNNER_UP of the best) from `near` on. Continuations are reworded more than
 * a district's copy of a city measure, so they are linked from lower similarities. Chosen on the
 * hand-annotated links (bench/alignment.ts, BENCHMARKS.md).
 */
export const THRESHOLDS: Record<MeasureLink['kind'], Thresholds> = {
  cascade: { best: 0.18, near: 0.3 },
  continuation: { best: 0.1, near: 0.25 },
};
/** From this similarity on, a continuation carries the requirement on (`continued`); below, it `changed`. */
export const CONTINUED_THRESHOLD = 0.3;
const RUNNER_UP = 0.85;

export interface Thresholds {
  best: number;
  near: number;
}

type Content = Pick<Model, 'plans' | 'sections' | 'tasks' | 'measures' | 'assignments' | 'units'>;

export function alignPlans(
  model: Content,
  thresholds: Record<MeasureLink['kind'], Thresholds> = THRESHOLDS,
): { links: MeasureLink[]; unmatched: UnmatchedMeasure[] } {
  const index = new Map(model.measures.map((m, i) => [m.id, i]));
  const corpus = new Corpus(model.measures.map((m) => m.text));
  const topics = measureTopics(model);
  const byPlanTopic = (plan: Plan, topic: Topic) =>
    model.measures.filter((m) => m.planId === plan.id && topics.get(m.id) === topic);
  const demands = demandsOf(model);
  const links: MeasureLink[] = [];
  const unmatched: UnmatchedMeasure[] = [];
  const link = (kind: MeasureLink['kind'], from: Measure[], to: Measure[]) => {
    const { best, near } = thresholds[kind];
    const score = from.map((f) => to.map((t) => corpus.similarity(index.get(f.id)!, index.get(t.id)!)));
    const fromBest = score.map((row) => Math.max(0, ...row));
    const toBest = to.map((_, j) => Math.max(0, ...score.map((row) => row[j]!)));
    const found: MeasureLink[] = [];
    from.forEach((f, i) =>
      to.forEach((t, j) => {
        const s = score[i]![j]!;
        const isBest = s >= best && (s === fromBest[i] || s === toBest[j]);
        const isNear = s >= near && (s >= fromBest[i]! * RUNNER_UP || s >= toBest[j]! * RUNNER_UP);
        if (!isBest && !isNear) return;
        found.push({
          kind,
          from: f.id,
          to: t.id,
          score: Math.round(s * 1000) / 1000,
          ...(kind === 'continuation' ? { label: s >= CONTINUED_THRESHOLD ? 'continued' : 'changed' } : {}),
          evidence: sharedPhrases(f.text, t.text),
        });
      }),
    );
    links.push(...found);
    return found;
  };

  const districts = model.plans.filter((p) => p.jurisdiction !== '北京市');
  for (const city of model.plans.filter((p) => p.jurisdiction === '北京市')) {
    for (const district of districts.filter((d) => d.year === city.year)) {
      const to = byPlanTopic(district, city.topic);
      if (to.length === 0) continue;
      const from = byPlanTopic(city, city.topic);
      const found = link('cascade', from, to);
      const taken = new Set(found.map((l) => l.from));
      for (const m of from)
        if (!taken.has(m.id) && demands(m).has(district.jurisdiction))
          unmatched.push({ kind: 'gap', measureId: m.id, otherPlanId: district.id });
    }
  }

  for (const [earlier, later, topic] of consecutivePlans(model, topics)) {
    const from = byPlanTopic(earlier, topic);
    const to = byPlanTopic(later, topic);
    const found = link('continuation', from, to);
    const fromLinked = new Set(found.map((l) => l.from));
    const toLinked = new Set(found.map((l) => l.to));
    for (const m of from)
      if (!fromLinked.has(m.id)) unmatched.push({ kind: 'dropped', measureId: m.id, otherPlanId: later.id });
    for (const m of to)
      if (!toLinked.has(m.id)) unmatched.push({ kind: 'new', measureId: m.id, otherPlanId: earlier.id });
  }
  return { links, unmatched };
}

/** Each measure's topic: its plan's, or for a plan of several topics (001), its chapter's (一、共筑美丽蓝天 → 大气). */
function measureTopics(model: Content): Map<string, Topic> {
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const sections = new Map(model.sections.map((s) => [s.id, s]));
  return new Map(
    model.measures.map((m) => {
      const plan = plans.get(m.planId)!;
      if (plan.topic !== '综合') return [m.id, plan.topic];
      const section = tasks.get(m.taskId)?.sectionId;
      const chapter = section ? sections.get(section)!.path[0]! : '';
      return [m.id, chapterTopic(chapter)];
    }),
  );
}

function chapterTopic(chapter: string): Topic {
  if (/蓝天|大气/.test(chapter)) return '大气';
  if (/河湖|碧水|水/.test(chapter)) return '水';
  if (/净土|土壤/.test(chapter)) return '土壤';
  return topicOf(chapter);
}

/** For each district and topic, its plans with measures of that topic in year order, as consecutive pairs. */
function consecutivePlans(model: Content, topics: Map<string, Topic>): [Plan, Plan, Topic][] {
  const pairs: [Plan, Plan, Topic][] = [];
  const planTopics = new Map<string, Set<Topic>>();
  for (const m of model.measures) {
    const set = planTopics.get(m.planId) ?? new Set<Topic>();
    set.add(topics.get(m.id)!);
    planTopics.set(m.planId, set);
  }
  const districts = new Set(model.plans.filter((p) => p.jurisdiction !== '北京市').map((p) => p.jurisdiction));
  for (const district of districts) {
    const topicsHere = new Set(
      model.plans.filter((p) => p.jurisdiction === district).flatMap((p) => [...(planTopics.get(p.id) ?? [])]),
    );
    for (const topic of topicsHere) {
      const plans = model.plans
        .filter((p) => p.jurisdiction === district && planTopics.get(p.id)?.has(topic))
        .sort((a, b) => a.year - b.year);
      for (let i = 1; i < plans.length; i++)
        if (plans[i]!.year > plans[i - 1]!.year) pairs.push([plans[i - 1]!, plans[i]!, topic]);
    }
  }
  return pairs;
}

/**
 * The districts a city measure gives a duty to: every district when a party is a collective of
 * district governments (各区政府, 相关区政府) or the text says 各区, unless the text names
 * particular districts; a district government that is a party; a district the text names.
 */
function demandsOf(model: Content): (measure: Measure) => Set<string> {
  const units = new Map(model.units.map((u) => [u.id, u]));
  const partiesOf = new Map<string, Unit[]>();
  for (const a of model.assignments)
    if (a.unitId) partiesOf.set(a.measureId, [...(partiesOf.get(a.measureId) ?? []), units.get(a.unitId)!]);
  const districts = new Set(model.plans.filter((p) => p.jurisdiction !== '北京市').map((p) => p.jurisdiction));
  return (measure) => demandedBy(measure, partiesOf.get(measure.id) ?? [], districts);
}

function demandedBy(measure: Measure, parties: Unit[], districts: Set<string>): Set<string> {
  const named = [...districts].filter((d) => measure.text.includes(d) || measure.text.includes(d.replace(/区$/, '')));
  const demanded = new Set<string>(named);
  for (const u of parties) if (u.kind === 'government' && districts.has(u.jurisdiction)) demanded.add(u.jurisdiction);
  const everyDistrict =
    parties.some((u) => u.kind === 'collective' && /^(各区|区政府|各级|相关区|有关区)/.test(u.name)) ||
    /各区|相关区/.test(measure.text);
  if (everyDistrict && named.length === 0) for (const d of districts) demanded.add(d);
  return demanded;
}
