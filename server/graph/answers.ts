/**
 * Rules both stores apply to their answers, kept in one place so the embedded store and
 * Neo4j answer identically: orderings (Chinese collation, which Cypher's ORDER BY lacks),
 * role counts and display labels.
 */
import type { Assignment, Measure, Person, Unit } from '../model/model.ts';
import type { ConfidenceCounts, GraphEdge, GraphNode, Partner, RoleCounts, Subgraph, UnitLoad } from './contract.ts';

export const zeroCounts = (): RoleCounts => ({ lead: 0, responsible: 0, coop: 0, leader: 0 });
export const zeroConfidences = (): ConfidenceCounts => ({ certain: 0, likely: 0, unclear: 0 });
export const totalOf = (c: RoleCounts): number => c.lead + c.responsible + c.coop + c.leader;

/** Chinese collation; one collator, since `localeCompare(…, 'zh')` sets one up on every call. */
const zh = new Intl.Collator('zh');

/** Units by name in Chinese collation, then by jurisdiction: 区城市管理委 of 大兴区 before 通州区's. */
export function byName(a: Unit, b: Unit): number {
  return zh.compare(a.name, b.name) || zh.compare(a.jurisdiction, b.jurisdiction);
}

/** Persons the same way. */
export function byPersonName(a: Person, b: Person): number {
  return zh.compare(a.name, b.name) || zh.compare(a.jurisdiction, b.jurisdiction);
}

/** Most shared measures first. */
export function sortPartners(partners: Partner[]): Partner[] {
  return partners.sort((a, b) => b.sharedMeasures - a.sharedMeasures || byName(a.unit, b.unit));
}

/** Highest total first; each unit's plans in plan order. */
export function sortLoads(loads: UnitLoad[], planOrder: ReadonlyMap<string, number>): UnitLoad[] {
  for (const load of loads) load.byPlan.sort((a, b) => planOrder.get(a.planId)! - planOrder.get(b.planId)!);
  return loads.sort((a, b) => totalOf(b.counts) - totalOf(a.counts) || byName(a.unit, b.unit));
}

/** A measure's node label: its task number and the start of its text. */
export function measureLabel(taskSeq: string, text: string): string {
  return `${taskSeq}. ${text.length > 30 ? `${text.slice(0, 30)}…` : text}`;
}

/** What drawing a subgraph needs to know about the parties and measures its assignments name. */
export interface DrawingParts {
  units: ReadonlyMap<string, Unit>;
  persons: ReadonlyMap<string, Person>;
  measures: ReadonlyMap<string, Measure>;
  /** A measure's task number, by measure id. */
  taskSeqs: ReadonlyMap<string, string>;
  /** A measure's plan jurisdiction, by measure id. */
  jurisdictions: ReadonlyMap<string, string>;
  /** A party's assignments under the filter over the whole graph; absent means none. */
  loads: ReadonlyMap<string, number>;
}

/** Nodes in order of first mention (party before measure) and an edge per assignment, in document order. */
export function drawSubgraph(assignments: Assignment[], parts: DrawingParts): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const a of assignments) {
    const partyId = a.unitId ?? a.personId!;
    if (!nodes.has(partyId)) {
      const load = parts.loads.get(partyId) ?? 0;
      const unit = parts.units.get(partyId);
      const person = parts.persons.get(partyId);
      nodes.set(
        partyId,
        unit
          ? {
              id: unit.id,
              type: 'unit',
              label: unit.name,
              jurisdiction: unit.jurisdiction,
              level: unit.level,
              kind: unit.kind,
              load,
            }
          : { id: partyId, type: 'person', label: person!.name, jurisdiction: person!.jurisdiction, load },
      );
    }
    const measureNode = nodes.get(a.measureId);
    if (measureNode) measureNode.load += 1;
    else {
      const measure = parts.measures.get(a.measureId)!;
      nodes.set(a.measureId, {
        id: measure.id,
        type: 'measure',
        label: measureLabel(parts.taskSeqs.get(measure.id)!, measure.text),
        jurisdiction: parts.jurisdictions.get(measure.id)!,
        load: 1,
      });
    }
    edges.push({
      id: a.id,
      source: partyId,
      target: a.measureId,
      role: a.role,
      confidence: a.confidence,
      uncertain: a.confidence !== 'certain',
    });
  }
  return { nodes: [...nodes.values()], edges };
}
