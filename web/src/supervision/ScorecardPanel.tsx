/**
 * The scorecard beside the overload ranking: per unit, the lights of what it leads or answers for,
 * most red first. On a screen narrower than WIDE, or while the side panel is open, it is folded to a
 * tab at the edge, so the ranking and the overview keep their room (at 1024 px a 22rem column left
 * the graph 184 px); opened there, it lies over the overview instead of squeezing it, and Esc folds
 * it again.
 */
import { useEffect, useRef, useState } from 'react';
import { gql } from '../api/client.ts';
import type { Lang } from '../lib/i18n.ts';
import type { Filter } from '../lib/vocabulary.ts';
import { SCORECARD } from './queries.ts';
import { LIGHT_ORDER, SUPERVISION_MESSAGES, todayInBeijing } from './messages.ts';
import { useSession } from './session.tsx';
import { useFresh } from './useFresh.ts';

interface Props {
  /** Folded whatever the width: the side panel is open beside it. */
  folded?: boolean;
  lang: Lang;
  filter: Filter | undefined;
  asOf: string | undefined;
  top: number;
  onUnit: (unitId: string) => void;
}

/** From this width the scorecard has a column of its own. */
const WIDE = '(min-width: 1280px)';

function useWide(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const changed = () => setWide(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return wide;
}

export function ScorecardPanel(props: Props) {
  const t = SUPERVISION_MESSAGES[props.lang];
  const wide = useWide() && !props.folded;
  const [opened, setOpened] = useState(false);
  const tab = useRef<HTMLButtonElement>(null);
  const fold = () => {
    setOpened(false);
    tab.current?.focus();
  };
  useEffect(() => {
    if (wide || !opened) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && fold();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wide, opened]);
  if (wide) return <Scorecard {...props} overlay={false} />;
  // The tab stays while the scorecard is open, so the overview beside it keeps its size.
  return (
    <>
      <button
        ref={tab}
        type="button"
        className="scorecard-tab"
        data-testid="scorecard-open"
        aria-expanded={opened}
        onClick={() => (opened ? fold() : setOpened(true))}
      >
        {t.scorecardShort}
      </button>
      {opened && <Scorecard {...props} overlay onClose={fold} />}
    </>
  );
}

function Scorecard({
  lang,
  filter,
  asOf,
  top,
  onUnit,
  overlay,
  onClose,
}: Props & { overlay: boolean; onClose?: () => void }) {
  const t = SUPERVISION_MESSAGES[lang];
  const { version } = useSession();
  const date = asOf ?? todayInBeijing();
  // Opened over the overview: the keyboard goes with it.
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const scores = useFresh(
    async () => (await gql(SCORECARD, { filter, asOf: date, top })).scorecard,
    JSON.stringify({ filter, date, top }),
    version,
  );
  return (
    <aside className={`scorecard${overlay ? ' scorecard--over' : ''}`} data-testid="scorecard">
      <h3>
        {t.scorecard} · {t.asOf} {date}
        {onClose && (
          <button
            type="button"
            className="button button--small scorecard__close"
            ref={close}
            data-testid="scorecard-close"
            aria-expanded={true}
            onClick={onClose}
          >
            {t.fold}
          </button>
        )}
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
