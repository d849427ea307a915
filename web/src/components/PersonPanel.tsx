/** The side panel of a lead official (牵头领导): who they are, how many duties, each duty with its source. */
import type { Expansions } from '../hooks/useExpansions.ts';
import { usePersonDuties } from '../hooks/usePersonDuties.ts';
import { MESSAGES, roleLabel, type Lang } from '../lib/i18n.ts';
import type { Selection } from '../lib/state.ts';
import { ROLES, type Filter } from '../lib/vocabulary.ts';
import { DeadlineText, SourceText } from './DutyText.tsx';
import { ErrorMessage, Loading } from './Status.tsx';

interface Props {
  lang: Lang;
  selection: Selection;
  filter: Filter | undefined;
  expansions: Expansions;
  select: (selection: Selection | undefined) => void;
}

export function PersonPanel({ lang, selection, filter, select }: Props) {
  const t = MESSAGES[lang];
  const { data, error, loading, retry } = usePersonDuties(selection.id, filter);
  if (error) return <ErrorMessage error={error} lang={lang} onRetry={retry} />;
  if (loading || !data) return <Loading lang={lang} />;
  const total = Object.values(data.counts).reduce((a, b) => a + b, 0);
  return (
    <div className="panel" data-testid="person-panel">
      <p className="panel__kicker">
        {data.jurisdiction} · {t.personNode}
      </p>
      <h3 className="panel__title">{data.name}</h3>
      <p className="panel__counts">
        <strong>{total}</strong> {t.measures}
      </p>
      {ROLES.filter((r) => data.counts[r]).map((role) => (
        <section key={role} className="panel__role">
          <h5 className={`role-tag role-tag--${role.toLowerCase()}`}>
            {roleLabel(lang, role)} · {data.counts[role]}
          </h5>
          {!data.duties ? (
            <Loading lang={lang} />
          ) : (
            <ul className="duties">
              {data.duties
                .filter((d) => d.role === role)
                .map((d) => (
                  <li key={d.measure.id} className="duty">
                    <button
                      type="button"
                      className="duty__text"
                      onClick={() => select({ type: 'measure', id: d.measure.id })}
                      title={d.measure.text}
                    >
                      <span className="duty__seq">{d.measure.task.seq}</span>
                      {d.measure.text.length > 90 ? `${d.measure.text.slice(0, 90)}…` : d.measure.text}
                    </button>
                    <div className="duty__meta">
                      <DeadlineText deadline={d.measure.deadline} lang={lang} />
                      <SourceText source={d.measure.source} plan={d.measure.plan} lang={lang} />
                    </div>
                  </li>
                ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
