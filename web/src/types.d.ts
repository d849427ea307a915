declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-navigator' {
  import type { Ext } from 'cytoscape';
  const navigator: Ext;
  export default navigator;
}
