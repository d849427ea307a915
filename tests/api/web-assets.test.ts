/** The built front end as the server sends it: compressed, hashed bundles cached for a year, pages revalidated. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../../server/api/web.ts';
import { startApi, type Api } from './helpers.ts';

/** A GET with these headers, answered raw (fetch would decompress and hide the encoding). */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, unknown>; bytes: number }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ headers: res.headers, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the front end’s files', () => {
  let api: Api;
  const web = mkdtempSync(join(tmpdir(), 'dutygraph-web-assets-'));
  const bundle = `console.log(${JSON.stringify('责任图谱 '.repeat(2000))});\n`;
  beforeAll(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(web, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
    writeFileSync(join(web, 'assets', 'index-AbC123.js'), bundle);
    api = await startApi({ webRoot: web });
  });
  afterAll(async () => {
    await api.close();
    rmSync(web, { recursive: true });
  });

  it('sends a bundle compressed, and caches hashed bundles for a year', async () => {
    const br = await get(`${api.url}/assets/index-AbC123.js`, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(br.bytes).toBeLessThan(Buffer.byteLength(bundle) / 10);
    const gzip = await get(`${api.url}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await get(`${api.url}/assets/index-AbC123.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes).toBe(Buffer.byteLength(bundle));
  });

  it('revalidates the pages, so a new build is seen at once', async () => {
    expect((await get(`${api.url}/`, {})).headers['cache-control']).toBe(REVALIDATE);
    const route = await get(`${api.url}/some/route`, { accept: 'text/html' });
    expect(route.headers['cache-control']).toBe(REVALIDATE);
  });

  it('leaves GraphQL answers uncompressed', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ stats { units } }' }),
    });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.status).toBe(200);
  });
});
