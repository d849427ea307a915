/** Loading, error and empty states, in words. */
import { describeError } from '../lib/apiError.ts';
import { MESSAGES, type Lang } from '../lib/i18n.ts';

export function Loading({ lang }: { lang: Lang }) {
  return (
    <div className="status status--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {MESSAGES[lang].loading}
    </div>
  );
}

export function ErrorMessage({ error, lang, onRetry }: { error: unknown; lang: Lang; onRetry?: () => void }) {
  return (
    <div className="status status--error" role="alert">
      <span>{describeError(error, lang)}</span>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {MESSAGES[lang].retry}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="status status--empty">{children}</div>;
}
