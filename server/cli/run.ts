import { StoreConfigError, StoreUnavailableError } from '../graph/contract.ts';
import { ModelError } from '../graph/validate.ts';
import { ReadError } from '../ingest/errors.ts';

/** Errors a user can act on from their message alone: printed as one line, without a stack trace. */
const EXPECTED = [ReadError, ModelError, StoreConfigError, StoreUnavailableError];

/** Runs a command's body; an expected error becomes one clear line on stderr and exit code 1. */
export async function run(main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (EXPECTED.some((kind) => error instanceof kind)) {
      process.stderr.write(`error: ${(error as Error).message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
