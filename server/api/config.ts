/**
 * Everything the API reads from the environment, in one place, with its defaults.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export interface Limits {
  /** Requests per client (by IP) per window; 0 turns the limit off. */
  rateLimitMax: number;
  /** The rate-limit window in milliseconds. */
  rateLimitWindow: number;
  /** Deepest selection a query may have. */
  maxDepth: number;
  /** Highest estimated cost (cost.ts: fields completed and resolvers' work) a query may have. */
  maxCost: number;
  /** Largest request body in bytes. */
  bodyLimit: number;
}

export const DEFAULT_LIMITS: Limits = {
  rateLimitMax: 600,
  rateLimitWindow: 60_000,
  maxDepth: 8,
  // cost.ts: the explorer's costliest query (a unit's focus view) is about 50,000; the costliest
  // accepted query on the seed graph takes well under 200 ms of server CPU.
  maxCost: 60_000,
  bodyLimit: 100 * 1024,
};

export interface ServerConfig {
  /** Server processes sharing the port (WORKERS: a number, or `auto` for one per core). */
  workers: number;
  port: number;
  host: string;
  limits: Limits;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  /** Trust X-Forwarded-For (behind a reverse proxy), so the rate limit sees real clients. */
  trustProxy: boolean;
  /** NODE_ENV=production: unexpected errors masked. */
  production: boolean;
  /** NODE_ENV=development: stack traces in error answers. */
  stackTraces: boolean;
  logLevel: string;
  /** The built front end (`npm run build`). */
  webRoot: string;
  /** INTROSPECTION: schema introspection, on unless `false` or `0` (the schema is the API's documentation). */
  introspection: boolean;
  /** SEEDS: what an empty store is loaded with: the seed documents, or `synthetic:N`, the synthetic graph N times their size. */
  seeds: SeedsChoice;
  /** Accounts, sign-in and lights (supervision). */
  auth: AuthConfig;
}

export interface AuthConfig {
  /**
   * AUTH_SECRET: the key tokens are signed with, shared by every API process and host. Unset, each
   * start makes one up (tokens then end with the process; `WORKERS` share the supervisor's).
   */
  secret?: string;
  /** TOKEN_TTL_HOURS: how long a token lasts. */
  tokenTtlSeconds: number;
  /** READ_ACCESS: `open` (anyone reads) or `login` (every question needs a signed-in account). */
  readAccess: 'open' | 'login';
  /** COOKIE_SECURE: the session cookie only over HTTPS (set it behind TLS). */
  cookieSecure: boolean;
  /** LOGIN_MAX_PER_ACCOUNT, LOGIN_MAX_PER_ADDRESS: failed sign-ins allowed per window (LOGIN_WINDOW_MS). */
  loginMaxPerAccount: number;
  loginMaxPerAddress: number;
  loginWindowMs: number;
  /** DUE_SOON_DAYS: a measure not done turns yellow this many days before its deadline. */
  dueSoonDays: number;
}

export const DEFAULT_AUTH: AuthConfig = {
  tokenTtlSeconds: 12 * 3600,
  readAccess: 'open',
  cookieSecure: false,
  loginMaxPerAccount: 10,
  loginMaxPerAddress: 50,
  loginWindowMs: 15 * 60_000,
  dueSoonDays: 30,
};

export type SeedsChoice = { kind: 'documents' } | { kind: 'synthetic'; factor: number };

function seedsChoice(value: string | undefined): SeedsChoice {
  if (value === undefined || value === '' || value === 'documents') return { kind: 'documents' };
  const factor = Number(/^synthetic:(\d+)$/.exec(value)?.[1]);
  if (!Number.isInteger(factor) || factor < 1 || factor > 200)
    throw new Error(`SEEDS must be "documents" or "synthetic:N" with N from 1 to 200, got "${value}"`);
  return { kind: 'synthetic', factor };
}

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

function workerCount(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  if (value === 'auto') return availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`WORKERS must be a whole number of at least 1, or "auto"; got "${value}"`);
  return count;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`${name} must be true or false (or 1 or 0), got "${value}"`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const int = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0)
      throw new Error(`${name} must be a non-negative integer, got "${value}"`);
    return parsed;
  };
  return {
    workers: workerCount(env.WORKERS),
    port: int('PORT', 4000),
    host: env.HOST || '127.0.0.1',
    limits: {
      rateLimitMax: int('RATE_LIMIT_MAX', DEFAULT_LIMITS.rateLimitMax),
      rateLimitWindow: int('RATE_LIMIT_WINDOW_MS', DEFAULT_LIMITS.rateLimitWindow),
      maxDepth: int('MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxCost: int('MAX_QUERY_COST', DEFAULT_LIMITS.maxCost),
      bodyLimit: int('BODY_LIMIT_BYTES', DEFAULT_LIMITS.bodyLimit),
    },
    corsOrigins: (env.CORS_ORIGIN ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    production: env.NODE_ENV === 'production',
    stackTraces: env.NODE_ENV === 'development',
    logLevel: env.LOG_LEVEL || 'info',
    webRoot: env.WEB_ROOT || DEFAULT_WEB_ROOT,
    introspection: flag(env, 'INTROSPECTION', true),
    seeds: seedsChoice(env.SEEDS),
    auth: authFromEnv(env, int),
  };
}

function authFromEnv(env: NodeJS.ProcessEnv, int: (name: string, fallback: number) => number): AuthConfig {
  const readAccess = env.READ_ACCESS || 'open';
  if (readAccess !== 'open' && readAccess !== 'login')
    throw new Error(`READ_ACCESS must be open or login, got "${readAccess}"`);
  const secret = env.AUTH_SECRET || undefined;
  if (secret !== undefined && secret.length < 32)
    throw new Error('AUTH_SECRET must be at least 32 characters (for example: openssl rand -base64 48)');
  return {
    ...(secret && { secret }),
    tokenTtlSeconds: int('TOKEN_TTL_HOURS', DEFAULT_AUTH.tokenTtlSeconds / 3600) * 3600,
    readAccess,
    cookieSecure: flag(env, 'COOKIE_SECURE', DEFAULT_AUTH.cookieSecure),
    loginMaxPerAccount: int('LOGIN_MAX_PER_ACCOUNT', DEFAULT_AUTH.loginMaxPerAccount),
    loginMaxPerAddress: int('LOGIN_MAX_PER_ADDRESS', DEFAULT_AUTH.loginMaxPerAddress),
    loginWindowMs: int('LOGIN_WINDOW_MS', DEFAULT_AUTH.loginWindowMs),
    dueSoonDays: int('DUE_SOON_DAYS', DEFAULT_AUTH.dueSoonDays),
  };
}
