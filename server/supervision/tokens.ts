/**
 * Session tokens any number of API processes accept: `v1.<payload>.<signature>`, the payload
 * (account name, token id, expiry) signed with HMAC-SHA256 under AUTH_SECRET, which every process
 * shares through the environment. A process checks the signature and expiry itself; whether the
 * account is still enabled and the token not signed out it asks the shared supervision store.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  /** Account name. */
  sub: string;
  /** Token id: what logout revokes. */
  jti: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const PREFIX = 'v1';

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${PREFIX}.${payload}`).digest('base64url');
}

export function issueToken(
  secret: string,
  name: string,
  ttlSeconds: number,
  now = Date.now(),
): {
  token: string;
  claims: TokenClaims;
} {
  const claims: TokenClaims = { sub: name, jti: randomUUID(), exp: Math.floor(now / 1000) + ttlSeconds };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `${PREFIX}.${payload}.${sign(secret, payload)}`, claims };
}

/** The claims of a token signed with `secret` and not expired; null for anything else. */
export function verifyToken(secret: string, token: string, now = Date.now()): TokenClaims | null {
  const [prefix, payload, signature, ...rest] = token.split('.');
  if (prefix !== PREFIX || !payload || !signature || rest.length) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenClaims>;
    if (typeof claims.sub !== 'string' || typeof claims.jti !== 'string' || typeof claims.exp !== 'number') return null;
    return claims.exp * 1000 > now ? (claims as TokenClaims) : null;
  } catch {
    return null;
  }
}
