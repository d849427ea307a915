/** A measure's counterparts in other plans, in its side panel: what it implements or is taken up by, and its previous and next years. */
import type { CounterpartsQuery } from '../generated/graphql.ts';
import { useQuery } from '../hooks/useQuery.ts';
import type { Lang } from '../lib/i18n.ts';
import { CASCADE_MESSAGES } from './messages.ts';
import { COUNTERPARTS } from './queries.ts';

type Linked = NonNullable<CounterpartsQuery['measure']>;

export function Counterparts({
  measureId,
  lang,
  onMeasure,
  onCascade,
}: {
  measureId: string;
  lang: Lang;
  onMeasure: (id: string) => void;
  onCascade: (id: string) => void;
}) {
  const t = CASCADE_MESSAGES[lang];
  const { data } = useQuery(COUNTERPARTS, { id: measureId });
  const measure = data?.measure;
  if (!measure) return null;
  const groups: [keyof typeof t & keyof Linked, Linked['implements']][] = [
    ['implements', measure.implements],
    ['implementedBy', measure.implementedBy],
    ['continues', measure.continues],
    ['continuedBy', measure.continuedBy],
  ];
  const cityMeasure = measure.plan.jurisdiction === '北京市' ? measure.id : measure.implements[0]?.measure.id;
  const any = groups.some(([, list]) => list.length > 0) || measure.unmatched.length > 0;
  return (
    <section className="panel__section counterparts" data-testid="counterparts">
      <h3>{t.counterparts}</h3>
      {!any && <p>{t.noCounterparts}</p>}
      {groups.map(([key, list]) =>
        list.length === 0 ? null : (
          <div key={key}>
            <h4>{t[key] as string}</h4>
            <ul>
              {list.map((c) => (
                <li key={c.measure.id}>
                  <button type="button" className="counterparts__link" onClick={() => onMeasure(c.measure.id)}>
                    {c.measure.plan.title} · {c.measure.task.seq} · {c.measure.text.slice(0, 40)}
                    {c.measure.text.length > 40 ? '…' : ''}
                  </button>
                  <span className="counterparts__score">{c.score.toFixed(2)}</span>
                  {c.label && <span className="counterparts__label">{t.continuedLabel[c.label]}</span>}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {measure.unmatched.map((u) => (
        <p key={`${u.kind}${u.otherPlan.title}`} className="counterparts__unmatched">
          {t.unmatched[u.kind]}：{u.otherPlan.title}
        </p>
      ))}
      {cityMeasure && (
        <button
          type="button"
          className="counterparts__cascade"
          onClick={() => onCascade(cityMeasure)}
          data-testid="open-cascade"
        >
          {t.openCascade}
        </button>
      )}
    </section>
  );
}
