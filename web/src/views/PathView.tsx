/** Pick two units, see the chain of shared measures between them (the API's `path`). */
import { useMemo } from 'react';
import { PATH } from '../api/queries.ts';
import { Legend } from '../components/Legend.tsx';
import { SearchBox, type Choice } from '../components/SearchBox.tsx';
import { ErrorMessage, Empty, Loading } from '../components/Status.tsx';
import { useExportTable } from '../exports.tsx';
import { ExplorerGraph } from '../graph/ExplorerGraph.tsx';
import { useQuery } from '../hooks/useQuery.ts';
import { MESSAGES } from '../lib/i18n.ts';
import { pathTable } from '../lib/tables.ts';
import type { ViewProps } from './ViewProps.ts';
import './views.css';

/** The id of a chosen unit; persons are not on chains of units. */
const unitId = (choice: Choice): string | undefined =>
  choice.kind === 'one' && choice.suggestion.type === 'UNIT' ? choice.suggestion.id : undefined;
/** A unit id (大兴区:区水务局) shown as its name. */
const nameOf = (id: string | undefined): string => id?.slice(id.indexOf(':') + 1) ?? '';
/** …and with its district, as the pickers show it: the same name is a unit in several districts. */
export const nameWithDistrict = (id: string | undefined): string =>
  id && id.includes(':') ? `${nameOf(id)}（${id.slice(0, id.indexOf(':'))}）` : (id ?? '');

export function PathView({ state, setState, expansions, select }: ViewProps) {
  const t = MESSAGES[state.lang];
  const { from, to } = state;
  const ready = from && to && from !== to;
  const { data, error, loading, retry } = useQuery(PATH, ready ? { from, to } : null);
  const path = data?.path;

  const table = useMemo(
    () => (path ? { table: pathTable(path.steps, state.lang), name: ['path', nameOf(from), nameOf(to)] } : null),
    [path, state.lang, from, to],
  );
  useExportTable(table);

  const pick = (end: 'from' | 'to') => (choice: Choice) => {
    const id = unitId(choice);
    if (id) setState((s) => ({ ...s, [end]: id, selected: undefined }));
  };

  return (
    <div className="pathview">
      <header className="pathview__pickers">
        <label className="field field--inline">
          {t.pathFrom}
          <SearchBox
            lang={state.lang}
            placeholder={t.searchPlaceholder}
            onChoose={pick('from')}
            initialText={nameWithDistrict(from)}
            withJurisdiction
            testId="path-from"
          />
        </label>
        <button
          type="button"
          className="pathview__swap"
          aria-label={t.swapEnds}
          title={t.swapEnds}
          disabled={!from && !to}
          onClick={() => setState((s) => ({ ...s, from: s.to, to: s.from, selected: undefined }))}
          data-testid="path-swap"
        >
          ⇄
        </button>
        <label className="field field--inline">
          {t.pathTo}
          <SearchBox
            lang={state.lang}
            placeholder={t.searchPlaceholder}
            onChoose={pick('to')}
            initialText={nameWithDistrict(to)}
            withJurisdiction
            testId="path-to"
          />
        </label>
      </header>
      {!from || !to ? (
        <Empty>{t.pathPick}</Empty>
      ) : from === to ? (
        <Empty>{t.pathSame}</Empty>
      ) : error ? (
        <ErrorMessage error={error} lang={state.lang} onRetry={retry} />
      ) : loading ? (
        <Loading lang={state.lang} />
      ) : !path ? (
        <Empty>{t.pathNone}</Empty>
      ) : (
        <div className="pathview__result">
          <ol className="chain">
            <li className="chain__summary">{t.pathHops(path.hops)}</li>
            {path.steps.map((step, i) => (
              <li key={`${step.measure.id}:${i}`} className="chain__step">
                <button
                  type="button"
                  className="chain__unit"
                  onClick={() => select({ type: 'unit', id: step.from.id })}
                >
                  {step.from.name}
                  <small>{step.from.jurisdiction}</small>
                </button>
                <button
                  type="button"
                  className="chain__measure"
                  onClick={() => select({ type: 'measure', id: step.measure.id })}
                >
                  <span className="chain__plan">
                    {step.measure.plan.title} · {step.measure.task.seq}
                  </span>
                  {step.measure.text}
                </button>
                {i === path.steps.length - 1 && (
                  <button
                    type="button"
                    className="chain__unit"
                    onClick={() => select({ type: 'unit', id: step.to.id })}
                  >
                    {step.to.name}
                    <small>{step.to.jurisdiction}</small>
                  </button>
                )}
              </li>
            ))}
          </ol>
          <div className="pathview__graph">
            <ExplorerGraph
              graphId="path"
              graph={path.graph}
              lang={state.lang}
              expansions={expansions}
              focusIds={[from, to]}
              roles={state.filters.roles}
              qualifyDistrictNames
              selected={state.selected}
              onSelect={select}
            />
            <Legend lang={state.lang} />
          </div>
        </div>
      )}
    </div>
  );
}
