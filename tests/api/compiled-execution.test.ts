/**
 * The API executes queries compiled by graphql-jit (server/api/compiled-execution.ts). Every
 * query the front end sends, and queries over interfaces, unions, enums, nulls and errors, must
 * answer exactly as graphql-js's own interpreter answers them on the same schema and store.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../server/api/app.ts';
import { compiledExecution } from '../../server/api/compiled-execution.ts';
import { createContext } from '../../server/api/context.ts';
import { UnitNames } from '../../server/api/names.ts';
import { resolvers } from '../../server/api/resolvers/index.ts';
import type { GraphStore } from '../../server/graph/contract.ts';
import { ensureLoaded } from '../../server/cli/seeds.ts';
import { openStore } from '../../server/graph/index.ts';
import {
  FOCUS,
  GRAPH,
  MEASURE_PANEL,
  MEMBERS,
  OVERLOAD,
  PATH,
  PLANS,
  SUGGEST,
  UNIT_PANEL,
} from '../../web/src/api/queries.ts';
import { seedModel } from '../support/seed-model.ts';

let store: GraphStore;
let names: UnitNames;
let run: (query: string, variables?: Record<string, unknown>) => Promise<unknown>;
const schema = makeExecutableSchema({ typeDefs, resolvers });

beforeAll(async () => {
  store = await openStore({});
  await ensureLoaded(store, seedModel);
  names = new UnitNames(store);
  const { executor } = await compiledExecution(typeDefs, resolvers).load({ apollo: {} });
  run = (query, variables = {}) => {
    const document = parse(query);
    // The parts of Apollo's request context the executor reads.
    const request = { document, operationName: null, request: { variables }, context: createContext(store, names) };
    return executor!(request as unknown as Parameters<NonNullable<typeof executor>>[0]);
  };
});

async function interpreted(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  // Apollo validates before executing; a query that fails validation would test nothing.
  expect(validate(schema, document)).toEqual([]);
  return execute({ schema, document, variableValues: variables, contextValue: createContext(store, names) });
}

/** Both answers as JSON, the form clients get them in (error objects reduced to what is sent). */
async function expectSame(query: string, variables?: Record<string, unknown>): Promise<any> {
  const [compiled, reference] = await Promise.all([run(query, variables), interpreted(query, variables)]);
  expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(reference)));
  return compiled;
}

describe('compiled execution answers as graphql-js does', () => {
  it('for every query the explorer sends', async () => {
    const { plans } = (await interpreted('{ plans { id } }')).data as { plans: { id: string }[] };
    const water = plans[0]!.id;
    const measure = (await interpreted('{ measures(unit: "大兴区:区城市管理委") { edges { node { id } } } }')).data as {
      measures: { edges: { node: { id: string } }[] };
    };
    // The documents are typed strings (String objects): parse takes their text.
    const cases: [{ toString(): string }, Record<string, unknown>][] = [
      [SUGGEST, { text: '城市管理' }],
      [PLANS, {}],
      [FOCUS, { unit: '区城市管理委' }],
      [FOCUS, { unit: '大兴区:区城市管理委', filter: { roles: ['LEAD'], plans: [water], expandCollectives: true } }],
      [UNIT_PANEL, { unit: '大兴区:区城市管理委', filter: { deadlineKinds: ['DATE'] } }],
      [GRAPH, { around: ['大兴区:区水务局'] }],
      [MEMBERS, { id: '大兴区:区水务局' }],
      [MEASURE_PANEL, { id: measure.measures.edges[0]!.node.id }],
      [OVERLOAD, { top: 10, filter: { plans: [water] } }],
      [PATH, { from: '大兴区:区水务局', to: '大兴区:区公安交通支队' }],
    ];
    for (const [query, variables] of cases) {
      const answer = await expectSame(query.toString(), variables);
      expect(answer.errors, query.toString().slice(0, 40)).toBeUndefined();
    }
  });

  it('for the whole graph, stats, pages and interface members', async () => {
    await expectSame('{ graph { nodes { id type label level load } edges { id source target role } } }');
    await expectSame(
      '{ stats { plans units persons assignments uncertain byRole { lead coop total } byLevel { level ' +
        'units } byPlan { plan { title } measures } unknownNames { name seed line unit { id } } } }',
    );
    const page = await expectSame(
      '{ measures(text: "扬尘", first: 5) { totalCount pageInfo { hasNextPage ' +
        'endCursor } edges { cursor node { id assignments { role party { __typename ' +
        'id ... on Unit { level } ... on Person { jurisdiction } } } } } } }',
    );
    expect(page.data.measures.edges).toHaveLength(5);
  });

  it('for errors: unknown names, bad arguments, bad variables, and nulls', async () => {
    const notFound = await expectSame('{ touches(unit: "区不存在局") { counts { total } } }');
    expect(notFound.errors[0].extensions.code).toBe('NOT_FOUND');
    const badInput = await expectSame('{ overload(top: -1) { rank } }');
    expect(badInput.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await expectSame('{ unit(id: "nobody") { id name } }');
    // A bad variable: graphql-jit words it more briefly, naming
    // the variable and the value, with the code Apollo gives it.
    const compiled = (await run(
      'query($roles: [Role!]) { touches(unit: "大兴区:区水务局", filter: { roles: $roles }) { counts { total } } }',
      { roles: ['BOSS'] },
    )) as any;
    expect(compiled.errors[0].message).toMatch(/^Variable "\$roles" got invalid value "BOSS"/);
    expect(compiled.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(compiled.data).toBeUndefined();
  });
});
