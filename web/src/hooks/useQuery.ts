/** One GraphQL answer for a component: loading, the data, or the error; asks again on retry. */
import { useCallback, useEffect, useState } from 'react';
import { cachedGql, type Document } from '../api/client.ts';

export interface QueryResult<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  retry: () => void;
}

/** `variables` null skips the query (nothing chosen yet). */
export function useQuery<T, V>(query: Document<T, V>, variables: V | null): QueryResult<T> {
  const key = variables ? JSON.stringify(variables) : null;
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string | null; data?: T; error?: unknown }>({ key: null });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    cachedGql(query, JSON.parse(key) as V).then(
      (data) => current && setResult({ key, data }),
      (error: unknown) => current && setResult({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [query, key, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  // An answer for other variables is stale: show loading rather than the wrong data.
  const fresh = result.key === key;
  return {
    data: fresh ? result.data : undefined,
    error: fresh ? result.error : undefined,
    loading: key !== null && (!fresh || (result.data === undefined && result.error === undefined)),
    retry,
  };
}
