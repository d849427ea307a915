/**
 * The built front end (`npm run build` → web/dist): the explorer at `/` with fallback to
 * index.html for the app's own routes, and GraphiQL at `/graphiql`. Without a build, `/`
 * says how to make one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NOT_BUILT =
  'The dutygraph front end is not built: run `npm run build` (or ' +
  '`npm start`). The GraphQL API is at /graphql, health at /health.\n';

export async function webRoutes(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    for (const url of ['/', '/graphiql'])
      app.get(url, async (_request, reply) => reply.type('text/plain; charset=utf-8').send(NOT_BUILT));
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  app.get('/graphiql', async (_request, reply) => reply.sendFile('graphiql.html'));
  app.setNotFoundHandler(async (request, reply) => {
    // The explorer routes in the browser; a page load of one of its paths gets the app.
    if (request.method === 'GET' && request.headers.accept?.includes('text/html')) return reply.sendFile('index.html');
    return reply
      .code(404)
      .send({ error: 'Not Found', message: `${request.method} ${request.url} is not a route of this server` });
  });
}
