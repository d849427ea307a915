/**
 * Review (issue 17) over real HTTP, on each store pair (embedded graph + SQLite in a temporary
 * DATA_DIR; Neo4j graph + Neo4j events): every kind of decision changes `touches` and `overload`
 * exactly as it should, undo restores the read answer, proposals wait for a supervisor, roles are
 * enforced, a second server process follows the first, decisions survive a restart and a re-read
 * of the seeds (npm run load:neo4j on Neo4j), a stale decision is listed and not applied, and
 * `npm run export` and `npm run audit` tell who decided what.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/api/app.ts';
import { reviewing } from '../../server/cli/reviewed.ts';
import type { GraphStore } from '../../server/graph/contract.ts';
import { openStore } from '../../server/graph/index.ts';
import { ingest } from '../../server/ingest/index.ts';
import type { Model } from '../../server/model/model.ts';
import { applyDecisions } from '../../server/model/review.ts';
import type { Reviewing } from '../../server/review/reviewing.ts';
import type { SupervisionStore } from '../../server/supervision/contract.ts';
import { Neo4jSupervisionStore } from '../../server/supervision/neo4j.ts';
import { SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import { seedModel } from '../support/seed-model.ts';
import { addAccount, PASSWORD } from '../supervision/accounts.ts';
import { STORE_KINDS, type StoreKind } from './helpers.ts';

const run = promisify(execFile);
const SECRET = 'a test secret that is long enough for AUTH_SECRET';
const model = seedModel();
const byId = new Map(model.assignments.map((a) => [a.id, a]));

/** 000 附件1, task 1: 区生态环境局 certainly lead, 临空经济区大兴片区管委会 certainly co-op, the eight between unclear. */
const ROW = '000_4bf12fe9557cfa06:1:t1:mfefc6a32';
const MIDDLE = '大兴区:区发展改革委';
const CONFIRMED = '大兴区:区交通局';
const REMOVED = '大兴区:区城市管理委';
/** 002 大气, task 4: a lead group the text does not pair, and the row's other measure. */
const MOVE_FROM = '002_221e516616a96fe0:2:t4:mdfc06aff';
const MOVE_TO = '002_221e516616a96fe0:2:t4:m8c73ecfe';
const MOVED = '北京市:市经济和信息化局';
/** A unit on no measure of the row: added as co-op. */
const ADDED = '大兴区:区水务局';

interface Answer {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface Server {
  app: FastifyInstance;
  url: string;
  store: GraphStore;
  supervision: SupervisionStore;
  review: Reviewing;
}

async function startServer(kind: StoreKind, dataDir: string, read: () => Model = seedModel): Promise<Server> {
  const store = await openStore(kind === 'neo4j' ? process.env : {});
  const supervision =
    kind === 'neo4j' ? Neo4jSupervisionStore.fromEnv(process.env) : SqliteSupervisionStore.inFolder(dataDir);
  const review = reviewing(store, supervision, read);
  await review.ensureLoaded();
  const app = await buildApp({ store, supervision, review, auth: { secret: SECRET } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, store, supervision, review };
}

async function stopServer(server: Server): Promise<void> {
  await server.app.close();
  await server.store.close();
  await server.supervision.close();
}

describe.each(STORE_KINDS)('review on the %s store', (kind: StoreKind) => {
  let server: Server;
  let dataDir: string;
  const tokens: Record<string, string> = {};
  const tag = Math.random().toString(36).slice(2, 8);
  const boss = `boss-${tag}`;
  const reporter = `rep-${tag}`;
  const viewer = `view-${tag}`;
  const started = new Date().toISOString();
  const env = () => ({
    ...process.env,
    DATA_DIR: dataDir,
    ...(kind === 'embedded' && { NEO4J_URI: '' }),
  });

  async function gql(query: string, variables: Record<string, unknown> = {}, as?: string, url = server.url) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(as && { authorization: `Bearer ${tokens[as]}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  }
  async function data(query: string, variables: Record<string, unknown> = {}, as?: string, url?: string) {
    const answer = await gql(query, variables, as, url);
    expect(answer.errors).toBeUndefined();
    return answer.data;
  }

  const TOUCHES = `query($unit: String!) { touches(unit: $unit) {
    counts { lead coop total }
    assignments { id role confidence measure { id } reviewed { decision by note acceptedBy } } } }`;
  const touches = async (unit: string, url?: string) => (await data(TOUCHES, { unit }, undefined, url)).touches[0];
  const counts = async (unit: string, url?: string) => (await touches(unit, url)).counts;
  const OVERLOAD = `query { overload(level: DISTRICT, jurisdiction: "大兴区", top: 2000) { unit { id } counts { lead coop total } } }`;
  const load = async (unit: string) =>
    (await data(OVERLOAD)).overload.find((l: { unit: { id: string } }) => l.unit.id === unit).counts;

  const RESOLVE = `mutation($assignment: ID!, $decision: ReadingDecision!, $note: String) {
    resolveReading(assignment: $assignment, decision: $decision, note: $note) {
      id kind status outcome by note reading { measureId role partyId asWritten firstLine lastLine } } }`;
  const resolve = async (assignment: string, decision: Record<string, unknown>, as = boss, note?: string) =>
    (await data(RESOLVE, { assignment, decision, note }, as)).resolveReading;
  const UNDO = `mutation($decision: ID!) { undoDecision(decision: $decision) { id kind target outcome } }`;
  const id = (measure: string, role: string, unit: string) => `${measure}:${role}:${unit}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-review-'));
    server = await startServer(kind, dataDir);
    await addAccount(server.supervision, boss, 'supervisor');
    await addAccount(server.supervision, reporter, 'reporter', [MIDDLE]);
    await addAccount(server.supervision, viewer, 'viewer');
    for (const name of [boss, reporter, viewer]) {
      const answer = await gql(`mutation { login(name: "${name}", password: "${PASSWORD}") { token } }`);
      tokens[name] = answer.data.login.token;
    }
  });
  afterAll(async () => {
    if (kind === 'neo4j') {
      // The suites after this one expect the seeds as read in the run's shared graph, also after
      // `npm run load:neo4j` (which applies the decisions in Neo4j): this suite's are undone.
      const events = await server.supervision.reviewEvents();
      const { outcomes } = applyDecisions(seedModel(), events);
      for (const event of events)
        if ([boss, reporter].includes(event.by) && outcomes.get(event.id) === 'applied')
          await server.supervision.addReviewEvent({ by: boss, kind: 'undo', target: event.id });
      await server.store.load(seedModel());
    }
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the row is as the README describes it: the first unit lead, the last co-op, the ones between unclear', () => {
    expect(byId.get(id(ROW, 'lead', '大兴区:区生态环境局'))!.confidence).toBe('certain');
    for (const unit of [MIDDLE, CONFIRMED, REMOVED])
      expect(byId.get(id(ROW, 'coop', unit))!.confidence).toBe('unclear');
    expect(byId.get(id(MOVE_FROM, 'lead', MOVED))!.confidence).not.toBe('certain');
    expect(model.assignments.some((a) => a.measureId === ROW && a.unitId === ADDED)).toBe(false);
  });

  it('the queue gives the row with its printed lines, its readings, evidence and confidence, unclear first', async () => {
    const plan = model.measures.find((m) => m.id === ROW)!.planId;
    const { reviewQueue: queue } = await data(
      `query($plans: [ID!]) { reviewQueue(filter: { plans: $plans }, first: 2) {
        totalCount remaining pageInfo { hasNextPage endCursor }
        edges { node { measure { id text } file lines { number text } open unclear weight
          readings { id role confidence uncertain evidence { basis text } reviewed { by } } } } } }`,
      { plans: [plan] },
    );
    expect(queue.totalCount).toBeGreaterThan(2);
    expect(queue.pageInfo.hasNextPage).toBe(true);
    for (const { node } of queue.edges) expect(node.unclear).toBeGreaterThan(0);
    const row = (
      await data(
        `query($plans: [ID!]) { reviewQueue(filter: { plans: $plans }, first: 100) { edges { node {
          measure { id text } file lines { number text } open unclear readings { id confidence evidence { basis } } } } } }`,
        { plans: [plan] },
      )
    ).reviewQueue.edges.find((e: any) => e.node.measure.id === ROW).node;
    expect(row.file).toBe('000_4bf12fe9557cfa06.txt');
    expect(row.open).toBe(8);
    expect(row.readings).toHaveLength(10);
    expect(row.readings.find((r: any) => r.id === id(ROW, 'coop', MIDDLE))).toEqual({
      id: id(ROW, 'coop', MIDDLE),
      confidence: 'UNCLEAR',
      evidence: { basis: 'ORDER' },
    });
    // The lines as printed: the measure's text starts on the first of them (the PDF text wraps it).
    const printed = row.lines.map((l: { text: string }) => l.text.replace(/\s+/g, '')).join('');
    expect(printed).toContain(row.measure.text.slice(0, 10));
    expect(printed).toContain('区发展改革委');
    const second = await data(`query($after: String) { reviewQueue(first: 1, after: $after) { edges { cursor } } }`, {
      after: queue.pageInfo.endCursor,
    });
    expect(second.reviewQueue.edges).toHaveLength(1);
  });

  it('refuses decisions without an account (UNAUTHENTICATED) and from a viewer (FORBIDDEN)', async () => {
    const variables = { assignment: id(ROW, 'coop', MIDDLE), decision: { kind: 'CONFIRM' } };
    expect((await gql(RESOLVE, variables)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect((await gql(RESOLVE, variables, viewer)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await gql(UNDO, { decision: 'x' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('setting a middle unit of a 000 row to lead moves its lead count up by one and its co-op count down', async () => {
    const [before, ranked] = [await counts(MIDDLE), await load(MIDDLE)];
    const decision = await resolve(id(ROW, 'coop', MIDDLE), { kind: 'SET_ROLE', role: 'LEAD' }, boss, '电话核实');
    expect(decision).toMatchObject({ kind: 'SET_ROLE', status: 'DECIDED', outcome: 'APPLIED', by: boss });
    expect(decision.reading).toMatchObject({
      measureId: ROW,
      role: 'COOP',
      partyId: MIDDLE,
      asWritten: '区发展改革委',
    });
    expect(await counts(MIDDLE)).toEqual({ ...before, lead: before.lead + 1, coop: before.coop - 1 });
    expect(await load(MIDDLE)).toEqual({ ...ranked, lead: ranked.lead + 1, coop: ranked.coop - 1 });
    const reviewed = (await touches(MIDDLE)).assignments.find((a: any) => a.measure.id === ROW);
    expect(reviewed).toEqual({
      id: id(ROW, 'lead', MIDDLE),
      role: 'LEAD',
      confidence: 'CERTAIN',
      measure: { id: ROW },
      reviewed: { decision: decision.id, by: boss, note: '电话核实', acceptedBy: null },
    });
    // The ledger's lead units follow.
    const { ledger } = await data(
      `query($plans: [ID!]) { ledger(filter: { plans: $plans }, first: 1000) { edges { node { measure { id } leads { id } } } } }`,
      { plans: [model.measures.find((m) => m.id === ROW)!.planId] },
    );
    const leads = ledger.edges.find((e: any) => e.node.measure.id === ROW).node.leads.map((u: any) => u.id);
    expect(leads).toEqual(expect.arrayContaining(['大兴区:区生态环境局', MIDDLE]));
  });

  it('undo restores the read answer', async () => {
    const before = await counts(CONFIRMED);
    const decision = await resolve(id(ROW, 'coop', CONFIRMED), { kind: 'SET_ROLE', role: 'LEAD' });
    expect((await counts(CONFIRMED)).lead).toBe(before.lead + 1);
    const undo = (await data(UNDO, { decision: decision.id }, boss)).undoDecision;
    expect(undo).toMatchObject({ kind: 'UNDO', target: decision.id, outcome: 'RECORDED' });
    expect(await counts(CONFIRMED)).toEqual(before);
    const read = (await touches(CONFIRMED)).assignments.find((a: any) => a.measure.id === ROW);
    expect(read).toMatchObject({ role: 'COOP', confidence: 'UNCLEAR', reviewed: null });
    expect((await gql(UNDO, { decision: decision.id }, boss)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('confirming changes no count, makes the reading certain and takes it off the queue', async () => {
    const remaining = async () => (await data(`query { reviewQueue { remaining } }`)).reviewQueue.remaining;
    const [before, left] = [await counts(CONFIRMED), await remaining()];
    await resolve(id(ROW, 'coop', CONFIRMED), { kind: 'CONFIRM' });
    expect(await counts(CONFIRMED)).toEqual(before);
    expect((await touches(CONFIRMED)).assignments.find((a: any) => a.measure.id === ROW).confidence).toBe('CERTAIN');
    expect(await remaining()).toBe(left - 1);
  });

  it('removing a party takes one co-op duty off it', async () => {
    const before = await counts(REMOVED);
    await resolve(id(ROW, 'coop', REMOVED), { kind: 'REMOVE' });
    expect(await counts(REMOVED)).toEqual({ ...before, coop: before.coop - 1, total: before.total - 1 });
    expect((await touches(REMOVED)).assignments.some((a: any) => a.measure.id === ROW)).toBe(false);
  });

  it('moving a party to the other measure of its row keeps its counts and changes the measure', async () => {
    const before = await touches(MOVED);
    await resolve(id(MOVE_FROM, 'lead', MOVED), { kind: 'MOVE', measure: MOVE_TO });
    const after = await touches(MOVED);
    expect(after.counts).toEqual(before.counts);
    const measures = after.assignments.map((a: any) => a.measure.id);
    expect(measures).toContain(MOVE_TO);
    expect(measures).not.toContain(MOVE_FROM);
    const bad = await gql(
      RESOLVE,
      { assignment: id(MOVE_TO, 'lead', MOVED), decision: { kind: 'MOVE', measure: ROW } },
      boss,
    );
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('adding a party the reader missed gives it a co-op duty, and one more measure shared with the row’s parties', async () => {
    const PARTNERS = `query($unit: String!) { partners(unit: $unit) { partners { unit { id } sharedMeasures } } }`;
    const shared = async () =>
      (await data(PARTNERS, { unit: ADDED })).partners[0].partners.find(
        (p: any) => p.unit.id === '大兴区:临空经济区大兴片区管委会',
      ).sharedMeasures;
    const [before, sharedBefore] = [await counts(ADDED), await shared()];
    const line = model.measures.find((m) => m.id === ROW)!.lines[0];
    const decision = await resolve(ROW, { kind: 'ADD', unit: ADDED, role: 'COOP', line });
    expect(decision.reading).toMatchObject({ measureId: ROW, role: 'COOP', partyId: ADDED, firstLine: line });
    expect(await counts(ADDED)).toEqual({ ...before, coop: before.coop + 1, total: before.total + 1 });
    expect(await shared()).toBe(sharedBefore + 1);
  });

  it('a reporter only proposes: nothing changes until a supervisor accepts, and a rejected proposal never applies', async () => {
    const target = id('000_4bf12fe9557cfa06:1:t2:m036683bd', 'coop', '大兴区:区生态环境局');
    const before = await counts('大兴区:区生态环境局');
    const proposal = await resolve(target, { kind: 'SET_ROLE', role: 'LEAD' }, reporter);
    expect(proposal).toMatchObject({ status: 'PROPOSED', outcome: 'PROPOSED', by: reporter });
    expect(await counts('大兴区:区生态环境局')).toEqual(before);
    const ACCEPT = `mutation($decision: ID!) { acceptProposal(decision: $decision) { outcome } }`;
    expect((await gql(ACCEPT, { decision: proposal.id }, reporter)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await gql(UNDO, { decision: proposal.id }, reporter)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    await data(ACCEPT, { decision: proposal.id }, boss);
    expect((await counts('大兴区:区生态环境局')).lead).toBe(before.lead + 1);
    const reviewed = (await touches('大兴区:区生态环境局')).assignments.find(
      (a: any) => a.id === id('000_4bf12fe9557cfa06:1:t2:m036683bd', 'lead', '大兴区:区生态环境局'),
    );
    expect(reviewed.reviewed).toMatchObject({ decision: proposal.id, by: reporter, acceptedBy: boss });

    const other = id('000_4bf12fe9557cfa06:1:t2:m036683bd', 'coop', '大兴区:区交通局');
    const rejected = await resolve(other, { kind: 'REMOVE' }, reporter);
    const before2 = await counts('大兴区:区交通局');
    await data(
      `mutation($decision: ID!) { rejectProposal(decision: $decision) { id } }`,
      { decision: rejected.id },
      boss,
    );
    expect(await counts('大兴区:区交通局')).toEqual(before2);
    const { reviewDecisions } = await data(`query { reviewDecisions(outcomes: [REJECTED]) { id by } }`);
    expect(reviewDecisions.filter((d: any) => d.by === reporter)).toEqual([{ id: rejected.id, by: reporter }]);
  });

  it('another server process on the same stores answers with the decisions too', async () => {
    const second = await startServer(kind, dataDir);
    try {
      const expected = await counts(MIDDLE);
      expect(await counts(MIDDLE, second.url)).toEqual(expected);
      // A decision made through the first process shows in the second.
      const target = id('000_4bf12fe9557cfa06:1:t1:mfefc6a32', 'coop', '大兴区:区经济和信息化局');
      const before = await counts('大兴区:区经济和信息化局', second.url);
      await resolve(target, { kind: 'SET_ROLE', role: 'LEAD' });
      // Neo4j's events are polled at most once a second: ask until they are seen.
      await expect
        .poll(() => counts('大兴区:区经济和信息化局', second.url), { timeout: 10_000 })
        .toEqual({
          ...before,
          lead: before.lead + 1,
          coop: before.coop - 1,
        });
    } finally {
      await stopServer(second);
    }
  });

  it('a decision whose reading is no longer in the documents is listed as stale, not applied', async () => {
    const gone = '000_4bf12fe9557cfa06:1:t1:m00000000';
    await server.supervision.addReviewEvent({
      by: boss,
      kind: 'role',
      status: 'decided',
      role: 'lead',
      reading: { measureId: gone, role: 'coop', unitId: ADDED, asWritten: '区水务局', lines: [10, 10] },
    });
    const before = await counts(ADDED);
    await server.review.recorded();
    expect(await counts(ADDED)).toEqual(before);
    const { reviewDecisions } = await data(
      `query { reviewDecisions(outcomes: [STALE]) { by kind outcome staleReason reading { measureId } } }`,
    );
    // (The run's other suites may leave events of their own in a shared Neo4j.)
    expect(reviewDecisions.filter((d: any) => d.by === boss).map(({ by: _, ...d }: any) => d)).toEqual([
      {
        kind: 'SET_ROLE',
        outcome: 'STALE',
        staleReason: expect.stringMatching(/no longer/),
        reading: { measureId: gone },
      },
    ]);
  });

  it('decisions survive a restart and a re-read of the seeds', async () => {
    const expected = await Promise.all([MIDDLE, CONFIRMED, REMOVED, MOVED, ADDED].map((u) => counts(u)));
    await stopServer(server);
    if (kind === 'neo4j') {
      // The re-read: npm run load:neo4j replaces the graph with the seeds as read, decisions applied.
      await run('npx', ['tsx', 'server/cli/load-neo4j.ts'], { env: env() });
    }
    server = await startServer(kind, dataDir, () => ingest());
    expect(await Promise.all([MIDDLE, CONFIRMED, REMOVED, MOVED, ADDED].map((u) => counts(u)))).toEqual(expected);
  });

  it('npm run export gives each reviewed row its decision, and npm run audit every event oldest first', async () => {
    const { reviewDecisions } = await data(
      `query { reviewDecisions(since: "${started}", first: 1000) { id kind outcome by } }`,
    );
    const mine = reviewDecisions.filter((d: any) => [boss, reporter].includes(d.by));
    const { stdout } = await run('npx', ['tsx', 'server/cli/export.ts'], { env: env(), maxBuffer: 64 << 20 });
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(rows[0]).at(-1)).toBe('reviewed');
    const setRole = mine.find((d: any) => d.kind === 'SET_ROLE' && d.outcome === 'APPLIED');
    const row = rows.find((r) => r.unitId === MIDDLE && r.measure === model.measures.find((m) => m.id === ROW)!.text);
    expect(row).toMatchObject({ role: 'lead', confidence: 'certain', uncertain: false });
    expect(rows.filter((r) => r.reviewed === setRole.id)).toHaveLength(1);
    expect(rows.filter((r) => r.reviewed === null).length).toBeGreaterThan(3000);

    const audit = await run('npx', ['tsx', 'server/cli/audit.ts', '--since', started], { env: env() });
    const events = audit.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((e) => [boss, reporter].includes(e.by));
    expect(events.map((e) => e.id)).toEqual(mine.map((d: any) => d.id));
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort());
    expect(events.find((e) => e.id === setRole.id)).toMatchObject({
      kind: 'role',
      by: boss,
      note: '电话核实',
      outcome: 'applied',
      reading: { measureId: ROW, role: 'coop', unitId: MIDDLE },
      role: 'lead',
    });
    expect(events.filter((e) => e.outcome === 'stale')).toHaveLength(1);
  });
});
