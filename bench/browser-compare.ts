/**
 * Two builds of the explorer against each other, interleaved run by run, so that a noisy
 * machine slows both alike: each folder (a `vite build --outDir` of some version of web/) is
 * served by its own API server on one embedded store, and each view is loaded from each in
 * turn in a fresh browser context, as bench/browser.ts does.
 *
 *   npx tsx bench/browser-compare.ts DIST_A DIST_B      RUNS=8 (per build and view)
 */
import { buildApp } from '../server/api/app.ts';
import { EmbeddedStore } from '../server/graph/embedded.ts';
import { launchChromium } from './browser-harness.ts';
import { ingest } from '../server/ingest/index.ts';
import { drawView, median, VIEWS } from './browser-views.ts';

const RUNS = Number(process.env.RUNS ?? 8);
const dirs = process.argv.slice(2);
if (dirs.length < 2) throw new Error('usage: npx tsx bench/browser-compare.ts DIST_A DIST_B [DIST_C …]');

const store = new EmbeddedStore();
await store.load(ingest());
const apps = await Promise.all(dirs.map((webRoot) => buildApp({ store, webRoot })));
const urls = await Promise.all(apps.map((app) => app.listen({ port: 0, host: '127.0.0.1' })));
const browser = await launchChromium();
try {
  for (const view of VIEWS) {
    const times: number[][] = dirs.map(() => []);
    // The first round warms the servers and the browser.
    for (let run = 0; run <= RUNS; run++) {
      for (const [k, url] of urls.entries()) {
        const { ms } = await drawView(browser, url, view);
        if (run > 0) times[k]!.push(ms);
      }
    }
    console.log(view.name);
    for (const [k, dir] of dirs.entries())
      console.log(
        `  ${dir.padEnd(30)} median ${median(times[k]!).toFixed(0).padStart(6)} ms   min ${Math.min(...times[k]!)
          .toFixed(0)
          .padStart(6)} ms`,
      );
  }
} finally {
  await browser.close();
  await Promise.all(apps.map((app) => app.close()));
}
