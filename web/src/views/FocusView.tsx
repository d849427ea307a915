/**
 * "Everything X touches": the unit in the centre, its measures around it, the partner units
 * beyond. A name several units share is shown as one graph per unit, side by side by district.
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { FOCUS } from '../api/queries.ts';
import { ErrorMessage, Empty, Loading } from '../components/Status.tsx';
import { DutyList, printDutyList } from '../components/DutyList.tsx';
import { Legend } from '../components/Legend.tsx';
import { useExportTable } from '../exports.tsx';
import { ExplorerGraph } from '../graph/ExplorerGraph.tsx';
import { usePersonDuties } from '../hooks/usePersonDuties.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { MESSAGES, roleLabel } from '../lib/i18n.ts';
import { assignmentsTable, personTable } from '../lib/tables.ts';
import { roleKey, ROLES, type Subgraph } from '../lib/vocabulary.ts';
import type { ViewProps } from './ViewProps.ts';
import './views.css';

const EXAMPLES = ['区城市管理委', '市生态环境局', '区水务局', '市交通委'];

export function FocusView(props: ViewProps) {
  const { state, setState } = props;
  if (!state.unit) return <Landing {...props} />;
  if (state.unit.startsWith('person:')) return <PersonFocus {...props} personId={state.unit} />;
  return <UnitFocus {...props} unit={state.unit} setState={setState} />;
}

function Landing({ state, setState }: ViewProps) {
  const t = MESSAGES[state.lang];
  return (
    <div className="landing">
      <h2>{t.landingTitle}</h2>
      <p>{t.landingText}</p>
      <p className="landing__examples">
        {t.landingExamples}
        {EXAMPLES.map((name) => (
          <button
            key={name}
            type="button"
            className="button button--chip"
            onClick={() => setState((s) => ({ ...s, unit: name, selected: undefined }))}
          >
            {name}
          </button>
        ))}
      </p>
      <p>
        <button
          type="button"
          className="button button--link"
          onClick={() => setState((s) => ({ ...s, view: 'overload', selected: undefined }))}
        >
          {t.showWholeGraph} →
        </button>
      </p>
    </div>
  );
}

function UnitFocus({ state, setState, filter, expansions, select, unit }: ViewProps & { unit: string }) {
  const chooseName = (name: string) => setState((s) => ({ ...s, unit: name, selected: undefined }));
  const t = MESSAGES[state.lang];
  const { data, error, loading, retry } = useQuery(FOCUS, { unit, filter });
  const touches = data?.touches;

  const table = useMemo(
    () => (touches && touches.length > 0 ? { table: assignmentsTable(touches, state.lang), name: [unit] } : null),
    [touches, state.lang, unit],
  );
  useExportTable(table);
  const [dutyLists, setDutyLists] = useState(false);
  useEffect(() => whenIdle(() => setDutyLists(true)), []);
  // The 责任清单 is built once the graphs are drawn (it is hidden on screen), or at once when printed.
  const print = (unitId: string) => {
    if (!dutyLists) flushSync(() => setDutyLists(true));
    printDutyList(unitId);
  };

  if (error) return <ErrorMessage error={error} lang={state.lang} onRetry={retry} onChooseName={chooseName} />;
  if (loading || !touches) return <Loading lang={state.lang} />;
  if (touches.length === 0) return <Empty>{t.emptyGraph}</Empty>;

  const multiple = touches.length > 1;
  return (
    <div className="focus">
      {multiple && <h2 className="focus__title">{t.ambiguousTitle(unit, touches.length)}</h2>}
      <div className={`focus__grid${multiple ? ' focus__grid--multi' : ''}`}>
        {touches.map((x) => (
          <section key={x.unit.id} className="focus__pane" data-unit-id={x.unit.id} data-measure-count={x.measureCount}>
            <header className="focus__pane-header">
              <div>
                <span className="focus__district">{x.unit.jurisdiction}</span>
                <button type="button" className="focus__name" onClick={() => select({ type: 'unit', id: x.unit.id })}>
                  {x.unit.name}
                </button>
              </div>
              <div className="focus__counts">
                <strong>{x.measureCount}</strong> {t.measures}
                {ROLES.map((r) => {
                  const n = x.counts[roleKey(r)];
                  return n > 0 ? (
                    <span key={r} className={`role-tag role-tag--${r.toLowerCase()}`}>
                      {roleLabel(state.lang, r)} {n}
                    </span>
                  ) : null;
                })}
                {multiple && (
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => setState((s) => ({ ...s, unit: x.unit.id }))}
                  >
                    {t.focusOnly}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => print(x.unit.id)}
                  data-testid="print-duties"
                >
                  {t.printDutyList}
                </button>
              </div>
            </header>
            <div className="focus__graph">
              <FocusGraph centreId={x.unit.id} graph={x.graph} state={state} expansions={expansions} select={select} />
            </div>
          </section>
        ))}
      </div>
      <Legend lang={state.lang} aggregated />
      <div className="focus__duty-lists">
        {dutyLists && touches.map((x) => <DutyList key={x.unit.id} touches={x} lang={state.lang} />)}
      </div>
    </div>
  );
}

/** Runs `f` when the page is next idle (after the first drawing), at the latest in 2 s; returns its cancellation. */
function whenIdle(f: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(f, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(f, 300);
  return () => clearTimeout(id);
}

/**
 * A lead official (牵头领导): the same header, counts, panel and export as a unit. The API has no
 * `touches` for persons; usePersonDuties reads their measures from the graph around them.
 */
function PersonFocus({ state, filter, expansions, select, personId }: ViewProps & { personId: string }) {
  const t = MESSAGES[state.lang];
  const { data, error, loading, retry } = usePersonDuties(personId, filter);
  const table = useMemo(
    () => (data?.duties ? { table: personTable(data, data.duties, state.lang), name: [data.name] } : null),
    [data, state.lang],
  );
  useExportTable(table);
  if (error) return <ErrorMessage error={error} lang={state.lang} onRetry={retry} />;
  if (loading || !data) return <Loading lang={state.lang} />;
  const total = Object.values(data.counts).reduce((a, b) => a + b, 0);
  return (
    <div className="focus">
      <div className="focus__grid">
        <section className="focus__pane" data-unit-id={personId} data-measure-count={total}>
          <header className="focus__pane-header">
            <div>
              <span className="focus__district">{data.jurisdiction}</span>
              <button type="button" className="focus__name" onClick={() => select({ type: 'person', id: personId })}>
                {data.name}
              </button>
              <span className="focus__kind">{t.personNode}</span>
            </div>
            <div className="focus__counts">
              <strong>{total}</strong> {t.measures}
              {ROLES.map((r) =>
                data.counts[r] ? (
                  <span key={r} className={`role-tag role-tag--${r.toLowerCase()}`}>
                    {roleLabel(state.lang, r)} {data.counts[r]}
                  </span>
                ) : null,
              )}
            </div>
          </header>
          <div className="focus__graph">
            <FocusGraph centreId={personId} graph={data.graph} state={state} expansions={expansions} select={select} />
          </div>
        </section>
      </div>
      <Legend lang={state.lang} aggregated />
    </div>
  );
}

/** One party's graph, radially around it: its measures, then everyone else on them. */
function FocusGraph({
  centreId,
  graph,
  state,
  expansions,
  select,
}: Pick<ViewProps, 'state' | 'expansions' | 'select'> & { centreId: string; graph: Subgraph }) {
  return (
    <ExplorerGraph
      graphId={`focus:${centreId}`}
      graph={graph}
      lang={state.lang}
      expansions={expansions}
      focusIds={[centreId]}
      roles={state.filters.roles}
      radial
      level={state.level}
      selected={state.selected}
      onSelect={select}
    />
  );
}
