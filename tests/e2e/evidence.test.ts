/**
 * How sure each reading is, as a person sees it in the explorer (issue 14): the real app in
 * headless Chromium on the seeds. The measure panel says why each party was paired and tags
 * likely and unclear ones; the graph draws likely and unclear edges each their own way, and the
 * legend explains both. Expectations come from the API's own answers.
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
  waitForGraph,
  type RunningApp,
} from '../../bench/browser-harness.ts';

const OUT = fileURLToPath(new URL('../../test-output/e2e/', import.meta.url));
const CITY_UNIT = '北京市:市城市管理委';
const q = encodeURIComponent;

interface Party {
  id: string;
  confidence: 'CERTAIN' | 'LIKELY' | 'UNCLEAR';
  evidence: { basis: 'LAYOUT' | 'TEXT' | 'ORDER'; text: string };
  party: { id: string; name: string };
}

describe.skipIf(!chromiumAvailable())('confidence and evidence in Chromium', () => {
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

  /** 市城市管理委's duties with every party on their measures, as the API answers them. */
  const cityDuties = async () => {
    const { touches } = await api<{ touches: { assignments: { measure: { id: string; text: string } }[] }[] }>(
      `query($u: String!) { touches(unit: $u) { assignments { measure { id text } } } }`,
      { u: CITY_UNIT },
    );
    return touches[0]!.assignments.map((a) => a.measure);
  };
  const partiesOf = async (measureId: string) =>
    (
      await api<{ measure: { assignments: Party[] } }>(
        `query($id: ID!) { measure(id: $id) { assignments { id confidence evidence { basis text } party { id name } } } }`,
        { id: measureId },
      )
    ).measure.assignments;

  /** The panel's line for a party, and what it says beside the name. */
  const partyLine = (name: string) =>
    page.getByTestId('measure-panel').locator('.party', { has: page.locator('.party__name', { hasText: name }) });

  it('the panel of 002 大气 task 27 says 市城市管理委 was paired by 文中写明「市城管委牵头」, likely', async () => {
    const trash = (await cityDuties()).find((m) => m.text.startsWith('建筑垃圾违法违规行为,市城管委牵头'))!;
    const parties = await partiesOf(trash.id);
    const city = parties.find((p) => p.party.id === CITY_UNIT)!;
    expect(city).toMatchObject({ confidence: 'LIKELY', evidence: { basis: 'TEXT', text: '文中写明「市城管委牵头」' } });

    await page.goto(`${app.url}/?unit=${q(CITY_UNIT)}&sel=measure:${q(trash.id)}`);
    await page.getByTestId('measure-text').waitFor();
    const line = partyLine('市城市管理委');
    await expect.poll(() => line.locator('.party__evidence').textContent()).toBe('文中写明「市城管委牵头」');
    expect(await line.locator('.confidence-tag').textContent()).toBe('较可能');
    expect(await line.locator('.confidence-tag').getAttribute('data-confidence')).toBe('LIKELY');
    // Parties the table's layout pairs: no tag, no note.
    for (const p of parties.filter((x) => x.confidence === 'CERTAIN' && x.evidence.basis === 'LAYOUT')) {
      const other = partyLine(p.party.name);
      expect(await other.locator('.confidence-tag').count()).toBe(0);
      expect(await other.locator('.party__evidence').count()).toBe(0);
    }
    await page.screenshot({ path: `${OUT}evidence-likely.png` });
    expect(await axeViolations(page, '[data-testid="side-panel"]')).toEqual([]);
  }, 60_000);

  it('a party paired by the order of the groups only says 仅按顺序, unclear', async () => {
    const { measures } = await api<{ measures: { edges: { node: { id: string; assignments: Party[] } }[] } }>(
      `query($u: String!) { measures(unit: $u, first: 100) { edges { node { id
        assignments { id confidence evidence { basis text } party { id name } } } } } }`,
      { u: CITY_UNIT },
    );
    const found = measures.edges
      .map(({ node }) => ({ measureId: node.id, party: node.assignments.find((p) => p.evidence.basis === 'ORDER') }))
      .find((x) => x.party);
    expect(found?.party).toMatchObject({ confidence: 'UNCLEAR', evidence: { text: '仅按顺序' } });
    await page.goto(`${app.url}/?unit=${q(CITY_UNIT)}&sel=measure:${q(found!.measureId)}`);
    await page.getByTestId('measure-text').waitFor();
    const line = partyLine(found!.party!.party.name).filter({ hasText: '仅按顺序' });
    await line.first().waitFor();
    expect(await line.first().locator('.confidence-tag').textContent()).toBe('无法确定');
    expect(await axeViolations(page, '[data-testid="side-panel"]')).toEqual([]);
  }, 60_000);

  it('draws likely and unclear edges each their own way, and the legend explains both', async () => {
    const { touches } = await api<{ touches: { graph: { edges: { confidence: string }[] } }[] }>(
      `query($u: String!) { touches(unit: $u) { graph { edges { confidence } } } }`,
      { u: CITY_UNIT },
    );
    const expected = (c: string) => touches[0]!.graph.edges.filter((e) => e.confidence === c).length;
    expect(expected('LIKELY')).toBeGreaterThan(0);
    expect(expected('UNCLEAR')).toBeGreaterThan(0);

    await page.goto(`${app.url}/?unit=${q(CITY_UNIT)}`);
    await waitForGraph(page, `focus:${CITY_UNIT}`);
    // Partners are first joined to the unit by one edge each: 显示全部连线 draws every edge the API gives.
    await page.getByTestId('graph-all-links').click();
    await page.waitForFunction(([g, n]) => window.__dutygraph?.graphs[g]?.edges === n, [
      `focus:${CITY_UNIT}`,
      touches[0]!.graph.edges.length,
    ] as const);
    // What the renderer draws each edge with: Cytoscape's computed style, from the instance on its container.
    const drawn = await page.evaluate(() => {
      type CyEdge = { hasClass: (c: string) => boolean; pstyle: (p: string) => { value: unknown } };
      const host = [...document.querySelectorAll('div')].find(
        (d) => (d as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy,
      ) as unknown as { _cyreg: { cy: { edges: (s: string) => { map: <T>(f: (e: CyEdge) => T) => T[] } } } };
      const edges = host._cyreg.cy.edges('[role]').map((e) => ({
        kind: e.hasClass('likely') ? 'likely' : e.hasClass('unclear') ? 'unclear' : 'certain',
        look: JSON.stringify(['line-style', 'line-dash-pattern', 'line-cap'].map((p) => e.pstyle(p).value)),
      }));
      const looks = (kind: string) => edges.filter((e) => e.kind === kind).map((e) => e.look);
      return { likely: looks('likely'), unclear: looks('unclear'), certain: looks('certain') };
    });
    expect(drawn.likely).toHaveLength(expected('LIKELY'));
    expect(drawn.unclear).toHaveLength(expected('UNCLEAR'));
    const styles = (list: string[]) => new Set(list);
    // One look for every likely edge, one for every unclear edge, and neither is any certain edge's.
    expect(styles(drawn.likely).size).toBe(1);
    expect(styles(drawn.unclear).size).toBe(1);
    expect([...styles(drawn.likely)][0]).not.toBe([...styles(drawn.unclear)][0]);
    for (const look of drawn.certain) {
      expect(styles(drawn.likely).has(look)).toBe(false);
      expect(styles(drawn.unclear).has(look)).toBe(false);
    }

    const legend = page.locator('.legend');
    const likely = legend.locator('[data-confidence="LIKELY"]');
    const unclear = legend.locator('[data-confidence="UNCLEAR"]');
    expect(await likely.textContent()).toContain('较可能');
    expect(await unclear.textContent()).toContain('仅按顺序');
    const dash = (item: typeof likely) => item.locator('line').getAttribute('stroke-dasharray');
    expect(await dash(likely)).not.toBe(await dash(unclear));
    await page.screenshot({ path: `${OUT}evidence-edges.png` });
  }, 60_000);
});
