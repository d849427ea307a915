import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { toJsonl, toLinksJsonl } from '../ingest/export.ts';
import { ingest, SEEDS_DIR } from '../ingest/index.ts';
import { reviewedModel, staleLines } from './reviewed.ts';
import { run } from './run.ts';

const program = new Command('export')
  .description(
    'Write every assignment of the seeds as one JSON object per line (jsonl), or every link between ' +
      'measures and every measure without a counterpart (links).',
  )
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'links']).default('jsonl'))
  .option('--out <file>', 'write to this file instead of standard output')
  .option('--seeds <dir>', 'folder holding manifest.json, units.json and the documents', SEEDS_DIR)
  .parse();
const options = program.opts<{ format: 'jsonl' | 'links'; out?: string; seeds: string }>();

await run(async () => {
  // The reviewed reading (issue 17): each row says which decision settled it.
  const reviewed = await reviewedModel(ingest(options.seeds));
  for (const line of staleLines(reviewed)) console.error(line);
  const model = reviewed.model;
  const text = options.format === 'links' ? toLinksJsonl(model) : toJsonl(model);
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
});
