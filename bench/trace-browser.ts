/**
 * Where a view's time goes in the browser: loads one view as bench/browser.ts does (after a
 * warm-up load), records a Chrome trace of it, writes the trace (open it in Chrome DevTools'
 * Performance panel or ui.perfetto.dev) and prints the page's main-thread tasks over 40 ms, in
 * ms since navigation, with the JS function each one ran.
 *
 *   npx tsx bench/trace-browser.ts [focus|overview] [trace.json]
 *   TRACE_NO_BUILD=1   use web/dist as it is (say, from `vite build --minify false` for readable names)
 */
import { writeFileSync } from 'node:fs';
import { buildWeb, launchChromium, startApp, waitForGraph } from './browser-harness.ts';
import { VIEWS } from './browser-views.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string; functionName?: string } };
}

const key = process.argv[2] ?? 'focus';
const view = VIEWS.find((v) => v.key === key);
if (!view) throw new Error(`view must be one of ${VIEWS.map((v) => v.key).join(', ')}`);
const out = process.argv[3] ?? `trace-${key}.json`;

if (!process.env.TRACE_NO_BUILD) await buildWeb();
const app = await startApp();
const browser = await launchChromium();
try {
  let events: TraceEvent[] = [];
  for (const traced of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const collected: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (chunk) => collected.push(...(chunk.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    const categories =
      'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,' +
      'disabled-by-default-v8.cpu_profiler,blink.user_timing,loading';
    if (traced) await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    await page.goto(app.url + view.path);
    const drawn = await Promise.all(view.graphs.map((g) => waitForGraph(page, g, 60_000)));
    console.log(
      `${traced ? 'traced' : 'warm-up'} load: drawn at ${drawn.map((d) => Math.round(d.drawnAt)).join(', ')} ms`,
    );
    if (traced) {
      await cdp.send('Tracing.end');
      await complete;
      events = collected;
    }
    await context.close();
  }
  writeFileSync(out, JSON.stringify({ traceEvents: events }));
  console.log(`trace written to ${out}`);

  // The page's renderer is the process whose navigation went to the app.
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(app.url),
  );
  if (!navigation) throw new Error('no navigation to the app in the trace');
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === navigation.pid && e.args?.name === 'CrRendererMain',
  )!;
  const onMain = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) > 40_000,
  );
  console.log('main-thread tasks over 40 ms (start, duration in ms):');
  for (const task of onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts)) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const what = inside.map((e) => (e.args?.data?.functionName ? `${e.name} ${e.args.data.functionName}` : e.name));
    console.log(
      `  ${((task.ts - navigation.ts) / 1000).toFixed(0).padStart(6)} ` +
        `${(task.dur! / 1000).toFixed(0).padStart(6)}  ${[...new Set(what)].join(' > ')}`,
    );
  }
} finally {
  await browser.close();
  await app.close();
}
