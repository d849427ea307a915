import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetchFirstView } from './api/prefetch.ts';
import { parseState } from './lib/state.ts';
import './styles.css';

prefetchFirstView(parseState(window.location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
