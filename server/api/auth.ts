/**
 * Who is asking: a session token from `Authorization: Bearer …` (scripts) or the HttpOnly,
 * SameSite=Strict session cookie (the explorer), checked on every /graphql request. A token is
 * valid while its signature and expiry hold (tokens.ts), it has not been signed out, and its
 * account exists and is enabled; the last two are asked of the shared supervision store, so a
 * logout or a disabled account takes effect in every process at once.
 *
 * A POST authenticated by the cookie must carry the CSRF_HEADER: a page on another site cannot set
 * a custom header without a CORS preflight this server refuses, so it cannot make the browser
 * write with the user's cookie (SameSite=Strict already keeps the cookie off cross-site requests;
 * this also covers a sibling subdomain, which counts as the same site).
 */
import { randomBytes } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { Account, AccountRole } from '../model/supervision.ts';
import { ACCOUNT_ROLES } from '../model/supervision.ts';
import type { SupervisionStore } from '../supervision/contract.ts';
import { dummyPasswordHash, verifyPassword } from '../supervision/passwords.ts';
import { issueToken, verifyToken } from '../supervision/tokens.ts';
import { DEFAULT_AUTH, type AuthConfig } from './config.ts';
import type { Context } from './context.ts';

export const SESSION_COOKIE = 'dutygraph_session';
/** Any non-empty value; the explorer sends `1`. */
export const CSRF_HEADER = 'x-dutygraph-csrf';

export interface Viewer {
  account: Account;
  tokenId: string;
  /** ISO timestamp. */
  expiresAt: string;
  via: 'bearer' | 'cookie';
}

declare module 'fastify' {
  interface FastifyRequest {
    viewer?: Viewer | null;
  }
}

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
export const FORBIDDEN = 'FORBIDDEN';

export function unauthenticated(message = 'Sign in first (mutation login).'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: FORBIDDEN, http: { status: 403 } } });
}

/** Counts failed sign-ins per key in a sliding window (per process, as the request rate limit is). */
class Attempts {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  blocked(key: string, now = Date.now()): boolean {
    const recent = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length) this.failures.set(key, recent);
    else this.failures.delete(key);
    return this.max > 0 && recent.length >= this.max;
  }

  fail(key: string, now = Date.now()): void {
    this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
  }
}

export class Auth {
  readonly settings: AuthConfig;
  private readonly secret: string;
  private readonly perAccount: Attempts;
  private readonly perAddress: Attempts;

  constructor(
    readonly store: SupervisionStore,
    settings: Partial<AuthConfig> = {},
  ) {
    this.settings = { ...DEFAULT_AUTH, ...settings };
    // Without AUTH_SECRET tokens are this process's alone (serve.ts gives WORKERS a shared one).
    this.secret = this.settings.secret ?? randomBytes(48).toString('base64url');
    this.perAccount = new Attempts(this.settings.loginMaxPerAccount, this.settings.loginWindowMs);
    this.perAddress = new Attempts(this.settings.loginMaxPerAddress, this.settings.loginWindowMs);
  }

  /** The viewer a request's token names, or null; a refused CSRF check answers 403 here. */
  async preHandler(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    const cookie = request.cookies?.[SESSION_COOKIE];
    request.viewer = null;
    if (!bearer && cookie && request.method === 'POST' && !request.headers[CSRF_HEADER]) {
      await reply.code(403).send({
        errors: [
          {
            message: `A request signed in by cookie must send the ${CSRF_HEADER} header (cross-site request forgery).`,
            extensions: { code: 'CSRF_HEADER_MISSING' },
          },
        ],
      });
      return;
    }
    const token = bearer ?? cookie;
    if (token) request.viewer = await this.viewerOf(token, bearer ? 'bearer' : 'cookie');
  }

  async viewerOf(token: string, via: Viewer['via']): Promise<Viewer | null> {
    const claims = verifyToken(this.secret, token);
    if (!claims) return null;
    const [account, revoked] = await Promise.all([this.store.account(claims.sub), this.store.isRevoked(claims.jti)]);
    if (!account || account.disabled || revoked) return null;
    const { passwordHash: _, ...visible } = account;
    return { account: visible, tokenId: claims.jti, expiresAt: new Date(claims.exp * 1000).toISOString(), via };
  }

  /** Signs in; the same answer for an unknown name and a wrong password, after the same work. */
  async login(
    name: string,
    password: string,
    address: string,
  ): Promise<{ token: string; expiresAt: string; account: Account }> {
    const accountKey = `account:${name}`;
    const addressKey = `address:${address}`;
    if (this.perAccount.blocked(accountKey) || this.perAddress.blocked(addressKey))
      throw new GraphQLError('Too many failed sign-ins: wait a while and try again.', {
        extensions: { code: 'RATE_LIMITED', http: { status: 429 } },
      });
    const account = await this.store.account(name);
    const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyPasswordHash()));
    if (!account || !ok || account.disabled) {
      this.perAccount.fail(accountKey);
      this.perAddress.fail(addressKey);
      throw unauthenticated('Wrong name or password, or the account is disabled.');
    }
    const { token, claims } = issueToken(this.secret, account.name, this.settings.tokenTtlSeconds);
    const { passwordHash: _, ...visible } = account;
    return { token, expiresAt: new Date(claims.exp * 1000).toISOString(), account: visible };
  }

  setCookie(reply: FastifyReply, token: string, expiresAt: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.settings.cookieSecure,
      path: '/',
      expires: new Date(expiresAt),
    });
  }

  async logout(viewer: Viewer, reply: FastifyReply): Promise<void> {
    await this.store.revokeToken(viewer.tokenId, viewer.expiresAt);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}

/** The account asking, or UNAUTHENTICATED. */
export function signedIn(ctx: Context): Account {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer.account;
}

/** The account asking, if its role is at least `role`; else UNAUTHENTICATED or FORBIDDEN. */
export function atLeast(ctx: Context, role: AccountRole, what: string): Account {
  const account = signedIn(ctx);
  if (ACCOUNT_ROLES.indexOf(account.role) < ACCOUNT_ROLES.indexOf(role))
    throw forbidden(`Only a ${role} may ${what}; ${account.name} is a ${account.role}.`);
  return account;
}

/**
 * READ_ACCESS=login: every operation needs a signed-in account, except one that only signs in.
 * Checked once the operation is known, before anything runs.
 */
export function loginRequired(): ApolloServerPlugin<Context> {
  const onlyLogin = (operation: OperationDefinitionNode) =>
    operation.operation === 'mutation' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === 'login');
  const listener = {
    didResolveOperation: async ({ contextValue, operation }: GraphQLRequestContextDidResolveOperation<Context>) => {
      if (!contextValue.viewer && operation && !onlyLogin(operation))
        throw unauthenticated('This server answers signed-in accounts only (READ_ACCESS=login): sign in first.');
    },
  };
  return { requestDidStart: async () => listener };
}
