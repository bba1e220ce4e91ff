// Organisations the data ties to nothing: gathered in a compact block under the graph, in
// rows as wide as the graph, instead of spread over the canvas by the force layout, with a
// heading over the block.
import type { Core, NodeSingular } from 'cytoscape';
import type { Disc, Point } from './network-graph-placement.ts';

/** Room per organisation in the block: a label's width across, a node and its label down. */
export const ISOLATE_COLUMN = 150;
export const ISOLATE_ROW = 56;

/** Between the graph's lowest node and the block: room for that node's label and the heading. */
export const ISOLATE_GAP = 130;

/**
 * The discs with the isolated ones moved into a block under the others, in id order
 * (kind first, then key). Unchanged when none or all are isolated.
 */
export function gatherIsolated(discs: Disc[], isolated: Set<string>): Disc[] {
  const tied = discs.filter((d) => !isolated.has(d.id) && Number.isFinite(d.x) && Number.isFinite(d.y));
  const alone = discs.filter((d) => isolated.has(d.id)).map((d) => d.id).sort();
  if (alone.length === 0 || tied.length === 0) {
    return discs;
  }
  const x1 = Math.min(...tied.map((d) => d.x - d.size / 2));
  const x2 = Math.max(...tied.map((d) => d.x + d.size / 2));
  const y2 = Math.max(...tied.map((d) => d.y + d.size / 2));
  const columns = Math.max(1, Math.min(alone.length, Math.floor((x2 - x1) / ISOLATE_COLUMN) + 1));
  const rows = Math.ceil(alone.length / columns);
  const left = (x1 + x2) / 2 - ((columns - 1) * ISOLATE_COLUMN) / 2;
  const slot = new Map(alone.map((id, i) => [id, i]));
  return discs.map((d) => {
    const i = slot.get(d.id);
    if (i === undefined) {
      return d;
    }
    // Filled row by row from the top; the last row is centred under the others
    const row = Math.floor(i / columns);
    const inRow = row === rows - 1 ? alone.length - row * columns : columns;
    const shift = ((columns - inRow) * ISOLATE_COLUMN) / 2;
    return { ...d, x: left + shift + (i % columns) * ISOLATE_COLUMN, y: y2 + ISOLATE_GAP + row * ISOLATE_ROW };
  });
}

/** Where the heading over the block goes, in screen pixels: just above its top left node. */
export function headingPlace(block: Point[]): Point | null {
  if (block.length === 0) {
    return null;
  }
  return { x: Math.min(...block.map((p) => p.x)) - 10, y: Math.min(...block.map((p) => p.y)) - 22 };
}

/**
 * Adds the heading over the block of organisations tied to nothing to the SVG layer under
 * the graph, in rendered coordinates (redrawn on every render, like the cluster outlines).
 * Nothing when all or none are tied, or on the map, where a place is a place.
 */
export function drawIsolatesHeading(cy: Core, svg: SVGSVGElement, text: string | null, onMap: boolean): void {
  svg.querySelector('text.isolates-heading')?.remove();
  const visible = cy.nodes(':visible');
  const alone = visible.nodes().filter((node) => node.degree(false) === 0);
  if (!text || onMap || alone.length === 0 || alone.length === visible.length) {
    return;
  }
  const at = headingPlace(alone.map((node) => (node as NodeSingular).renderedPosition()));
  if (!at) {
    return;
  }
  const heading = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  heading.setAttribute('class', 'isolates-heading');
  heading.setAttribute('x', at.x.toFixed(1));
  heading.setAttribute('y', at.y.toFixed(1));
  heading.textContent = text;
  svg.appendChild(heading);
}
