import type cytoscape from 'cytoscape';
import type { BoundingBox12, Core, LayoutOptions } from 'cytoscape';
import type { DrawnState, RendererName } from './network-graph-types.ts';

/**
 * Above this many elements (nodes plus ties) the explorer draws a large graph: the renderer
 * chosen for scale, straight ties, and a quick layout. The same as LARGE_GRAPH_ELEMENTS in
 * NetworkGraph.java. The browser benchmark
 * (docs/benchmarks.md) is where the figure comes from.
 */
export const LARGE_GRAPH_ELEMENTS = 6000;

/**
 * The renderer for large graphs. Canvas: on the benchmark machine (no GPU, WebGL on
 * SwiftShader) the national graph showed after 14 s on canvas against 24 s on WebGL, and
 * canvas panned faster at county size (docs/benchmarks.md). Measure again on a GPU.
 */
export const LARGE_GRAPH_RENDERER: RendererName = 'canvas';

/** The renderer to use; `?renderer=canvas|webgl` in the address overrides the automatic choice. */
export function chooseRenderer(elements: number, search: string): RendererName {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'canvas' || asked === 'webgl') {
    return asked;
  }
  return elements > LARGE_GRAPH_ELEMENTS ? LARGE_GRAPH_RENDERER : 'canvas';
}

/** Cytoscape options that depend on the renderer. */
export function rendererOptions(renderer: RendererName, large: boolean): Record<string, unknown> {
  if (renderer === 'webgl') {
    return { renderer: { name: 'canvas', webgl: true } };
  }
  // On canvas, a large graph moves as a picture while panning and zooming
  return large ? { textureOnViewport: true, hideEdgesOnViewport: true } : {};
}

/** fcose's spectral pass alone: seconds instead of minutes for thousands of nodes. */
export const QUICK_LAYOUT = {
  name: 'fcose',
  quality: 'draft',
  randomize: true,
  nodeRepulsion: () => 20000,
  idealEdgeLength: () => 110,
  nodeSeparation: 110,
} as unknown as LayoutOptions;

/** Ties per node id. Counted once: Cytoscape's degree() builds collections on every call. */
export function degrees(edges: { source: string; target: string }[]): Map<string, number> {
  const degree = new Map<string, number>();
  edges.forEach((edge) => {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  });
  return degree;
}

/** Room kept between two labels shown, on screen: touching labels read as one name. */
export const LABEL_GAP = 4;

/** Which label goes first: a municipality's, then the better-connected organisation's. */
export function labelPriority(a: { kind: string; degree: number }, b: { kind: string; degree: number }): number {
  const municipality = (node: { kind: string }) => (node.kind === 'municipality' ? 0 : 1);
  return municipality(a) - municipality(b) || b.degree - a.degree;
}

/** Where a label may stand, in order of preference: the first is the style's default. */
export const LABEL_PLACES = ['below', 'above', 'right', 'left'] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/**
 * The boxes a label would take in each place, from its box in any place (its size) and
 * its node's centre, size and the gap between node and label (less the halo and
 * background, which the box includes and which reach towards the node).
 */
export function labelBoxes(box: BoundingBox12, node: { x: number; y: number; size: number }, margin: number): BoundingBox12[] {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const r = node.size / 2 + margin;
  const { x, y } = node;
  return [
    { x1: x - w / 2, y1: y + r, x2: x + w / 2, y2: y + r + h },
    { x1: x - w / 2, y1: y - r - h, x2: x + w / 2, y2: y - r },
    { x1: x + r, y1: y - h / 2, x2: x + r + w, y2: y + h / 2 },
    { x1: x - r - w, y1: y - h / 2, x2: x - r, y2: y + h / 2 },
  ];
}

/**
 * Places farther out, for a municipality whose name finds no room next to its node: one
 * to ten label heights away, straight and diagonal (a leader line then ties it to its node).
 * Six were too few in the county's dense middle when the graph's area was a little smaller.
 */
/** How many label heights out a municipality's name may go. */
export const FARTHEST_STEP = 10;

export function fartherBoxes(box: BoundingBox12, node: { x: number; y: number; size: number }, margin: number): BoundingBox12[] {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const boxes: BoundingBox12[] = [];
  for (let step = 1; step <= FARTHEST_STEP; step++) {
    const r = node.size / 2 + margin + step * h;
    for (const [dx, dy] of [[0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1]]) {
      // The label's centre: beyond the node by r, plus half the label in that direction
      const cx = node.x + dx * (r * (dy === 0 ? 1 : 0.7) + w / 2);
      const cy = node.y + dy * (r * (dx === 0 ? 1 : 0.7) + h / 2);
      boxes.push({ x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 });
    }
  }
  return boxes;
}

/**
 * Shows every label that overlaps (or touches) none shown before it, municipalities
 * first, then the best-connected; a label that would overlap under its node tries above,
 * right and left of it before it is hidden, and a municipality's farther out. The margin
 * is from the node to the label's box (which includes its halo and background).
 */
export function declutterLabels(cy: Core, degree: Map<string, number>, margin: number): void {
  const ranked = (node: cytoscape.NodeSingular) => ({ kind: String(node.data('kind')), degree: degree.get(node.id()) ?? 0 });
  const nodes = cy.nodes().sort((a, b) => labelPriority(ranked(a), ranked(b)));
  const gap = LABEL_GAP / Math.max(cy.zoom(), 1e-6);
  const candidates = nodes.map((node) => {
    const box = node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
    const at = { ...(node as cytoscape.NodeSingular).position(), size: node.width() };
    const near = labelBoxes(box, at, margin);
    return node.data('kind') === 'municipality' ? [...near, ...fartherBoxes(box, at, margin)] : near;
  });
  const places = placeLabels(candidates, gap);
  cy.batch(() => {
    nodes.forEach((node, index) => {
      const place = places[index];
      node.toggleClass('quiet', place < 0);
      LABEL_PLACES.forEach((name, i) => i > 0 && node.toggleClass(`label-${name}`, place === i));
      const far = place >= LABEL_PLACES.length;
      if (far) {
        // Its offset from the node, in the data: the style rule for .label-far reads it
        const box = candidates[index][place];
        const { x, y } = (node as cytoscape.NodeSingular).position();
        node.data({ labelDx: (box.x1 + box.x2) / 2 - x, labelDy: (box.y1 + box.y2) / 2 - y });
      }
      node.toggleClass('label-far', far);
    });
  });
}

/** Which labels stay (each in its first place), given their boxes in order of priority. */
export function shownLabels(measured: BoundingBox12[], gap = 0): boolean[] {
  return placeLabels(measured.map((box) => [box]), gap).map((place) => place === 0);
}

/**
 * Where each label goes, given the boxes of its places in order of priority: the index
 * of the first place that overlaps no label placed before, or -1 to hide it. A grid of
 * cells keeps it near linear: each box is checked against the placed ones in the cells
 * it covers, not against all of them.
 */
export function placeLabels(candidates: BoundingBox12[][], gap = 0): number[] {
  // Each box grown by half the gap: two boxes that do not overlap then lie a gap apart
  const grow = (b: BoundingBox12) => ({ ...b, x1: b.x1 - gap / 2, x2: b.x2 + gap / 2, y1: b.y1 - gap / 2, y2: b.y2 + gap / 2 });
  const widths = candidates.map((boxes) => boxes[0].x2 - boxes[0].x1).filter((w) => Number.isFinite(w) && w > 0);
  const cell = Math.max(1, widths.length > 0 ? widths.reduce((sum, w) => sum + w, 0) / widths.length : 100);
  const grid = new Map<string, BoundingBox12[]>();
  const cells = (box: BoundingBox12): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / cell); x <= Math.floor(box.x2 / cell); x++) {
      for (let y = Math.floor(box.y1 / cell); y <= Math.floor(box.y2 / cell); y++) {
        keys.push(`${x}:${y}`);
      }
    }
    return keys;
  };
  const free = (box: BoundingBox12, keys: string[]) =>
    !keys.some((key) => (grid.get(key) ?? []).some((other) => box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2));
  return candidates.map((boxes) => {
    if (!Number.isFinite(boxes[0].x1) || !Number.isFinite(boxes[0].y1)) {
      return 0;
    }
    for (let i = 0; i < boxes.length; i++) {
      const box = grow(boxes[i]);
      const keys = cells(box);
      if (free(box, keys)) {
        keys.forEach((key) => grid.set(key, [...(grid.get(key) ?? []), box]));
        return i;
      }
    }
    return -1;
  });
}

/** Every node's position and the labels the declutter pass hid, for exports. */
export function drawnState(cy: Core | null): DrawnState {
  const state: DrawnState = { positions: {}, hiddenLabels: [] };
  cy?.nodes().forEach((node) => {
    const { x, y } = node.position();
    state.positions[node.id()] = [x, y];
    if (node.hasClass('quiet')) {
      state.hiddenLabels.push(node.id());
    }
  });
  return state;
}
