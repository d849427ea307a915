/** The table each view shows, as rows for CSV export (headers in the UI language). */
import type { Cell, Table } from './csv.ts';
import { confidenceLabel, levelLabel, MESSAGES, roleLabel, type Lang } from './i18n.ts';
import type { AssignmentRow, PathStepRow, TouchesDetail, UnitLoadRow } from './vocabulary.ts';

/** Where a row is printed: plan title, document number where printed, lines; then the seed file. */
const where = (a: Pick<AssignmentRow, 'source' | 'measure'>, lang: Lang): string => {
  const t = MESSAGES[lang];
  const s = a.source;
  const lines = s.lastLine !== s.firstLine ? t.sourceLines(s.firstLine, s.lastLine) : t.sourceLine(s.firstLine);
  const doc = a.measure.plan.seed.docNumber ? t.docNumber(a.measure.plan.seed.docNumber) : '';
  return `${t.planTitle(a.measure.plan.title)}${doc} ${lines} (${s.file})`;
};

/**
 * The 不确定 column: the ingest's reasons are English sentences, so in Chinese it says how sure the
 * reading is (likely, unclear) rather than why; in English, the reason itself.
 */
export function uncertainCell(reason: string | null | undefined, lang: Lang): string {
  if (!reason) return '';
  if (lang === 'en') return reason;
  const t = MESSAGES.zh;
  return reason.startsWith('likely')
    ? t.uncertainLikely
    : reason.startsWith('unclear')
      ? t.uncertainUnclear
      : t.uncertainYes;
}

/** Focus view: every assignment of every unit shown, in document order. */
export function assignmentsTable(touches: readonly TouchesDetail[], lang: Lang): Table {
  const t = MESSAGES[lang];
  return {
    columns: [
      t.unit,
      t.jurisdiction,
      t.role,
      t.plan,
      t.seq,
      t.task,
      t.measure,
      t.deadlineLabel,
      t.asWritten,
      t.uncertainColumn,
      t.confidenceColumn,
      t.source,
    ],
    rows: touches.flatMap(({ unit, assignments }) =>
      assignments.map((a): Cell[] => [
        unit.name,
        unit.jurisdiction,
        roleLabel(lang, a.role),
        a.measure.plan.title,
        a.measure.task.seq,
        a.measure.task.title,
        a.measure.text,
        a.measure.deadline.text,
        a.asWritten,
        uncertainCell(a.uncertain, lang),
        confidenceLabel(lang, a.confidence),
        where(a, lang),
      ]),
    ),
  };
}

/** A lead official's duties (the person view), with the same columns as a unit's. */
export function personTable(
  person: { name: string; jurisdiction: string },
  duties: readonly {
    measure: AssignmentRow['measure'] & { source: AssignmentRow['source'] };
    role: AssignmentRow['role'];
    asWritten: string;
    uncertain: string | null;
    confidence: AssignmentRow['confidence'];
  }[],
  lang: Lang,
): Table {
  const { columns } = assignmentsTable([], lang);
  return {
    columns,
    rows: duties.map((d): Cell[] => [
      person.name,
      person.jurisdiction,
      roleLabel(lang, d.role),
      d.measure.plan.title,
      d.measure.task.seq,
      d.measure.task.title,
      d.measure.text,
      d.measure.deadline.text,
      d.asWritten,
      uncertainCell(d.uncertain, lang),
      confidenceLabel(lang, d.confidence),
      where({ source: d.measure.source, measure: d.measure }, lang),
    ]),
  };
}

/** Overload view: the ranking as shown. */
export function loadTable(rows: readonly UnitLoadRow[], lang: Lang): Table {
  const t = MESSAGES[lang];
  return {
    columns: [
      t.rank,
      t.unit,
      t.jurisdiction,
      t.level,
      ...(['LEAD', 'RESPONSIBLE', 'COOP', 'LEADER'] as const).map((r) => roleLabel(lang, r)),
      t.total,
      t.score,
    ],
    rows: rows.map((r) => [
      r.rank,
      r.unit.name,
      r.unit.jurisdiction,
      levelLabel(lang, r.unit.level),
      r.counts.lead,
      r.counts.responsible,
      r.counts.coop,
      r.counts.leader,
      r.counts.total,
      r.score,
    ]),
  };
}

/** Path view: one row per shared measure on the chain. */
export function pathTable(steps: readonly PathStepRow[], lang: Lang): Table {
  const t = MESSAGES[lang];
  return {
    columns: [t.step, t.pathFrom, t.measure, t.deadlineLabel, t.plan, t.pathTo],
    rows: steps.map((s, i) => [
      i + 1,
      `${s.from.name}（${s.from.jurisdiction}）`,
      s.measure.text,
      s.measure.deadline.text,
      s.measure.plan.title,
      `${s.to.name}（${s.to.jurisdiction}）`,
    ]),
  };
}
