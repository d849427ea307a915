/**
 * The real app for browser tests and the browser benchmark: the web bundle built by Vite,
 * the API server (`buildApp`) on the embedded store with the seeds, on a free port, and
 * Debian's Chromium driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../server/api/app.ts';
import { EmbeddedStore } from '../server/graph/embedded.ts';
import { ingest } from '../server/ingest/index.ts';
import type { DutygraphSignals, GraphSignal } from '../web/src/lib/signals.ts';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const VITE_CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

/** `npm run build`, in-process. */
export async function buildWeb(): Promise<void> {
  await build({ configFile: VITE_CONFIG, logLevel: 'warn' });
}

export interface RunningApp {
  url: string;
  close: () => Promise<void>;
}

/** The API server with the seeds, serving the built front end, on a free local port. */
export async function startApp(): Promise<RunningApp> {
  const store = new EmbeddedStore();
  await store.load(ingest());
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
