/**
 * The explorer end to end: the real app (built bundle, real server, seed data) in headless
 * Chromium. Every expectation is checked against the API's own answer. Each test opens its own
 * URL in a fresh browser context, so none depends on what another left on the page. Screenshots
 * of each view go to test-output/e2e/ only (the README's come from `npm run screenshots`).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildWeb,
  chromiumAvailable,
  gql,
  launchChromium,
  startApp,
  waitForGraph,
  type DrawnGraph,
  type RunningApp,
} from '../../bench/browser-harness.ts';

const OUT = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const SHARED_NAME = '区城市管理委';
const WATER_PLAN = '大兴区水污染防治2023年行动计划';

describe.skipIf(!chromiumAvailable())('explorer in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const api = <T>(query: string, variables?: Record<string, unknown>) => gql<T>(app.url, query, variables);
  const shot = async (name: string) => page.screenshot({ path: `${OUT}${name}.png` });

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await buildWeb();
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
  }, 120_000);

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      locale: 'zh-CN',
    });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('searches 区城市管理委 and draws one graph per unit with the measures the API gives', async () => {
    const { touches } = await api<{ touches: { unit: { id: string; jurisdiction: string }; measureCount: number }[] }>(
      `query($u: String!) { touches(unit: $u) { unit { id jurisdiction } measureCount } }`,
      { u: SHARED_NAME },
    );
    expect(touches.map((t) => t.unit.id).sort()).toEqual(['大兴区:区城市管理委', '通州区:区城市管理委']);

    await page.goto(app.url);
    await page.getByTestId('search').fill(SHARED_NAME);
    await page.locator('.search__option', { hasText: '个单位同名' }).click();
    for (const t of touches) {
      const drawn = await waitForGraph(page, `focus:${t.unit.id}`);
      expect(drawn.measures).toBe(t.measureCount);
      const pane = page.locator(`.focus__pane[data-unit-id="${t.unit.id}"]`);
      await expect(pane.locator('.focus__district').textContent()).resolves.toBe(t.unit.jurisdiction);
      await expect(pane.locator('.focus__counts strong').first().textContent()).resolves.toBe(String(t.measureCount));
    }
    expect(new URL(page.url()).searchParams.get('unit')).toBe(SHARED_NAME);
    await shot('focus');
  }, 40_000);

  it('opens a unit’s panel, then a measure with its full text and deadline', async () => {
    const unitId = '大兴区:区城市管理委';
    const { touches } = await api<{
      touches: { assignments: { role: string; measure: { id: string; text: string; deadline: { text: string } } }[] }[];
    }>(`query($u: String!) { touches(unit: $u) { assignments { role measure { id text deadline { text } } } } }`, {
      u: unitId,
    });
    // The panel lists lead duties first, in document order.
    const first = touches[0]!.assignments.find((a) => a.role === 'LEAD')!.measure;

    await page.goto(`${app.url}/?unit=${encodeURIComponent(unitId)}`);
    await waitForGraph(page, `focus:${unitId}`);
    await page.locator(`.focus__pane[data-unit-id="${unitId}"] .focus__name`).click();
    const panel = page.getByTestId('side-panel');
    await expect(panel.locator('.panel__title').textContent()).resolves.toBe('区城市管理委');
    await panel.locator('.duty__text').first().click();
    await expect(page.getByTestId('measure-text').textContent()).resolves.toBe(first.text);
    await expect(page.getByTestId('measure-deadline').textContent()).resolves.toContain(first.deadline.text);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`measure:${first.id}`);
    await shot('focus-measure-panel');
  }, 20_000);

  it('expands a collective into its members in the drawn graph, from its panel', async () => {
    const unitId = '大兴区:区城市管理委';
    const collectiveId = '大兴区:各街道办事处';
    const { touches, unit } = await api<{
      touches: { graph: { nodes: { id: string }[] } }[];
      unit: { members: { id: string }[] };
    }>(`query($u: String!, $c: ID!) { touches(unit: $u) { graph { nodes { id } } } unit(id: $c) { members { id } } }`, {
      u: unitId,
      c: collectiveId,
    });
    const drawnIds = new Set(touches[0]!.graph.nodes.map((n) => n.id));
    expect(drawnIds.has(collectiveId)).toBe(true);
    const newMembers = unit.members.filter((m) => !drawnIds.has(m.id));
    expect(newMembers.length).toBeGreaterThan(0);

    // The graph grows by the members it lacked and an edge to each member
    // (that drawn nodes keep their places is tested in tests/web).
    await page.goto(`${app.url}/?unit=${encodeURIComponent(unitId)}&sel=unit:${encodeURIComponent(collectiveId)}`);
    const before = await waitForGraph(page, `focus:${unitId}`);
    expect(before.nodes).toBe(drawnIds.size);
    await page.getByTestId('side-panel').getByRole('button', { name: '在图中展开成员' }).click();
    const grown = await page.waitForFunction(
      ([id, n]) => ((window.__dutygraph?.graphs[id]?.nodes ?? 0) > n ? window.__dutygraph!.graphs[id] : undefined),
      [`focus:${unitId}`, before.nodes] as const,
      { timeout: 20_000 },
    );
    const after = (await grown.jsonValue()) as DrawnGraph;
    expect(after.nodes).toBe(before.nodes + newMembers.length);
    expect(after.edges).toBe(before.edges + unit.members.length);
    await shot('focus-members');
  }, 30_000);

  it('ranks units by load as the API does, filters by plan, exports the table as CSV, and goes back', async () => {
    const { plans } = await api<{ plans: { id: string; title: string }[] }>(`{ plans { id title } }`);
    const water = plans.find((p) => p.title === WATER_PLAN)!;
    const rankingQuery =
      `query($filter: Filter) { overload(filter: $filter) { rank score unit { ` +
      `id name jurisdiction } counts { lead responsible coop leader total } } }`;
    const all = (await api<{ overload: Row[] }>(rankingQuery)).overload;
    const inWater = (await api<{ overload: Row[] }>(rankingQuery, { filter: { plans: [water.id] } })).overload;
    // 区水务局 has the most assignments in this plan (33), 区生态环境局
    // the highest weighted score (66 to 65): the page must follow the API.
    expect(
      inWater
        .slice(0, 2)
        .map((r) => r.unit.id)
        .sort(),
    ).toEqual(['大兴区:区水务局', '大兴区:区生态环境局']);

    await page.goto(`${app.url}/?v=overload`);
    const table = page.getByTestId('overload-table');
    await expect(table.locator('tbody tr').first().getAttribute('data-unit-id')).resolves.toBe(all[0]!.unit.id);
    await waitForGraph(page, 'overload', 40_000);

    await page.getByTestId('filters-toggle').click();
    await page.getByLabel(WATER_PLAN).check();
    await page.getByTestId('filters-toggle').click();
    await expect(page.locator('.chip', { hasText: WATER_PLAN }).count()).resolves.toBe(1);
    await page.locator(`tbody tr[data-unit-id="${inWater[0]!.unit.id}"]`).first().waitFor();
    await expect(table.locator('tbody tr').first().getAttribute('data-unit-id')).resolves.toBe(inWater[0]!.unit.id);
    const drawn = await waitForGraph(page, 'overload');
    expect(drawn.nodes).toBeGreaterThan(0);
    await shot('overload');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('排名,单位,辖区,层级,牵头,主责,协办,牵头领导,合计,加权负荷');
    const top = inWater[0]!;
    expect(lines[1]).toBe(
      [
        1,
        top.unit.name,
        top.unit.jurisdiction,
        '区级',
        top.counts.lead,
        top.counts.responsible,
        top.counts.coop,
        top.counts.leader,
        top.counts.total,
        top.score,
      ].join(','),
    );
    expect(lines[2]!.split(',')[1]).toBe(inWater[1]!.unit.name);

    await page.goBack();
    await expect(page.locator('.chip', { hasText: WATER_PLAN }).count()).resolves.toBe(0);
    await page.locator(`tbody tr[data-unit-id="${all[0]!.unit.id}"]`).first().waitFor();
    await expect(table.locator('tbody tr').first().getAttribute('data-unit-id')).resolves.toBe(all[0]!.unit.id);
  }, 60_000);

  it('shows the chain of shared measures between two units', async () => {
    const from = '大兴区:区城市管理委';
    const to = '大兴区:区水务局';
    const { path } = await api<{ path: { hops: number } | null }>(
      `query($f: String!, $t: String!) { path(from: $f, to: $t) { hops } }`,
      { f: from, t: to },
    );
    await page.goto(`${app.url}/?v=path&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    await waitForGraph(page, 'path');
    await expect(page.locator('.chain__measure').count()).resolves.toBe(path!.hops);
    await shot('path');
  }, 30_000);

  it('serves GraphiQL with nothing loaded from elsewhere, and runs its example query', async () => {
    const gpage = await context.newPage();
    const origin = new URL(app.url).origin;
    const foreign: string[] = [];
    gpage.on('request', (r) => {
      const url = new URL(r.url());
      if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
    });
    await gpage.goto(`${app.url}/graphiql`);
    await gpage.locator('.graphiql-container').waitFor();
    await gpage.locator('.graphiql-query-editor .view-lines', { hasText: 'touches' }).waitFor();
    const [response] = await Promise.all([
      gpage.waitForResponse(
        (r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('Example') === true,
      ),
      gpage.locator('.graphiql-execute-button').click(),
    ]);
    const body = (await response.json()) as { data?: { touches: unknown[] } };
    expect(body.data?.touches).toHaveLength(2);
    await gpage.locator('.graphiql-response', { hasText: '大兴区' }).waitFor();
    await gpage.screenshot({ path: `${OUT}graphiql.png` });
    expect(foreign).toEqual([]);
    await gpage.close();
  }, 40_000);
});

interface Row {
  rank: number;
  score: number;
  unit: { id: string; name: string; jurisdiction: string };
  counts: { lead: number; responsible: number; coop: number; leader: number; total: number };
}
