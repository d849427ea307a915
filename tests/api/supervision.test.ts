/**
 * Supervision over real HTTP, on each store pair (embedded graph + SQLite in a temporary DATA_DIR;
 * Neo4j graph + Neo4j reports): sign-in, roles, the CSRF header, logout and disabled accounts,
 * reports and lights, the ledger and the scorecard, 200 reports at once, orphans in /health, and
 * no password hash or token in any answer or log line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/graph/index.ts';
import { ensureLoaded } from '../../server/cli/seeds.ts';
import type { SupervisionStore } from '../../server/supervision/contract.ts';
import { Neo4jSupervisionStore } from '../../server/supervision/neo4j.ts';
import { SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import type { AuthConfig } from '../../server/api/config.ts';
import { seedModel } from '../support/seed-model.ts';
import { addAccount, PASSWORD } from '../supervision/accounts.ts';
import { startApi, STORE_KINDS, type Api, type StoreKind } from './helpers.ts';

const SECRET = 'a test secret that is long enough for AUTH_SECRET';
const model = seedModel();
const plan2026 = model.plans.find((p) => p.seed.startsWith('001') && p.year === 2026)!;
/** A 年底前 measure of the 2026 plan with a lead unit, and a unit that is on it too. */
const measure = model.measures.find(
  (m) =>
    m.planId === plan2026.id &&
    m.deadline.kind === 'year-end' &&
    model.assignments.filter((a) => a.measureId === m.id && a.role === 'lead' && a.unitId).length > 0,
)!;
const lead = model.assignments.find((a) => a.measureId === measure.id && a.role === 'lead')!.unitId!;
const other = model.units.find(
  (u) => u.id !== lead && !model.assignments.some((a) => a.measureId === measure.id && a.unitId === u.id),
)!.id;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe.each(STORE_KINDS)('supervision on the %s store', (kind: StoreKind) => {
  let api: Api;
  let supervision: SupervisionStore;
  let dataDir: string;
  const logged: string[] = [];
  const answers: string[] = [];
  const run = Math.random().toString(36).slice(2, 8);
  const boss = `boss-${run}`;
  const reporter = `rep-${run}`;
  const viewer = `view-${run}`;

  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    record = true,
  ): Promise<Answer> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    if (record) answers.push(text);
    return { status: response.status, headers: response.headers, text, ...(JSON.parse(text) as object) };
  }

  const LOGIN = `mutation($name: String!, $password: String!) {
    login(name: $name, password: $password) { token expiresAt user { name role units { id } } } }`;
  async function login(name: string): Promise<{ token: string; cookie: string }> {
    const answer = await post(LOGIN, { name, password: PASSWORD }, {}, false);
    expect(answer.errors).toBeUndefined();
    const cookie = answer.headers.get('set-cookie')!.split(';')[0]!;
    return { token: answer.data.login.token as string, cookie };
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  const REPORT = `mutation($measure: ID!, $unit: ID!, $status: ProgressStatus!, $note: String, $asOf: Date) {
    reportProgress(measure: $measure, unit: $unit, status: $status, note: $note, asOf: $asOf) {
      id status note asOf by kind unit { id } measure { id } } }`;
  const LIGHT = `query($id: ID!, $asOf: Date) { measure(id: $id) { light(asOf: $asOf) { light reason due overdueDays }
    reports { status by kind } } }`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-api-supervision-'));
    supervision =
      kind === 'neo4j' ? Neo4jSupervisionStore.fromEnv(process.env) : SqliteSupervisionStore.inFolder(dataDir);
    await addAccount(supervision, boss, 'supervisor');
    await addAccount(supervision, reporter, 'reporter', [lead]);
    await addAccount(supervision, viewer, 'viewer');
    const store = await openStore(kind === 'neo4j' ? process.env : {});
    await ensureLoaded(store, seedModel);
    api = await startApi(
      {
        supervision,
        auth: { secret: SECRET, loginMaxPerAccount: 1000, loginMaxPerAddress: 1000 },
        logger: { level: 'info', stream: { write: (line: string) => void logged.push(line) } },
      },
      store,
    );
  });
  afterAll(async () => {
    await api.close();
    await supervision.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses an anonymous report (UNAUTHENTICATED)', async () => {
    const answer = await post(REPORT, { measure: measure.id, unit: lead, status: 'DONE' });
    expect(answer.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(answer.data?.reportProgress ?? null).toBeNull();
  });

  it('refuses a wrong password with the same answer as an unknown name', async () => {
    const wrong = await post(LOGIN, { name: boss, password: 'nope' });
    const unknown = await post(LOGIN, { name: `nobody-${run}`, password: 'nope' });
    expect(wrong.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it('signs in: a token for scripts and an HttpOnly, SameSite=Strict cookie for the browser', async () => {
    const answer = await post(LOGIN, { name: reporter, password: PASSWORD }, {}, false);
    expect(answer.data.login.user).toEqual({ name: reporter, role: 'REPORTER', units: [{ id: lead }] });
    expect(Date.parse(answer.data.login.expiresAt)).toBeGreaterThan(Date.now());
    const cookie = answer.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^dutygraph_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await post('{ me { name role } }', {}, bearer(answer.data.login.token));
    expect(me.data.me).toEqual({ name: reporter, role: 'REPORTER' });
    expect((await post('{ me { name } }')).data.me).toBeNull();
  });

  it('a supervisor sees the 2026 plan due at year end, reports, and sees the light and the scorecard change', async () => {
    const { token } = await login(boss);
    const ledger = `query($filter: Filter, $asOf: Date) { ledger(filter: $filter, asOf: $asOf, first: 1000) {
      totalCount counts { red yellow green grey total } byMonth { month counts { yellow total } }
      edges { node { measure { id } light due reason leads { id } } } } }`;
    const before = (await post(ledger, { filter: { plans: [plan2026.id] }, asOf: '2026-12-03' }, bearer(token))).data
      .ledger;
    const row = before.edges.find((e: { node: { measure: { id: string } } }) => e.node.measure.id === measure.id).node;
    expect(row).toMatchObject({ light: 'YELLOW', due: '2026-12-31', leads: expect.arrayContaining([{ id: lead }]) });
    expect(before.byMonth.find((m: { month: string }) => m.month === '2026-12').counts.yellow).toBeGreaterThan(50);
    const score = `query($asOf: Date) { scorecard(filter: { plans: ["${plan2026.id}"] }, asOf: $asOf, top: 500) {
      unit { id } counts { yellow green } } }`;
    const scoreBefore = (await post(score, { asOf: '2026-12-03' })).data.scorecard.find(
      (s: { unit: { id: string } }) => s.unit.id === lead,
    );

    const made = await post(
      REPORT,
      { measure: measure.id, unit: lead, status: 'DONE', note: '已全部完成', asOf: '2026-12-02' },
      bearer(token),
    );
    expect(made.data.reportProgress).toMatchObject({ status: 'DONE', by: boss, kind: 'REPORT', unit: { id: lead } });

    const light = await post(LIGHT, { id: measure.id, asOf: '2026-12-03' });
    expect(light.data.measure.light).toMatchObject({ light: 'GREEN', due: '2026-12-31', overdueDays: 0 });
    expect(light.data.measure.light.reason).toMatch(/已完成/);
    expect(light.data.measure.reports).toEqual([{ status: 'DONE', by: boss, kind: 'REPORT' }]);
    // Before the date reported for, the report does not count.
    expect((await post(LIGHT, { id: measure.id, asOf: '2026-12-01' })).data.measure.light.light).toBe('YELLOW');
    const after = (await post(ledger, { filter: { plans: [plan2026.id] }, asOf: '2026-12-03' })).data.ledger;
    expect(after.counts.green).toBe(before.counts.green + 1);
    expect(after.counts.yellow).toBe(before.counts.yellow - 1);
    const scoreAfter = (await post(score, { asOf: '2026-12-03' })).data.scorecard.find(
      (s: { unit: { id: string } }) => s.unit.id === lead,
    );
    expect(scoreAfter.counts).toEqual({ yellow: scoreBefore.counts.yellow - 1, green: scoreBefore.counts.green + 1 });
    const onlyGreen = (
      await post(`{ ledger(filter: { plans: ["${plan2026.id}"] }, asOf: "2026-12-03", light: [GREEN]) {
        totalCount edges { node { measure { id } } } } }`)
    ).data.ledger;
    expect(onlyGreen.edges.map((e: { node: { measure: { id: string } } }) => e.node.measure.id)).toContain(measure.id);
    // In 2027 everything not done is red, with the days overdue.
    const red = (
      await post(LIGHT, {
        id: model.measures.find(
          (m) => m.planId === plan2026.id && m.id !== measure.id && m.deadline.kind === 'year-end',
        )!.id,
        asOf: '2027-01-10',
      })
    ).data.measure.light;
    expect(red).toMatchObject({ light: 'RED', overdueDays: 10 });

    // The lights of a few measures (what the explorer paints): the ledger's rows for just these, in the order asked.
    const rows = after.edges.slice(0, 3).map((e: { node: { measure: { id: string }; light: string } }) => e.node);
    const asked = [measure.id, ...rows.map((r: { measure: { id: string } }) => r.measure.id).reverse(), 'no-such'];
    const lights = (
      await post(`query($ids: [ID!]!) { lights(measures: $ids, asOf: "2026-12-03") { measure { id } light } }`, {
        ids: asked,
      })
    ).data.lights;
    expect(lights).toEqual([
      { measure: { id: measure.id }, light: 'GREEN' },
      ...rows
        .reverse()
        .map((r: { measure: { id: string }; light: string }) => ({ measure: r.measure, light: r.light })),
    ]);
    const tooMany = await post(`query($ids: [ID!]!) { lights(measures: $ids) { light } }`, {
      ids: Array.from({ length: 1001 }, (_, i) => `m${i}`),
    });
    expect(tooMany.errors?.[0]?.message).toMatch(/measures: at most 1000 items/);
  });

  it('a supervisor reopens a report; a reporter may not', async () => {
    const [{ token: bossToken }, { token: repToken }] = await Promise.all([login(boss), login(reporter)]);
    const made = await post(REPORT, { measure: measure.id, unit: lead, status: 'DONE' }, bearer(repToken));
    const reopen = `mutation($id: ID!) { reopenReport(report: $id, note: "材料不全") { status kind reopens } }`;
    const refused = await post(reopen, { id: made.data.reportProgress.id }, bearer(repToken));
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const reopened = await post(reopen, { id: made.data.reportProgress.id }, bearer(bossToken));
    expect(reopened.data.reopenReport).toEqual({
      status: 'IN_PROGRESS',
      kind: 'REOPEN',
      reopens: made.data.reportProgress.id,
    });
    const history = (await post(LIGHT, { id: measure.id })).data.measure.reports;
    expect(history.slice(-2)).toEqual([
      { status: 'DONE', by: reporter, kind: 'REPORT' },
      { status: 'IN_PROGRESS', by: boss, kind: 'REOPEN' },
    ]);
  });

  it('a reporter reports for its own units only (FORBIDDEN for another), a viewer not at all', async () => {
    const { token } = await login(reporter);
    const own = await post(REPORT, { measure: measure.id, unit: lead, status: 'IN_PROGRESS' }, bearer(token));
    expect(own.errors).toBeUndefined();
    const party = model.assignments.find((a) => a.measureId === measure.id && a.unitId && a.unitId !== lead)!.unitId!;
    const elsewhere = await post(REPORT, { measure: measure.id, unit: party, status: 'DONE' }, bearer(token));
    expect(elsewhere.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const notParty = await post(REPORT, { measure: measure.id, unit: other, status: 'DONE' }, bearer(token));
    expect(notParty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unit' });
    const { token: viewerToken } = await login(viewer);
    const byViewer = await post(REPORT, { measure: measure.id, unit: lead, status: 'DONE' }, bearer(viewerToken));
    expect(byViewer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a cookie-authenticated POST without the CSRF header, and accepts it with the header', async () => {
    const { cookie } = await login(boss);
    const variables = { measure: measure.id, unit: lead, status: 'IN_PROGRESS' };
    const without = await post(REPORT, variables, { cookie });
    expect(without.status).toBe(403);
    expect(without.errors![0]!.extensions!.code).toBe('CSRF_HEADER_MISSING');
    const withHeader = await post(REPORT, variables, { cookie, 'x-dutygraph-csrf': '1' });
    expect(withHeader.errors).toBeUndefined();
    expect(withHeader.data.reportProgress.by).toBe(boss);
  });

  it('logout revokes the token; a disabled account’s token stops working', async () => {
    const { token } = await login(boss);
    expect((await post('mutation { logout }', {}, bearer(token))).data.logout).toBe(true);
    expect((await post('{ me { name } }', {}, bearer(token))).data.me).toBeNull();
    const afterLogout = await post(REPORT, { measure: measure.id, unit: lead, status: 'DONE' }, bearer(token));
    expect(afterLogout.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const { token: repToken } = await login(reporter);
    await supervision.setDisabled(reporter, true);
    try {
      const answer = await post(REPORT, { measure: measure.id, unit: lead, status: 'DONE' }, bearer(repToken));
      expect(answer.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect((await post(LOGIN, { name: reporter, password: PASSWORD })).errors![0]!.extensions!.code).toBe(
        'UNAUTHENTICATED',
      );
    } finally {
      await supervision.setDisabled(reporter, false);
    }
  });

  it('200 concurrent reports are all recorded, none lost or duplicated', async () => {
    const { token } = await login(boss);
    const target = model.measures.find((m) => m.planId === plan2026.id && m.id !== measure.id)!;
    const unit = model.assignments.find((a) => a.measureId === target.id && a.unitId)!.unitId!;
    const before = (await post(LIGHT, { id: target.id })).data.measure.reports.length;
    const notes = Array.from({ length: 200 }, (_, i) => `${run}#${i}`);
    const made = await Promise.all(
      notes.map((note) => post(REPORT, { measure: target.id, unit, status: 'IN_PROGRESS', note }, bearer(token))),
    );
    expect(made.filter((a) => a.errors)).toEqual([]);
    expect(new Set(made.map((a) => a.data.reportProgress.id)).size).toBe(200);
    const history = (await post(`query($id: ID!) { measure(id: $id) { reports { id note } } }`, { id: target.id })).data
      .measure.reports as { id: string; note: string }[];
    expect(history).toHaveLength(before + 200);
    const mine = history.filter((r) => r.note.startsWith(`${run}#`));
    expect(new Set(mine.map((r) => r.note))).toEqual(new Set(notes));
    expect(new Set(mine.map((r) => r.id)).size).toBe(200);
  });

  it('/health counts the reports and those whose measure is gone (orphaned), never dropping them', async () => {
    const health = async () => (await (await fetch(`${api.url}/health`)).json()) as Record<string, number>;
    const before = await health();
    await supervision.addReport({
      measureId: `${plan2026.id}:gone-${run}`,
      unitId: lead,
      status: 'done',
      asOf: '2026-12-01',
      by: boss,
      kind: 'report',
    });
    const after = await health();
    expect(after.reports).toBe(before.reports! + 1);
    expect(after.orphanedReports).toBe(before.orphanedReports! + 1);
  });

  it('shows no password hash and no token in any answer but the login’s, nor in any log line', async () => {
    const { token, cookie } = await login(boss);
    await post('{ me { name role units { id } } }', {}, bearer(token));
    await post('{ me { name } }', {}, { cookie, 'x-dutygraph-csrf': '1' });
    await post('query { ledger(first: 5) { totalCount } }', {}, bearer(token));
    await post(REPORT, { measure: measure.id, unit: lead, status: 'BLOCKED', note: token }, bearer('v1.forged.token'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // log lines are written after the answer
    const hash = (await supervision.account(boss))!.passwordHash;
    const secretParts = [hash, hash.split('$').pop()!, token, token.split('.')[2]!, SECRET, PASSWORD];
    for (const text of [...answers, ...logged]) for (const part of secretParts) expect(text).not.toContain(part);
    expect(logged.length).toBeGreaterThan(10);
  });
});

describe('READ_ACCESS=login and sign-in limits', () => {
  let api: Api;
  const supervision = new SqliteSupervisionStore(':memory:');
  const auth: Partial<AuthConfig> = {
    secret: SECRET,
    readAccess: 'login',
    loginMaxPerAccount: 3,
    loginMaxPerAddress: 5,
  };
  beforeAll(async () => {
    await addAccount(supervision, 'reader', 'viewer');
    await addAccount(supervision, 'other', 'viewer');
    api = await startApi({ supervision, auth });
  });
  afterAll(() => api.close());

  const post = async (body: object, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
  };
  const login = (name: string, password: string) =>
    post({ query: `mutation { login(name: "${name}", password: "${password}") { token } }` });

  it('answers nothing to an anonymous question, but signs in, and then answers', async () => {
    const anonymous = await post({ query: '{ plans { id } }' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const { data } = await login('reader', PASSWORD);
    const answer = await post({ query: '{ plans { id } }' }, { authorization: `Bearer ${data.login.token}` });
    expect(answer.data.plans).toHaveLength(17);
  });

  it('limits failed sign-ins per account, then per address', async () => {
    for (let i = 0; i < 3; i++)
      expect((await login('other', 'wrong')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const limited = await login('other', PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.errors![0].extensions.code).toBe('RATE_LIMITED');
    // Two more failures on another name reach the address's five.
    for (let i = 0; i < 2; i++) await login('reader', 'wrong');
    expect((await login('reader', PASSWORD)).errors![0].extensions.code).toBe('RATE_LIMITED');
  });
});
