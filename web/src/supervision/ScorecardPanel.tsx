/** The scorecard beside the overload ranking: per unit, the lights of what it leads or answers for, most red first. */
import { gql } from '../api/client.ts';
import type { Lang } from '../lib/i18n.ts';
import type { Filter } from '../lib/vocabulary.ts';
import { SCORECARD } from './queries.ts';
import { LIGHT_ORDER, SUPERVISION_MESSAGES, todayInBeijing } from './messages.ts';
import { useSession } from './session.tsx';
import { useFresh } from './useFresh.ts';

interface Props {
  lang: Lang;
  filter: Filter | undefined;
  asOf: string | undefined;
  top: number;
  onUnit: (unitId: string) => void;
}

export function ScorecardPanel({ lang, filter, asOf, top, onUnit }: Props) {
  const t = SUPERVISION_MESSAGES[lang];
  const { version } = useSession();
  const date = asOf ?? todayInBeijing();
  const scores = useFresh(
    async () => (await gql(SCORECARD, { filter, asOf: date, top })).scorecard,
    JSON.stringify({ filter, date, top }),
    version,
  );
  return (
    <aside className="scorecard" data-testid="scorecard">
      <h3>
        {t.scorecard} · {t.asOf} {date}
      </h3>
      {scores.error !== undefined && (
        <p role="alert">
          {t.failed}
          {String(scores.error)}
        </p>
      )}
      {!scores.data && <p>{t.loading}</p>}
      {scores.data && (
        <table className="scorecard__table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t.unit}</th>
              {LIGHT_ORDER.map((light) => (
                <th key={light} scope="col" title={t.lightHint[light]}>
                  <span className={`light-dot light-dot--${light.toLowerCase()}`} /> {t.lights[light]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scores.data.map((s) => (
              <tr key={s.unit.id} data-testid="scorecard-row" data-unit={s.unit.id}>
                <td>{s.rank}</td>
                <td>
                  <button type="button" className="link" onClick={() => onUnit(s.unit.id)}>
                    {s.unit.name}
                  </button>
                  <span className="scorecard__jur">{s.unit.jurisdiction}</span>
                </td>
                {LIGHT_ORDER.map((light) => (
                  <td key={light} data-light={light}>
                    {s.counts[light.toLowerCase() as 'red']}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
