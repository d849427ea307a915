/**
 * `npm run audit -- [--since DATE]`: every review event (issue 17) of the supervision store the
 * server uses, as JSON lines, oldest first — who decided what and when — with what became of it
 * against the seeds as read now (`outcome`: applied, stale with `staleReason`, undone, proposed,
 * rejected; recorded for an undo, accept or reject).
 */
import { Command } from 'commander';
import { ingest, SEEDS_DIR } from '../ingest/index.ts';
import { applyDecisions } from '../model/review.ts';
import { storedReviewEvents } from './reviewed.ts';
import { run } from './run.ts';

class UsageError extends Error {}

const program = new Command('audit')
  .description('Print every review decision as one JSON object per line, oldest first.')
  .option('--since <date>', 'only events recorded on or after this ISO date (or time)')
  .option('--seeds <dir>', 'the seeds the outcomes are worked out against', SEEDS_DIR)
  .parse();
const options = program.opts<{ since?: string; seeds: string }>();

await run(async () => {
  const since = options.since;
  if (since !== undefined && (!/^\d{4}-\d{2}-\d{2}/.test(since) || Number.isNaN(Date.parse(since))))
    throw new UsageError(`--since ${since}: an ISO date (2026-12-01) or time`);
  // Outcomes need every event (an undo may follow the decision it undoes from before `since`).
  const all = await storedReviewEvents(process.env);
  const { outcomes, stale } = applyDecisions(ingest(options.seeds), all);
  const reasons = new Map(stale.map((s) => [s.event.id, s.reason]));
  for (const event of all) {
    if (since && event.at < since) continue;
    const reason = reasons.get(event.id);
    process.stdout.write(
      `${JSON.stringify({ ...event, outcome: outcomes.get(event.id), ...(reason && { staleReason: reason }) })}\n`,
    );
  }
}).catch((error: unknown) => {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exitCode = 1;
});
