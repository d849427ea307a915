/**
 * Issue 12 item 4: answers that mean what they say, on every store. A path from a unit to itself
 * is a chain of 0 measures (null means "no chain"), and `graph(around:)` naming ids nothing has
 * is NOT_FOUND listing them, as `touches` is, rather than an empty or partial graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedModel } from '../support/seed-model.ts';
import { dataOf, startApi, STORE_KINDS, type Api } from './helpers.ts';

const person = seedModel().persons[0]!;

describe.each(STORE_KINDS)('consistent answers on the %s store', (kind) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({}, kind);
  }, 120_000);
  afterAll(() => api?.close());

  it('a path from a unit to itself has 0 hops, no steps, and the unit alone in its graph', async () => {
    const { path } = dataOf(
      await api.gql(
        `{ path(from: "大兴区:区水务局", to: "区水务局", toJurisdiction: "大兴区") ` +
          `{ hops steps { measure { id } } graph { nodes { id } edges { id } } } }`,
      ),
    );
    expect(path).toEqual({ hops: 0, steps: [], graph: { nodes: [{ id: '大兴区:区水务局' }], edges: [] } });
  });

  it('graph(around:) with unknown ids is NOT_FOUND listing each of them, and only them', async () => {
    const answer = await api.gql(`query($around: [ID!]) { graph(around: $around) { nodes { id } } }`, {
      around: ['大兴区:区水务局', 'nope:甲', person.id, 'nope:乙'],
    });
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'around',
      unknown: ['nope:甲', 'nope:乙'],
    });
    expect(answer.errors![0]!.message).toBe('around: no unit or person has the id "nope:甲", "nope:乙".');
  });

  it('graph(around:) with known unit and person ids still draws them', async () => {
    const { graph } = dataOf(
      await api.gql(`query($around: [ID!]) { graph(around: $around) { nodes { id } } }`, {
        around: ['大兴区:区水务局', person.id],
      }),
    );
    const ids = graph.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain('大兴区:区水务局');
    expect(ids).toContain(person.id);
  });
});
