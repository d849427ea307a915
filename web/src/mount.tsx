/** Mounts the explorer; main.tsx loads it once the first view's data is asked for. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadFcose } from './graph/cytoscape.ts';
import { parseState } from './lib/state.ts';

// The overload and path views lay out by force: fcose is wanted at once. The focus view's rings are not.
if (parseState(window.location.search).view !== 'focus') void loadFcose();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
