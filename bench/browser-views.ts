/** The views the browser benches time, and how one load of a view is timed. */
import type { Browser } from 'playwright-core';
import { waitForGraph, type DrawnGraph } from './browser-harness.ts';

export interface View {
  key: 'focus' | 'overview';
  name: string;
  path: string;
  /** The graphs that must be drawn for the view to count as drawn. */
  graphs: string[];
}

export const VIEWS: View[] = [
  {
    key: 'focus',
    name: 'focus view of 区城市管理委 (2 units)',
    path: `/?unit=${encodeURIComponent('区城市管理委')}`,
    graphs: ['focus:大兴区:区城市管理委', 'focus:通州区:区城市管理委'],
  },
  {
    key: 'overview',
    name: 'grouped overview of the seeds (overload view)',
    path: '/?v=overload',
    graphs: ['overload'],
  },
];

/** Loads the view from `baseUrl` in a fresh context (nothing cached) and waits until all its graphs are drawn. */
export async function drawView(
  browser: Browser,
  baseUrl: string,
  view: View,
): Promise<{ ms: number; drawn: DrawnGraph[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + view.path);
    const drawn = await Promise.all(view.graphs.map((g) => waitForGraph(page, g, 60_000)));
    // drawnAt is performance.now() in the page: milliseconds since navigation started.
    return { ms: Math.max(...drawn.map((d) => d.drawnAt)), drawn };
  } finally {
    await context.close();
  }
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
