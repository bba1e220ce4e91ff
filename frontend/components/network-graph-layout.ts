import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { LayoutName } from './network-graph-types.ts';
import type { LayoutWorkerClient } from './network-graph-layout-client.ts';
import { QUICK_LAYOUT } from './network-graph-scale.ts';
import type { Point } from './network-graph-placement.ts';

/** Municipalities push harder and keep longer ties between them, so that each has room for its name. */
const isMunicipality = (id: string) => id.startsWith('municipality:');

export const FCOSE = {
  name: 'fcose',
  quality: 'default',
  nodeRepulsion: (node: cytoscape.NodeSingular) => (isMunicipality(node.id()) ? 250000 : 20000),
  idealEdgeLength: (edge: cytoscape.EdgeSingular) => (isMunicipality(edge.data('source')) && isMunicipality(edge.data("target")) ? 260 : 110),
  nodeSeparation: 110,
  // Space between disconnected parts, so that lone nodes' labels do not overlap
  tilingPaddingVertical: 40,
  tilingPaddingHorizontal: 80,
};

/**
 * The map's places (municipalities inside their borders, Stockholm's districts inside
 * Stockholm, as the server sends them); every other node near the placed nodes it is tied
 * to, or in a block east of the map (east of {@code mapEast}, the map's eastern edge).
 */
export function geographicPositions(cy: Core, mapEast: number | null = null): Map<string, Point> {
  const positions = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    const x = node.data('mapX');
    const y = node.data('mapY');
    if (Number.isFinite(x) && Number.isFinite(y)) {
      positions.set(node.id(), { x, y });
    }
  });
  // Near what they are tied to: those tied to placed nodes first, then those tied to them
  let unplaced = cy.nodes().filter((node) => !positions.has(node.id()));
  // A municipality off the map (outside the county) is no nearer than its partners: it joins the block
  const anchorable = (node: cytoscape.NodeSingular) => node.data('kind') !== 'municipality';
  for (let pass = 0; pass < 3 && unplaced.filter(anchorable).nonempty(); pass++) {
    const anchored = new Map<string, Point>();
    unplaced.filter(anchorable).forEach((node, index) => {
      const anchors = node
        .neighborhood('node')
        .map((neighbour) => positions.get(neighbour.id()))
        .filter((position): position is Point => position !== undefined);
      if (anchors.length > 0) {
        // On a small circle around their anchors' centre, so that they do not stack
        const angle = (index * 2.399963) % (2 * Math.PI);
        const x = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
        const y = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
        anchored.set(node.id(), { x: x + 45 * Math.cos(angle), y: y + 45 * Math.sin(angle) });
      }
    });
    anchored.forEach((p, id) => positions.set(id, p));
    unplaced = unplaced.filter((node) => !anchored.has(node.id()));
  }
  // The rest in a block beside the map, rather than a ring around it
  const placed = [...positions.values()];
  const right = Math.max(mapEast ?? -Infinity, ...placed.map((p) => p.x), 0) + 200;
  const top = placed.length === 0 ? 0 : Math.min(...placed.map((p) => p.y));
  const rows = Math.max(1, Math.ceil(Math.sqrt(unplaced.length * 2)));
  const rest = unplaced.map((node) => node.id()).sort();
  rest.forEach((id, i) => positions.set(id, { x: right + Math.floor(i / rows) * 150, y: top + (i % rows) * 56 }));
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
  /** The map's eastern edge, in the graph's units, when the layout is on the map. */
  mapEast?: number | null;
}

/**
 * Where the chosen layout puts the nodes, computed without moving them on screen: fcose
 * in the worker (on the main thread if the worker cannot), the others by Cytoscape's own
 * layouts run unanimated and undone.
 */
export async function layoutPositions(cy: Core, request: LayoutRequest, worker: LayoutWorkerClient): Promise<Map<string, Point>> {
  if (request.layout === 'geographic') {
    return geographicPositions(cy, request.mapEast ?? null);
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
