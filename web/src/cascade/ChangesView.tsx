/**
 * 变化: one unit's duties across two years — measures added (green), dropped (red) and
 * continued, the continued ones with both texts side by side and the numbers and deadlines that
 * changed marked.
 */
import { SearchBox, type Choice } from '../components/SearchBox.tsx';
import { ErrorMessage, Empty, Loading } from '../components/Status.tsx';
import type { ChangesQuery } from '../generated/graphql.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { MESSAGES, roleLabel } from '../lib/i18n.ts';
import { unitDisplayName } from '../lib/state.ts';
import type { ViewProps } from '../views/ViewProps.ts';
import { marked } from './diff.ts';
import { CASCADE_MESSAGES } from './messages.ts';
import { CHANGES } from './queries.ts';
import './cascade.css';

/** The years the seed plans cover; a year without a plan simply shows nothing. */
export const YEARS = [2023, 2024, 2025, 2026];

export function ChangesView({ state, setState, select }: ViewProps) {
  const t = CASCADE_MESSAGES[state.lang];
  const from = state.fromYear ?? 2023;
  const to = state.toYear ?? 2026;
  const unit = state.unit?.includes(':') ? state.unit : undefined;
  const { data, error, loading, retry } = useQuery(CHANGES, unit && from < to ? { unit, from, to } : null);
  const pick = (choice: Choice) => {
    if (choice.kind === 'one' && choice.suggestion.type === 'UNIT')
      setState((s) => ({ ...s, unit: choice.suggestion.id, selected: undefined }));
  };
  const year = (key: 'fromYear' | 'toYear', value: number) => (
    <select
      value={value}
      aria-label={key === 'fromYear' ? t.fromYear : t.toYear}
      onChange={(e) => setState((s) => ({ ...s, [key]: Number(e.target.value) }))}
      data-testid={`changes-${key}`}
    >
      {YEARS.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
  const changes = data?.changes;
  return (
    <div className="changes" data-testid="changes-view">
      <header className="changes__pickers">
        <label className="field field--inline">
          {t.unit}
          <SearchBox
            lang={state.lang}
            placeholder={MESSAGES[state.lang].searchPlaceholder}
            onChoose={pick}
            initialText={unitDisplayName(unit)}
            withJurisdiction
            testId="changes-unit"
          />
        </label>
        <label className="field field--inline">
          {t.fromYear}
          {year('fromYear', from)}
        </label>
        <label className="field field--inline">
          {t.toYear}
          {year('toYear', to)}
        </label>
      </header>
      {!unit || from >= to ? (
        <Empty>{t.changesPick}</Empty>
      ) : error ? (
        <ErrorMessage error={error} onRetry={retry} lang={state.lang} />
      ) : loading && !changes ? (
        <Loading lang={state.lang} />
      ) : changes ? (
        <Changes changes={changes} lang={state.lang} select={select} />
      ) : null}
    </div>
  );
}

type Changes = ChangesQuery['changes'];
type Lang = ViewProps['state']['lang'];

function Changes({ changes, lang, select }: { changes: Changes; lang: Lang; select: ViewProps['select'] }) {
  const t = CASCADE_MESSAGES[lang];
  const roles = (list: readonly string[]) => list.map((r) => roleLabel(lang, r as never)).join('、');
  const open = (id: string) => select({ type: 'measure', id });
  return (
    <div className="changes__body" data-ready="true">
      <h2>
        {changes.unit.name}（{changes.unit.jurisdiction}） {changes.from} → {changes.to}
      </h2>
      <p className="changes__summary">
        <span className="tag tag--ok">
          {t.added} {changes.added.length}
        </span>
        <span className="tag tag--gap">
          {t.dropped} {changes.dropped.length}
        </span>
        <span className="tag">
          {t.continued} {changes.continued.length}
        </span>
      </p>
      <section className="changes__group changes__group--continued" aria-label={t.continued}>
        <h3>
          {t.continued} <span className="changes__count">{changes.continued.length}</span>
        </h3>
        {changes.continued.length === 0 && <p>{t.none}</p>}
        {changes.continued.map((c) => {
          const [before, after] = marked(c.from.text, c.to.text);
          const [deadlineBefore, deadlineAfter] = marked(c.from.deadline.text, c.to.deadline.text);
          const roleChanged = roles(c.fromRoles) !== roles(c.toRoles);
          return (
            <div key={`${c.from.id}>${c.to.id}`} className="changes__pair" data-testid="changes-continued">
              <p className="changes__label">
                {t.continuedLabel[c.label]}
                {roleChanged && <span className="tag tag--gap">{t.roleChanged}</span>}
              </p>
              <MeasureText
                year={changes.from}
                roles={roles(c.fromRoles)}
                parts={before}
                deadline={deadlineBefore}
                onOpen={() => open(c.from.id)}
              />
              <MeasureText
                year={changes.to}
                roles={roles(c.toRoles)}
                parts={after}
                deadline={deadlineAfter}
                onOpen={() => open(c.to.id)}
              />
            </div>
          );
        })}
      </section>
      {(['added', 'dropped'] as const).map((kind) => (
        <section key={kind} className={`changes__group changes__group--${kind}`} aria-label={t[kind]}>
          <h3>
            {t[kind]} <span className="changes__count">{changes[kind].length}</span>
          </h3>
          {changes[kind].length === 0 && <p>{t.none}</p>}
          <ul>
            {changes[kind].map((d) => (
              <li key={d.measure.id} data-testid={`changes-${kind}`}>
                <button type="button" className="changes__measure" onClick={() => open(d.measure.id)}>
                  <span className="changes__meta">
                    {d.measure.plan.title} · {d.measure.task.seq} · {roles(d.roles)} · {d.measure.deadline.text}
                  </span>
                  {d.measure.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function MeasureText({
  year,
  roles,
  parts,
  deadline,
  onOpen,
}: {
  year: number;
  roles: string;
  parts: ReturnType<typeof marked>[number];
  deadline: ReturnType<typeof marked>[number];
  onOpen: () => void;
}) {
  return (
    <button type="button" className="changes__measure" onClick={onOpen}>
      <span className="changes__meta">
        {year} · {roles} ·{' '}
        {deadline.map((p, i) => (p.changed ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      </span>
      {parts.map((p, i) => (p.changed ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </button>
  );
}
