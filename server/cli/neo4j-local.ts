/**
 * `npm run neo4j:local`: a real Neo4j Community 5.26 on 127.0.0.1 without Docker, in the
 * foreground until Ctrl-C. NEO4J_PASSWORD (required), NEO4J_LOCAL_PORT (default 7687) and
 * NEO4J_LOCAL_DATA (default: a temporary folder, deleted on exit) configure it.
 */
import { missingTools, startLocalNeo4j } from '../../neo4j-local/launch.ts';

const password = process.env.NEO4J_PASSWORD;
const problem = !password
  ? 'NEO4J_PASSWORD is not set: give the password the local Neo4j should require for user neo4j'
  : missingTools();
if (problem) {
  process.stderr.write(`error: ${problem}\n`);
  process.exit(1);
}
const port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687);
process.stderr.write('starting the local Neo4j (the first run downloads Neo4j with Maven)…\n');
const neo4j = await startLocalNeo4j({ password: password!, port, dataDir: process.env.NEO4J_LOCAL_DATA || undefined });
console.log(`neo4j ready at ${neo4j.uri}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void neo4j.stop());
neo4j.process.once('exit', (code) => process.exit(code === 143 || code === 130 ? 0 : (code ?? 0)));
