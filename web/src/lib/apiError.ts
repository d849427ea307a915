/** Errors from the API, kept apart by cause so the UI can say in words, in its language, what went wrong. */
import { MESSAGES, type Lang } from './i18n.ts';

export type ApiErrorKind = 'network' | 'http' | 'graphql';

/** What the API's first error says beyond its message: its code and the names it offers. */
export interface ApiErrorDetail {
  code?: string;
  /** NOT_FOUND: the closest names; BAD_USER_INPUT on an ambiguous name: the unit ids it could mean. */
  closest?: string[];
  candidates?: string[];
}

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly detail: ApiErrorDetail = {},
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

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

/** The code and offered names of the first error of a response. */
export function graphqlErrorDetail(errors: readonly { extensions?: unknown }[]): ApiErrorDetail {
  const ext = (errors[0]?.extensions ?? {}) as Record<string, unknown>;
  return {
    ...(typeof ext.code === 'string' && { code: ext.code }),
    ...(strings(ext.closest) && { closest: strings(ext.closest) }),
    ...(strings(ext.candidates) && { candidates: strings(ext.candidates) }),
  };
}

/** The name an error is about, as the API quotes it ("No unit is named "X"."). */
const quotedName = (message: string): string => /"([^"]+)"/.exec(message)?.[1] ?? '';

/**
 * Names a user can choose instead (closest names, or the units an ambiguous name means), for the
 * error to offer as buttons.
 */
export function offeredNames(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.detail.closest ?? error.detail.candidates ?? [];
}

/**
 * A sentence for the user, in their language. The API's messages are English; in Chinese the
 * explorer says what it knows from the error's code, and never shows the English text.
 */
export function describeError(error: unknown, lang: Lang): string {
  const t = MESSAGES[lang];
  if (error instanceof ApiError) {
    if (error.kind === 'network') return t.networkError;
    if (lang === 'zh') return zhMessage(error);
    if (error.kind === 'http') return `${t.httpError(error.status ?? 0)}${error.message ? ` ${error.message}` : ''}`;
    return `${t.errorPrefix}${error.message}`;
  }
  if (lang === 'zh') return t.unexpectedError;
  return `${t.errorPrefix}${error instanceof Error ? error.message : String(error)}`;
}

function zhMessage(error: ApiError): string {
  const t = MESSAGES.zh;
  const name = quotedName(error.message);
  switch (error.detail.code) {
    case 'NOT_FOUND':
      return error.detail.closest?.length ? t.notFoundClosest(name) : t.notFound(name);
    case 'BAD_USER_INPUT':
      return error.detail.candidates?.length ? t.ambiguousName(name) : t.badInput;
    case 'STORE_UNAVAILABLE':
      return t.storeUnavailable;
    case 'RATE_LIMITED':
      return t.rateLimited;
  }
  if (error.status === 429) return t.rateLimited;
  if (error.kind === 'http') return t.httpError(error.status ?? 0);
  return t.queryRefused(error.detail.code ?? '');
}
