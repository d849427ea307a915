/** The table each view shows, as rows for CSV export (headers in the UI language). */
import type { Cell, Table } from './csv.ts';
import { levelLabel, MESSAGES, roleLabel, type Lang } from './i18n.ts';
import type { AssignmentRow, PathStepRow, TouchesDetail, UnitLoadRow } from './vocabulary.ts';

const lines = (s: AssignmentRow['source']): string =>
  `${s.file}:${s.firstLine}${s.lastLine !== s.firstLine ? `-${s.lastLine}` : ''}`;

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
      t.uncertain,
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
        a.uncertain ?? '',
        lines(a.source),
      ]),
    ),
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
