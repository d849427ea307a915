/** Loading, error and empty states, in words. */
import { ApiError, describeError, offeredNames } from '../lib/apiError.ts';
import { MESSAGES, type Lang } from '../lib/i18n.ts';

export function Loading({ lang }: { lang: Lang }) {
  return (
    <div className="status status--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {MESSAGES[lang].loading}
    </div>
  );
}

/** A unit id (大兴区:区水务局) as a person reads it: 区水务局（大兴区）. */
const readable = (name: string): string => {
  const at = name.indexOf(':');
  return at > 0 && !name.startsWith('person:') ? `${name.slice(at + 1)}（${name.slice(0, at)}）` : name;
};

/**
 * An error in the user's language. The names the API offers instead (the closest to a misspelt
 * name, the units an ambiguous one means) are buttons when `onChooseName` is given.
 */
export function ErrorMessage({
  error,
  lang,
  onRetry,
  onChooseName,
}: {
  error: unknown;
  lang: Lang;
  onRetry?: () => void;
  onChooseName?: (name: string) => void;
}) {
  const names = offeredNames(error);
  const retryable = !(error instanceof ApiError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(error.detail.code ?? ''));
  return (
    <div className="status status--error" role="alert">
      <span>{describeError(error, lang)}</span>
      {names.length > 0 && (
        <span className="status__names" data-testid="error-names">
          {names.map((name) =>
            onChooseName ? (
              <button key={name} type="button" className="button button--chip" onClick={() => onChooseName(name)}>
                {readable(name)}
              </button>
            ) : (
              <span key={name} className="status__name">
                {readable(name)}
              </span>
            ),
          )}
        </span>
      )}
      {onRetry && retryable && (
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
