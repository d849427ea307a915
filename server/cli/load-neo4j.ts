import { Command } from 'commander';
import { ingest, SEEDS_DIR } from '../ingest/index.ts';
import { StoreUnavailableError } from '../graph/contract.ts';
import { Neo4jStore } from '../graph/neo4j/store.ts';
import { reviewedModel, staleLines } from './reviewed.ts';
import { run } from './run.ts';

const program = new Command('load:neo4j')
  .description(
    'Read the seeds and load them into the Neo4j that NEO4J_URI, ' +
      'NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE name, replacing its graph.',
  )
  .option('--seeds <dir>', 'folder holding manifest.json, units.json and the documents', SEEDS_DIR)
  .parse();
const options = program.opts<{ seeds: string }>();

await run(async () => {
  const read = ingest(options.seeds);
  const store = Neo4jStore.fromEnv(process.env);
  try {
    // A Neo4j that cannot be reached says so in one line before the decisions are asked of it.
    const health = await store.health();
    if (!health.ok) throw new StoreUnavailableError(health.error ?? `Neo4j cannot be reached`);
    // With the review decisions kept in Neo4j applied (issue 17): a re-read keeps them.
    const reviewed = await reviewedModel(read);
    for (const line of staleLines(reviewed)) console.error(line);
    const model = reviewed.model;
    const started = performance.now();
    await store.load(model);
    const { counts } = await store.health();
    console.log(
      `loaded ${counts.plans} plans, ${counts.tasks} tasks, ${counts.measures} measures, ${counts.units} ` +
        `units and ${counts.assignments} assignments in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await store.close();
  }
});
