/**
 * 待核实 (issue 17): the review queue one measure at a time. The printed lines of the row beside
 * the reading; for each reading still likely or unclear, buttons to confirm it, change its role,
 * remove it or move it to another measure of the row; from the keyboard, ↑↓ choose a reading,
 * 1/2/3 decide, N goes to the next measure, U undoes the last decision. A counter says what is left.
 * Every other view asks again after a decision (forgetAnswers), so the graphs show the reviewed reading.
 */
import { useCallback, useEffect, useState } from 'react';
import { forgetAnswers, gql } from '../api/client.ts';
import type { ReviewQueueQuery } from '../generated/graphql.ts';
import { confidenceLabel, roleLabel } from '../lib/i18n.ts';
import { useSession } from '../supervision/session.tsx';
import type { ViewProps } from '../views/ViewProps.ts';
import { REVIEW_MESSAGES } from './messages.ts';
import { RESOLVE_READING, REVIEW_QUEUE, UNDO_DECISION } from './queries.ts';
import './review.css';

type Queue = ReviewQueueQuery['reviewQueue'];
type Item = Queue['edges'][number]['node'];
type Reading = Item['readings'][number];
type Decision = { kind: 'CONFIRM' | 'SET_ROLE' | 'REMOVE' | 'MOVE'; role?: 'LEAD' | 'COOP'; measure?: string };

const open = (r: Reading) => r.confidence !== 'CERTAIN';

export function ReviewView({ state, filter }: ViewProps) {
  const t = REVIEW_MESSAGES[state.lang];
  const { user, changed } = useSession();
  const [queue, setQueue] = useState<Queue | null>(null);
  /** Measures passed over with N in this visit, so the next one shows. */
  const [skipped, setSkipped] = useState<string[]>([]);
  const [chosen, setChosen] = useState(0);
  const [note, setNote] = useState('');
  const [last, setLast] = useState<{ id: string; status: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const answer = await gql(REVIEW_QUEUE, { filter, first: 50 });
    setQueue(answer.reviewQueue);
  }, [filter]);
  useEffect(() => {
    load().catch((e: unknown) => setError(String(e)));
  }, [load]);

  const items = (queue?.edges ?? []).map((e) => e.node).filter((n) => !skipped.includes(n.measure.id));
  const item = items[0];
  const candidates = item?.readings.filter(open) ?? [];
  const reading = candidates[Math.min(chosen, candidates.length - 1)];

  const decide = useCallback(
    async (r: Reading, decision: Decision) => {
      if (busy) return;
      setBusy(true);
      setError(null);
      try {
        const { resolveReading } = await gql(RESOLVE_READING, {
          assignment: r.id,
          decision,
          ...(note.trim() && { note: note.trim() }),
        });
        setLast({ id: resolveReading.id, status: resolveReading.status });
        setNote('');
        forgetAnswers();
        changed();
        await load();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [busy, note, load, changed],
  );

  const undo = useCallback(async () => {
    if (!last || busy) return;
    setBusy(true);
    try {
      await gql(UNDO_DECISION, { decision: last.id });
      setLast(null);
      forgetAnswers();
      changed();
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, [last, busy, load, changed]);

  const next = useCallback(() => {
    if (item) setSkipped((s) => [...s, item.measure.id]);
    setChosen(0);
  }, [item]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'n') next();
      else if (key === 'u') void undo();
      else if (key === 'arrowdown') setChosen((c) => Math.min(c + 1, candidates.length - 1));
      else if (key === 'arrowup') setChosen((c) => Math.max(c - 1, 0));
      else if (reading && user && key === '1') void decide(reading, { kind: 'CONFIRM' });
      else if (reading && user && key === '2')
        void decide(reading, { kind: 'SET_ROLE', role: reading.role === 'LEAD' ? 'COOP' : 'LEAD' });
      else if (reading && user && key === '3') void decide(reading, { kind: 'REMOVE' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, undo, decide, reading, candidates.length, user]);

  if (!queue) return <p className="review__status">{error ?? '…'}</p>;
  const shownLines = new Set<number>();
  for (const r of candidates)
    for (let n = r.source.firstLine; n <= r.source.lastLine; n++) if (r.id === reading?.id) shownLines.add(n);

  return (
    <div className="review" data-testid="review-view">
      <div className="review__bar">
        <span className="review__counter" data-testid="review-left" data-remaining={queue.remaining}>
          {t.left(queue.remaining, queue.totalCount)}
        </span>
        <span className="review__keys">{t.keys}</span>
        {last && (
          <span className="review__last" data-testid="review-last" data-status={last.status ?? ''}>
            {last.status === 'PROPOSED' ? t.proposed : t.decided}
          </span>
        )}
        <button type="button" className="button button--ghost" onClick={() => void undo()} disabled={!last || busy}>
          {t.undo} (U)
        </button>
        <button type="button" className="button button--ghost" onClick={next} disabled={!item}>
          {t.next} (N)
        </button>
      </div>
      {!user && <p className="review__status">{t.signInFirst}</p>}
      {error && (
        <p className="review__error" role="alert">
          {t.failed}
          {error}
        </p>
      )}
      {!item ? (
        <p className="review__status">{t.none}</p>
      ) : (
        <div className="review__item" data-testid="review-item" data-measure={item.measure.id}>
          <section className="review__printed" aria-label={t.printed}>
            <h3>
              {t.printed} · {item.file}
            </h3>
            <ol className="review__lines">
              {item.lines.map((line) => (
                <li
                  key={line.number}
                  value={line.number}
                  className={shownLines.has(line.number) ? 'review__line review__line--chosen' : 'review__line'}
                >
                  <code>{line.text || ' '}</code>
                </li>
              ))}
            </ol>
          </section>
          <section className="review__reading" aria-label={t.reading}>
            <h3>
              {item.measure.plan.title} · {item.measure.task.seq} {item.measure.task.title}
            </h3>
            <p className="review__measure">
              <strong>{t.measure}：</strong>
              {item.measure.text}
            </p>
            <ul className="review__readings">
              {item.readings.map((r) => (
                <ReadingRow
                  key={r.id}
                  r={r}
                  chosen={r.id === reading?.id}
                  lang={state.lang}
                  disabled={!user || busy}
                  others={item.measure.task.measures.filter((m) => m.id !== item.measure.id)}
                  onChoose={() => setChosen(candidates.indexOf(r))}
                  onDecide={(d) => void decide(r, d)}
                />
              ))}
            </ul>
            <label className="review__note">
              {t.note}
              <input
                value={note}
                onChange={(e) => setNote(e.target.value)}
                data-testid="review-note"
                maxLength={2000}
              />
            </label>
          </section>
        </div>
      )}
    </div>
  );
}

interface ReadingRowProps {
  r: Reading;
  chosen: boolean;
  lang: 'zh' | 'en';
  disabled: boolean;
  others: { id: string; text: string }[];
  onChoose: () => void;
  onDecide: (d: Decision) => void;
}

function ReadingRow({ r, chosen, lang, disabled, others, onChoose, onDecide }: ReadingRowProps) {
  const t = REVIEW_MESSAGES[lang];
  const roleChange = r.role === 'LEAD' ? 'COOP' : r.role === 'COOP' ? 'LEAD' : undefined;
  return (
    <li
      className={`review__row${chosen ? ' review__row--chosen' : ''}${open(r) ? '' : ' review__row--settled'}`}
      data-testid="review-reading"
      data-assignment={r.id}
      data-chosen={chosen}
      onClick={open(r) ? onChoose : undefined}
    >
      <span className={`role-tag role-tag--${r.role.toLowerCase()}`}>{roleLabel(lang, r.role)}</span>
      <span className="review__party">{r.party.name}</span>
      <span className="review__meta">
        {r.asWritten} ·{' '}
        {r.source.firstLine === r.source.lastLine ? r.source.firstLine : `${r.source.firstLine}–${r.source.lastLine}`}
      </span>
      {r.confidence !== 'CERTAIN' && (
        <span
          className={`confidence-tag confidence-tag--${r.confidence.toLowerCase()}`}
          title={r.uncertain ?? undefined}
        >
          {confidenceLabel(lang, r.confidence)}
        </span>
      )}
      {r.evidence.basis !== 'LAYOUT' && <span className="review__evidence">{r.evidence.text}</span>}
      {r.reviewed && (
        <span className="review__reviewed" title={r.reviewed.note ?? undefined}>
          {t.reviewedBy(r.reviewed.by)}
        </span>
      )}
      {open(r) && (
        <span className="review__buttons">
          <button
            type="button"
            disabled={disabled}
            onClick={() => onDecide({ kind: 'CONFIRM' })}
            data-testid="decide-confirm"
          >
            1 {t.confirm}
          </button>
          {roleChange && (
            <button
              type="button"
              disabled={disabled}
              onClick={() => onDecide({ kind: 'SET_ROLE', role: roleChange })}
              data-testid="decide-role"
            >
              2 {roleChange === 'LEAD' ? t.toLead : t.toCoop}
            </button>
          )}
          <button
            type="button"
            disabled={disabled}
            onClick={() => onDecide({ kind: 'REMOVE' })}
            data-testid="decide-remove"
          >
            3 {t.remove}
          </button>
          {others.length > 0 && (
            <select
              aria-label={t.move}
              disabled={disabled}
              value=""
              onChange={(e) => e.target.value && onDecide({ kind: 'MOVE', measure: e.target.value })}
            >
              <option value="">{t.move}</option>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.text.slice(0, 30)}
                </option>
              ))}
            </select>
          )}
        </span>
      )}
    </li>
  );
}
