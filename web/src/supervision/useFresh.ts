/** A GraphQL answer asked again whenever its variables or `version` change (never from the shared cache). */
import { useEffect, useState } from 'react';

export interface Fresh<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

export function useFresh<T>(ask: (() => Promise<T>) | null, key: string, version: number): Fresh<T> {
  const [result, setResult] = useState<{ key: string; data?: T; error?: unknown } | null>(null);
  const fullKey = `${key}#${version}`;
  useEffect(() => {
    if (!ask) return;
    let current = true;
    ask().then(
      (data) => current && setResult({ key: fullKey, data }),
      (error: unknown) => current && setResult({ key: fullKey, error }),
    );
    return () => {
      current = false;
    };
    // `ask` is a new closure each render; the key says when its answer changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fullKey]);
  // Keep showing the last answer while the next one loads (a report should not blank the table).
  return {
    data: result?.data,
    error: result?.key === fullKey ? result.error : undefined,
    loading: result?.key !== fullKey,
  };
}
