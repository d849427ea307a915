/**
 * In a measure's side panel: its light at the as-of date, its report history (oldest first; nothing
 * is ever changed, a correction is a newer report), and for a signed-in account a report form: a
 * reporter picks among its own units on the measure, a supervisor among every unit on it.
 */
import { useState } from 'react';
import { gql } from '../api/client.ts';
import type { Lang } from '../lib/i18n.ts';
import { parseState } from '../lib/state.ts';
import { MEASURE_REPORTS, REOPEN_REPORT, REPORT_PROGRESS } from './queries.ts';
import { SUPERVISION_MESSAGES, todayInBeijing } from './messages.ts';
import { useSession } from './session.tsx';
import { useFresh } from './useFresh.ts';
import type { ProgressStatus } from '../generated/graphql.ts';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;

export function MeasureReports({ lang, measureId }: { lang: Lang; measureId: string }) {
  const t = SUPERVISION_MESSAGES[lang];
  const { user, version, changed } = useSession();
  // The as-of date of the URL (the panel re-renders with every state change, so this stays current).
  const date = parseState(window.location.search).asOf ?? todayInBeijing();
  const answer = useFresh(
    async () => (await gql(MEASURE_REPORTS, { id: measureId, asOf: date })).measure,
    `${measureId}|${date}`,
    version,
  );
  const m = answer.data;
  if (!m) return answer.loading ? <p>{t.loading}</p> : null;
  const units = [
    ...new Map(m.assignments.flatMap((a) => ('level' in a.party ? [[a.party.id, a.party.name] as const] : []))),
  ];
  const mine =
    user?.role === 'REPORTER' ? units.filter(([id]) => user.units.some((u) => u.id === id)) : user ? units : [];
  const canReopen = user?.role === 'SUPERVISOR' || user?.role === 'ADMIN';
  return (
    <section className="reports" data-testid="measure-reports">
      <h4 className="panel__section">{t.progress}</h4>
      <p className="reports__light" data-testid="measure-light" data-light={m.light.light}>
        <span className={`light-dot light-dot--${m.light.light.toLowerCase()}`} /> {t.lights[m.light.light]} ·{' '}
        {m.light.reason}
      </p>
      {!user && <p className="reports__hint">{t.signInToReport}</p>}
      {user && mine.length === 0 && <p className="reports__hint">{t.noUnitHere}</p>}
      {user && mine.length > 0 && <ReportForm lang={lang} measureId={m.id} units={mine} onDone={changed} key={m.id} />}
      <h4 className="panel__section">{t.history}</h4>
      {m.reports.length === 0 && <p className="reports__hint">{t.noReports}</p>}
      <ol className="reports__history" data-testid="report-history">
        {[...m.reports].reverse().map((r) => (
          <li key={r.id} data-testid="report-item">
            <strong>{t.statuses[r.status]}</strong> · {r.unit?.name ?? ''} · {r.asOf}
            {r.kind === 'REOPEN' && ` · ${t.reopened}`}
            <span className="reports__by">
              {' '}
              — {r.by}，{new Date(r.recordedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}
            </span>
            {r.note && <p className="reports__note">{r.note}</p>}
            {canReopen && r.status === 'DONE' && r.kind === 'REPORT' && (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => void gql(REOPEN_REPORT, { report: r.id }).then(changed)}
              >
                {t.reopen}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ReportForm({
  lang,
  measureId,
  units,
  onDone,
}: {
  lang: Lang;
  measureId: string;
  units: (readonly [string, string])[];
  onDone: () => void;
}) {
  const t = SUPERVISION_MESSAGES[lang];
  const [unit, setUnit] = useState(units[0]![0]);
  const [status, setStatus] = useState<ProgressStatus>('IN_PROGRESS');
  const [note, setNote] = useState('');
  const [asOf, setAsOf] = useState(todayInBeijing());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await gql(REPORT_PROGRESS, { measure: measureId, unit, status, note: note.trim() || null, asOf });
      setNote('');
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="report-form" onSubmit={(e) => void submit(e)} data-testid="report-form">
      <label>
        {t.reportFor}
        <select value={unit} onChange={(e) => setUnit(e.target.value)} data-testid="report-unit">
          {units.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.status}
        <select
          value={status}
          onChange={(e) => setStatus(e.target.value as ProgressStatus)}
          data-testid="report-status"
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.statuses[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.reportAsOf}
        <input type="date" value={asOf} max={todayInBeijing()} onChange={(e) => setAsOf(e.target.value)} />
      </label>
      <label className="report-form__note">
        {t.note}
        <textarea value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="report-note" />
      </label>
      {error && (
        <p role="alert" className="dialog__error">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy} data-testid="report-submit">
        {t.submit}
      </button>
    </form>
  );
}
