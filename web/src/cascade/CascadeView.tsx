/**
 * 下达: a city measure at the top, then tier by tier the district plans it reached, the
 * district measures that implement it, who leads them there and the towns and streets under
 * collectives. A district the measure gives a duty to whose plan has no counterpart is an empty,
 * marked slot. Without a measure chosen, the city measures are listed with how far each got.
 */
import { useMemo, useState } from 'react';
import { ErrorMessage, Empty, Loading } from '../components/Status.tsx';
import type { CascadeQuery, CityMeasuresQuery } from '../generated/graphql.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { roleLabel } from '../lib/i18n.ts';
import type { ViewProps } from '../views/ViewProps.ts';
import { CASCADE_MESSAGES } from './messages.ts';
import { CASCADE, CITY_MEASURES } from './queries.ts';
import './cascade.css';

export function CascadeView({ state, setState, select }: ViewProps) {
  const t = CASCADE_MESSAGES[state.lang];
  const open = (measure: string | undefined) => setState((s) => ({ ...s, measure, selected: undefined }));
  return (
    <div className="cascade" data-testid="cascade-view">
      {state.measure ? (
        <CascadeTiers measureId={state.measure} lang={state.lang} onBack={() => open(undefined)} select={select} />
      ) : (
        <>
          <p className="cascade__hint">{t.pickCity}</p>
          <CityMeasureList lang={state.lang} onOpen={open} />
        </>
      )}
    </div>
  );
}

type CityPlan = CityMeasuresQuery['plans'][number];

function CityMeasureList({ lang, onOpen }: { lang: ViewProps['state']['lang']; onOpen: (id: string) => void }) {
  const t = CASCADE_MESSAGES[lang];
  const { data, error, loading, retry } = useQuery(CITY_MEASURES, {});
  const [needle, setNeedle] = useState('');
  const plans = useMemo(() => (data?.plans ?? []).filter((p: CityPlan) => p.jurisdiction === '北京市'), [data]);
  if (error) return <ErrorMessage error={error} onRetry={retry} lang={lang} />;
  if (loading && !data) return <Loading lang={lang} />;
  return (
    <section className="cascade__list" aria-label={t.cityMeasures}>
      <label className="field field--inline">
        {t.searchCity}
        <input type="search" value={needle} onChange={(e) => setNeedle(e.target.value)} data-testid="cascade-filter" />
      </label>
      {plans.map((plan) => {
        const measures = plan.tasks.flatMap((task) =>
          task.measures.filter((m) => !needle || m.text.includes(needle)).map((m) => ({ task, m })),
        );
        if (measures.length === 0) return null;
        return (
          <details key={plan.id} open={Boolean(needle)} className="cascade__plan">
            <summary>
              {plan.title} <span className="cascade__count">{measures.length}</span>
            </summary>
            <ul>
              {measures.map(({ task, m }) => {
                const gaps = m.unmatched.filter((u) => u.kind === 'GAP').length;
                return (
                  <li key={m.id}>
                    <button type="button" className="cascade__pick" onClick={() => onOpen(m.id)}>
                      <span className="cascade__seq">{task.seq}</span>
                      <span className="cascade__text">{m.text}</span>
                      <span className="cascade__tally">
                        {m.implementedBy.length > 0 && (
                          <span className="tag tag--ok">{t.takenUp(m.implementedBy.length)}</span>
                        )}
                        {gaps > 0 && <span className="tag tag--gap">{t.gaps(gaps)}</span>}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

type Cascade = NonNullable<CascadeQuery['cascade']>;

function CascadeTiers({
  measureId,
  lang,
  onBack,
  select,
}: {
  measureId: string;
  lang: ViewProps['state']['lang'];
  onBack: () => void;
  select: ViewProps['select'];
}) {
  const t = CASCADE_MESSAGES[lang];
  const { data, error, loading, retry } = useQuery(CASCADE, { measure: measureId });
  if (error) return <ErrorMessage error={error} onRetry={retry} lang={lang} />;
  if (loading && !data) return <Loading lang={lang} />;
  const cascade: Cascade | null | undefined = data?.cascade;
  if (!cascade) return <Empty>{t.notCity}</Empty>;
  const taken = cascade.districts.filter((d) => !d.gap).length;
  const gaps = cascade.districts.filter((d) => d.gap).length;
  return (
    <article className="tiers" data-testid="cascade-tiers" data-ready="true">
      <button type="button" className="tiers__back" onClick={onBack}>
        ← {t.cityMeasures}
      </button>
      <section className="tier tier--city" aria-label={t.city}>
        <button
          type="button"
          className="tiers__measure tiers__measure--city"
          onClick={() => select({ type: 'measure', id: cascade.measure.id })}
        >
          <span className="tiers__plan">
            {cascade.measure.plan.title} · {cascade.measure.task.seq} {cascade.measure.task.title}
          </span>
          {cascade.measure.text}
          <span className="tiers__deadline">{cascade.measure.deadline.text}</span>
        </button>
        <p className="tiers__tally">
          {t.takenUp(taken)} · {t.gaps(gaps)}
        </p>
      </section>
      <section className="tier tier--districts" aria-label={t.district}>
        {cascade.districts.map((d) => (
          <div
            key={d.plan.id}
            className={`tiers__district${d.gap ? ' tiers__district--gap' : ''}`}
            data-testid="cascade-district"
            data-jurisdiction={d.jurisdiction}
            data-gap={d.gap}
          >
            <h3>
              {d.jurisdiction} <span className="tiers__plan">{d.plan.title}</span>
            </h3>
            {d.gap && (
              <p className="tiers__gap" title={t.gapNote}>
                {t.gap}
                <span className="tiers__gap-note">{t.gapNote}</span>
              </p>
            )}
            {d.counterparts.map((c) => (
              <div key={c.measure.id} className="tiers__counterpart" data-testid="cascade-counterpart">
                <button
                  type="button"
                  className="tiers__measure"
                  onClick={() => select({ type: 'measure', id: c.measure.id })}
                >
                  <span className="tiers__plan">
                    {c.measure.task.seq} {c.measure.task.title} · {t.score} {c.score.toFixed(2)}
                  </span>
                  {c.measure.text}
                  <span className="tiers__deadline">{c.measure.deadline.text}</span>
                </button>
                <Units label={t.leads} units={c.leads} onUnit={(id) => select({ type: 'unit', id })} />
                <Units label={t.responsible} units={c.responsible} onUnit={(id) => select({ type: 'unit', id })} />
                {c.members.length > 0 && (
                  <Units
                    label={`${t.towns}（${[...new Set(c.members.map((m) => roleLabel(lang, m.role)))].join('、')}）`}
                    units={c.members.map((m) => m.unit)}
                    onUnit={(id) => select({ type: 'unit', id })}
                    small
                  />
                )}
              </div>
            ))}
          </div>
        ))}
      </section>
    </article>
  );
}

function Units({
  label,
  units,
  onUnit,
  small,
}: {
  label: string;
  units: { id: string; name: string }[];
  onUnit: (id: string) => void;
  small?: boolean;
}) {
  if (units.length === 0) return null;
  return (
    <div className={`tiers__units${small ? ' tiers__units--small' : ''}`}>
      <span className="tiers__units-label">{label}</span>
      {units.map((u) => (
        <button key={u.id} type="button" className="tiers__unit" onClick={() => onUnit(u.id)}>
          {u.name}
        </button>
      ))}
    </div>
  );
}
