/**
 * The explorer's entry. It asks for the first view's data before anything else, then loads
 * the app: the request travels while the app's bundle (React, Cytoscape) downloads and runs.
 */
import { prefetchFirstView } from './api/prefetch.ts';
import { parseState } from './lib/state.ts';
import './styles.css';

prefetchFirstView(parseState(window.location.search));
void import('./mount.tsx');
