/** The deadline timeline (挂图作战): measures by due month, each bar stacked by light. */
import type { LedgerQuery } from '../generated/graphql.ts';
import type { Lang } from '../lib/i18n.ts';
import { LIGHT_ORDER, SUPERVISION_MESSAGES } from './messages.ts';

type Month = LedgerQuery['ledger']['byMonth'][number];

export function Timeline({ lang, months }: { lang: Lang; months: Month[] }) {
  const t = SUPERVISION_MESSAGES[lang];
  const most = Math.max(1, ...months.map((m) => m.counts.total));
  return (
    <figure className="timeline" data-testid="timeline">
      <figcaption>{t.timeline}</figcaption>
      <div className="timeline__bars">
        {months.map((m) => (
          <div
            key={m.month ?? 'none'}
            className="timeline__month"
            data-testid="timeline-month"
            data-month={m.month ?? ''}
          >
            <div
              className="timeline__stack"
              style={{ height: `${(100 * m.counts.total) / most}%` }}
              title={`${m.month ?? t.noDue}: ${m.counts.total}`}
            >
              {LIGHT_ORDER.map((light) => {
                const n = m.counts[light.toLowerCase() as 'red'];
                return n ? (
                  <div
                    key={light}
                    className={`timeline__part light-bg--${light.toLowerCase()}`}
                    style={{ flexGrow: n }}
                    title={`${m.month ?? t.noDue} ${t.lights[light]} ${n}`}
                  />
                ) : null;
              })}
            </div>
            <span className="timeline__label">{m.month ?? t.noDue}</span>
            <span className="timeline__total">{m.counts.total}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
