/** The app state lives in the URL: changes push a history entry, back/forward restore it. */
import { useCallback, useEffect, useState } from 'react';
import { formatState, parseState, type AppState } from '../lib/state.ts';

export type SetState = (next: AppState | ((current: AppState) => AppState), options?: { replace?: boolean }) => void;

export function useUrlState(): [AppState, SetState] {
  const [state, setLocal] = useState(() => parseState(window.location.search));

  useEffect(() => {
    const onPop = () => setLocal(parseState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const setState = useCallback<SetState>((next, options) => {
    const current = parseState(window.location.search);
    const value = typeof next === 'function' ? next(current) : next;
    const search = formatState(value);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}`;
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setLocal(parseState(search));
  }, []);

  return [state, setState];
}
