import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

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
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts'],
    testTimeout: 30_000,
    // A suite's first load into a fresh Neo4j takes several seconds on a 2-core machine.
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the cores, so one file at a time on a 2-core
    // machine; most suites wait on child processes (the server, the CLI, Neo4j, Chromium).
    maxWorkers: 2,
    // A real Neo4j for the Neo4j suites (started here unless NEO4J_URI names one).
    globalSetup: ['tests/support/neo4j-global-setup.ts'],
  },
});
