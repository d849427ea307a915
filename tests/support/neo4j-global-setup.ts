/**
 * Vitest global setup: gives the Neo4j suites a real Neo4j. With NEO4J_URI set, the suites use
 * that server. Otherwise, when Java and Maven are present, the project's local Neo4j
 * (neo4j-local/) starts on a free port with a fresh temporary database and a random password,
 * and stops after the run. Without them the Neo4j suites are skipped, and the run says so in one
 * line; on CI (CI=true) that is an error instead, so CI never skips them.
 * NEO4J_TESTS=off skips them on purpose (for a quick run of other suites).
 */
import { neo4jForRun } from '../../neo4j-local/launch.ts';

export default async function setup(): Promise<(() => Promise<void>) | void> {
  // Each test project runs this; the first one's Neo4j serves them all.
  if (process.env.NEO4J_URI) return;
  const started = performance.now();
  let log = '';
  const neo4j =
    process.env.NEO4J_TESTS === 'off' ? { missing: 'NEO4J_TESTS=off' } : await neo4jForRun((text) => (log += text));
  if ('missing' in neo4j) {
    if (process.env.CI && process.env.NEO4J_TESTS !== 'off')
      throw new Error(`CI must run the Neo4j suites, but ${neo4j.missing}`);
    console.log(
      `Neo4j suites skipped: ${neo4j.missing}; set NEO4J_URI, or install Java 17+ and Maven to run them on a local Neo4j.`,
    );
    return;
  }
  const { local } = neo4j;
  console.log(
    `Neo4j suites run on the local Neo4j at ${local!.uri} (started ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  // Test workers are started after this and inherit the environment.
  Object.assign(process.env, neo4j.env);
  return async () => {
    await neo4j.stop();
    if (local!.process.exitCode !== 0 && local!.process.exitCode !== 143)
      process.stderr.write(`the local Neo4j exited with ${local!.process.exitCode}:\n${log}`);
  };
}
