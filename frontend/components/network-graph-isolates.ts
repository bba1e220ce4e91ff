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
 * The discs with the isolated ones moved into a block, in id order (kind first, then
 * key): under the others, or beside them (right) when that shows the whole larger in a
 * canvas of this aspect (width / height). Unchanged when none or all are isolated.
 */
export function gatherIsolated(discs: Disc[], isolated: Set<string>, aspect = 0): Disc[] {
  const tied = discs.filter((d) => !isolated.has(d.id) && Number.isFinite(d.x) && Number.isFinite(d.y));
  const alone = discs.filter((d) => isolated.has(d.id)).map((d) => d.id).sort();
  if (alone.length === 0 || tied.length === 0) {
    return discs;
  }
  const bounds = {
    x1: Math.min(...tied.map((d) => d.x - d.size / 2)),
    x2: Math.max(...tied.map((d) => d.x + d.size / 2)),
    y1: Math.min(...tied.map((d) => d.y - d.size / 2)),
    y2: Math.max(...tied.map((d) => d.y + d.size / 2)),
  };
  const under = blockUnder(bounds, alone);
  const beside = blockBeside(bounds, alone);
  const scale = (slots: Map<string, { x: number; y: number }>) => {
    const xs = [bounds.x1, bounds.x2, ...[...slots.values()].map((p) => p.x)];
    const ys = [bounds.y1, bounds.y2, ...[...slots.values()].map((p) => p.y)];
    const width = Math.max(...xs) - Math.min(...xs) + ISOLATE_COLUMN;
    const height = Math.max(...ys) - Math.min(...ys) + ISOLATE_ROW;
    return Math.min(aspect / width, 1 / height);
  };
  const slots = aspect > 0 && scale(beside) > scale(under) ? beside : under;
  return discs.map((d) => ({ ...d, ...(slots.get(d.id) ?? {}) }));
}

type Bounds = { x1: number; x2: number; y1: number; y2: number };

/** In rows as wide as the graph under it, the last row centred. */
function blockUnder(bounds: Bounds, alone: string[]): Map<string, { x: number; y: number }> {
  const columns = Math.max(1, Math.min(alone.length, Math.floor((bounds.x2 - bounds.x1) / ISOLATE_COLUMN) + 1));
  const rows = Math.ceil(alone.length / columns);
  const left = (bounds.x1 + bounds.x2) / 2 - ((columns - 1) * ISOLATE_COLUMN) / 2;
  return new Map(
    alone.map((id, i) => {
      const row = Math.floor(i / columns);
      const inRow = row === rows - 1 ? alone.length - row * columns : columns;
      const shift = ((columns - inRow) * ISOLATE_COLUMN) / 2;
      return [id, { x: left + shift + (i % columns) * ISOLATE_COLUMN, y: bounds.y2 + ISOLATE_GAP + row * ISOLATE_ROW }];
    }),
  );
}

/** In columns as tall as the graph right of it, filled top down. */
function blockBeside(bounds: Bounds, alone: string[]): Map<string, { x: number; y: number }> {
  const rows = Math.max(1, Math.min(alone.length, Math.floor((bounds.y2 - bounds.y1 - ISOLATE_ROW) / ISOLATE_ROW) + 1));
  // Room for the heading above the block
  const top = bounds.y1 + ISOLATE_ROW;
  return new Map(
    alone.map((id, i) => [id, { x: bounds.x2 + ISOLATE_COLUMN + Math.floor(i / rows) * ISOLATE_COLUMN, y: top + (i % rows) * ISOLATE_ROW }]),
  );
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
  // As wide as the block and its labels: a narrow block beside the graph gets the heading in lines
  const xs = alone.map((node) => (node as NodeSingular).renderedPosition().x);
  const lines = headingLines(text, Math.max(...xs) - Math.min(...xs) + 130);
  lines.forEach((line, i) => {
    const span = document.createElementNS('http://www.w3.org/2000/svg', 'tspan');
    span.setAttribute('x', at.x.toFixed(1));
    span.setAttribute('y', (at.y - (lines.length - 1 - i) * 15).toFixed(1));
    span.textContent = line;
    heading.appendChild(span);
  });
  svg.appendChild(heading);
}

/** The heading in lines of at most this many pixels (12 px bold: about 7 px a letter). */
export function headingLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length > 0 ? `${lines[lines.length - 1]} ${word}` : word;
    if (lines.length > 0 && last.length * 7 <= width) {
      lines[lines.length - 1] = last;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
