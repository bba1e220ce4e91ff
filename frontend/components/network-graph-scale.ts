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

/**
 * Hides every label that would overlap (or touch) one already shown, municipalities first,
 * then the best-connected.
 */
export function declutterLabels(cy: Core, degree: Map<string, number>): void {
  const ranked = (node: cytoscape.NodeSingular) => ({ kind: String(node.data('kind')), degree: degree.get(node.id()) ?? 0 });
  const nodes = cy.nodes().sort((a, b) => labelPriority(ranked(a), ranked(b)));
  const gap = LABEL_GAP / Math.max(cy.zoom(), 1e-6);
  const shown = shownLabels(
    nodes.map((node) => node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false })),
    gap,
  );
  cy.batch(() => {
    nodes.forEach((node, index) => {
      node.toggleClass('quiet', !shown[index]);
    });
  });
}

/**
 * Which labels stay, given their boxes in order of priority: each one that overlaps none
 * shown before it. A grid of cells keeps it near linear: each box is checked against the
 * shown ones in the cells it covers, not against all of them.
 */
export function shownLabels(measured: BoundingBox12[], gap = 0): boolean[] {
  // Each box grown by half the gap: two boxes that do not overlap then lie a gap apart
  const boxes = measured.map((b) => ({ ...b, x1: b.x1 - gap / 2, x2: b.x2 + gap / 2, y1: b.y1 - gap / 2, y2: b.y2 + gap / 2 }));
  const widths = boxes.map((box) => box.x2 - box.x1).filter((w) => Number.isFinite(w) && w > 0);
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
  return boxes.map((box) => {
    if (!Number.isFinite(box.x1) || !Number.isFinite(box.y1)) {
      return true;
    }
    const keys = cells(box);
    const overlaps = keys.some((key) =>
      (grid.get(key) ?? []).some((other) => box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2),
    );
    if (!overlaps) {
      keys.forEach((key) => {
        const list = grid.get(key);
        if (list) {
          list.push(box);
        } else {
          grid.set(key, [box]);
        }
      });
    }
    return !overlaps;
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
