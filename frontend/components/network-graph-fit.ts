// Fitting the graph into view beside what lies over the canvas (the legend), so that the
// legend never covers an organisation in the fitted picture.
import type { Core } from 'cytoscape';
import type { Point } from './network-graph-placement.ts';

/** Room around the graph when it is fitted into view. */
export const FIT_PADDING = 30;

/** Room beside the outermost nodes for half a label (labels wrap at 130 px) and below them for one. */
const LABEL_ROOM = { x: 66, y: 30 };

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The bounds of the points, or null when there are none. */
export function boundsOf(points: Iterable<Point>): Box | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    [left, top, right, bottom] = [Math.min(left, p.x), Math.min(top, p.y), Math.max(right, p.x), Math.max(bottom, p.y)];
  }
  return Number.isFinite(left) ? { left, top, right, bottom } : null;
}

/**
 * The zoom and pan that show the graph's bounds as large as they fit into the canvas
 * (width × height) beside the cover (in the canvas's pixels): the free part right of it,
 * left of it, above or below it, whichever shows the graph largest; the whole canvas
 * when nothing covers it.
 */
export function viewportFor(graph: Box, width: number, height: number, cover: Box | null, limits = { min: 0, max: Infinity }): Viewport {
  const padX = FIT_PADDING + LABEL_ROOM.x;
  const padY = FIT_PADDING + LABEL_ROOM.y / 2;
  const areas: Box[] = cover
    ? [
        { left: cover.right, top: 0, right: width, bottom: height },
        { left: 0, top: 0, right: cover.left, bottom: height },
        { left: 0, top: 0, right: width, bottom: cover.top },
        { left: 0, top: cover.bottom, right: width, bottom: height },
      ]
    : [{ left: 0, top: 0, right: width, bottom: height }];
  const graphWidth = Math.max(graph.right - graph.left, 1);
  const graphHeight = Math.max(graph.bottom - graph.top, 1);
  const zoomIn = (area: Box) =>
    Math.min((area.right - area.left - 2 * padX) / graphWidth, (area.bottom - area.top - 2 * padY) / graphHeight);
  const best = areas.reduce((a, b) => (zoomIn(b) > zoomIn(a) ? b : a));
  const zoom = Math.min(limits.max, Math.max(limits.min, zoomIn(best)));
  return {
    zoom,
    pan: {
      x: (best.left + best.right) / 2 - zoom * ((graph.left + graph.right) / 2),
      y: (best.top + best.bottom) / 2 - zoom * ((graph.top + graph.bottom) / 2),
    },
  };
}

/** Where the legend lies over the canvas, in the canvas's pixels; null when it is not shown. */
export function legendCover(element: HTMLElement): Box | null {
  const legend = element.parentElement?.querySelector<HTMLElement>('.graph-legend');
  if (!legend || legend.offsetParent === null) {
    return null;
  }
  const own = element.getBoundingClientRect();
  const box = legend.getBoundingClientRect();
  return { left: box.left - own.left, top: box.top - own.top, right: box.right - own.left, bottom: box.bottom - own.top };
}

/** The viewport that shows these positions clear of the legend, clamped to the zoom limits. */
export function fittedViewport(cy: Core, points: Iterable<Point>, cover: Box | null): Viewport | null {
  const bounds = boundsOf(points);
  if (!bounds) {
    return null;
  }
  const viewport = viewportFor(bounds, cy.width(), cy.height(), cover, { min: cy.minZoom(), max: cy.maxZoom() });
  return Number.isFinite(viewport.zoom) && viewport.zoom > 0 ? viewport : null;
}
