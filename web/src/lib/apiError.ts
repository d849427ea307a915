/** Errors from the API, kept apart by cause so the UI can say in words what went wrong. */
import { MESSAGES, type Lang } from './i18n.ts';

export type ApiErrorKind = 'network' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The GraphQL `errors` of a response, their messages joined (BAD_USER_INPUT lists candidates there). */
export function graphqlErrorMessage(errors: readonly { message?: unknown }[]): string {
  const messages = errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean);
  return [...new Set(messages)].join('；') || 'unknown error';
}

/** A sentence for the user, in their language. */
export function describeError(error: unknown, lang: Lang): string {
  const t = MESSAGES[lang];
  if (error instanceof ApiError) {
    if (error.kind === 'network') return t.networkError;
    if (error.kind === 'http') return `${t.httpError(error.status ?? 0)}${error.message ? ` ${error.message}` : ''}`;
    return `${t.errorPrefix}${error.message}`;
  }
  return `${t.errorPrefix}${error instanceof Error ? error.message : String(error)}`;
}
