/**
 * `npm run user`: accounts of the supervision store the server uses (SQLite in DATA_DIR, or Neo4j
 * when NEO4J_URI is set). `add` prints a one-time password, once; only its scrypt hash is kept.
 *
 *   npm run user -- add NAME --role reporter --unit 大兴区:区水务局 [--unit …]
 *   npm run user -- list
 *   npm run user -- disable NAME        (its tokens stop working at once)
 *   npm run user -- enable NAME
 *   npm run user -- reset NAME          (a new one-time password)
 */
import { Command, Option } from 'commander';
import { ingest, SEEDS_DIR } from '../ingest/index.ts';
import { ACCOUNT_ROLES, type AccountRole } from '../model/supervision.ts';
import { AccountExistsError, type SupervisionStore } from '../supervision/contract.ts';
import { openSupervisionStore } from '../supervision/index.ts';
import { hashPassword, newPassword } from '../supervision/passwords.ts';

class UsageError extends Error {}

async function withStore<T>(body: (store: SupervisionStore) => Promise<T>): Promise<T> {
  const store = await openSupervisionStore();
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

const program = new Command('user').description('Manage the accounts that sign in to dutygraph.');

program
  .command('add <name>')
  .description('create an account and print its one-time password')
  .addOption(new Option('--role <role>', 'what it may do').choices(ACCOUNT_ROLES).makeOptionMandatory())
  .option('--unit <id...>', 'for a reporter: the unit ids (大兴区:区水务局) it reports for', [])
  .option('--seeds <dir>', 'the seeds whose units --unit is checked against', SEEDS_DIR)
  .action(async (name: string, options: { role: AccountRole; unit: string[]; seeds: string }) => {
    if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(name)) throw new UsageError('a name is 2 to 64 letters, digits, or . _ @ -');
    if (options.role === 'reporter' && options.unit.length === 0)
      throw new UsageError('a reporter needs at least one --unit (the units it reports for)');
    if (options.role !== 'reporter' && options.unit.length > 0)
      throw new UsageError(`--unit is for reporters; a ${options.role} is not tied to units`);
    if (options.unit.length > 0) {
      const known = new Set(ingest(options.seeds).units.map((u) => u.id));
      const unknown = options.unit.filter((id) => !known.has(id));
      if (unknown.length)
        throw new UsageError(`no unit has the id ${unknown.join(', ')} (ids look like 大兴区:区水务局)`);
    }
    const password = newPassword();
    const account = {
      name,
      role: options.role,
      units: options.unit,
      disabled: false,
      createdAt: new Date().toISOString(),
      passwordHash: await hashPassword(password),
    };
    await withStore((store) => store.createAccount(account));
    console.log(`created ${name} (${options.role}${options.unit.length ? `: ${options.unit.join(', ')}` : ''})`);
    console.log(`one-time password: ${password}`);
  });

program
  .command('list')
  .description('list the accounts')
  .action(async () => {
    const accounts = await withStore((store) => store.accounts());
    for (const a of accounts)
      console.log(
        [a.name, a.role, a.disabled ? 'disabled' : 'enabled', a.createdAt, a.units.join(',')].join('\t').trimEnd(),
      );
    if (accounts.length === 0) console.log('no accounts yet: npm run user -- add NAME --role admin');
  });

for (const [command, disabled] of [
  ['disable', true],
  ['enable', false],
] as const) {
  program
    .command(`${command} <name>`)
    .description(disabled ? 'disable an account: its tokens stop working at once' : 'enable an account again')
    .action(async (name: string) => {
      if (!(await withStore((store) => store.setDisabled(name, disabled))))
        throw new UsageError(`no account named ${name}`);
      console.log(`${command}d ${name}`);
    });
}

program
  .command('reset <name>')
  .description('give an account a new one-time password')
  .action(async (name: string) => {
    const password = newPassword();
    const hash = await hashPassword(password);
    if (!(await withStore((store) => store.setPasswordHash(name, hash))))
      throw new UsageError(`no account named ${name}`);
    console.log(`new one-time password for ${name}: ${password}`);
  });

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof UsageError || error instanceof AccountExistsError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exitCode = 1;
}
