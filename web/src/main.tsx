import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetchFirstView } from './api/prefetch.ts';
import { parseState } from './lib/state.ts';
import { SessionProvider } from './supervision/session.tsx';
import './styles.css';

prefetchFirstView(parseState(window.location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
