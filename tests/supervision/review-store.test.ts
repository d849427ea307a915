/**
 * Review events (issue 17) in the supervision store contract, on both stores: SQLite in a temporary
 * DATA_DIR, and Neo4j when the run has one (it shares the run's database, so accounts and measure
 * ids are unique to this run, and the events are read back through `since`). SQLite refuses to change
 * or delete an event; Neo4j keeps events through a reload of the plan graph.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/graph/neo4j/store.ts';
import type { NewReviewEvent } from '../../server/model/review.ts';
import type { SupervisionStore } from '../../server/supervision/contract.ts';
import { Neo4jSupervisionStore } from '../../server/supervision/neo4j.ts';
import { DATABASE_FILE, SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import { seedModel } from '../support/seed-model.ts';
import { addAccount } from './accounts.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-review-store-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const stores: [string, () => SupervisionStore][] = [['sqlite', () => SqliteSupervisionStore.inFolder(dataDir)]];
if (process.env.NEO4J_URI) stores.push(['neo4j', () => Neo4jSupervisionStore.fromEnv(process.env)]);

describe.each(stores)('review events in the %s supervision store', (_kind, create) => {
  let store: SupervisionStore;
  const run = randomUUID().slice(0, 8);
  const boss = `boss-${run}`;
  const start = new Date().toISOString();
  const decision = (over: Partial<NewReviewEvent> = {}): NewReviewEvent => ({
    by: boss,
    kind: 'role',
    status: 'decided',
    reading: {
      measureId: `test-${run}:m1`,
      role: 'coop',
      unitId: '大兴区:区水务局',
      asWritten: '区水务局',
      lines: [5, 6],
    },
    role: 'lead',
    note: '核实',
    ...over,
  });
  const mine = async () => (await store.reviewEvents(start)).filter((e) => e.by === boss);

  beforeAll(async () => {
    store = create();
    await addAccount(store, boss, 'supervisor');
  });
  afterAll(() => store.close());

  it('records a decision with an id and a time, and gives it back whole', async () => {
    const before = await store.reviewEventCount();
    const made = await store.addReviewEvent(decision());
    expect(made).toEqual({ ...decision(), id: expect.any(String), at: expect.any(String) });
    expect(await mine()).toEqual([made]);
    expect(await store.reviewEventCount()).toBe(before + 1);
  });

  it('lists events oldest first, and those since a time', async () => {
    const [first] = await mine();
    const undo = await store.addReviewEvent({ by: boss, kind: 'undo', target: first!.id });
    expect(await mine()).toEqual([first, undo]);
    expect((await store.reviewEvents(undo.at)).filter((e) => e.by === boss)).toEqual([undo]);
    expect(await store.reviewEvents('2999-01-01')).toEqual([]);
  });

  it('refuses an event of an unknown account', async () => {
    await expect(store.addReviewEvent(decision({ by: `nobody-${run}` }))).rejects.toThrow();
  });

  it('50 decisions at once are all recorded, none lost or duplicated', async () => {
    const made = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.addReviewEvent(decision({ kind: 'confirm', note: `#${i}` }))),
    );
    const kept = (await mine()).filter((e) => e.kind === 'confirm');
    expect(new Set(kept.map((e) => e.id))).toEqual(new Set(made.map((e) => e.id)));
  });
});

describe('review events in SQLite', () => {
  it('cannot be changed or deleted, and outlive a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutygraph-review-sqlite-'));
    try {
      const store = SqliteSupervisionStore.inFolder(dir);
      await addAccount(store, 'someone', 'supervisor');
      const made = await store.addReviewEvent({ by: 'someone', kind: 'undo', target: 'x' });
      await store.close();
      const db = new Database(join(dir, DATABASE_FILE));
      expect(() => db.prepare("UPDATE review_events SET kind = 'confirm'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM review_events').run()).toThrow(/append-only/);
      db.close();
      const reopened = SqliteSupervisionStore.inFolder(dir);
      expect(await reopened.reviewEvents()).toEqual([made]);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(process.env.NEO4J_URI)('review events in Neo4j', () => {
  it('outlive a reload of the plan graph', async () => {
    const graph = Neo4jStore.fromEnv(process.env);
    const supervision = Neo4jSupervisionStore.fromEnv(process.env);
    try {
      const account = `review-reload-${randomUUID().slice(0, 8)}`;
      await addAccount(supervision, account, 'supervisor');
      const made = await supervision.addReviewEvent({ by: account, kind: 'undo', target: 'x' });
      await graph.load(seedModel());
      expect((await supervision.reviewEvents(made.at)).filter((e) => e.by === account)).toEqual([made]);
    } finally {
      await supervision.close();
      await graph.close();
    }
  });
});
