import type { Core } from 'cytoscape';
import type { EdgeClickDetail, NodeClickDetail } from './network-graph-types.ts';

/**
 * What the user's pointer does on the graph: clicks become `graph-node-click`,
 * `graph-edge-click` and `graph-background-click` events on the host (NetworkGraph.java
 * listens), and a tie's title shows as the tooltip. Hovering is the labels' concern
 * (LabelsController).
 */
export function wireInteractions(cy: Core, host: HTMLElement, container: HTMLElement): void {
  cy.on('tap', 'node', (event) => {
    const detail: NodeClickDetail = { id: event.target.id() };
    host.dispatchEvent(new CustomEvent('graph-node-click', { detail, bubbles: true, composed: true }));
  });
  cy.on('tap', 'edge', (event) => {
    const detail: EdgeClickDetail = { id: event.target.id() };
    host.dispatchEvent(new CustomEvent('graph-edge-click', { detail, bubbles: true, composed: true }));
  });
  cy.on('tap', (event) => {
    if (event.target === cy) {
      host.dispatchEvent(new CustomEvent('graph-background-click', { bubbles: true, composed: true }));
    }
  });
  // A tie's title (its topic, or a suggestion's reasons) shows as the tooltip
  cy.on('mouseover', 'edge', (event) => {
    container.title = (event.target.data('title') as string) ?? '';
  });
  cy.on('mouseout', 'edge', () => {
    container.title = '';
  });
}
