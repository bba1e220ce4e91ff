import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { LayoutName } from './network-graph-types.ts';
import type { LayoutWorkerClient } from './network-graph-layout-client.ts';
import { QUICK_LAYOUT } from './network-graph-scale.ts';
import type { Point } from './network-graph-placement.ts';

export const FCOSE = {
  name: 'fcose',
  quality: 'default',
  nodeRepulsion: () => 20000,
  idealEdgeLength: () => 110,
  nodeSeparation: 110,
  // Space between disconnected parts, so that lone nodes' labels do not overlap
  tilingPaddingVertical: 40,
  tilingPaddingHorizontal: 80,
};

/**
 * The map's places (municipalities inside their borders, Stockholm's districts inside
 * Stockholm, as the server sends them); every other node near the placed nodes it is tied
 * to, or on a ring outside the map.
 */
export function geographicPositions(cy: Core): Map<string, Point> {
  const positions = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    const x = node.data('mapX');
    const y = node.data('mapY');
    if (Number.isFinite(x) && Number.isFinite(y)) {
      positions.set(node.id(), { x, y });
    }
  });
  const placed = [...positions.values()];
  const reach = placed.length === 0 ? 300 : Math.max(...placed.map((p) => Math.hypot(p.x, p.y)));
  const unplaced = cy.nodes().filter((node) => !positions.has(node.id()));
  let ring = 0;
  unplaced.forEach((node, index) => {
    const anchors = node
      .neighborhood('node')
      .map((neighbour) => positions.get(neighbour.id()))
      .filter((position): position is Point => position !== undefined);
    // Spread the free nodes on a small circle around their anchors' centre, so they do not stack
    const angle = (index * 2.399963) % (2 * Math.PI);
    if (anchors.length > 0) {
      const x = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
      const y = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
      positions.set(node.id(), { x: x + 45 * Math.cos(angle), y: y + 45 * Math.sin(angle) });
    } else {
      const radius = reach + 150 + 60 * Math.floor(ring / 24);
      const slot = ((ring % 24) / 24) * 2 * Math.PI;
      positions.set(node.id(), { x: radius * Math.cos(slot), y: radius * Math.sin(slot) });
      ring++;
    }
  });
  return positions;
}

/** Every node's position now. */
export function positionsOf(cy: Core): Map<string, Point> {
  return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
}

/** How one layout run is asked for. */
export interface LayoutRequest {
  layout: LayoutName;
  large: boolean;
  /** fcose from scratch, rather than from the positions the nodes have now. */
  randomize: boolean;
}

/**
 * Where the chosen layout puts the nodes, computed without moving them on screen: fcose
 * in the worker (on the main thread if the worker cannot), the others by Cytoscape's own
 * layouts run unanimated and undone.
 */
export async function layoutPositions(cy: Core, request: LayoutRequest, worker: LayoutWorkerClient): Promise<Map<string, Point>> {
  if (request.layout === 'geographic') {
    return geographicPositions(cy);
  }
  if (request.layout === 'fcose' && !request.large) {
    const placed = await worker.place(cy, request.randomize);
    if (placed) {
      return new Map(Object.entries(placed).map(([id, [x, y]]) => [id, { x, y }]));
    }
  }
  return ranHere(cy, optionsFor(request));
}

function optionsFor(request: LayoutRequest): cytoscape.LayoutOptions {
  const common = { animate: false, fit: false };
  switch (request.layout) {
    case 'concentric':
      return { ...common, name: 'concentric', concentric: (node: cytoscape.NodeSingular) => node.degree(false), levelWidth: () => 4, minNodeSpacing: 30 } as cytoscape.LayoutOptions;
    case 'grouped':
      return {
        ...common,
        name: 'grid',
        avoidOverlap: true,
        sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => (a.data('kind') + a.data('label')).localeCompare(b.data('kind') + b.data('label'), 'sv'),
      } as cytoscape.LayoutOptions;
    default:
      return (request.large ? { ...QUICK_LAYOUT, ...common } : { ...FCOSE, ...common, randomize: request.randomize }) as cytoscape.LayoutOptions;
  }
}

/** Runs a layout on the graph, reads where it put the nodes, and puts them back. */
function ranHere(cy: Core, options: cytoscape.LayoutOptions): Map<string, Point> {
  const before = positionsOf(cy);
  try {
    cy.layout(options).run();
    return positionsOf(cy);
  } finally {
    // Nothing is drawn in between: this all runs before the next frame
    cy.nodes().positions((node) => before.get(node.id()) ?? node.position());
  }
}
