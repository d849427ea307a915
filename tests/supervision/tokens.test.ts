/**
 * Tokens and passwords on their own: a token is good until it expires, under its secret only, and
 * any change to it is refused; a password hash is scrypt with its own salt, and verifies only the
 * password it was made from.
 */
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/supervision/passwords.ts';
import { issueToken, verifyToken } from '../../server/supervision/tokens.ts';

const SECRET = 'a secret of at least thirty-two characters';

describe('tokens', () => {
  const now = Date.parse('2026-12-03T08:00:00Z');
  const { token, claims } = issueToken(SECRET, '王督办', 3600, now);

  it('carry the account and an id, and are good until they expire', () => {
    expect(verifyToken(SECRET, token, now)).toEqual(claims);
    expect(claims).toMatchObject({ sub: '王督办', exp: now / 1000 + 3600 });
    expect(verifyToken(SECRET, token, now + 3_599_000)).not.toBeNull();
    expect(verifyToken(SECRET, token, now + 3_600_000)).toBeNull();
  });

  it('are refused under another secret, changed, or cut', () => {
    expect(verifyToken(`${SECRET}!`, token, now)).toBeNull();
    const [prefix, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    expect(verifyToken(SECRET, `${prefix}.${forged}.${signature}`, now)).toBeNull();
    expect(verifyToken(SECRET, `${prefix}.${payload}`, now)).toBeNull();
    expect(verifyToken(SECRET, `${token}x`, now)).toBeNull();
    expect(verifyToken(SECRET, 'garbage', now)).toBeNull();
  });

  it('each get their own id', () => {
    expect(issueToken(SECRET, '王督办', 3600, now).claims.jti).not.toBe(claims.jti);
  });
});

describe('passwords', () => {
  it('are kept as scrypt hashes with a salt each, and verify only themselves', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horse!', a)).toBe(false);
    expect(await verifyPassword('correct horse', 'plain')).toBe(false);
  });
});
