/**
 * `npm run screenshots`: the README's pictures of the explorer, into docs/screenshots/. The built
 * app on the seeds in Debian's headless Chromium, each view from its own URL in a fresh page:
 * focus.png, the focus view of 区城市管理委 (one graph per district, labels at their default zoom);
 * overload.png, the overload view: the ranking beside the grouped overview as it opens;
 * overview-daxing.png, the same narrowed to 大兴区; ledger.png, 台账 of the 2026 plan at 2026-12-25.
 * The tests never write here; their screenshots
 * go to test-output/e2e/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
  buildWeb,
  chromiumAvailable,
  CHROMIUM,
  gql,
  launchChromium,
  startApp,
  waitForGraph,
} from './browser-harness.ts';

const DOCS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const SHARED_NAME = '区城市管理委';

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  return context.newPage();
}

async function focusView(browser: Browser, url: string): Promise<void> {
  const { touches } = await gql<{ touches: { unit: { id: string } }[] }>(
    url,
    `query($u: String!) { touches(unit: $u) { unit { id } } }`,
    { u: SHARED_NAME },
  );
  const page = await freshPage(browser);
  await page.goto(`${url}/?unit=${encodeURIComponent(SHARED_NAME)}`);
  for (const t of touches) await waitForGraph(page, `focus:${t.unit.id}`);
  await page.screenshot({ path: `${DOCS}focus.png` });
  await page.context().close();
}

async function overloadView(browser: Browser, url: string): Promise<void> {
  const page = await freshPage(browser);
  // The grouped overview as it opens: every jurisdiction with its load.
  await page.goto(`${url}/?v=overload`);
  await waitForGraph(page, 'overload', 60_000);
  await page.screenshot({ path: `${DOCS}overload.png` });
  // Narrowed to 大兴区: its group open, its units by load.
  await page.goto(`${url}/?v=overload&jur=${encodeURIComponent('大兴区')}`);
  await waitForGraph(page, 'overload', 60_000);
  await page.screenshot({ path: `${DOCS}overview-daxing.png` });
  await page.context().close();
}

/** 台账: the 2026 plan's ledger at an as-of date after most of its deadlines' month began. */
async function ledgerView(browser: Browser, url: string): Promise<void> {
  const { plans } = await gql<{ plans: { id: string; year: number }[] }>(url, '{ plans { id year } }');
  const plan = plans.find((p) => p.year === 2026)!;
  const page = await freshPage(browser);
  await page.goto(`${url}/?v=ledger&plan=${encodeURIComponent(plan.id)}&as_of=2026-12-25`);
  await page.locator('[data-testid="ledger-row"]').first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: `${DOCS}ledger.png` });
  await page.context().close();
}

if (!chromiumAvailable()) {
  console.error(
    `screenshots: no Chromium at ${CHROMIUM} (install Debian's chromium and fonts-noto-cjk, or set CHROMIUM)`,
  );
  process.exitCode = 1;
} else {
  mkdirSync(DOCS, { recursive: true });
  await buildWeb();
  const [app, browser] = await Promise.all([startApp(), launchChromium()]);
  try {
    await focusView(browser, app.url);
    await overloadView(browser, app.url);
    await ledgerView(browser, app.url);
    console.log(`screenshots: focus.png, overload.png, overview-daxing.png and ledger.png written to ${DOCS}`);
  } finally {
    await browser.close();
    await app.close();
  }
}
