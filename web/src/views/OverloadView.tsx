/**
 * Units ranked by weighted load (the API's `overload`): a bar chart and a table, beside the
 * overview of all units under the same filters, grouped by jurisdiction or level (graph/groups.ts)
 * and coloured and sized by load. Choosing a jurisdiction narrows both, moving nothing that stays.
 * Choosing a row focuses that unit.
 */
import { useCallback, useMemo, useState } from 'react';
import { PLANS } from '../api/queries.ts';
import { ErrorMessage, Empty, Loading } from '../components/Status.tsx';
import { useExportTable } from '../exports.tsx';
import { GraphCanvas, type NodeRef, type Placer } from '../graph/GraphCanvas.tsx';
import {
  groupId,
  groupUnits,
  openAllRefusal,
  overviewElements,
  overviewPositions,
  planGroups,
} from '../graph/groups.ts';
import { useOverviewUnits } from '../hooks/useOverviewUnits.ts';
import { usePlanCounts, usePlanUnits } from '../hooks/usePlanGroups.ts';
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
 * (kept in the URL, gx=); the ranking's jurisdiction and level narrow it in place. Grouped by plan,
 * a unit is drawn in each plan it serves (node `${planId}|${unitId}`), and acts as the unit itself.
 */
function Overview({ state, setState, filter, select }: Pick<ViewProps, 'state' | 'setState' | 'filter' | 'select'>) {
  const t = MESSAGES[state.lang];
  const { rows, error: unitsError } = useOverviewUnits(filter);
  const { grouping, jurisdiction, level, lang } = state;
  const byPlan = grouping === 'plan';
  const { plans, error: plansError } = usePlanCounts(filter, byPlan);
  const openKey = state.groups.join('\n');
  // The plans whose units are asked: those opened, and the only one left when narrowed to one.
  const narrowedPlans = useMemo(
    () => (byPlan && plans ? plans.filter((p) => !jurisdiction || p.jurisdiction === jurisdiction) : []),
    [byPlan, plans, jurisdiction],
  );
  const openPlans = useMemo(() => {
    if (!byPlan) return [];
    const opened = new Set(openKey ? openKey.split('\n') : []);
    return narrowedPlans
      .filter((p) => opened.has(groupId('plan', p.id)) || narrowedPlans.length === 1)
      .map((p) => p.id);
  }, [byPlan, narrowedPlans, openKey]);
  const { units: planUnits, error: planUnitsError } = usePlanUnits(filter, openPlans);
  const error = unitsError ?? plansError ?? planUnitsError;
  // Every group under the filters, whatever is narrowed: a unit's place never depends on what is hidden.
  const allGroups = useMemo(() => {
    if (!rows) return undefined;
    if (byPlan) return plans ? planGroups(plans, planUnits, rows, lang) : undefined;
    // Units with duties under the filters (the members of 各区人民政府 have none of their own
    // unless expandCollectives).
    return groupUnits(
      rows.filter((r) => r.score > 0),
      grouping,
      lang,
    );
  }, [rows, byPlan, plans, planUnits, grouping, lang]);
  const positions = useMemo(() => allGroups && overviewPositions(allGroups), [allGroups]);
  const groups = useMemo(() => {
    if (!allGroups) return undefined;
    // Grouped by plan, the jurisdiction narrows to its plans; otherwise to its units. The level narrows units.
    const keep = (r: UnitLoadRow) =>
      (byPlan || !jurisdiction || r.unit.jurisdiction === jurisdiction) && (!level || r.unit.level === level);
    return allGroups
      .filter((g) => !byPlan || !jurisdiction || g.plan?.jurisdiction === jurisdiction)
      .map((g) => ({ ...g, units: g.units.filter(keep) }))
      .filter((g) => byPlan || g.units.length > 0);
  }, [allGroups, byPlan, jurisdiction, level]);
  const elements = useMemo(() => {
    if (!groups) return undefined;
    const open = new Set(openKey ? openKey.split('\n') : []);
    // Narrowed to one group: it is open.
    if (groups.length === 1) open.add(groups[0]!.id);
    return overviewElements(groups, { lang, open });
  }, [groups, openKey, lang]);
  // A unit's copy in a plan group stands for the unit: its node id → the unit's id.
  const unitOf = useMemo(
    () =>
      new Map((elements ?? []).flatMap((e) => (e.data.unitId ? [[e.data.id!, String(e.data.unitId)] as const] : []))),
    [elements],
  );
  // The copy last chosen is the one drawn selected (the selection is the unit's id).
  const [chosenCopy, setChosenCopy] = useState<string>();
  const selectedId =
    state.selected && chosenCopy && unitOf.get(chosenCopy) === state.selected.id ? chosenCopy : state.selected?.id;
  const place = useCallback<Placer>(
    (_cy, unplaced) => new Map(unplaced.map((n) => [n.id(), positions?.get(n.id()) ?? { x: 0, y: 0 }])),
    [positions],
  );

  const toggle = (id: string) =>
    setState((s) => ({ ...s, groups: s.groups.includes(id) ? s.groups.filter((g) => g !== id) : [...s.groups, id] }), {
      replace: true,
    });
  const onSelect = (node: NodeRef | undefined) => {
    if (node?.type === 'GROUP') return toggle(node.id);
    setChosenCopy(node && unitOf.has(node.id) ? node.id : undefined);
    select(node && { type: 'unit', id: unitOf.get(node.id) ?? node.id });
  };
  const onExpand = (node: NodeRef) => {
    const unit = unitOf.get(node.id) ?? node.id;
    if (node.type !== 'GROUP') setState((s) => ({ ...s, view: 'focus', unit, selected: undefined }));
  };
  const refusal = groups && openAllRefusal(groups, grouping);

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
                {g === 'level' ? t.groupByLevel : g === 'plan' ? t.groupByPlan : t.groupByJurisdiction}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setState((s) => ({ ...s, groups: groups.map((g) => g.id) }), { replace: true })}
          disabled={refusal !== undefined}
          title={
            refusal &&
            (refusal.too === 'groups' ? t.openAllTooMany(refusal.count) : t.openAllTooManyUnits(refusal.count))
          }
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
        selectedId={selectedId}
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
