/**
 * Accounts for tests: created straight in a supervision store, as `npm run user -- add` does, with
 * a known password.
 */
import type { AccountRole } from '../../server/model/supervision.ts';
import type { SupervisionStore } from '../../server/supervision/contract.ts';
import { hashPassword } from '../../server/supervision/passwords.ts';

export const PASSWORD = 'correct horse battery staple';

let hash: Promise<string> | undefined;

export async function addAccount(
  store: SupervisionStore,
  name: string,
  role: AccountRole,
  units: string[] = [],
): Promise<void> {
  await store.createAccount({
    name,
    role,
    units,
    disabled: false,
    createdAt: new Date().toISOString(),
    // One hash for every test account: scrypt is slow on purpose.
    passwordHash: await (hash ??= hashPassword(PASSWORD)),
  });
}
