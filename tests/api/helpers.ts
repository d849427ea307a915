/**
 * The real API server for tests: the embedded store, or the real Neo4j the test run started
 * (tests/support/neo4j-global-setup.ts), loaded with the real seeds, listening on an ephemeral
 * port, asked over real HTTP.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../server/api/app.ts';
import type { GraphStore } from '../../server/graph/contract.ts';
import { ensureLoaded } from '../../server/cli/seeds.ts';
import { openStore } from '../../server/graph/index.ts';
import { seedModel } from '../support/seed-model.ts';

export interface GraphQLAnswer<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface Api {
  url: string;
  app: FastifyInstance;
  store: GraphStore;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>;
  close(): Promise<void>;
}

export type StoreKind = GraphStore['kind'];

/** The stores an API suite runs on: always the embedded one, and Neo4j when the run has one. */
export const STORE_KINDS: StoreKind[] = process.env.NEO4J_URI ? ['embedded', 'neo4j'] : ['embedded'];

export async function startApi(
  options: Partial<AppOptions> = {},
  store: GraphStore | StoreKind = 'embedded',
): Promise<Api> {
  if (typeof store === 'string') {
    store = await openStore(store === 'neo4j' ? process.env : {});
    await ensureLoaded(store, seedModel);
  }
  const app = await buildApp({ store, ...options });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const opened = store;
  return {
    url,
    app,
    store,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
    },
    async close() {
      await app.close();
      await opened.close();
    },
  };
}

/** The answer's data, failing with the errors when there are any. */
export function dataOf<T>(answer: GraphQLAnswer<T>): T {
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}
