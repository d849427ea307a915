/**
 * Vitest global setup: gives the Neo4j suites a real Neo4j. With NEO4J_URI set, the suites use
 * that server. Otherwise, when Java and Maven are present, the project's local Neo4j
 * (neo4j-local/) starts on a free port with a fresh temporary database and a random password,
 * and stops after the run. Without them the Neo4j suites are skipped, and the run says so in one
 * line; on CI (CI=true) that is an error instead, so CI never skips them.
 * NEO4J_TESTS=off skips them on purpose (for a quick run of other suites).
 */
import { randomBytes } from 'node:crypto';
import { missingTools, startLocalNeo4j } from '../../neo4j-local/launch.ts';

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_URI) return;
  const why = process.env.NEO4J_TESTS === 'off' ? 'NEO4J_TESTS=off' : missingTools();
  if (why) {
    if (process.env.CI && process.env.NEO4J_TESTS !== 'off')
      throw new Error(`CI must run the Neo4j suites, but ${why}`);
    console.log(
      `Neo4j suites skipped: ${why}; set NEO4J_URI, or install Java 17+ and Maven to run them on a local Neo4j.`,
    );
    return;
  }
  const password = randomBytes(12).toString('hex');
  const started = performance.now();
  let log = '';
  const neo4j = await startLocalNeo4j({ password, port: 0, onLog: (text) => (log += text) });
  console.log(
    `Neo4j suites run on the local Neo4j at ${neo4j.uri} (started ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  // Test workers are started after this and inherit the environment.
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_PASSWORD = password;
  process.env.NEO4J_USER = 'neo4j';
  return async () => {
    await neo4j.stop();
    if (neo4j.process.exitCode !== 0 && neo4j.process.exitCode !== 143)
      process.stderr.write(`the local Neo4j exited with ${neo4j.process.exitCode}:\n${log}`);
  };
}
