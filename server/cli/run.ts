import { ReadError } from '../ingest/errors.ts';

/** Runs a command's body; a ReadError becomes one clear line on stderr and exit code 1, not a stack trace. */
export async function run(main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ReadError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
