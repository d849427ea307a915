/**
 * Review end to end in Chromium (issue 17): the built explorer on the real server, decisions in a
 * real SQLite file. A supervisor signs in, opens 待核实 for one plan of 000 and settles three
 * readings from the keyboard (2: change the role, 1: confirm, N: the next measure, 1: confirm),
 * the counter going down by one each time; the focus graph of the unit made lead then draws its
 * edge to the measure as a certain lead, and the measure's side panel marks it reviewed, with
 * the reviewer and the note. Screenshots go to test-output/e2e/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { reviewing } from '../../server/cli/reviewed.ts';
import { EmbeddedStore } from '../../server/graph/embedded.ts';
import { SqliteSupervisionStore } from '../../server/supervision/sqlite.ts';
import { seedModel } from '../support/seed-model.ts';
import { addAccount, PASSWORD } from '../supervision/accounts.ts';

const OUT = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const model = seedModel();
/** 000 附件1 (大兴区应对气候变化2023年行动计划): its rows lose where the lead list ends. */
const plan = model.plans.find((p) => p.seed.startsWith('000'))!;

describe.skipIf(!chromiumAvailable())('review in Chromium', () => {
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;
  let page: Page;
  const dataDir = mkdtempSync(join(tmpdir(), 'dutygraph-e2e-review-'));
  const supervision = SqliteSupervisionStore.inFolder(dataDir);
  const store = new EmbeddedStore();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await addAccount(supervision, '核实员', 'supervisor');
    const review = reviewing(store, supervision, () => model);
    await review.ensureLoaded();
    await buildWeb();
    app = await buildApp({
      store,
      supervision,
      review,
      auth: { secret: 'an e2e test secret, long enough to sign tokens' },
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await supervision.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const remaining = async () => Number(await page.getByTestId('review-left').getAttribute('data-remaining'));
  const chosen = async () => {
    const row = page.locator('[data-testid="review-reading"][data-chosen="true"]');
    return (await row.getAttribute('data-assignment'))!;
  };

  it('a supervisor settles three readings from the keyboard and sees the graph change', async () => {
    await page.goto(`${url}/?v=review&plan=${encodeURIComponent(plan.id)}`);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-name').fill('核实员');
    await page.getByTestId('sign-in-password').fill(PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('核实员');
    await page.getByTestId('review-item').waitFor();
    const left = await remaining();
    expect(left).toBeGreaterThan(3);
    await page.screenshot({ path: `${OUT}review-queue.png` });
    expect(await axeViolations(page), 'the review view').toEqual([]);

    // 2: the chosen reading (an unclear co-op of the first measure) becomes lead, with a note.
    const first = await chosen();
    const [measureId, role, unitId] = splitAssignment(first);
    expect(role).toBe('coop');
    await page.getByTestId('review-note').fill('电话核实');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('2');
    await expect.poll(remaining).toBe(left - 1);
    expect(await page.getByTestId('review-last').getAttribute('data-status')).toBe('DECIDED');

    // 1: confirm the next open reading of the same measure.
    const second = await chosen();
    expect(second).not.toBe(first);
    await page.keyboard.press('1');
    await expect.poll(remaining).toBe(left - 2);

    // N: the next measure; 1: confirm its first open reading.
    const before = await page.getByTestId('review-item').getAttribute('data-measure');
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('review-item').getAttribute('data-measure')).not.toBe(before);
    await page.keyboard.press('1');
    await expect.poll(remaining).toBe(left - 3);

    // The graph: the unit's focus view draws its edge to the measure as a certain lead.
    await page.goto(`${url}/?unit=${encodeURIComponent(unitId)}&sel=measure:${encodeURIComponent(measureId)}`);
    await waitForGraph(page, `focus:${unitId}`);
    const edges = await page.evaluate(
      ([unit, measure]) => {
        type CyEdge = { data: (k: string) => string; hasClass: (c: string) => boolean };
        const host = [...document.querySelectorAll('div')].find(
          (d) => (d as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy,
        ) as unknown as { _cyreg: { cy: { edges: (s: string) => { map: <T>(f: (e: CyEdge) => T) => T[] } } } };
        return host._cyreg.cy
          .edges('[role]')
          .map((e) => ({
            ends: [e.data('source'), e.data('target')],
            role: e.data('role'),
            unclear: e.hasClass('unclear') || e.hasClass('likely'),
          }))
          .filter((e) => e.ends.includes(unit!) && e.ends.includes(measure!));
      },
      [unitId, measureId],
    );
    expect(edges).toEqual([{ ends: expect.any(Array), role: 'LEAD', unclear: false }]);
    // The side panel marks the reading reviewed, with the reviewer and the note.
    const tag = page.getByTestId('reviewed-tag').first();
    await tag.waitFor();
    expect(await page.getByTestId('reviewed-tag').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/已核实 · 核实员：电话核实/)]),
    );
    await page.screenshot({ path: `${OUT}review-graph.png` });
  }, 180_000);
});

/** measureId:role:unitId, where the measure id and the unit id hold colons of their own. */
function splitAssignment(id: string): [measureId: string, role: string, unitId: string] {
  const match = /^(.*):(lead|responsible|coop|leader):(.*)$/.exec(id)!;
  return [match[1]!, match[2]!, match[3]!];
}
