/**
 * Supervision end to end in Chromium (issue 16): the built explorer on the real server, an
 * account in a real SQLite file; a supervisor signs in through the dialog, opens the 台账 of the
 * 2026 plan at an as-of date in the URL, reports a measure done from the side panel, sees its
 * light and the ledger change, and exports the ledger to Excel and CSV. Screenshots go to
 * test-output/e2e/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  buildWeb,
  chromiumAvailable,
  launchChromium,
  waitForGraph,
} from '../../bench/browser-harness.ts';
import { buildApp } from '../../server/api/app.ts';
import { EmbeddedStore } from '../../server/graph/embedded.ts';
import { SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import { seedModel } from '../support/seed-model.ts';
import { LIGHT_COLOURS, SUPERVISION_MESSAGES } from '../../web/src/supervision/messages.ts';
import { addAccount, PASSWORD } from '../supervision/accounts.ts';

const OUT = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const model = seedModel();
const plan = model.plans.find((p) => p.seed.startsWith('001') && p.year === 2026)!;
const measure = model.measures.find(
  (m) =>
    m.planId === plan.id &&
    m.deadline.kind === 'year-end' &&
    model.assignments.some((a) => a.measureId === m.id && a.role === 'lead' && a.unitId),
)!;
/** Today is after 2026-12-01 in these runs; the as-of date is fixed in the URL, reports are made for today. */
const AS_OF = '2026-12-25';

describe.skipIf(!chromiumAvailable())('supervision in Chromium', () => {
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  const dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-e2e-supervision-'));
  const supervision = SqliteSupervisionStore.inFolder(dataDir);

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await addAccount(supervision, '督办员', 'supervisor');
    const store = new EmbeddedStore();
    await store.load(model);
    await buildWeb();
    app = await buildApp({ store, supervision, auth: { secret: 'an e2e test secret, long enough to sign tokens' } });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      // axe-core is injected as a script tag; the app's CSP (script-src 'self') would refuse it.
      bypassCSP: true,
    });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await supervision.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in, reports a measure done, sees the light change, and exports the ledger', async () => {
    await page.goto(`${url}/?v=ledger&plan=${encodeURIComponent(plan.id)}&as_of=${AS_OF}`);
    const row = page.locator(`[data-testid="ledger-row"][data-measure="${measure.id}"]`);
    await expect.poll(() => row.getAttribute('data-light'), { timeout: 30_000 }).toBe('YELLOW');
    expect(await page.getByTestId('as-of').inputValue()).toBe(AS_OF);
    const timeline = await page
      .locator('[data-testid="timeline-month"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-month')));
    expect(timeline).toContain('2026-12');
    const greenBefore = Number(await page.getByTestId('count-green').textContent());

    // Sign in through the dialog: the header shows the account and its role.
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-name').fill('督办员');
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('督办员');
    expect(await page.getByTestId('account-role').textContent()).toBe('督办');
    // The token is an HttpOnly cookie: the page's script cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/dutygraph_session/);

    // Report from the side panel.
    await row.click();
    await expect.poll(() => page.getByTestId('measure-light').getAttribute('data-light')).toBe('YELLOW');
    await page.getByTestId('report-status').selectOption('DONE');
    await page.getByTestId('report-note').fill('已按计划完成');
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.getByTestId('measure-light').getAttribute('data-light')).toBe('GREEN');
    await expect.poll(() => row.getAttribute('data-light')).toBe('GREEN');
    expect(Number(await page.getByTestId('count-green').textContent())).toBe(greenBefore + 1);
    expect(await page.getByTestId('report-item').first().textContent()).toContain('已完成');
    await page.screenshot({ path: `${OUT}supervision-ledger.png` });
    expect(await axeViolations(page), 'ledger with a measure panel').toEqual([]);

    // Export: Excel and CSV, each with every row of the ledger.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/台账.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const sheet = book.worksheets[0]!;
    const planMeasures = model.measures.filter((m) => m.planId === plan.id).length;
    expect(sheet.rowCount).toBe(planMeasures + 1);
    const cells = sheet.getSheetValues().flat().map(String);
    expect(cells.some((c) => c.includes(measure.text.slice(0, 20)))).toBe(true);
    expect(cells).toContain('绿灯');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(planMeasures + 1);

    // The as-of date is in the URL; the scorecard sits beside the overload ranking.
    expect(new URL(page.url()).searchParams.get('as_of')).toBe(AS_OF);
    await page.getByTestId('tab-overload').click();
    await expect.poll(() => page.getByTestId('scorecard-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT}supervision-scorecard.png` });
    expect(await axeViolations(page), 'overload with the scorecard').toEqual([]);
  }, 180_000);

  it('colours each measure drawn in a unit’s graph by its light, the reported one green', async () => {
    const lead = model.assignments.find((a) => a.measureId === measure.id && a.role === 'lead' && a.unitId)!.unitId!;
    await page.goto(`${url}/?unit=${encodeURIComponent(lead)}&as_of=${AS_OF}`);
    const graphId = `focus:${lead}`;
    const drawn = await waitForGraph(page, graphId);
    // What the API says of the measures the graph draws.
    const ask = async (query: string, variables: object) =>
      (
        await (
          await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          })
        ).json()
      ).data;
    const nodes: { id: string; type: string }[] = (
      await ask('query($u: String!) { touches(unit: $u) { graph { nodes { id type } } } }', { u: lead })
    ).touches[0].graph.nodes;
    const measures = nodes.filter((n) => n.type === 'MEASURE').map((n) => n.id);
    expect(measures).toContain(measure.id);
    const expected: Record<string, number> = {};
    for (let i = 0; i < measures.length; i += 100) {
      const { lights } = await ask('query($m: [ID!]!, $d: Date) { lights(measures: $m, asOf: $d) { light } }', {
        m: measures.slice(i, i + 100),
        d: AS_OF,
      });
      for (const { light } of lights) expected[light] = (expected[light] ?? 0) + 1;
    }
    expect(expected.GREEN).toBeGreaterThanOrEqual(1);
    const painted = () => page.evaluate((id) => window.__dutygraph?.graphs[id]?.lights, graphId);
    await expect.poll(painted, { timeout: 30_000 }).toEqual(expected);
    expect(Object.values(expected).reduce((a, b) => a + b, 0)).toBe(drawn.measures);
    // The legend says what each colour means, in the colours drawn.
    const legend = await page
      .getByTestId('legend-lights')
      .first()
      .locator('[data-light]')
      .evaluateAll((items) =>
        items.map((item) => [
          item.getAttribute('data-light'),
          getComputedStyle(item.querySelector('.legend__rect')!).backgroundColor,
          item.textContent,
        ]),
      );
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(legend).toEqual(
      Object.entries(LIGHT_COLOURS).map(([light, colour]) => [
        light,
        rgb(colour),
        SUPERVISION_MESSAGES.zh.lights[light],
      ]),
    );
  }, 120_000);

  it('folds the scorecard to a tab at 1024 px and beside the side panel, so the overview keeps its room, and opens it over the graph', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await page.goto(`${url}/?v=overload&as_of=${AS_OF}`);
      const graph = page.locator('[data-graph-id="overload"]');
      await graph.waitFor();
      const open = page.getByTestId('scorecard-open');
      await expect.poll(() => open.isVisible()).toBe(true);
      expect(await page.getByTestId('scorecard').count()).toBe(0);
      // The ranking column is at least 420 px; the overview has the rest but the folded tab.
      const width = (await graph.boundingBox())!.width;
      expect(width).toBeGreaterThan(1024 - 420 - 60);

      await open.click();
      await expect.poll(() => page.getByTestId('scorecard-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect((await graph.boundingBox())!.width).toBe(width);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('scorecard-close');
      await page.screenshot({ path: `${OUT}supervision-scorecard-1024.png` });
      expect(await axeViolations(page), 'the scorecard opened over the overview at 1024 px').toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('scorecard').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scorecard-open');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    // At 1440 px it has a column of its own, but folds while the side panel is open beside it.
    await page.goto(`${url}/?v=overload&as_of=${AS_OF}`);
    await expect.poll(() => page.getByTestId('scorecard-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const lead = model.assignments.find((a) => a.role === 'lead' && a.unitId)!.unitId!;
    await page.goto(`${url}/?v=overload&as_of=${AS_OF}&sel=${encodeURIComponent(`unit:${lead}`)}`);
    await expect.poll(() => page.getByTestId('scorecard-open').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('scorecard').count()).toBe(0);
  }, 120_000);
});
