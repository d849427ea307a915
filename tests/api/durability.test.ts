/**
 * A progress report survives `kill -9` of the server right after the server acknowledged it, and a
 * restart keeps everything: the real server process (`npm start`'s command) on a real SQLite file in
 * a temporary DATA_DIR, killed with SIGKILL, started again on the same folder and AUTH_SECRET.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopServer } from '../../bench/server-process.ts';
import { SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import { seedModel } from '../support/seed-model.ts';
import { addAccount, PASSWORD } from '../supervision/accounts.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-durability-'));
const env = { DATA_DIR: dataDir, AUTH_SECRET: 'durability test secret, long enough to sign tokens' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const model = seedModel();
const measure = model.measures.find((m) => m.planId.startsWith('001'))!;
const unit = model.assignments.find((a) => a.measureId === measure.id && a.unitId)!.unitId!;

async function gql(url: string, query: string, variables: object, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const REPORT = `mutation($measure: ID!, $unit: ID!, $note: String) {
  reportProgress(measure: $measure, unit: $unit, status: IN_PROGRESS, note: $note) { id } }`;
const HISTORY = `query($id: ID!) { measure(id: $id) { reports { id note } } }`;

describe('durability', () => {
  it('keeps a report acknowledged just before kill -9, and everything across a restart', async () => {
    const accounts = SqliteSupervisionStore.inFolder(dataDir);
    await addAccount(accounts, 'durable', 'supervisor');
    await accounts.close();

    const first = await startServer(env);
    let token: string;
    const acknowledged: string[] = [];
    try {
      const login = await gql(first.url, `mutation { login(name: "durable", password: "${PASSWORD}") { token } }`, {});
      token = login.data.login.token;
      for (let i = 0; i < 5; i++) {
        const answer = await gql(first.url, REPORT, { measure: measure.id, unit, note: `before ${i}` }, token);
        acknowledged.push(answer.data.reportProgress.id);
      }
      // The last one: killed the moment its acknowledgement arrives, before anything else can happen.
      const last = await gql(first.url, REPORT, { measure: measure.id, unit, note: 'last' }, token);
      first.child.kill('SIGKILL');
      acknowledged.push(last.data.reportProgress.id);
      await new Promise((resolve) => first.child.once('exit', resolve));
    } finally {
      first.child.kill('SIGKILL');
    }

    const second = await startServer(env);
    try {
      const history = await gql(second.url, HISTORY, { id: measure.id });
      expect(history.data.measure.reports.map((r: { id: string }) => r.id)).toEqual(acknowledged);
      expect(history.data.measure.reports.at(-1).note).toBe('last');
      // The account, and the token signed before the restart, still work.
      const again = await gql(second.url, REPORT, { measure: measure.id, unit, note: 'after' }, token!);
      expect(again.errors).toBeUndefined();
      const health = (await (await fetch(`${second.url}/health`)).json()) as { reports: number };
      expect(health.reports).toBe(7);
    } finally {
      await stopServer(second.child);
    }
  }, 240_000);
});
