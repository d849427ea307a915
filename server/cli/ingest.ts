import { Command } from 'commander';
import { ingest, SEEDS_DIR } from '../ingest/index.ts';
import { summarize, type PlanSummary } from '../ingest/summary.ts';
import { CONFIDENCES } from '../model/model.ts';
import { reportTallyLine } from './report-tally.ts';
import { run } from './run.ts';

const program = new Command('ingest')
  .description('Read every document in the seeds manifest and print what was read, per plan.')
  .option('--seeds <dir>', 'folder holding manifest.json, units.json and the documents', SEEDS_DIR)
  .option('--unknown', 'also list every unknown name with where it was found')
  .parse();
const options = program.opts<{ seeds: string; unknown?: boolean }>();

await run(async () => {
  const model = ingest(options.seeds);
  const { plans, total } = summarize(model);
  const columns = ['tasks', 'measures', 'assignments', 'units', ...CONFIDENCES, 'unknown'] as const;
  // Pad by display width: a CJK character takes two columns of a terminal.
  const width = (text: string) => [...text].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
  const pad = (text: string) => text + ' '.repeat(Math.max(1, 44 - width(text)));
  const line = (label: string, row: PlanSummary) =>
    `${pad(label)}${columns.map((c) => String(row[c]).padStart(12)).join('')}`;
  console.log(`${pad('plan')}${columns.map((c) => c.padStart(12)).join('')}`);
  let seed = '';
  for (const row of plans) {
    if (row.seed !== seed) console.log((seed = row.seed));
    console.log(line(`  ${row.plan}`, row));
  }
  console.log(line('total', total));
  console.log(
    `${model.units.length} units in the model (collective members included), ${model.persons.length} persons`,
  );
  const reports = await reportTallyLine(model);
  if (reports) console.log(reports);
  if (options.unknown) {
    const byUnit = new Map<string, typeof model.unknownNames>();
    for (const u of model.unknownNames) byUnit.set(u.unitId, [...(byUnit.get(u.unitId) ?? []), u]);
    for (const [unitId, found] of byUnit) {
      console.log(
        `unknown: ${unitId} ×${found.length} at ${[...new Set(found.map((u) => `${u.seed}:${u.line}`))].join(', ')}`,
      );
    }
  }
});
