import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

const ALL = ['tests/**/*.test.ts', 'server/**/*.test.ts'];
/** Test files that load or read the Neo4j database the run shares (tests/support/neo4j-global-setup.ts). */
const SHARED_NEO4J = [
  'tests/graph/contract.test.ts',
  'tests/graph/neo4j-live.test.ts',
  'tests/api/queries.test.ts',
  'tests/api/touches.test.ts',
  'tests/api/readme-examples.test.ts',
  'tests/api/alignment.test.ts',
  'tests/supervision/contract.test.ts',
  'tests/api/supervision.test.ts',
  'tests/supervision/review-store.test.ts',
  'tests/api/review.test.ts',
  'tests/graph/replace-assignments.test.ts',
];

export default defineConfig({
  // graphql ships CommonJS and ESM builds; Node (and so `npm start`) loads the CommonJS one for
  // Apollo, graphql-jit and our code alike. Vite would hand our code the ESM build, a second copy
  // whose GraphQLError Apollo does not recognise, so tests resolve it as Node does.
  // Neo4j's Cypher language support likewise: its ESM build is 40 MB of .js files in a package
  // that is not "type": "module", which Vite transforms (20 s); Node loads the CommonJS one in 2 s.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      { find: /^@neo4j-cypher\/language-support$/, replacement: require.resolve('@neo4j-cypher/language-support') },
    ],
  },
  test: {
    testTimeout: 30_000,
    // A suite's first load into a fresh Neo4j takes several seconds on a 2-core machine.
    hookTimeout: 120_000,
    // A real Neo4j for the Neo4j suites (started here unless NEO4J_URI names one).
    globalSetup: ['tests/support/neo4j-global-setup.ts'],
    projects: [
      {
        // Two files at a time: Vitest's default is one fewer than the cores, so one on a 2-core
        // machine, and most suites wait on child processes (the server, the CLI, Chromium).
        extends: true,
        test: { name: 'parallel', include: ALL, exclude: SHARED_NEO4J, maxWorkers: 2 },
      },
      {
        // The suites that load or read the run's one Neo4j database, one after another and after
        // the rest: Neo4j reads are read-committed, so a load committing under another file's
        // question would show it half the old graph and half the new.
        extends: true,
        test: { name: 'shared-neo4j', include: SHARED_NEO4J, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
