// What tests and the browser benchmark read from <network-graph>, in one place: performance
// marks for each step of a drawing, and counts of what is drawn.
import type { Core } from 'cytoscape';

/**
 * The steps a drawing marks, in order: the state arrived with a graph, the first picture
 * is on screen (detail: share of nodes in view, ties drawn), the layout is applied, and
 * the picture is final.
 */
export type Step = 'graph-data' | 'graph-drawn' | 'graph-placed' | 'graph-ties-added' | 'graph-settled';

export function mark(step: Step, detail?: unknown): void {
  performance.mark(step, detail === undefined ? undefined : { detail });
}

/** Marks a step once the browser has painted what was just drawn. */
export function markAfterPaint(step: Step, detail?: () => unknown): void {
  requestAnimationFrame(() => window.setTimeout(() => mark(step, detail?.()), 0));
}

/** The share of nodes whose centre lies inside the canvas. */
export function shareInView(cy: Core): number {
  const [width, height] = [cy.width(), cy.height()];
  const nodes = cy.nodes();
  const inside = nodes.filter((node) => {
    const { x, y } = node.renderedPosition();
    return x >= 0 && y >= 0 && x <= width && y <= height;
  }).length;
  return nodes.length === 0 ? 1 : inside / nodes.length;
}

/** Number of cluster outlines drawn. */
export function clusterOutlines(host: HTMLElement): number {
  return host.querySelectorAll('svg.cluster-hulls path').length;
}

/** Number of pairs of shown labels that overlap. */
export function labelOverlaps(cy: Core): number {
  const boxes = cy
    .nodes()
    .filter((node) => !node.hasClass('quiet'))
    .map((node) => node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }));
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
        overlaps++;
      }
    }
  }
  return overlaps;
}
