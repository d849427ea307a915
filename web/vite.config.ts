import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The explorer's entry asks for the first view's data, then imports the app (web/src/main.tsx),
 * which imports fcose when a graph first needs it. Preloaded from the page, these chunks
 * download while the entry runs, not after it; they are evaluated only when imported.
 */
function preloadDynamicImports(): Plugin {
  return {
    name: 'dutygraph:preload-dynamic-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { path, chunk, bundle }) {
        // GraphiQL's page loads its editor's languages lazily, as it should.
        if (path !== '/index.html' || !chunk || !bundle) return [];
        // The page loads the entry and its imports already.
        const files = new Set<string>([chunk.fileName, ...chunk.imports]);
        const preload = new Set<string>();
        const visit = (file: string) => {
          const dep = bundle[file];
          if (files.has(file) || dep?.type !== 'chunk') return;
          files.add(file);
          preload.add(file);
          dep.imports.forEach(visit);
          dep.dynamicImports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        return [...preload].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/** The explorer (index.html) and the GraphiQL page (graphiql.html), built into web/dist for the API server to serve. */
export default defineConfig({
  root,
  plugins: [react(), preloadDynamicImports()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL brings Monaco; its chunks are big by nature and load only on /graphiql.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: { index: `${root}index.html`, graphiql: `${root}graphiql.html` },
      // GraphiQL's React-compiler directives are harmless once bundled; their warnings are noise.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
