/**
 * The explorer in Debian's headless Chromium: time from navigation to the focus view of
 * 区城市管理委 drawn (both units' graphs laid out and painted) and to the whole seed graph
 * drawn (the overload view without filters). A fresh browser context per run, so nothing
 * is cached; the app's own `window.__dutygraph` signals say when a graph is drawn.
 */
import type { Browser } from 'playwright-core';
import { buildWeb, chromiumAvailable, launchChromium, startApp, waitForGraph, type DrawnGraph } from '../tests/e2e/harness.ts';

const RUNS = Number(process.env.RUNS ?? 5);
/** Run only the scenarios whose name contains this. */
const ONLY = process.env.BENCH_ONLY;

interface Scenario {
  name: string;
  path: string;
  graphs: string[];
}

const SCENARIOS: Scenario[] = [
  { name: 'focus view of 区城市管理委 (2 units)', path: `/?unit=${encodeURIComponent('区城市管理委')}`, graphs: ['focus:大兴区:区城市管理委', 'focus:通州区:区城市管理委'] },
  { name: 'whole seed graph (overload view)', path: '/?v=overload', graphs: ['overload'] },
];

async function measure(browser: Browser, url: string, graphs: string[]): Promise<{ ms: number; drawn: DrawnGraph[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const drawn = await Promise.all(graphs.map((g) => waitForGraph(page, g, 60_000)));
  await context.close();
  // drawnAt is performance.now() in the page: milliseconds since navigation started.
  return { ms: Math.max(...drawn.map((d) => d.drawnAt)), drawn };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!chromiumAvailable()) {
  console.log('browser bench skipped: no Chromium at /usr/bin/chromium (set CHROMIUM)');
} else {
  await buildWeb();
  const app = await startApp();
  const browser = await launchChromium();
  try {
    console.log(`explorer in ${browser.version()} (headless, --disable-gpu), ${RUNS} runs each, fresh context per run`);
    for (const s of SCENARIOS.filter((x) => !ONLY || x.name.includes(ONLY))) {
      const runs = [];
      for (let i = 0; i < RUNS + 1; i++) runs.push(await measure(browser, app.url + s.path, s.graphs));
      const timed = runs.slice(1); // the first run warms the server and the browser
      const last = timed.at(-1)!.drawn;
      const size = last.map((d) => `${d.nodes} nodes, ${d.edges} edges, ${d.renderer}, layout ${Math.round(d.layoutMs)} ms`).join(' | ');
      console.log(`  ${s.name.padEnd(40)} median ${median(timed.map((r) => r.ms)).toFixed(0).padStart(6)} ms   min ${Math.min(...timed.map((r) => r.ms)).toFixed(0).padStart(6)} ms   (${size})`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
}
