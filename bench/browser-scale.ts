/**
 * The explorer at the scale of all Beijing (issue 15): the server on the synthetic graph ×100
 * (`SEEDS=synthetic:100`, about 1,700 units and 415,000 assignments), the front end in Debian's
 * headless Chromium (`--disable-gpu`: everything drawn in software). Aims:
 *   - the grouped overview (the overload view) drawn in under 3 s from navigation;
 *   - panning it at 30 frames a second or more (closed groups, and every group open);
 *   - the focus view of 区城市管理委 drawn in under 0.6 s (on the seed graph: `bench/browser.ts`).
 * A fresh browser context per run; "drawn" is the app's own signal (`window.__dutygraph`).
 * `RUNS` (default 5) timed runs after one warm-up; `FACTOR` (default 100) the synthetic size;
 * `BENCH_ONLY` (closed, one, open, focus; comma-separated) some of them.
 */
import type { Browser } from 'playwright-core';
import { buildWeb, chromiumAvailable, launchChromium, startApp, waitForGraph } from './browser-harness.ts';
import { median } from './browser-views.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const FACTOR = Number(process.env.FACTOR ?? 100);
/** `BENCH_ONLY=closed,focus`: only these of closed, one (大兴区 open), open (every group) and focus. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !ONLY || ONLY.includes(name);

/** Navigation to the overview drawn, ms; and, on the last run, frames per second while panning. */
async function overview(browser: Browser, url: string, path: string, pan: boolean) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url + path);
    const drawn = await waitForGraph(page, 'overload', 120_000);
    if (!pan) return { ms: drawn.drawnAt, nodes: drawn.nodes, fps: undefined };
    const box = (await page.locator('[data-graph-id="overload"]').boundingBox())!;
    // Frames the page manages while the pointer drags the graph about: requestAnimationFrame
    // callbacks counted over the drag (a frame the renderer blocks is a frame missed).
    // A string: tsx would wrap a named arrow function in a helper the page does not have.
    await page.evaluate(`(() => {
      window.__frames = 0;
      window.__counting = true;
      const tick = () => {
        if (!window.__counting) return;
        window.__frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const started = await page.evaluate(() => performance.now());
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 4; i++) {
      await page.mouse.move(cx + 250, cy + 120, { steps: 40 });
      await page.mouse.move(cx - 250, cy - 120, { steps: 40 });
    }
    await page.mouse.up();
    const { frames, ms } = await page.evaluate((t0) => {
      const w = window as unknown as { __frames: number; __counting: boolean };
      w.__counting = false;
      return { frames: w.__frames, ms: performance.now() - t0 };
    }, started);
    return { ms: drawn.drawnAt, nodes: drawn.nodes, fps: (frames / ms) * 1000 };
  } finally {
    await context.close();
  }
}

async function focus(browser: Browser, url: string, unit: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/?unit=${encodeURIComponent(unit)}`);
    const drawn = await waitForGraph(page, `focus:${unit}`, 60_000);
    return { ms: drawn.drawnAt, nodes: drawn.nodes, edges: drawn.edges };
  } finally {
    await context.close();
  }
}

if (!chromiumAvailable()) {
  console.log('browser scale bench skipped: no Chromium at /usr/bin/chromium (set CHROMIUM)');
} else {
  await buildWeb();
  const loading = performance.now();
  const app = await startApp({ synthetic: FACTOR });
  console.log(`synthetic graph ×${FACTOR} loaded in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
  const browser = await launchChromium();
  try {
    console.log(`explorer in ${browser.version()} (headless, --disable-gpu), ${RUNS} runs each, fresh context per run`);
    const report = async (name: string, run: () => Promise<{ ms: number; nodes: number; fps?: number }>) => {
      const runs = [];
      for (let i = 0; i < RUNS + 1; i++) runs.push(await run());
      const timed = runs.slice(1);
      const fps = timed.map((r) => r.fps).filter((x): x is number => x !== undefined);
      console.log(
        `  ${name.padEnd(46)} drawn median ${median(timed.map((r) => r.ms))
          .toFixed(0)
          .padStart(6)} ms  min ${Math.min(...timed.map((r) => r.ms))
          .toFixed(0)
          .padStart(6)} ms  (${timed.at(-1)!.nodes} nodes)` +
          (fps.length ? `  panning median ${median(fps).toFixed(0)} fps, min ${Math.min(...fps).toFixed(0)} fps` : ''),
      );
    };
    if (wanted('closed'))
      await report('grouped overview, groups closed', () => overview(browser, app.url, '/?v=overload', true));
    if (wanted('one'))
      await report('grouped overview, 大兴区 open', () =>
        overview(browser, app.url, `/?v=overload&gx=${encodeURIComponent('group:jurisdiction:大兴区')}`, false),
      );
    if (wanted('open')) {
      const allOpen = await allGroupsQuery(app.url);
      await report('grouped overview, every group open', () =>
        overview(browser, app.url, `/?v=overload&${allOpen}`, true),
      );
    }
    if (wanted('focus'))
      await report('focus view of 大兴区:区城市管理委 (×100)', () => focus(browser, app.url, '大兴区:区城市管理委'));
  } finally {
    await browser.close();
    await app.close();
  }
}

/** The query string that opens every group of the overview (gx=…), read from the API's plans. */
async function allGroupsQuery(url: string): Promise<string> {
  const res = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ plans { jurisdiction } }' }),
  });
  const { data } = (await res.json()) as { data: { plans: { jurisdiction: string }[] } };
  return [...new Set(data.plans.map((p) => p.jurisdiction))]
    .map((j) => `gx=${encodeURIComponent(`group:jurisdiction:${j}`)}`)
    .join('&');
}
