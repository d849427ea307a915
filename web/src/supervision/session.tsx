/**
 * Who is signed in, for the whole explorer: the account (from `me`, which the HttpOnly session
 * cookie answers for; the page never sees the token), sign-in and sign-out, and a counter that
 * goes up with every report made here, so the ledger, the scorecard and the graphs' lights ask again.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { gql } from '../api/client.ts';
import type { MeQuery } from '../generated/graphql.ts';
import { ApiError } from '../lib/apiError.ts';
import type { Lang } from '../lib/i18n.ts';
import { LOGIN, LOGOUT, ME } from './queries.ts';
import { SUPERVISION_MESSAGES } from './messages.ts';
import './supervision.css';

export type User = NonNullable<MeQuery['me']>;

interface Session {
  user: User | null;
  signIn: (name: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Goes up when a report is made: answers that depend on reports are asked again. */
  version: number;
  changed: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession: no SessionProvider above this component');
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(async () => {
    try {
      setUser((await gql(ME, {})).me ?? null);
    } catch {
      setUser(null);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  const session = useMemo<Session>(
    () => ({
      user,
      version,
      changed: () => setVersion((v) => v + 1),
      signIn: async (name, password) => {
        await gql(LOGIN, { name, password });
        await refresh();
        setVersion((v) => v + 1);
      },
      signOut: async () => {
        await gql(LOGOUT, {}).catch(() => undefined);
        setUser(null);
        setVersion((v) => v + 1);
      },
    }),
    [user, version, refresh],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The header's corner: the account and its role, or 登录. */
export function AccountMenu({ lang }: { lang: Lang }) {
  const t = SUPERVISION_MESSAGES[lang];
  const { user, signOut } = useSession();
  const [open, setOpen] = useState(false);
  if (user)
    return (
      <div className="account" data-testid="account">
        <span className="account__name" data-testid="account-name">
          {user.name}
        </span>
        <span className="account__role" data-testid="account-role">
          {t.roles[user.role] ?? user.role}
        </span>
        <button type="button" className="button button--ghost" onClick={() => void signOut()} data-testid="sign-out">
          {t.signOut}
        </button>
      </div>
    );
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="sign-in">
        {t.signIn}
      </button>
      {open && <SignInDialog lang={lang} onClose={() => setOpen(false)} />}
    </>
  );
}

function SignInDialog({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const t = SUPERVISION_MESSAGES[lang];
  const { signIn } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(name.trim(), password);
      onClose();
    } catch (err) {
      setError(err instanceof ApiError || err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sign-in-title"
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => void submit(e)}
        data-testid="sign-in-dialog"
      >
        <h2 id="sign-in-title">{t.signInTitle}</h2>
        <label>
          {t.name}
          <input
            autoFocus
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="sign-in-name"
          />
        </label>
        <label>
          {t.password}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="sign-in-password"
          />
        </label>
        {error && (
          <p className="dialog__error" role="alert">
            {t.signInFailed}
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button" disabled={busy || !name || !password} data-testid="sign-in-submit">
            {t.signIn}
          </button>
        </div>
      </form>
    </div>
  );
}
