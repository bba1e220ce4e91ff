import type { Core } from 'cytoscape';

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
 * Places municipalities at their coordinates (an equirectangular projection around
 * Stockholm); every other node near the placed nodes it is tied to, or on a ring outside.
 */
export function geographicPositions(cy: Core): Map<string, { x: number; y: number }> {
  const scale = 1400;
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((node) => {
    const lat = node.data('lat');
    const lon = node.data('lon');
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      positions.set(node.id(), {
        x: (lon - 18.07) * scale * Math.cos((59.33 * Math.PI) / 180),
        y: -(lat - 59.33) * scale,
      });
    }
  });
  const unplaced = cy.nodes().filter((node) => !positions.has(node.id()));
  let ring = 0;
  unplaced.forEach((node, index) => {
    const anchors = node
      .neighborhood('node')
      .map((neighbour) => positions.get(neighbour.id()))
      .filter((position): position is { x: number; y: number } => position !== undefined);
    // Spread the free nodes on a small circle around their anchors' centre, so they do not stack
    const angle = (index * 2.399963) % (2 * Math.PI);
    if (anchors.length > 0) {
      const x = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
      const y = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
      positions.set(node.id(), { x: x + 45 * Math.cos(angle), y: y + 45 * Math.sin(angle) });
    } else {
      const radius = 700 + 60 * Math.floor(ring / 24);
      const slot = ((ring % 24) / 24) * 2 * Math.PI;
      positions.set(node.id(), { x: radius * Math.cos(slot), y: radius * Math.sin(slot) });
      ring++;
    }
  });
  return positions;
}

/** Whether every node has a finite position and the nodes are not all on one spot. */
export function wellPlaced(cy: Core): boolean {
  const nodes = cy.nodes();
  const unplaced = nodes.filter((node) => {
    const { x, y } = node.position();
    return !Number.isFinite(x) || !Number.isFinite(y);
  });
  if (unplaced.nonempty()) {
    return false;
  }
  const box = nodes.boundingBox({ includeLabels: false });
  return nodes.length < 2 || box.w > 1 || box.h > 1;
}

/** Whether the server laid out every node (GraphLayouts.java). */
export function placedByServer(cy: Core): boolean {
  return cy.nodes().every((node) => Number.isFinite(node.data('x')) && Number.isFinite(node.data('y')));
}
