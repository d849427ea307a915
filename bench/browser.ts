/**
 * The explorer in Debian's headless Chromium: time from navigation to the focus view of
 * 区城市管理委 drawn (both units' graphs laid out and painted) and to the whole seed graph
 * drawn (the overload view without filters). A fresh browser context per run, so nothing
 * is cached; the app's own `window.__dutygraph` signals say when a graph is drawn.
 */
import { buildWeb, chromiumAvailable, launchChromium, startApp } from './browser-harness.ts';
import { drawView, median, VIEWS } from './browser-views.ts';

const RUNS = Number(process.env.RUNS ?? 5);
/** Run only the views whose name contains this. */
const ONLY = process.env.BENCH_ONLY;

if (!chromiumAvailable()) {
  console.log('browser bench skipped: no Chromium at /usr/bin/chromium (set CHROMIUM)');
} else {
  await buildWeb();
  const app = await startApp();
  const browser = await launchChromium();
  try {
    console.log(`explorer in ${browser.version()} (headless, --disable-gpu), ${RUNS} runs each, fresh context per run`);
    for (const s of VIEWS.filter((x) => !ONLY || x.name.includes(ONLY))) {
      const runs = [];
      for (let i = 0; i < RUNS + 1; i++) runs.push(await drawView(browser, app.url, s));
      const timed = runs.slice(1); // the first run warms the server and the browser
      const last = timed.at(-1)!.drawn;
      const size = last
        .map((d) => `${d.nodes} nodes, ${d.edges} edges, ${d.renderer}, layout ${Math.round(d.layoutMs)} ms`)
        .join(' | ');
      console.log(
        `  ${s.name.padEnd(40)} median ${median(timed.map((r) => r.ms))
          .toFixed(0)
          .padStart(6)} ms   min ${Math.min(...timed.map((r) => r.ms))
          .toFixed(0)
          .padStart(6)} ms   (${size})`,
      );
    }
  } finally {
    await browser.close();
    await app.close();
  }
}
