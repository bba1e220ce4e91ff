// Runs fcose off the main thread, so that the page answers while a graph settles.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FCOSE } from './network-graph-layout.ts';
import { MIN_SPREAD, spread } from './network-graph-placement.ts';
import type { LayoutRequest, LayoutResult } from './network-graph-types.ts';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: '' } }],
    elements: [
      ...request.nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, size: node.size }, position: { x: node.x, y: node.y } })),
      ...request.edges.map((edge, index) => ({ group: 'edges' as const, data: { id: `e${index}`, source: edge[0], target: edge[1] } })),
    ],
  });
  const run = (randomize: boolean) => cy.layout({ ...FCOSE, animate: false, fit: false, randomize } as cytoscape.LayoutOptions).run();
  run(request.randomize);
  // fcose from given positions can end with every node on one line: it then starts afresh
  if (!request.randomize && spread(cy.nodes().map((node) => node.position())) < MIN_SPREAD) {
    run(true);
  }
  const result: LayoutResult = { id: request.id, positions: {} };
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    result.positions[node.id()] = [x, y];
  });
  cy.destroy();
  self.postMessage(result);
};
