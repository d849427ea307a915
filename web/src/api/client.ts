/** The one way the explorer talks to the server: POST /graphql, errors turned into ApiError. */
import type { TypedDocumentString } from '../generated/graphql.ts';
import { ApiError, graphqlErrorDetail, graphqlErrorMessage } from '../lib/apiError.ts';

/** A generated document: its text, typed with its answer and variables. */
export type Document<T, V> = TypedDocumentString<T, V>;

export const GRAPHQL_URL = '/graphql';

interface Response<T> {
  data?: T | null;
  errors?: { message?: unknown; extensions?: unknown }[];
}

export async function gql<T, V>(document: Document<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const query = document.toString();
  let res: globalThis.Response;
  try {
    res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      // The session cookie's CSRF header (server/api/auth.ts): a cross-site page cannot send it.
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-dutygraph-csrf': '1' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError('network', err instanceof Error ? err.message : String(err));
  }
  const body = (await res.json().catch(() => null)) as Response<T> | null;
  if (body?.errors?.length)
    throw new ApiError(
      res.ok ? 'graphql' : 'http',
      graphqlErrorMessage(body.errors),
      res.status,
      graphqlErrorDetail(body.errors),
    );
  if (!res.ok) throw new ApiError('http', '', res.status);
  if (!body?.data) throw new ApiError('graphql', 'empty response');
  return body.data;
}

/** Answers by query and variables, so back/forward and re-renders do not ask twice. */
const cache = new Map<string, Promise<unknown>>();
const CACHE_LIMIT = 200;

/** Forgets every answer: after a review decision (issue 17) the graphs' answers change. */
export function forgetAnswers(): void {
  cache.clear();
}

export function cachedGql<T, V>(document: Document<T, V>, variables: V): Promise<T> {
  const key = `${document.toString()}\n${JSON.stringify(variables)}`;
  let answer = cache.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = gql(document, variables);
    cache.set(key, answer);
    // Failures are not kept: a retry should ask again.
    answer.catch(() => cache.delete(key));
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  }
  return answer;
}
