/**
 * Units ranked by weighted load (the API's `overload`): a bar chart and a table, beside the
 * whole graph under the same filters with the ranked units coloured as a heat scale.
 * Choosing a row focuses that unit.
 */
import { useMemo } from 'react';
import { GRAPH, OVERLOAD, PLANS } from '../api/queries.ts';
import { Legend } from '../components/Legend.tsx';
import { ErrorMessage, Empty, Loading } from '../components/Status.tsx';
import { useExportTable } from '../exports.tsx';
import { ExplorerGraph } from '../graph/ExplorerGraph.tsx';
import { useQuery } from '../hooks/useQuery.ts';
import { heatByScore, heatColor } from '../lib/graphStyle.ts';
import { levelLabel, MESSAGES, type Lang } from '../lib/i18n.ts';
import { TOP_CHOICES } from '../lib/state.ts';
import type { UnitLoadRow } from '../lib/vocabulary.ts';
import { loadTable } from '../lib/tables.ts';
import type { ViewProps } from './ViewProps.ts';

/** Bars for at most this many units; the table lists them all. */
const CHART_ROWS = 20;

export function OverloadView({ state, setState, filter, expansions, select }: ViewProps) {
  const t = MESSAGES[state.lang];
  const ranking = useQuery(OVERLOAD, { filter, level: state.level, jurisdiction: state.jurisdiction, top: state.top });
  const whole = useQuery(GRAPH, { filter });
  const plans = useQuery(PLANS, {});
  const rows = ranking.data?.overload;
  const heat = useMemo(() => (rows ? heatByScore(rows) : undefined), [rows]);
  const jurisdictions = useMemo(() => [...new Set((plans.data?.plans ?? []).map((p) => p.jurisdiction))], [plans.data]);

  const table = useMemo(
    () =>
      rows && rows.length > 0
        ? { table: loadTable(rows, state.lang), name: ['overload', state.jurisdiction ?? ''] }
        : null,
    [rows, state.lang, state.jurisdiction],
  );
  useExportTable(table);

  const focus = (unitId: string) => setState((s) => ({ ...s, view: 'focus', unit: unitId, selected: undefined }));

  return (
    <div className="overload">
      <section className="overload__ranking">
        <header className="overload__controls">
          <h2>{t.overloadTitle}</h2>
          <label className="field field--inline">
            {t.jurisdiction}
            <select
              value={state.jurisdiction ?? ''}
              onChange={(e) => setState((s) => ({ ...s, jurisdiction: e.target.value || undefined }))}
              data-testid="overload-jurisdiction"
            >
              <option value="">{t.any}</option>
              {jurisdictions.map((j) => (
                <option key={j} value={j}>
                  {j}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--inline">
            {t.top}
            <select value={state.top} onChange={(e) => setState((s) => ({ ...s, top: Number(e.target.value) }))}>
              {TOP_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </header>
        <p className="hint">{t.overloadHint}</p>
        {ranking.error ? (
          <ErrorMessage error={ranking.error} lang={state.lang} onRetry={ranking.retry} />
        ) : !rows ? (
          <Loading lang={state.lang} />
        ) : rows.length === 0 ? (
          <Empty>{t.overloadEmpty}</Empty>
        ) : (
          <>
            <LoadChart rows={rows.slice(0, CHART_ROWS)} onChoose={focus} />
            <LoadTable rows={rows} lang={state.lang} onChoose={focus} />
          </>
        )}
      </section>
      <section className="overload__graph">
        {whole.error ? (
          <ErrorMessage error={whole.error} lang={state.lang} onRetry={whole.retry} />
        ) : !whole.data || !heat ? (
          <Loading lang={state.lang} />
        ) : (
          <ExplorerGraph
            graphId="overload"
            graph={whole.data.graph}
            lang={state.lang}
            expansions={expansions}
            heat={heat}
            level={state.level}
            qualifyDistrictNames
            selected={state.selected}
            onSelect={select}
          />
        )}
        <Legend lang={state.lang} heat />
      </section>
    </div>
  );
}

function LoadChart({ rows, onChoose }: { rows: readonly UnitLoadRow[]; onChoose: (unitId: string) => void }) {
  const max = Math.max(...rows.map((r) => r.score));
  return (
    <ol className="loadchart" aria-hidden="true">
      {rows.map((r) => (
        <li key={r.unit.id} className="loadchart__row" onClick={() => onChoose(r.unit.id)}>
          <span className="loadchart__label" title={`${r.unit.name} · ${r.unit.jurisdiction}`}>
            {r.unit.name}
            <small>{r.unit.jurisdiction}</small>
          </span>
          <span className="loadchart__track">
            <span
              className="loadchart__bar"
              style={{ width: `${(r.score / max) * 100}%`, background: heatColor(r.score / max) }}
            />
          </span>
          <span className="loadchart__value">{r.score}</span>
        </li>
      ))}
    </ol>
  );
}

function LoadTable({
  rows,
  lang,
  onChoose,
}: {
  rows: readonly UnitLoadRow[];
  lang: Lang;
  onChoose: (unitId: string) => void;
}) {
  const t = MESSAGES[lang];
  const { columns } = loadTable([], lang);
  return (
    <table className="table" data-testid="overload-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c}>{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.unit.id}
            className="table__row--link"
            data-unit-id={r.unit.id}
            onClick={() => onChoose(r.unit.id)}
            tabIndex={0}
            onKeyDown={(e) => e.key === 'Enter' && onChoose(r.unit.id)}
            title={t.overloadHint}
          >
            <td>{r.rank}</td>
            <td className="table__name">{r.unit.name}</td>
            <td>{r.unit.jurisdiction}</td>
            <td>{levelLabel(lang, r.unit.level)}</td>
            <td>{r.counts.lead}</td>
            <td>{r.counts.responsible}</td>
            <td>{r.counts.coop}</td>
            <td>{r.counts.leader}</td>
            <td>{r.counts.total}</td>
            <td>
              <strong>{r.score}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
