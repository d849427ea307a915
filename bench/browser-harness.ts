/**
 * The real app for browser tests and the browser benchmark: the web bundle built by Vite,
 * the API server (`buildApp`) on the embedded store with the seeds, on a free port, and
 * Debian's Chromium driven by playwright-core.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../server/api/app.ts';
import { EmbeddedStore } from '../server/graph/embedded.ts';
import { seedModel } from '../server/cli/seeds.ts';
import type { DutygraphSignals, GraphSignal } from '../web/src/lib/signals.ts';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const VITE_CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

const WEB = fileURLToPath(new URL('../web/', import.meta.url));
/** Held while one process builds: the browser suites run two at a time. */
const BUILD_LOCK = join(tmpdir(), `dutygraph-web-build-${createHash('sha1').update(WEB).digest('hex').slice(0, 12)}`);

/**
 * `npm run build`, in-process, unless web/dist is newer than every source of the explorer. The
 * browser suites run two at a time, and a second build would empty web/dist under the first
 * suite's page; so builds take a lock, and the suite that comes second finds the build done.
 */
export async function buildWeb(): Promise<void> {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // A lock older than any build is a crashed run's.
      const since = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (waited > 180_000 || since > 300_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  // Vite keeps a NODE_ENV already set: under Vitest that is 'test', which built React's development
  // runtime (jsxDEV, prop checks) into the bundle and made the focus view about half a second slower.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    if (!builtSinceSources()) await build({ configFile: VITE_CONFIG, logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Whether web/dist/index.html was built after the last change to web/ (its sources, pages and config). */
function builtSinceSources(): boolean {
  const built = statSync(join(WEB, 'dist', 'index.html'), { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  const sources = readdirSync(WEB, { recursive: true, encoding: 'utf8' }).filter(
    (path) => !path.startsWith('dist') && !path.startsWith('node_modules'),
  );
  return sources.every((path) => (statSync(join(WEB, path), { throwIfNoEntry: false })?.mtimeMs ?? 0) < built);
}

export interface RunningApp {
  url: string;
  close: () => Promise<void>;
}

/**
 * The API server with the seeds (or, with `synthetic`, the synthetic graph that many times their
 * size, as `SEEDS=synthetic:N` serves it), serving the built front end, on a free local port.
 */
export async function startApp(options: { synthetic?: number } = {}): Promise<RunningApp> {
  const store = new EmbeddedStore();
  await store.load(
    seedModel(options.synthetic ? { kind: 'synthetic', factor: options.synthetic } : { kind: 'documents' }),
  );
  const app = await buildApp({ store });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What the app reports for a drawn graph. */
export type DrawnGraph = GraphSignal;

/** Waits until the graph `graphId` is drawn after a layout, and returns what the app reports for it. */
export async function waitForGraph(page: Page, graphId: string, timeout = 30_000): Promise<DrawnGraph> {
  const handle = await page.waitForFunction((id) => window.__dutygraph?.graphs[id], graphId, { timeout });
  return (await handle.jsonValue()) as DrawnGraph;
}

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core's critical and serious violations on the page as it is now, or inside the element `within` selects. */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document | { include: string[][] },
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, within);
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/**
 * Records the page's long tasks (PerformanceObserver 'longtask': main-thread tasks over 50 ms)
 * from the moment the page loads; `longTasks(page)` reads them.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export function longTasks(page: Page, since = 0): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(
    (t) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter(
        (e) => e.start >= t,
      ),
    since,
  );
}

/** Asks the API directly, for answers to compare the page against. */
export async function gql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ')}`);
  return body.data;
}

declare global {
  interface Window {
    __dutygraph?: DutygraphSignals;
  }
}
