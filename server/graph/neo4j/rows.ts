/**
 * The mapping between the model and Neo4j: the rows `load.cypher` receives, the parameters a
 * filter becomes, and how returned property maps turn back into model types. Plain code, tested
 * without a server (tests/graph/neo4j-rows.test.ts).
 *
 * Nested values are flattened (a measure's deadline becomes deadlineText, deadlineKind, due,
 * dueFrom; an assignment's evidence evidenceBasis, evidencePhrase, evidenceAt; a line span
 * becomes firstLine and lastLine). Integers are sent as Neo4j integers so
 * analysts see 12, not 12.0; the driver is set to hand them back as JS numbers. Each row has an
 * `order`, its place in the document, because Neo4j keeps no order of its own.
 */
import neo4j from 'neo4j-driver';
import type {
  Assignment,
  Jurisdiction,
  LineSpan,
  Measure,
  MeasureLink,
  Model,
  Person,
  Plan,
  Role,
  Section,
  Seed,
  Task,
  Unit,
  UnknownName,
  UnmatchedMeasure,
} from '../../model/model.ts';
import type { Filter } from '../contract.ts';
import type { QueryParams } from './cypher.ts';

/** The graph's vocabulary, for the Cypher linter. */
export const GRAPH_SHAPE = {
  labels: [
    ...['Seed', 'Jurisdiction', 'Plan', 'Section', 'Task', 'Measure', 'Unit', 'Person', 'UnknownName'],
    // Supervision (server/supervision/neo4j.ts), kept through reloads of the plan graph.
    ...['Account', 'Report', 'RevokedToken'],
    // Review events (issue 17), likewise.
    'ReviewEvent',
  ],
  relationshipTypes: [
    'LEADS',
    'RESPONSIBLE_FOR',
    'COOPERATES_ON',
    'OVERSEES',
    'OF_TASK',
    'IN_SECTION',
    'IN_PLAN',
    'MEMBER_OF',
    'BRANCH_OF',
    'IN',
    'FROM',
    'READ_AS',
    'ON',
    'BY',
    // Measures across plans (issue 18): links, and the plans a measure has no counterpart in.
    'IMPLEMENTED_BY',
    'CONTINUED_BY',
    'NO_COUNTERPART_IN',
  ],
  propertyKeys: [
    ...[
      'id',
      'order',
      'file',
      'name',
      'level',
      'code',
      'parent',
      'seed',
      'label',
      'title',
      'topic',
      'jurisdiction',
      'year',
      'firstLine',
      'lastLine',
    ],
    ...[
      'planId',
      'sectionId',
      'taskId',
      'path',
      'line',
      'seq',
      'titleInherited',
      'text',
      'deadlineText',
      'deadlineKind',
      'due',
      'dueFrom',
    ],
    ...[
      'aliases',
      'kind',
      'known',
      'branchOf',
      'members',
      'membership',
      'measureId',
      'role',
      'unitId',
      'personId',
      'column',
      'asWritten',
      'uncertain',
      'confidence',
      'evidenceBasis',
      'evidencePhrase',
      'evidenceAt',
      'evidenceVia',
    ],
    ...['docNumber', 'issued', 'issuer', 'format'],
    // Links (score, label, evidence) and unmatched measures (kind, order).
    ...['score', 'evidence'],
    // Supervision: accounts, reports, revoked tokens.
    ...['units', 'disabled', 'passwordHash', 'createdAt', 'status', 'note', 'asOf', 'at', 'by', 'reopens', 'expiresAt'],
    // Review (issue 17): events, and a reviewed assignment's marker.
    ...['target', 'payload', 'reviewedDecision', 'reviewedBy', 'reviewedAt', 'reviewedNote', 'reviewedAcceptedBy'],
  ],
};

type Props = Record<string, unknown>;
const int = (n: number) => neo4j.int(n);

/** Drops absent optional fields: Neo4j stores no nulls, and the model leaves them out. */
function compact<T extends Props>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

const lines = ([first, last]: LineSpan) => ({ firstLine: int(first), lastLine: int(last) });
const spanOf = (p: Props): LineSpan => [p.firstLine as number, p.lastLine as number];
const optional = <T>(p: Props, key: string) => (p[key] === undefined || p[key] === null ? undefined : (p[key] as T));

/** The parameters of load.cypher for a whole model. */
export function loadParams(model: Model): QueryParams<'load'> {
  const topics = new Map(model.plans.map((p) => [p.id, p.topic]));
  const byRole = (role: Role) =>
    model.assignments.flatMap((a, order) => (a.role === role ? [assignmentRow(a, order)] : []));
  return {
    seeds: model.seeds.map((s, order) => compact({ ...s, year: int(s.year), order: int(order) })),
    jurisdictions: model.jurisdictions.map((j: Jurisdiction) => compact({ ...j })),
    plans: model.plans.map((p, order) =>
      compact({
        id: p.id,
        seed: p.seed,
        label: p.label,
        title: p.title,
        topic: p.topic,
        jurisdiction: p.jurisdiction,
        year: int(p.year),
        ...lines(p.lines),
        order: int(order),
      }),
    ),
    sections: model.sections.map((s, order) => ({
      id: s.id,
      planId: s.planId,
      path: s.path,
      line: int(s.line),
      order: int(order),
    })),
    tasks: model.tasks.map((t, order) =>
      compact({
        id: t.id,
        planId: t.planId,
        sectionId: t.sectionId,
        seq: t.seq,
        title: t.title,
        titleInherited: t.titleInherited,
        ...lines(t.lines),
        order: int(order),
      }),
    ),
    measures: model.measures.map((m, order) =>
      compact({
        id: m.id,
        taskId: m.taskId,
        planId: m.planId,
        topic: topics.get(m.planId),
        text: m.text,
        deadlineText: m.deadline.text,
        deadlineKind: m.deadline.kind,
        due: m.deadline.due,
        dueFrom: m.deadline.from,
        ...lines(m.lines),
        order: int(order),
      }),
    ),
    units: model.units.map((u) => compact({ ...u, members: u.members })),
    persons: model.persons.map((p) => ({ ...p })),
    leads: byRole('lead'),
    responsibilities: byRole('responsible'),
    cooperations: byRole('coop'),
    oversights: byRole('leader'),
    unknownNames: model.unknownNames.map((n, order) => ({ ...n, line: int(n.line), order: int(order) })),
    cascades: linkRows(model.links, 'cascade'),
    continuations: linkRows(model.links, 'continuation'),
    unmatched: model.unmatched.map((u, order) => ({ ...u, order: int(order) })),
  };
}

/** One kind of link as rows, each with its place among all the model's links. */
function linkRows(links: MeasureLink[], kind: MeasureLink['kind']): Props[] {
  return links.flatMap((l, order) =>
    l.kind === kind
      ? [
          compact({
            fromId: l.from,
            toId: l.to,
            score: l.score,
            label: l.label,
            evidence: l.evidence,
            order: int(order),
          }),
        ]
      : [],
  );
}

/** The relationship type each kind of link is stored as. */
export const LINK_TYPES = { IMPLEMENTED_BY: 'cascade', CONTINUED_BY: 'continuation' } as const;

/** A link back from its relationship: `type`, `fromId`, `toId` and its properties. */
export function toLink(p: Props): MeasureLink {
  return compact({
    kind: LINK_TYPES[p.type as keyof typeof LINK_TYPES],
    from: p.fromId,
    to: p.toId,
    score: p.score,
    label: optional(p, 'label'),
    evidence: p.evidence ?? [],
  }) as unknown as MeasureLink;
}

export function toUnmatched(p: Props): UnmatchedMeasure {
  return {
    kind: p.kind as UnmatchedMeasure['kind'],
    measureId: p.measureId as string,
    otherPlanId: p.otherPlanId as string,
  };
}

function assignmentRow(a: Assignment, order: number): Props {
  return compact({
    id: a.id,
    measureId: a.measureId,
    role: a.role,
    unitId: a.unitId,
    personId: a.personId,
    column: a.column,
    asWritten: a.asWritten,
    ...lines(a.lines),
    confidence: a.confidence,
    ...evidenceProps(a.evidence),
    uncertain: a.uncertain,
    ...reviewedProps(a.reviewed),
    order: int(order),
  });
}

/** A reviewed assignment's marker (issue 17) as `reviewed…` properties: decision, by, at, note, acceptedBy. */
function reviewedProps(reviewed: Assignment['reviewed']): Props {
  if (!reviewed) return {};
  return {
    reviewedDecision: reviewed.decision,
    reviewedBy: reviewed.by,
    reviewedAt: reviewed.at,
    reviewedNote: reviewed.note,
    reviewedAcceptedBy: reviewed.acceptedBy,
  };
}

function reviewedOf(p: Props): Assignment['reviewed'] {
  if (p.reviewedDecision === undefined || p.reviewedDecision === null) return undefined;
  return compact({
    decision: p.reviewedDecision as string,
    by: p.reviewedBy as string,
    at: p.reviewedAt as string,
    note: optional<string>(p, 'reviewedNote'),
    acceptedBy: optional<string>(p, 'reviewedAcceptedBy'),
  });
}

/**
 * An assignment's evidence as relationship properties (Neo4j stores no maps): each field `x` as
 * `evidenceX` (evidenceBasis, evidencePhrase, evidenceAt), whole numbers as Neo4j integers. Every
 * field the evidence has goes, so a field the model adds is kept without a change here.
 */
function evidenceProps(evidence: Assignment['evidence']): Props {
  return compact(
    Object.fromEntries(
      Object.entries(evidence).map(([key, value]) => [
        `evidence${key[0]!.toUpperCase()}${key.slice(1)}`,
        Number.isInteger(value) ? int(value as number) : value,
      ]),
    ),
  );
}

/** The evidence back from its `evidence…` properties. */
function evidenceOf(p: Props): Assignment['evidence'] {
  return Object.fromEntries(
    Object.entries(p)
      .filter(([key, value]) => key.startsWith('evidence') && value !== null && value !== undefined)
      .map(([key, value]) => [`${key[8]!.toLowerCase()}${key.slice(9)}`, value]),
  ) as unknown as Assignment['evidence'];
}

/** A filter as query parameters: absent conditions are null, which the queries read as "any". */
export function filterParams(filter: Filter = {}) {
  return {
    roles: filter.roles ?? null,
    plans: filter.plans ?? null,
    topics: filter.topics ?? null,
    deadlineKinds: filter.deadlineKinds ?? null,
    dueFrom: filter.dueFrom ?? null,
    dueTo: filter.dueTo ?? null,
    expandCollectives: filter.expandCollectives ?? false,
  };
}

export function toSeed(p: Props): Seed {
  return compact({
    file: p.file,
    jurisdiction: p.jurisdiction,
    year: p.year,
    docNumber: optional(p, 'docNumber'),
    issued: optional(p, 'issued'),
    title: p.title,
    issuer: optional(p, 'issuer'),
    format: p.format,
  }) as unknown as Seed;
}

export function toPlan(p: Props): Plan {
  return compact({
    id: p.id,
    seed: p.seed,
    label: optional(p, 'label'),
    title: p.title,
    topic: p.topic,
    jurisdiction: p.jurisdiction,
    year: p.year,
    lines: spanOf(p),
  }) as unknown as Plan;
}

export function toSection(p: Props): Section {
  return { id: p.id as string, planId: p.planId as string, path: p.path as string[], line: p.line as number };
}

export function toTask(p: Props): Task {
  return compact({
    id: p.id,
    planId: p.planId,
    sectionId: optional(p, 'sectionId'),
    seq: p.seq,
    title: p.title,
    titleInherited: p.titleInherited,
    lines: spanOf(p),
  }) as unknown as Task;
}

export function toMeasure(p: Props): Measure {
  const deadline = compact({
    text: p.deadlineText,
    kind: p.deadlineKind,
    due: optional(p, 'due'),
    from: optional(p, 'dueFrom'),
  });
  return {
    id: p.id as string,
    taskId: p.taskId as string,
    planId: p.planId as string,
    text: p.text as string,
    deadline: deadline as unknown as Measure['deadline'],
    lines: spanOf(p),
  };
}

export function toUnit(p: Props): Unit {
  return compact({
    id: p.id,
    name: p.name,
    aliases: p.aliases ?? [],
    level: p.level,
    kind: p.kind,
    jurisdiction: p.jurisdiction,
    known: p.known,
    branchOf: optional(p, 'branchOf'),
    members: optional(p, 'members'),
    membership: optional(p, 'membership'),
  }) as unknown as Unit;
}

export function toPerson(p: Props): Person {
  return { id: p.id as string, name: p.name as string, jurisdiction: p.jurisdiction as string };
}

export function toAssignment(p: Props): Assignment {
  return compact({
    id: p.id,
    measureId: p.measureId,
    role: p.role,
    unitId: optional(p, 'unitId'),
    personId: optional(p, 'personId'),
    column: p.column,
    asWritten: p.asWritten,
    lines: spanOf(p),
    confidence: p.confidence,
    evidence: evidenceOf(p),
    uncertain: optional(p, 'uncertain'),
    reviewed: reviewedOf(p),
  }) as unknown as Assignment;
}

export function toUnknownName(p: Props): UnknownName {
  return { name: p.name as string, seed: p.seed as string, line: p.line as number, unitId: p.unitId as string };
}
