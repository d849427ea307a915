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
  axeViolations,
  buildWeb,
  chromiumAvailable,
  gql,
  launchChromium,
  longTasks,
  startApp,
  waitForGraph,
  watchLongTasks,
  type DrawnGraph,
  type RunningApp,
} from '../../bench/browser-harness.ts';

const OUT = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const SHARED_NAME = '区城市管理委';
const WATER_PLAN = '大兴区水污染防治2023年行动计划';
const DAXING = '大兴区:区城市管理委';
const q = encodeURIComponent;
/** The smallest label the app may draw at its default zoom, CSS px (issue 15). */
const MIN_LABEL_PX = 11;

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
      // axe-core is injected as a script tag; the app's CSP (script-src 'self') would refuse it.
      bypassCSP: true,
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

  /** Waits until the graph reports something newer than `after` (performance.now() in the page) for `field`. */
  const waitSignal = async (graphId: string, field: 'drawnAt' | 'fittedAt', after: number, timeout = 20_000) => {
    const handle = await page.waitForFunction(
      ([id, f, t]) => {
        const g = window.__dutygraph?.graphs[id as string];
        return g && (g[f as 'drawnAt'] ?? 0) > (t as number) ? g : undefined;
      },
      [graphId, field, after] as const,
      { timeout },
    );
    return (await handle.jsonValue()) as DrawnGraph;
  };
  const expectAccessible = async (what: string) => {
    const violations = await axeViolations(page);
    expect(violations, `${what}: ${JSON.stringify(violations)}`).toEqual([]);
  };
  /** Arrow keys on the overview (focused) until the keyboard is on one of `ids`; that id. */
  const walkToOneOf = async (ids: ReadonlySet<string>): Promise<string> => {
    const on = () => page.evaluate(() => window.__dutygraph?.graphs.overload?.keyboard ?? '');
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
    // At least one key: the signal's position is then the node's as drawn now.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(keys[i % keys.length]!);
      if (ids.has(await on())) break;
    }
    const id = await on();
    expect(ids.has(id), `keyboard on ${id}`).toBe(true);
    return id;
  };

  it('draws every label it shows at 11 px or more at the default zoom, the most loaded first, more as you zoom', async () => {
    const { touches } = await api<{
      touches: { unit: { id: string }; graph: { nodes: { id: string; load: number; type: string }[] } }[];
    }>(`query($u: String!) { touches(unit: $u) { unit { id } graph { nodes { id load type } } } }`, { u: SHARED_NAME });
    await page.goto(`${app.url}/?unit=${q(SHARED_NAME)}`);
    for (const t of touches) {
      const drawn = await waitForGraph(page, `focus:${t.unit.id}`);
      expect(drawn.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      expect(drawn.labels!.shown).toBeGreaterThanOrEqual(15);
      // The focus unit and the most loaded partner are labelled.
      const partners = t.graph.nodes.filter((n) => n.type === 'UNIT' && n.id !== t.unit.id);
      const busiest = partners.reduce((a, b) => (b.load > a.load ? b : a));
      expect(drawn.labels!.ids).toContain(t.unit.id);
      expect(drawn.labels!.ids).toContain(busiest.id);
    }
    // Zooming in shows the measures' short labels too (none at the default zoom), still at least 11 px.
    const id = `focus:${DAXING}`;
    const before = await waitForGraph(page, id);
    expect(before.labels!.measures).toBe(0);
    const pane = page.locator(`.focus__pane[data-unit-id="${DAXING}"]`);
    // Zoom with the wheel over a measure of the ring (the keyboard's first step right from the centre lands on one).
    const canvas = pane.locator(`[data-graph-id="${id}"]`);
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const step = await page.waitForFunction((g) => {
      const s = window.__dutygraph?.graphs[g];
      return s?.keyboard?.includes(':t') ? s.keyboardAt : undefined;
    }, id);
    const at = (await step.jsonValue()) as { x: number; y: number };
    const box = (await canvas.boundingBox())!;
    await page.keyboard.press('Escape');
    await page.mouse.move(box.x + at.x, box.y + at.y);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -250);
    const zoomed = await page.waitForFunction(
      ([g, n]) => {
        const s = window.__dutygraph?.graphs[g];
        return s && s.labels && s.labels.measures > 0 && s.zoom! > n ? s : undefined;
      },
      [id, before.zoom!] as const,
      { timeout: 10_000 },
    );
    const after = (await zoomed.jsonValue()) as DrawnGraph;
    expect(after.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await pane.getByTestId('graph-fit').click();
    await page.waitForFunction((g) => window.__dutygraph?.graphs[g]?.fits === true, id);
    await shot('focus-legible');
    await expectAccessible('focus view');
  }, 40_000);

  it('reaches the graph by keyboard: Tab to it, arrows between nodes with a tooltip, Enter opens the panel and the graph re-fits', async () => {
    await page.goto(`${app.url}/?unit=${q(DAXING)}`);
    const id = `focus:${DAXING}`;
    await waitForGraph(page, id);
    const canvas = page.locator(`[data-graph-id="${id}"]`);
    const widthBefore = (await canvas.boundingBox())!.width;
    await canvas.focus();
    await page.waitForFunction((g) => window.__dutygraph?.graphs[g]?.keyboard, id);
    // The keyboard starts on the focus unit: its tooltip names it, its district and its drawn duties by role.
    const tip = page.getByTestId('graph-tip');
    await expect(tip.textContent()).resolves.toMatch(/区城市管理委.*大兴区.*牵头 \d+/);
    await page.keyboard.press('ArrowRight');
    const moved = await page.waitForFunction(
      ([g, start]) => {
        const k = window.__dutygraph?.graphs[g]?.keyboard;
        return k && k !== start ? k : undefined;
      },
      [id, DAXING] as const,
    );
    const target = (await moved.jsonValue()) as string;
    const { fittedAt } = await waitForGraph(page, id);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('side-panel');
    await expect.poll(() => panel.getAttribute('data-selection')).toMatch(/^(unit|measure|person):/);
    expect((await panel.getAttribute('data-selection'))!.endsWith(`:${target}`)).toBe(true);
    // The panel takes room: the graph is fitted again into what is left.
    const refit = await waitSignal(id, 'fittedAt', fittedAt!);
    expect(refit.fits).toBe(true);
    expect((await canvas.boundingBox())!.width).toBeLessThan(widthBefore);
    await panel.locator('.panel__title').waitFor();
    await shot('focus-keyboard-panel');
    await expectAccessible('focus view with the panel');
  }, 30_000);

  it('highlights a hovered node with a tooltip, zooms and fits by buttons, shows a minimap, and acts on a box selection', async () => {
    await page.goto(`${app.url}/?unit=${q(DAXING)}`);
    const id = `focus:${DAXING}`;
    const drawn = await waitForGraph(page, id);
    const canvas = page.locator(`[data-graph-id="${id}"]`);
    const box = (await canvas.boundingBox())!;
    // Where the focus unit is drawn: the keyboard's start, then let go.
    await canvas.focus();
    const handle = await page.waitForFunction((g) => window.__dutygraph?.graphs[g]?.keyboardAt, id);
    const at = (await handle.jsonValue()) as { x: number; y: number };
    await page.keyboard.press('Escape');
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect(page.getByTestId('graph-tip').textContent()).resolves.toContain('区城市管理委');
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await page.getByTestId('graph-zoom-in').click();
    const zoomed = await page.waitForFunction(([g, z]) => (window.__dutygraph?.graphs[g]?.zoom ?? 0) > z, [
      id,
      drawn.zoom!,
    ] as const);
    expect(await zoomed.jsonValue()).toBe(true);
    await page.getByTestId('graph-zoom-out').click();
    await page.getByTestId('graph-fit').click();
    await page.waitForFunction((g) => window.__dutygraph?.graphs[g]?.fits === true, id);
    await expect(page.locator('.graph-navigator img').count()).resolves.toBe(1);
    // Shift-drag a box over the left half: several nodes selected, then only they (and their neighbours) shown.
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + 10, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.45, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.waitForFunction((g) => (window.__dutygraph?.graphs[g]?.selected ?? 0) > 1, id);
    await page.getByTestId('show-only').click();
    await page.waitForFunction((g) => (window.__dutygraph?.graphs[g]?.hidden ?? 0) > 0, id);
    await shot('focus-show-only');
    await page.getByTestId('show-all').click();
    await page.waitForFunction((g) => window.__dutygraph?.graphs[g]?.hidden === 0, id);
  }, 30_000);

  it('opens the overview as groups with their load, opens one, and narrows to a jurisdiction with no long task over 200 ms', async () => {
    const ranking = (jurisdiction: string) =>
      api<{ overload: { score: number; unit: { id: string } }[] }>(
        `query($j: String) { overload(jurisdiction: $j, top: 500) { score unit { id } } }`,
        { j: jurisdiction },
      ).then((r) => r.overload.filter((u) => u.score > 0));
    const daxing = await ranking('大兴区');
    // Groups: every jurisdiction with a unit that has duties (the city plans name the 16 district governments).
    const { overload: everyone } = await api<{ overload: { score: number; unit: { jurisdiction: string } }[] }>(
      `{ overload(top: 2000) { score unit { jurisdiction } } }`,
    );
    const jurisdictions = new Set(everyone.filter((u) => u.score > 0).map((u) => u.unit.jurisdiction));
    await watchLongTasks(page);
    await page.goto(`${app.url}/?v=overload`);
    const grouped = await waitForGraph(page, 'overload');
    expect(grouped.groups).toBe(jurisdictions.size);
    expect(grouped.openGroups).toBe(0);
    expect(grouped.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await shot('overview-groups');
    await expectAccessible('overview');
    // Opening a group (keyboard: Tab to the graph, Enter on the most loaded group) draws its units.
    await page.locator('[data-graph-id="overload"]').focus();
    await page.keyboard.press('Enter');
    const open = await waitSignal('overload', 'drawnAt', grouped.drawnAt);
    expect(open.openGroups).toBe(1);
    expect(new URL(page.url()).searchParams.getAll('gx')).toHaveLength(1);
    // Narrowing to 大兴区: its group and its units only, in place, and the page never freezes.
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('overload-jurisdiction').selectOption('大兴区');
    const narrowed = await waitSignal('overload', 'drawnAt', open.drawnAt);
    expect(narrowed.nodes).toBe(daxing.length + 1);
    expect(narrowed.layoutMs).toBeLessThan(1000); // no force layout ran (a sanity bound, not a timing aim)
    const tasks = await longTasks(page, t0);
    expect(Math.max(0, ...tasks.map((x) => x.duration))).toBeLessThanOrEqual(200);
    await shot('overview-daxing');
  }, 40_000);

  it('groups the overview by plan: one closed group per plan with duties, a plan opened draws that plan’s units, each acting as the unit', async () => {
    type PlanCount = { plan: { id: string; jurisdiction: string; title: string }; assignments: number };
    const { stats } = await api<{ stats: { byPlan: PlanCount[] } }>(
      `{ stats { byPlan { plan { id jurisdiction title } assignments } } }`,
    );
    const withDuties = stats.byPlan.filter((p) => p.assignments > 0);
    // The groups open most loaded first; the keyboard starts on the most loaded closed group.
    const top = [...withDuties].sort((a, b) => b.assignments - a.assignments || a.plan.id.localeCompare(b.plan.id))[0]!;
    const planUnits = (planId: string) =>
      api<{ overload: { score: number; unit: { id: string; name: string } }[] }>(
        `query($p: ID!) { overload(filter: { plans: [$p] }, top: 2000) { score unit { id name } } }`,
        { p: planId },
      ).then((r) => r.overload.filter((u) => u.score > 0));
    const units = await planUnits(top.plan.id);
    const ids = new Set(units.map((u) => `${top.plan.id}|${u.unit.id}`));

    await watchLongTasks(page);
    await page.goto(`${app.url}/?v=overload&group=plan`);
    const grouped = await waitForGraph(page, 'overload');
    expect(grouped.groups).toBe(withDuties.length);
    expect(grouped.nodes).toBe(withDuties.length);
    expect(grouped.openGroups).toBe(0);
    expect(grouped.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await expect(page.getByTestId('overview-grouping').inputValue()).resolves.toBe('plan');
    await expect(page.getByTestId('overview-grouping').locator('option:checked').textContent()).resolves.toBe(
      '按行动计划',
    );
    await shot('overview-plans');
    await expectAccessible('overview by plan');

    // Keyboard: Tab to the graph (the most loaded group), Enter opens it: exactly that plan's units, each once.
    await page.locator('[data-graph-id="overload"]').focus();
    await page.waitForFunction(() => window.__dutygraph?.graphs.overload?.keyboard);
    expect(await page.evaluate(() => window.__dutygraph?.graphs.overload?.keyboard)).toBe(`group:plan:${top.plan.id}`);
    await page.keyboard.press('Enter');
    const openHandle = await page.waitForFunction(() => {
      const g = window.__dutygraph?.graphs.overload;
      return g && g.openGroups === 1 ? g : undefined;
    });
    const open = (await openHandle.jsonValue()) as DrawnGraph;
    await shot('overview-plan-open');
    expect(open.nodes).toBe(withDuties.length + units.length);
    expect(open.groups).toBe(withDuties.length);
    expect(open.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    // The keyboard walks from the group onto one of its units; zoomed in there (the wheel), more of their labels appear.
    let on = await walkToOneOf(ids);
    const canvas = (await page.locator('[data-graph-id="overload"]').boundingBox())!;
    const unitAt = (await page.evaluate(() => window.__dutygraph?.graphs.overload?.keyboardAt))!;
    await page.mouse.move(canvas.x + unitAt.x, canvas.y + unitAt.y);
    // Chromium gives each wheel event about 5% of zoom.
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, -2000);
    const zoomedHandle = await page.waitForFunction((z) => {
      const g = window.__dutygraph?.graphs.overload;
      return g && g.zoom! > 5 * z && g.labels!.ids.filter((id) => id.includes('|')).length >= 5 ? g : undefined;
    }, open.zoom!);
    const zoomed = (await zoomedHandle.jsonValue()) as DrawnGraph;
    expect(zoomed.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    for (const id of zoomed.labels!.ids.filter((x) => !x.startsWith('group:'))) expect(ids.has(id), id).toBe(true);
    await shot('overview-plan-open-zoomed');
    let url = new URL(page.url());
    expect(url.searchParams.get('group')).toBe('plan');
    expect(url.searchParams.getAll('gx')).toEqual([`group:plan:${top.plan.id}`]);
    await expectAccessible('overview by plan, one open');

    // The ranking's jurisdiction narrows to its plans, the open one staying open, with no long task.
    const jurisdiction = top.plan.jurisdiction;
    const kept = withDuties.filter((p) => p.plan.jurisdiction === jurisdiction);
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('overload-jurisdiction').selectOption(jurisdiction);
    const narrowedHandle = await page.waitForFunction((n) => {
      const g = window.__dutygraph?.graphs.overload;
      return g && g.groups === n ? g : undefined;
    }, kept.length);
    const narrowed = (await narrowedHandle.jsonValue()) as DrawnGraph;
    expect(narrowed.nodes).toBe(kept.length + units.length);
    expect(narrowed.openGroups).toBe(1);
    expect(narrowed.layoutMs).toBeLessThan(1000);
    const tasks = await longTasks(page, t0);
    expect(Math.max(0, ...tasks.map((x) => x.duration))).toBeLessThanOrEqual(200);
    expect(narrowed.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await shot('overview-plans-narrowed');

    // Enter on the unit's copy the keyboard is on opens that unit's panel (the real unit's id, not the copy's).
    const unitId = on.slice(top.plan.id.length + 1);
    const unit = units.find((u) => u.unit.id === unitId)!;
    await page.locator('[data-graph-id="overload"]').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('side-panel');
    await expect(panel.locator('.panel__title').textContent()).resolves.toBe(unit.unit.name);
    url = new URL(page.url());
    expect(url.searchParams.get('sel')).toBe(`unit:${unitId}`);
    expect(url.searchParams.get('group')).toBe('plan');
    expect(url.searchParams.getAll('gx')).toEqual([`group:plan:${top.plan.id}`]);
    await shot('overview-plan-unit-panel');

    // A double-click on a unit's copy focuses the unit itself.
    const box = (await page.locator('[data-graph-id="overload"]').boundingBox())!;
    await page.locator('[data-graph-id="overload"]').focus();
    on = await walkToOneOf(ids);
    const at = (await page.evaluate(() => window.__dutygraph?.graphs.overload?.keyboardAt))!;
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('v'));
    expect(new URL(page.url()).searchParams.get('unit')).toBe(on.slice(top.plan.id.length + 1));
  }, 60_000);

  it('groups by plan under a topic filter: the plans with duties of that topic', async () => {
    // The plans with measures under the filter, asked plan by plan.
    const { plans: all } = await api<{ plans: { id: string }[] }>(`{ plans { id } }`);
    const counts = await Promise.all(
      all.map((p) =>
        api<{ measures: { totalCount: number } }>(
          `query($p: ID!) { measures(filter: { topics: [AIR], plans: [$p] }, first: 1) { totalCount } }`,
          { p: p.id },
        ).then((r) => r.measures.totalCount),
      ),
    );
    const plans = all.filter((_, i) => counts[i]! > 0);
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.length).toBeLessThan(all.length);
    await page.goto(`${app.url}/?v=overload&group=plan&topic=air&lang=en`);
    const grouped = await waitForGraph(page, 'overload');
    expect(grouped.groups).toBe(plans.length);
    expect(grouped.labels!.minPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    await expect(page.getByTestId('overview-grouping').locator('option:checked').textContent()).resolves.toBe(
      'by plan',
    );
    await expectAccessible('overview by plan, in English');
  }, 30_000);

  it('shows every ranking column at 1024 px', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${app.url}/?v=overload`);
    const table = page.getByTestId('overload-table');
    await table.locator('tbody tr').first().waitFor();
    const fits = await page.evaluate(() => {
      const section = document.querySelector('.overload__ranking')!;
      const right = section.getBoundingClientRect().right;
      return [...document.querySelectorAll('[data-testid="overload-table"] th')].every(
        (th) => th.getBoundingClientRect().right <= right + 0.5,
      );
    });
    expect(fits).toBe(true);
    await shot('overload-1024');
  }, 30_000);

  it('first joins each partner to the focus unit by one edge counting their shared measures; 显示全部连线 and selecting a partner draw its measure edges', async () => {
    const { partners, touches } = await api<{
      partners: { unit: { id: string }; partners: { unit: { id: string }; sharedMeasures: number }[] }[];
      touches: { unit: { id: string }; graph: { edges: { source: string; target: string }[] } }[];
    }>(
      `query($u: String!) { partners(unit: $u) { unit { id } partners { unit { id } sharedMeasures } }
        touches(unit: $u) { unit { id } graph { edges { source target } } } }`,
      { u: SHARED_NAME },
    );
    expect(partners).toHaveLength(2);
    const edgesOf = (unitId: string) => touches.find((t) => t.unit.id === unitId)!.graph.edges;
    await page.goto(`${app.url}/?unit=${q(SHARED_NAME)}`);
    for (const p of partners) {
      const drawn = await waitForGraph(page, `focus:${p.unit.id}`);
      const aggregates = drawn.aggregates!;
      // Every partner the API names, by one edge whose count is the measures they share ...
      for (const x of p.partners) expect(aggregates[x.unit.id], x.unit.id).toBe(x.sharedMeasures);
      // ... the lead officials (牵头领导, not units) likewise, by the measures they are on ...
      const edges = edgesOf(p.unit.id);
      const units = new Set(p.partners.map((x) => x.unit.id));
      for (const [id, n] of Object.entries(aggregates).filter(([id]) => !units.has(id))) {
        expect(id).toMatch(/^person:/);
        expect(n, id).toBe(new Set(edges.filter((e) => e.source === id).map((e) => e.target)).size);
      }
      // ... and no partner's edge to a measure: the unit's own edges and one per partner.
      const own = edges.filter((e) => e.source === p.unit.id).length;
      expect(drawn.edges).toBe(own + Object.keys(aggregates).length);
      expect(drawn.edges).toBeLessThan(edges.length);
    }
    await expect(page.getByTestId('legend-aggregate').count()).resolves.toBe(1);
    await shot('focus-aggregated');

    // 显示全部连线: every edge the API gives, no aggregate; pressed again, the aggregates are back.
    const id = `focus:${DAXING}`;
    const first = await waitForGraph(page, id);
    const pane = page.locator(`.focus__pane[data-unit-id="${DAXING}"]`);
    const toggle = pane.getByTestId('graph-all-links');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    const allHandle = await page.waitForFunction(
      ([g, n]) => {
        const s = window.__dutygraph?.graphs[g];
        return s && s.edges === n ? s : undefined;
      },
      [id, edgesOf(DAXING).length] as const,
    );
    expect(((await allHandle.jsonValue()) as DrawnGraph).aggregates).toEqual({});
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await shot('focus-all-links');
    await toggle.click();
    await page.waitForFunction(([g, n]) => window.__dutygraph?.graphs[g]?.edges === n, [id, first.edges] as const);

    // A selected partner (its panel open) shows its measure edges; the others stay joined by one edge.
    const busiest = partners.find((p) => p.unit.id === DAXING)!.partners[0]!;
    const its = edgesOf(DAXING).filter((e) => e.source === busiest.unit.id).length;
    expect(its).toBeGreaterThan(1);
    await page.goto(`${app.url}/?unit=${q(DAXING)}&sel=unit:${q(busiest.unit.id)}`);
    const opened = await waitForGraph(page, id);
    expect(opened.aggregates![busiest.unit.id]).toBeUndefined();
    expect(Object.keys(opened.aggregates!)).toHaveLength(Object.keys(first.aggregates!).length - 1);
    expect(opened.edges).toBe(first.edges - 1 + its);
    await page.getByTestId('side-panel').locator('.panel__title').waitFor();
    await shot('focus-partner-selected');
    await expectAccessible('focus view with a partner selected');
  }, 40_000);

  it('says what went wrong in Chinese and offers the closest names as links', async () => {
    await page.goto(`${app.url}/?unit=${q('区城市管里委')}`);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('没有名为“区城市管里委”的单位');
    expect(await alert.textContent()).not.toMatch(/No unit|Closest/);
    await page.getByTestId('error-names').getByRole('button', { name: '区城市管理委', exact: true }).click();
    await waitForGraph(page, `focus:${DAXING}`);
    expect(new URL(page.url()).searchParams.get('unit')).toBe('区城市管理委');
    await expect(page.getByTestId('search').inputValue()).resolves.toBe('区城市管理委');
  }, 30_000);

  it('exports nothing on the landing page and both district graphs of a shared name', async () => {
    await page.goto(app.url);
    await expect(page.getByTestId('export-png').isDisabled()).resolves.toBe(true);
    await expectAccessible('landing page');
    await page.goto(`${app.url}/?unit=${q(SHARED_NAME)}`);
    await waitForGraph(page, `focus:${DAXING}`);
    await waitForGraph(page, 'focus:通州区:区城市管理委');
    const files: string[] = [];
    page.on('download', (d) => files.push(d.suggestedFilename()));
    await page.getByTestId('export-png').click();
    await expect.poll(() => files.length).toBe(2);
    expect(files.sort()).toEqual([
      'dutygraph-focus_大兴区_区城市管理委.png',
      'dutygraph-focus_通州区_区城市管理委.png',
    ]);
  }, 30_000);

  it('names duties 职责, sources by plan, document number and line, without a missing-glyph clock', async () => {
    await page.goto(`${app.url}/?unit=${q(DAXING)}&sel=unit:${q(DAXING)}`);
    const panel = page.getByTestId('side-panel');
    await panel.locator('.duty').first().waitFor();
    await expect(panel.locator('.panel__counts').textContent()).resolves.toMatch(/\d+ 项措施 · \d+ 条职责/);
    await expect(panel.locator('.source').first().textContent()).resolves.toMatch(/^《.+》.* 第 \d+(–\d+)? 行$/);
    expect(await page.locator('body').textContent()).not.toContain('⏱');
    await expect(panel.locator('.deadline svg').count()).resolves.toBeGreaterThan(0);
  }, 30_000);

  it('keeps an opened collective in the URL, so a reload opens it again', async () => {
    const collectiveId = '大兴区:各街道办事处';
    await page.goto(`${app.url}/?unit=${q(DAXING)}&sel=unit:${q(collectiveId)}`);
    const before = await waitForGraph(page, `focus:${DAXING}`);
    await page.getByTestId('side-panel').getByRole('button', { name: '在图中展开成员' }).click();
    await page.waitForFunction(([g, n]) => (window.__dutygraph?.graphs[g]?.nodes ?? 0) > n, [
      `focus:${DAXING}`,
      before.nodes,
    ] as const);
    const grown = await waitForGraph(page, `focus:${DAXING}`);
    expect(new URL(page.url()).searchParams.getAll('open')).toEqual([collectiveId]);
    await page.reload();
    await page.waitForFunction(
      ([g, n]) => window.__dutygraph?.graphs[g]?.nodes === n,
      [`focus:${DAXING}`, grown.nodes] as const,
      {
        timeout: 20_000,
      },
    );
  }, 40_000);

  it('swaps the path’s ends, shows their districts, and keeps the legend off the graph', async () => {
    const from = '大兴区:区城市管理委';
    const to = '大兴区:区水务局';
    await page.goto(`${app.url}/?v=path&from=${q(from)}&to=${q(to)}`);
    await waitForGraph(page, 'path');
    await expect(page.getByTestId('path-from').inputValue()).resolves.toBe('区城市管理委（大兴区）');
    await page.getByTestId('path-swap').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(to);
    expect(new URL(page.url()).searchParams.get('to')).toBe(from);
    await expect(page.getByTestId('path-from').inputValue()).resolves.toBe('区水务局（大兴区）');
    await waitForGraph(page, 'path');
    const overlap = await page.evaluate(() => {
      const legend = document.querySelector('.pathview__graph > .legend')!.getBoundingClientRect();
      const graph = document.querySelector('.pathview__graph .graph-canvas')!.getBoundingClientRect();
      return legend.top < graph.bottom - 0.5;
    });
    expect(overlap).toBe(false);
    await expectAccessible('path view');
  }, 30_000);

  it('gives a lead official the header, counts, panel and CSV export a unit has', async () => {
    const personId = 'person:通州区:秦涛';
    const { graph } = await api<{ graph: { edges: { source: string; role: string }[] } }>(
      `query($p: [ID!]) { graph(around: $p) { edges { source role } } }`,
      { p: [personId] },
    );
    const own = graph.edges.filter((e) => e.source === personId).length;
    await page.goto(`${app.url}/?unit=${q(personId)}&sel=person:${q(personId)}`);
    await waitForGraph(page, `focus:${personId}`);
    const pane = page.locator(`.focus__pane[data-unit-id="${personId}"]`);
    await expect(pane.locator('.focus__name').textContent()).resolves.toBe('秦涛');
    await expect(pane.locator('.focus__counts strong').textContent()).resolves.toBe(String(own));
    const panel = page.getByTestId('person-panel');
    await expect.poll(() => panel.locator('.duty').count(), { timeout: 15_000 }).toBe(own);
    await expect(page.getByTestId('export-csv').isEnabled()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const lines = readFileSync(await download.path())
      .toString('utf8')
      .slice(1)
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(own + 1);
    expect(lines[1]).toMatch(/^秦涛,通州区,牵头领导,/);
    await expect(page.getByTestId('search').inputValue()).resolves.toBe('秦涛');
    await expectAccessible('person view');
  }, 40_000);

  it('closes the filter panel on Esc and on a click outside; 牵头 only draws only 牵头 edges', async () => {
    const { touches } = await api<{ touches: { graph: { edges: { role: string; source: string }[] } }[] }>(
      `query($u: String!) { touches(unit: $u, filter: { roles: [LEAD] }) { graph { edges { role source } } } }`,
      { u: DAXING },
    );
    const leadEdges = touches[0]!.graph.edges.filter((e) => e.role === 'LEAD');
    await page.goto(`${app.url}/?unit=${q(DAXING)}&role=lead`);
    const drawn = await waitForGraph(page, `focus:${DAXING}`);
    // First drawn: the unit's own 牵头 edges and one for each partner that leads one of its measures.
    const leadPartners = new Set(leadEdges.filter((e) => e.source !== DAXING).map((e) => e.source));
    expect(drawn.edges).toBe(leadEdges.filter((e) => e.source === DAXING).length + leadPartners.size);
    expect(Object.keys(drawn.aggregates!).sort()).toEqual([...leadPartners].sort());
    // Every link shown: exactly the 牵头 edges.
    await page.getByTestId('graph-all-links').click();
    await page.waitForFunction(([g, n]) => window.__dutygraph?.graphs[g]?.edges === n, [
      `focus:${DAXING}`,
      leadEdges.length,
    ] as const);
    await page.getByTestId('filters-toggle').click();
    await page.locator('.filterpanel').waitFor();
    await expectAccessible('filter panel');
    await page.keyboard.press('Escape');
    await page.locator('.filterpanel').waitFor({ state: 'detached' });
    await page.getByTestId('filters-toggle').click();
    await page.locator('.filterpanel').waitFor();
    await page.mouse.click(700, 600);
    await page.locator('.filterpanel').waitFor({ state: 'detached' });
  }, 30_000);

  it('speaks English without full-width punctuation', async () => {
    const { touches } = await api<{ touches: { assignments: { measure: { id: string } }[] }[] }>(
      `query($u: String!) { touches(unit: $u) { assignments { measure { id } } } }`,
      { u: DAXING },
    );
    const measureId = touches[0]!.assignments[0]!.measure.id;
    await page.goto(`${app.url}/?lang=en&sel=measure:${q(measureId)}`);
    await page.getByTestId('measure-text').waitFor();
    const title = await page.locator('.panel__title').textContent();
    expect(title).toMatch(/^Task \S+: /);
    const text = (await page.locator('body').textContent())!;
    expect(text).not.toMatch(/[A-Za-z]’ ?[a-z]|[A-Za-z0-9]：/);
    await expectAccessible('measure panel in English');
  }, 30_000);

  it('prints a unit’s 责任清单 on A4: its duties by plan and role with deadlines, and nothing else', async () => {
    const { touches } = await api<{ touches: { assignments: { id: string }[] }[] }>(
      `query($u: String!) { touches(unit: $u) { assignments { id } } }`,
      { u: DAXING },
    );
    // The print dialog is the browser's: here it returns at once, leaving the page set up for printing.
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await page.goto(`${app.url}/?unit=${q(DAXING)}`);
    await waitForGraph(page, `focus:${DAXING}`);
    await page.getByTestId('print-duties').click();
    await page.emulateMedia({ media: 'print' });
    // A4 less the page's margins (210 mm − 2 × 12 mm) is 703 CSS px wide.
    await page.setViewportSize({ width: 703, height: 1000 });
    const list = page.locator(`.duty-list[data-unit-id="${DAXING}"]`);
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(list.locator('tbody tr').count()).resolves.toBe(touches[0]!.assignments.length);
    await expect(list.locator('h1').textContent()).resolves.toBe('区城市管理委 责任清单');
    await expect(page.locator('.focus__grid').isVisible()).resolves.toBe(false);
    await expect(page.locator('.header__actions').isVisible()).resolves.toBe(false);
    const cut = await list.evaluate((el) =>
      [el, ...el.querySelectorAll('table')].some((t) => t.scrollWidth > t.clientWidth + 1),
    );
    expect(cut).toBe(false);
    const pdf = await page.pdf({ format: 'A4', path: `${OUT}duty-list.pdf` });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(0);
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
