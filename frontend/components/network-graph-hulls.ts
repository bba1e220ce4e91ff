import type { Core } from 'cytoscape';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type Point = [number, number];

/** Convex hull (Andrew's monotone chain), counter-clockwise. */
export function convexHull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) {
    return sorted;
  }
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) {
      lower.pop();
    }
    lower.push(p);
  }
  const upper: Point[] = [];
  for (const p of sorted.reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) {
      upper.pop();
    }
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/**
 * Draws a soft outline around each cluster (nodes with the same `cluster` data) in an SVG
 * layer under Cytoscape's canvas, in rendered coordinates so it follows pan and zoom.
 */
export function drawClusterHulls(cy: Core, svg: SVGSVGElement): void {
  const groups = new Map<number, { color: string; points: Point[] }>();
  const pad = 14;
  cy.nodes(':visible').forEach((node) => {
    const cluster = node.data('cluster') as number | null;
    if (cluster === null || cluster === undefined) {
      return;
    }
    const { x, y } = node.renderedPosition();
    const r = node.renderedWidth() / 2 + pad;
    const group = groups.get(cluster) ?? { color: node.data('color') as string, points: [] };
    // Eight points around each node round the outline off
    for (let i = 0; i < 8; i++) {
      const angle = (Math.PI / 4) * i;
      group.points.push([x + r * Math.cos(angle), y + r * Math.sin(angle)]);
    }
    groups.set(cluster, group);
  });
  const paths: SVGPathElement[] = [];
  groups.forEach((group, cluster) => {
    const hull = convexHull(group.points);
    if (hull.length < 3) {
      return;
    }
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', `M${hull.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`);
    path.setAttribute('fill', group.color);
    path.setAttribute('fill-opacity', '0.08');
    path.setAttribute('stroke', group.color);
    path.setAttribute('stroke-opacity', '0.55');
    path.setAttribute('stroke-width', '1.5');
    path.setAttribute('stroke-linejoin', 'round');
    path.setAttribute('data-cluster', String(cluster));
    paths.push(path);
  });
  svg.replaceChildren(...paths);
}
