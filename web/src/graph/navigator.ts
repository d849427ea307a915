/** The minimap of big graphs: cytoscape-navigator, in a panel the canvas owns. */
import cytoscape, { type Core } from 'cytoscape';
import navigator from 'cytoscape-navigator';

cytoscape.use(navigator);

/** Attaches a navigator to the panel `selector` names; returns its removal. */
export function attachNavigator(cy: Core, selector: string, alt: string): () => void {
  const panel = document.querySelector(selector);
  if (!panel) return () => {};
  const nav = (cy as Core & { navigator: (options: object) => { destroy: () => void } }).navigator({
    container: selector,
    viewLiveFramerate: 0,
    // The thumbnail is a PNG of the whole graph: redrawn at most once a second (not on every pan frame).
    thumbnailEventFramerate: 1,
    thumbnailLiveFramerate: false,
    rerenderDelay: 1000,
    removeCustomContainer: false,
  });
  panel.querySelector('img')?.setAttribute('alt', alt);
  return () => nav.destroy();
}
