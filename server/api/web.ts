/**
 * The built front end (`npm run build` → web/dist): the explorer at `/` with fallback to
 * index.html for the app's own routes, and GraphiQL at `/graphiql`. Without a build, `/`
 * says how to make one. Files are compressed (brotli or gzip, as the browser accepts); the
 * hashed bundles under /assets/ are cached for a year (a new build has new names), the pages
 * are revalidated on every load so a new build is seen at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NOT_BUILT =
  'The dutygraph front end is not built: run `npm run build` (or ' +
  '`npm start`). The GraphQL API is at /graphql, health at /health.\n';

/** Vite names the bundles it builds by their content hash: a file there never changes. */
const HASHED = /[\\/]assets[\\/]/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export async function webRoutes(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    for (const url of ['/', '/graphiql'])
      app.get(url, async (_request, reply) => reply.type('text/plain; charset=utf-8').send(NOT_BUILT));
    return;
  }
  // In its own scope, so the GraphQL answers stay uncompressed (compressing each costs more CPU than loopback saves).
  await app.register(async (scope) => {
    await scope.register(fastifyCompress, { encodings: ['br', 'gzip'] });
    await scope.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', HASHED.test(path) ? IMMUTABLE : REVALIDATE),
    });
    scope.get('/graphiql', async (_request, reply) => reply.sendFile('graphiql.html'));
  });
  const index = readFileSync(join(webRoot, 'index.html'));
  app.setNotFoundHandler(async (request, reply) => {
    // The explorer routes in the browser; a page load of one of its paths gets the app.
    if (request.method === 'GET' && request.headers.accept?.includes('text/html'))
      return reply.type('text/html; charset=utf-8').header('cache-control', REVALIDATE).send(index);
    return reply
      .code(404)
      .send({ error: 'Not Found', message: `${request.method} ${request.url} is not a route of this server` });
  });
}
