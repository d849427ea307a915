/** The explorer: header, filter chips, the chosen view and the side panel, all state in the URL. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { PLANS } from './api/queries.ts';
import { FilterBar } from './components/FilterBar.tsx';
import { Loading } from './components/Status.tsx';
import { Header } from './components/Header.tsx';
import type { Choice } from './components/SearchBox.tsx';
import { SidePanel } from './components/SidePanel.tsx';
import { exportCsv, exportPng } from './download.ts';
import { ExportsProvider, type Exports, type ViewTable } from './exports.tsx';
import { GraphRegistry } from './graph/graphRegistry.ts';
import { useExpansions } from './hooks/useExpansions.ts';
import { useQuery } from './hooks/useQuery.ts';
import { useUrlState } from './hooks/useUrlState.ts';
import { filterVariable } from './lib/filters.ts';
import { MESSAGES } from './lib/i18n.ts';
import { formatState, parseState, unitDisplayName, type Filters, type Selection } from './lib/state.ts';
import { FocusView } from './views/FocusView.tsx';
import { GraphLights } from './supervision/GraphLights.tsx';
import type { ViewProps } from './views/ViewProps.ts';

// The focus view (the first most people see) and the side panel are in the first bundle; the
// other views load when first shown, so the first bundle has less to parse and run.
const CHUNKS = {
  overload: () => import('./views/OverloadView.tsx'),
  scorecard: () => import('./supervision/ScorecardPanel.tsx'),
  path: () => import('./views/PathView.tsx'),
  ledger: () => import('./supervision/LedgerView.tsx'),
  cascade: () => import('./cascade/CascadeView.tsx'),
  changes: () => import('./cascade/ChangesView.tsx'),
  review: () => import('./review/ReviewView.tsx'),
};
const OverloadView = lazy(() => CHUNKS.overload().then((m) => ({ default: m.OverloadView })));
const ScorecardPanel = lazy(() => CHUNKS.scorecard().then((m) => ({ default: m.ScorecardPanel })));
const PathView = lazy(() => CHUNKS.path().then((m) => ({ default: m.PathView })));
const LedgerView = lazy(() => CHUNKS.ledger().then((m) => ({ default: m.LedgerView })));
const CascadeView = lazy(() => CHUNKS.cascade().then((m) => ({ default: m.CascadeView })));
const ChangesView = lazy(() => CHUNKS.changes().then((m) => ({ default: m.ChangesView })));
const ReviewView = lazy(() => CHUNKS.review().then((m) => ({ default: m.ReviewView })));
// Opened on another view, its chunk is asked for at once, while React is still mounting.
const firstView = parseState(window.location.search).view;
if (firstView === 'overload') void CHUNKS.scorecard();
if (firstView !== 'focus' && firstView in CHUNKS) void CHUNKS[firstView as keyof typeof CHUNKS]();

export function App() {
  const [state, setState] = useUrlState();
  const t = MESSAGES[state.lang];
  const filtersKey = JSON.stringify(state.filters);
  // Keyed by content: the variables keep their identity while the filters stay the same.
  const filter = useMemo(() => filterVariable(JSON.parse(filtersKey) as Filters), [filtersKey]);
  const plans = useQuery(PLANS, {});
  // What the export buttons save: this explorer's graphs and the
  // shown view's table (views declare it with useExportTable).
  const [table, setTable] = useState<ViewTable | null>(null);
  const exports = useMemo<Exports>(() => ({ graphs: new GraphRegistry(), showTable: setTable }), []);
  // Expansions belong to one drawn graph: forget them when the view's query changes.
  // The collectives opened (`open`) are kept in the URL and are not part of that key.
  const expansions = useExpansions(
    formatState({ ...state, selected: undefined, lang: 'zh', open: [] }),
    filter,
    state.open,
    setState,
  );
  const graphCount = useSyncExternalStore(exports.graphs.subscribe, exports.graphs.count);

  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = state.unit ? `${state.unit} · ${t.appName}` : t.appName;
  }, [state.lang, state.unit, t.appName]);

  const select = useCallback(
    (selected: Selection | undefined) => setState((s) => ({ ...s, selected }), { replace: true }),
    [setState],
  );
  const onSearch = (choice: Choice) =>
    setState((s) => ({
      ...s,
      view: 'focus',
      unit: choice.kind === 'shared' ? choice.name : choice.suggestion.id,
      selected: undefined,
    }));

  const viewProps: ViewProps = { state, setState, filter, expansions, select };
  return (
    <ExportsProvider value={exports}>
      <GraphLights graphs={exports.graphs} asOf={state.asOf} />
      <div className="app">
        <Header
          lang={state.lang}
          view={state.view}
          canExportCsv={table !== null}
          canExportPng={graphCount > 0}
          searchText={unitDisplayName(state.unit)}
          onSearch={onSearch}
          onView={(view) => setState((s) => ({ ...s, view, selected: undefined }))}
          onExportPng={() => exportPng(exports.graphs)}
          onExportCsv={() => table && exportCsv(table)}
          onLang={(lang) => setState((s) => ({ ...s, lang }), { replace: true })}
        />
        <FilterBar
          lang={state.lang}
          narrowing={state}
          plans={plans.data?.plans ?? []}
          onChange={(narrowing) => setState((s) => ({ ...s, ...narrowing }))}
        />
        <main className={`main${state.selected ? ' main--with-panel' : ''}`}>
          <section className="view" data-view={state.view}>
            <Suspense fallback={<Loading lang={state.lang} />}>
              {state.view === 'focus' && <FocusView {...viewProps} />}
              {state.view === 'overload' && (
                <div className="with-scorecard">
                  <OverloadView {...viewProps} />
                  <ScorecardPanel
                    folded={state.selected !== undefined}
                    lang={state.lang}
                    filter={filter}
                    asOf={state.asOf}
                    top={state.top}
                    onUnit={(unit) => setState((s) => ({ ...s, view: 'focus', unit, selected: undefined }))}
                  />
                </div>
              )}
              {state.view === 'path' && <PathView {...viewProps} />}
              {state.view === 'ledger' && <LedgerView {...viewProps} />}
              {state.view === 'cascade' && <CascadeView {...viewProps} />}
              {state.view === 'changes' && <ChangesView {...viewProps} />}
              {state.view === 'review' && <ReviewView {...viewProps} />}
            </Suspense>
          </section>
          {state.selected && (
            <SidePanel
              lang={state.lang}
              selection={state.selected}
              filter={filter}
              expansions={expansions}
              select={select}
              onCascade={(measure) => setState((s) => ({ ...s, view: 'cascade', measure }))}
            />
          )}
        </main>
      </div>
    </ExportsProvider>
  );
}
