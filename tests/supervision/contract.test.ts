/**
 * The supervision store contract (server/supervision/contract.ts), run on both stores: SQLite in a
 * temporary DATA_DIR, and Neo4j when the run has one (it shares the run's database, so every name
 * and measure id here is made unique to this run). Then what only one store has to show: SQLite
 * refuses to change a report and keeps everything across a reopen; Neo4j keeps reports through a
 * reload of the plan graph and links them to their measure again.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/graph/neo4j/store.ts';
import type { NewReport } from '../../server/model/supervision.ts';
import { AccountExistsError, type SupervisionStore } from '../../server/supervision/contract.ts';
import { Neo4jSupervisionStore } from '../../server/supervision/neo4j.ts';
import { DATABASE_FILE, SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import { seedModel } from '../support/seed-model.ts';
import { addAccount } from './accounts.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-supervision-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const stores: [string, () => SupervisionStore][] = [['sqlite', () => SqliteSupervisionStore.inFolder(dataDir)]];
if (process.env.NEO4J_URI) stores.push(['neo4j', () => Neo4jSupervisionStore.fromEnv(process.env)]);

describe.each(stores)('the %s supervision store', (_kind, create) => {
  let store: SupervisionStore;
  const run = randomUUID().slice(0, 8);
  const name = (n: string) => `${n}-${run}`;
  const measure = (n: string) => `test-${run}:${n}`;
  const report = (over: Partial<NewReport> = {}): NewReport => ({
    measureId: measure('m1'),
    unitId: '大兴区:区水务局',
    status: 'in-progress',
    asOf: '2026-11-01',
    by: name('reporter'),
    kind: 'report',
    ...over,
  });

  beforeAll(async () => {
    store = create();
    await addAccount(store, name('reporter'), 'reporter', ['大兴区:区水务局']);
  });
  afterAll(() => store.close());

  it('keeps an account with its hash, lists it without, and refuses a second of the same name', async () => {
    const account = await store.account(name('reporter'));
    expect(account).toMatchObject({ role: 'reporter', units: ['大兴区:区水务局'], disabled: false });
    expect(account!.passwordHash).toMatch(/^scrypt\$/);
    const listed = (await store.accounts()).find((a) => a.name === name('reporter'))!;
    expect(listed).not.toHaveProperty('passwordHash');
    await expect(addAccount(store, name('reporter'), 'admin')).rejects.toBeInstanceOf(AccountExistsError);
    expect((await store.account(name('reporter')))!.role).toBe('reporter');
    expect(await store.account(name('nobody'))).toBeNull();
  });

  it('disables and enables an account, and replaces its password hash', async () => {
    await addAccount(store, name('viewer'), 'viewer');
    expect(await store.setDisabled(name('viewer'), true)).toBe(true);
    expect((await store.account(name('viewer')))!.disabled).toBe(true);
    expect(await store.setDisabled(name('viewer'), false)).toBe(true);
    expect(await store.setPasswordHash(name('viewer'), 'scrypt$x')).toBe(true);
    expect((await store.account(name('viewer')))!.passwordHash).toBe('scrypt$x');
    expect(await store.setDisabled(name('nobody'), true)).toBe(false);
  });

  it('remembers revoked tokens', async () => {
    const id = randomUUID();
    expect(await store.isRevoked(id)).toBe(false);
    await store.revokeToken(id, new Date(Date.now() + 3_600_000).toISOString());
    await store.revokeToken(id, new Date(Date.now() + 3_600_000).toISOString());
    expect(await store.isRevoked(id)).toBe(true);
  });

  it('records a report as an event with an id and a time, and lists a measure’s reports in order', async () => {
    const first = await store.addReport(report({ note: '已开工' }));
    const second = await store.addReport(report({ status: 'done', asOf: '2026-11-20' }));
    expect(first).toMatchObject({ ...report({ note: '已开工' }), id: expect.any(String), at: expect.any(String) });
    expect(second).not.toHaveProperty('note');
    expect(await store.report(first.id)).toEqual(first);
    expect(await store.reportsOfMeasures([measure('m1'), measure('none')])).toEqual([[first, second], []]);
  });

  it('gives each measure’s latest report for a date on or before the as-of date', async () => {
    const early = await store.addReport(report({ measureId: measure('m2'), asOf: '2026-10-01' }));
    const late = await store.addReport(report({ measureId: measure('m2'), asOf: '2026-12-01', status: 'blocked' }));
    // Recorded later, but for an earlier date: the report for 12-01 stays the latest.
    await store.addReport(report({ measureId: measure('m2'), asOf: '2026-11-15' }));
    const latestOn = async (asOf: string) =>
      (await store.latestReports(asOf)).find((r) => r.measureId === measure('m2'));
    expect(await latestOn('2026-09-30')).toBeUndefined();
    expect(await latestOn('2026-10-31')).toEqual(early);
    expect(await latestOn('2026-12-31')).toEqual(late);
  });

  it('200 reports at once are all recorded, none lost or duplicated', async () => {
    const made = await Promise.all(
      Array.from({ length: 200 }, (_, i) => store.addReport(report({ measureId: measure('many'), note: `#${i}` }))),
    );
    const [kept] = await store.reportsOfMeasures([measure('many')]);
    expect(kept).toHaveLength(200);
    expect(new Set(kept!.map((r) => r.id)).size).toBe(200);
    expect(new Set(kept!.map((r) => r.note))).toEqual(new Set(made.map((r) => r.note)));
    const counts = await store.reportCounts();
    expect(counts.find((c) => c.measureId === measure('many'))).toEqual({ measureId: measure('many'), reports: 200 });
    expect((await store.allReports()).filter((r) => r.measureId === measure('many'))).toHaveLength(200);
    expect((await store.health()).reports).toBeGreaterThanOrEqual(200);
  });
});

describe('the SQLite store', () => {
  it('refuses to change or delete a report, and keeps everything across a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutygraph-sqlite-'));
    try {
      const store = SqliteSupervisionStore.inFolder(dir);
      await addAccount(store, 'someone', 'supervisor');
      const made = await store.addReport({
        measureId: 'm',
        unitId: 'u',
        status: 'done',
        asOf: '2026-11-01',
        by: 'someone',
        kind: 'report',
      });
      await store.close();
      const db = new Database(join(dir, DATABASE_FILE));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(() => db.prepare("UPDATE reports SET status = 'blocked'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM reports').run()).toThrow(/append-only/);
      db.close();
      const reopened = SqliteSupervisionStore.inFolder(dir);
      expect(await reopened.allReports()).toEqual([made]);
      expect((await reopened.account('someone'))!.role).toBe('supervisor');
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(process.env.NEO4J_URI)('the Neo4j stores together', () => {
  it('a reload of the plan graph keeps reports and accounts, and links each report to its measure again', async () => {
    const model = seedModel();
    const graph = Neo4jStore.fromEnv(process.env);
    const supervision = Neo4jSupervisionStore.fromEnv(process.env);
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
    try {
      await graph.load(model);
      const account = `reload-${randomUUID().slice(0, 8)}`;
      await addAccount(supervision, account, 'supervisor');
      const measureId = model.measures[0]!.id;
      const made = await supervision.addReport({
        measureId,
        unitId: model.assignments.find((a) => a.measureId === measureId && a.unitId)!.unitId!,
        status: 'in-progress',
        asOf: '2026-11-01',
        by: account,
        kind: 'report',
      });
      const linked = async () =>
        (
          await driver.executeQuery(
            'MATCH (a:Account)<-[:BY]-(r:Report {id: $id})-[:ON]->(m:Measure) RETURN m.id AS id, a.name AS by',
            { id: made.id },
          )
        ).records.map((r) => r.toObject());
      expect(await linked()).toEqual([{ id: measureId, by: account }]);
      await graph.load(model);
      expect(await linked()).toEqual([{ id: measureId, by: account }]);
      expect(await supervision.report(made.id)).toEqual(made);
    } finally {
      await driver.close();
      await supervision.close();
      await graph.close();
    }
    // Two full loads of the plan graph into Neo4j: several seconds each on a busy machine.
  }, 120_000);
});
