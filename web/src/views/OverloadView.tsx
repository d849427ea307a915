/**
 * Units ranked by weighted load (the API's `overload`): a bar chart and a table, beside the
 * overview of all units under the same filters, grouped by jurisdiction or level (graph/groups.ts)
 * and coloured and sized by load. Choosing a jurisdiction narrows both, moving nothing that stays.
 * Choosing a row focuses that unit.
 */
import { useCallback, useMemo } from 'react';
import { PLANS } from '../api/queries.ts';
import { ErrorMessage, Empty, Loading } from '../components/Status.tsx';
import { useExportTable } from '../exports.tsx';
import { GraphCanvas, type NodeRef, type Placer } from '../graph/GraphCanvas.tsx';
import { groupUnits, overviewElements, overviewPositions } from '../graph/groups.ts';
import { useOverviewUnits } from '../hooks/useOverviewUnits.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { HEAT_STOPS, heatColor } from '../lib/graphStyle.ts';
import { levelLabel, MESSAGES, type Lang } from '../lib/i18n.ts';
import { GROUPINGS, TOP_CHOICES, type Grouping } from '../lib/state.ts';
import type { UnitLoadRow } from '../lib/vocabulary.ts';
import { loadTable } from '../lib/tables.ts';
import type { ViewProps } from './ViewProps.ts';
import './views.css';

/** Bars for at most this many units; the table lists them all. */
const CHART_ROWS = 20;

export function OverloadView({ state, setState, filter, select }: ViewProps) {
  const t = MESSAGES[state.lang];
  // One question for the ranking and the overview: every unit's load under the filters. The
  // ranking is its units of the chosen level and jurisdiction, in its order (the API ranks the
  // same way), so the server computes the loads once (about a second on the ×100 graph).
  const all = useOverviewUnits(filter);
  const ranking = useMemo(() => {
    if (!all.rows) return undefined;
    return all.rows
      .filter(
        (r) =>
          (!state.level || r.unit.level === state.level) &&
          (!state.jurisdiction || r.unit.jurisdiction === state.jurisdiction),
      )
      .slice(0, state.top)
      .map((r, i) => ({ ...r, rank: i + 1 }));
  }, [all.rows, state.level, state.jurisdiction, state.top]);
  const plans = useQuery(PLANS, {});
  const rows = ranking;
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
        {all.error ? (
          <ErrorMessage error={all.error} lang={state.lang} />
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
        <Overview state={state} setState={setState} filter={filter} select={select} />
      </section>
    </div>
  );
}

/**
 * All units under the filters, grouped; opens as groups. Clicking a group opens or closes it
 * (kept in the URL, gx=); the ranking's jurisdiction and level narrow it in place.
 */
function Overview({ state, setState, filter, select }: Pick<ViewProps, 'state' | 'setState' | 'filter' | 'select'>) {
  const t = MESSAGES[state.lang];
  const { rows, error } = useOverviewUnits(filter);
  const { grouping, jurisdiction, level, lang } = state;
  const groups = useMemo(() => {
    if (!rows) return undefined;
    // Units with duties under the filters (the members of 各区人民政府 have none of their own unless expandCollectives).
    const shown = rows.filter(
      (r) =>
        r.score > 0 && (!jurisdiction || r.unit.jurisdiction === jurisdiction) && (!level || r.unit.level === level),
    );
    return groupUnits(shown, grouping, lang);
  }, [rows, grouping, jurisdiction, level, lang]);
  // Positions from every unit under the filters, whatever is narrowed: a unit's place never depends on what is hidden.
  const positions = useMemo(
    () =>
      rows
        ? overviewPositions(
            groupUnits(
              rows.filter((r) => r.score > 0),
              grouping,
              lang,
            ),
          )
        : undefined,
    [rows, grouping, lang],
  );
  const openKey = state.groups.join('\n');
  const elements = useMemo(() => {
    if (!groups) return undefined;
    const open = new Set(openKey ? openKey.split('\n') : []);
    // Narrowed to one group: it is open.
    if (groups.length === 1) open.add(groups[0]!.id);
    return overviewElements(groups, { lang, open });
  }, [groups, openKey, lang]);
  const place = useCallback<Placer>(
    (_cy, unplaced) => new Map(unplaced.map((n) => [n.id(), positions?.get(n.id()) ?? { x: 0, y: 0 }])),
    [positions],
  );

  const toggle = (id: string) =>
    setState((s) => ({ ...s, groups: s.groups.includes(id) ? s.groups.filter((g) => g !== id) : [...s.groups, id] }), {
      replace: true,
    });
  const onSelect = (node: NodeRef | undefined) => {
    if (node?.type === 'GROUP') toggle(node.id);
    else select(node && { type: 'unit', id: node.id });
  };
  const onExpand = (node: NodeRef) => {
    if (node.type !== 'GROUP') setState((s) => ({ ...s, view: 'focus', unit: node.id, selected: undefined }));
  };

  if (error) return <ErrorMessage error={error} lang={lang} />;
  if (!elements || !groups) return <Loading lang={lang} />;
  if (groups.length === 0) return <Empty>{t.overloadEmpty}</Empty>;
  return (
    <>
      <div className="overview__controls">
        <label className="field field--inline">
          {t.grouping}
          <select
            value={grouping}
            onChange={(e) => setState((s) => ({ ...s, grouping: e.target.value as Grouping, groups: [] }))}
            data-testid="overview-grouping"
          >
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {g === 'level' ? t.groupByLevel : t.groupByJurisdiction}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setState((s) => ({ ...s, groups: groups.map((g) => g.id) }), { replace: true })}
          data-testid="overview-open-all"
        >
          {t.openAllGroups}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setState((s) => ({ ...s, groups: [] }), { replace: true })}
        >
          {t.closeAllGroups}
        </button>
        <span className="hint">{t.overviewHint}</span>
        <span
          className="overview__heat"
          role="img"
          aria-label={t.heatLegend}
          style={{ background: `linear-gradient(to right, ${HEAT_STOPS.join(', ')})` }}
        />
      </div>
      <GraphCanvas
        key={grouping}
        graphId="overload"
        elements={elements}
        place={place}
        lang={lang}
        selectedId={state.selected?.id}
        onSelect={onSelect}
        onExpand={onExpand}
      />
    </>
  );
}

function LoadChart({ rows, onChoose }: { rows: readonly UnitLoadRow[]; onChoose: (unitId: string) => void }) {
  const max = Math.max(...rows.map((r) => r.score));
  return (
    <ol className="loadchart">
      {rows.map((r) => (
        <li key={r.unit.id}>
          <button type="button" className="loadchart__row" onClick={() => onChoose(r.unit.id)}>
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
          </button>
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
