/**
 * How a city measure lands in the districts (下达) and how a unit's duties changed between two
 * years (变化), as a person sees them (issue 18): the real app in headless Chromium on the seeds,
 * every count checked against the API's own answer, axe-core on each view.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  buildWeb,
  chromiumAvailable,
  gql,
  launchChromium,
  startApp,
  type RunningApp,
} from '../../bench/browser-harness.ts';

const OUT = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const q = encodeURIComponent;
const WATER_BUREAU = '大兴区:区水务局';

interface CascadeAnswer {
  cascade: {
    measure: { text: string };
    districts: {
      jurisdiction: string;
      gap: boolean;
      counterparts: { measure: { id: string }; leads: { name: string }[] }[];
    }[];
  };
}

describe.skipIf(!chromiumAvailable())('下达 and 变化 in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const api = <T>(query: string, variables?: Record<string, unknown>) => gql<T>(app.url, query, variables);

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await buildWeb();
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
  }, 120_000);
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A city measure that some districts took up and at least one did not. */
  async function cityMeasureWithGap(): Promise<string> {
    const { gaps } = await api<{ gaps: { measure: { id: string; implementedBy: { score: number }[] } }[] }>(
      `{ gaps { measure { id implementedBy { score } } } }`,
    );
    return gaps.find((g) => g.measure.implementedBy.length > 0)!.measure.id;
  }

  it('opens a city measure as tiers: each district with its measures and lead units, gaps as marked empty slots', async () => {
    const id = await cityMeasureWithGap();
    const { cascade } = await api<CascadeAnswer>(
      `query($m: ID!) { cascade(measure: $m) { measure { text } districts { jurisdiction gap counterparts { measure { id } leads { name } } } } }`,
      { m: id },
    );
    await page.goto(`${app.url}/?v=cascade&m=${q(id)}`);
    await page.getByTestId('cascade-tiers').waitFor();
    const districts = page.getByTestId('cascade-district');
    await expect(districts.count()).resolves.toBe(cascade.districts.length);
    for (const d of cascade.districts) {
      const slot = page.locator(`[data-testid="cascade-district"][data-jurisdiction="${d.jurisdiction}"]`);
      await expect(slot.getAttribute('data-gap')).resolves.toBe(String(d.gap));
      await expect(slot.getByTestId('cascade-counterpart').count()).resolves.toBe(d.counterparts.length);
      if (d.gap) await expect(slot.locator('.tiers__gap').isVisible()).resolves.toBe(true);
      for (const lead of d.counterparts.flatMap((c) => c.leads))
        await expect(slot.locator('.tiers__unit', { hasText: lead.name }).first().isVisible()).resolves.toBe(true);
    }
    await expect(page.locator('.tiers__measure--city').textContent()).resolves.toContain(cascade.measure.text);
    await page.screenshot({ path: `${OUT}cascade.png` });
    expect(await axeViolations(page, '[data-testid="cascade-view"]')).toEqual([]);
  }, 60_000);

  it("reaches the cascade from a district measure's side panel", async () => {
    const id = await cityMeasureWithGap();
    const { cascade } = await api<CascadeAnswer>(
      `query($m: ID!) { cascade(measure: $m) { measure { text } districts { jurisdiction gap counterparts { measure { id } leads { name } } } } }`,
      { m: id },
    );
    const district = cascade.districts.find((d) => d.counterparts.length > 0)!;
    await page.goto(`${app.url}/?v=cascade&sel=measure:${q(district.counterparts[0]!.measure.id)}`);
    await page.getByTestId('counterparts').waitFor();
    await page.getByTestId('open-cascade').click();
    await page.getByTestId('cascade-tiers').waitFor();
    expect(new URL(page.url()).searchParams.get('m')).toBeTruthy();
    await expect(page.locator('.tiers__measure--city').textContent()).resolves.toBeTruthy();
  }, 60_000);

  it('shows what changed for 大兴区 区水务局 between 2023 and 2026, as the API counts it, with changed numbers marked', async () => {
    const { changes } = await api<{ changes: { added: unknown[]; dropped: unknown[]; continued: unknown[] } }>(
      `query($u: String!) { changes(unit: $u, from: 2023, to: 2026) { added { roles } dropped { roles } continued { label } } }`,
      { u: WATER_BUREAU },
    );
    expect(changes.continued.length + changes.added.length + changes.dropped.length).toBeGreaterThan(0);
    await page.goto(`${app.url}/?v=changes&unit=${q(WATER_BUREAU)}&y1=2023&y2=2026`);
    await page.locator('.changes__body').waitFor();
    for (const kind of ['added', 'dropped', 'continued'] as const)
      await expect(page.getByTestId(`changes-${kind}`).count()).resolves.toBe(changes[kind].length);
    if (changes.continued.length > 0)
      await expect(page.locator('.changes__pair mark').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT}changes.png`, fullPage: false });
    expect(await axeViolations(page, '[data-testid="changes-view"]')).toEqual([]);
  }, 60_000);
});
