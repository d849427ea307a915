/**
 * GraphiQL for the dutygraph API, bundled with its Monaco editor and workers so nothing
 * loads from outside this server.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const EXAMPLE = `# 责任图谱 dutygraph — an example: what does 区城市管理委 lead, in each district?
query Example {
  touches(unit: "区城市管理委", filter: { roles: [LEAD] }) {
    unit { id name jurisdiction }
    counts { lead total }
    assignments {
      measure { text deadline { text } plan { title } }
    }
  }
}
`;

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

async function fetcher(params: FetcherParams, options?: { headers?: Record<string, string> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    // The CSRF header a POST signed in by the session cookie must carry (server/api/auth.ts).
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-dutygraph-csrf': '1',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
  </StrictMode>,
);
