// Leader lines from a municipality to its name where the name stands farther out
// (declutterLabels), drawn in the SVG layer under the graph in rendered coordinates.
import type { Core, NodeSingular } from 'cytoscape';

/** Where a line from (x, y) meets the box: the box's nearest point. */
export function leaderEnd(x: number, y: number, box: { x1: number; y1: number; x2: number; y2: number }): { x: number; y: number } {
  return { x: Math.min(Math.max(x, box.x1), box.x2), y: Math.min(Math.max(y, box.y1), box.y2) };
}

export function drawLeaders(cy: Core, svg: SVGSVGElement): void {
  svg.querySelectorAll('line.label-leader').forEach((line) => line.remove());
  cy.nodes('.label-far').not('.quiet').forEach((node) => {
    const from = (node as NodeSingular).renderedPosition();
    const to = leaderEnd(from.x, from.y, node.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }));
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    line.setAttribute('class', 'label-leader');
    line.setAttribute('x1', from.x.toFixed(1));
    line.setAttribute('y1', from.y.toFixed(1));
    line.setAttribute('x2', to.x.toFixed(1));
    line.setAttribute('y2', to.y.toFixed(1));
    svg.appendChild(line);
  });
}
