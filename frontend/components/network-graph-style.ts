import type { EdgeSingular, StylesheetJson } from 'cytoscape';

/** What Cytoscape's style and the plain-canvas preview (network-graph-preview.ts) both draw with. */
export const LOOK = {
  border: { width: 1, color: '#ffffff' },
  label: { family: 'system-ui, sans-serif', color: '#1e293b', background: '#ffffff', backgroundOpacity: 0.75, padding: 1, minScreenSize: 6 },
  tie: { width: 1.6, opacity: 0.8 },
  dashedTie: { width: 1, opacity: 0.6 },
};

/** How nodes, ties and their states look; colours, shapes and sizes come with the data. */
export const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': LOOK.label.family,
      color: LOOK.label.color,
      'text-valign': 'bottom',
      'text-background-color': LOOK.label.background,
      'text-background-opacity': LOOK.label.backgroundOpacity,
      'text-background-padding': `${LOOK.label.padding}px`,
      // A halo (its width set with the label sizes), so that a tie under a label never crosses its letters
      'text-outline-color': LOOK.label.background,
      'text-outline-opacity': 0.9,
      'text-wrap': 'wrap',
      'border-width': LOOK.border.width,
      'border-color': LOOK.border.color,
    },
  },
  {
    selector: 'edge',
    style: {
      width: LOOK.tie.width,
      'line-color': 'data(color)',
      'curve-style': 'bezier',
      opacity: LOOK.tie.opacity,
    },
  },
  { selector: 'edge[?dashed]', style: { 'line-style': 'dashed', width: LOOK.dashedTie.width, opacity: LOOK.dashedTie.opacity } },
  // Named by one side only in the latest survey round: dashed in its topic's colour, as wide
  // as other ties; contradictory ones (the other side says it has ended) on a red underlay
  { selector: 'edge[confirmation = "one-side"], edge[confirmation = "contradictory"]', style: { width: LOOK.tie.width, opacity: LOOK.tie.opacity } },
  { selector: 'edge[confirmation = "contradictory"]', style: { 'underlay-color': '#dc2626', 'underlay-opacity': 0.3, 'underlay-padding': 3 } },
  // Suggested ties: dashed and darker than membership lines, reasons on hover
  { selector: 'edge[kind = "SUGGESTION"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], width: 2.2, opacity: 0.9 } },
  // Comparing two days: black, which no topic uses, thick for ties added and in long dashes for
  // ties ended (as GraphLegend.java draws them); red and green read as topics
  { selector: 'edge[change = "added"]', style: { 'line-color': '#000000', width: 4.5, opacity: 1 } },
  { selector: 'edge[change = "ended"]', style: { 'line-color': '#000000', 'line-style': 'dashed', 'line-dash-pattern': [10, 5], width: 3, opacity: 1 } },
  // A clicked tie: wider, opaque and with an amber glow under it, whatever its topic's colour
  { selector: 'edge:selected', style: { width: 4.5, opacity: 1, 'underlay-color': '#f59e0b', 'underlay-opacity': 0.55, 'underlay-padding': 5, 'z-index': 15 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0f172a', 'z-index': 10 } },
  // Where the arrow keys are: a blue ring, apart from the selection's dark border
  { selector: 'node.keyboard-focus', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.3, 'overlay-padding': 9, 'text-opacity': 1, 'z-index': 12 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.quiet', style: { 'text-opacity': 0 } },
  { selector: 'node.quiet:selected, node.quiet.on-path, node.quiet.hovered', style: { 'text-opacity': 1 } },
  // While hovering, only the neighbourhood's names that find room are drawn
  { selector: 'node.faded, node.hover-hidden', style: { 'text-opacity': 0 } },
  { selector: '.off-path', style: { opacity: 0.12 } },
  { selector: 'edge.on-path', style: { width: 5, opacity: 1, 'z-index': 20 } },
  { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
];

/** Below this zoom labels no longer grow in the graph's units (they drew as blank boxes). */
const MIN_LABEL_ZOOM = 0.15;

/** Straight, thin ties: bezier curves cost too much with tens of thousands of them. */
const LARGE_GRAPH_EDGES: StylesheetJson[number] = {
  selector: 'edge',
  style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 0.8, opacity: 0.45 },
};

/**
 * Below this zoom a large graph hides its ties: tens of thousands of them drew as a grey
 * mass that cost seconds per frame (docs/benchmarks.md). Ties on a highlighted path stay.
 */
export const LARGE_GRAPH_TIE_ZOOM = 0.3;

/** Whether a graph styled for this zoom hides its ties (the summary then says to zoom in). */
export function tiesHiddenAt(zoom: number, large: boolean): boolean {
  return large && zoom < LARGE_GRAPH_TIE_ZOOM;
}

const TIES_HIDDEN: StylesheetJson = [
  { selector: 'edge', style: { display: 'none' } },
  { selector: 'edge.on-path', style: { display: 'element' } },
];

/**
 * Label sizes change in steps of a quarter power of two: every change restyles every
 * element, which took seconds per zoom step at national size.
 */
export function labelScale(zoom: number): number {
  const step = Math.round(Math.log2(Math.max(zoom, MIN_LABEL_ZOOM)) * 4) / 4;
  return 2 ** step;
}

/**
 * Room between parallel ties (several topics on one pair) on screen, in pixels: in the
 * graph's units it would shrink with the zoom until the curves lay on each other and only
 * the top topic's colour showed.
 */
export const PARALLEL_TIE_GAP = 9;

/** The step between parallel ties at one zoom, in the graph's units. */
export function parallelStep(zoom: number): number {
  return PARALLEL_TIE_GAP / labelScale(zoom);
}

/** Label font size, gap below the node and wrapping width at one zoom, in the graph's units. */
export function labelSizes(zoom: number): { font: number; margin: number; maxWidth: number; halo: number } {
  const scale = labelScale(zoom);
  return { font: 11 / scale, margin: 3 / scale, maxWidth: 130 / scale, halo: 1.5 / scale };
}

/** Ties on the map bow out (network-graph-arcs.ts); a pair's ties keep the parallel gap apart. */
function arcsAt(zoom: number): StylesheetJson[number] {
  const step = parallelStep(zoom);
  return {
    selector: 'edge.arc',
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-weights': 0.5,
      'control-point-distances': ((edge: EdgeSingular) => (edge.data('arcBow') as number) + (edge.data('arcLane') as number) * step) as never,
    },
  };
}

/**
 * The style at one zoom level. Label sizes follow the zoom inversely, so that labels keep
 * their size on screen (far out they shrink away instead, as canvas cannot draw text that
 * large). They are plain values set anew on zoom: as functions of the zoom, Cytoscape kept
 * label sizes measured at an earlier zoom and drew the text clipped at both ends.
 */
export function styleAt(zoom: number, large: boolean): StylesheetJson {
  const label = labelSizes(zoom);
  const tiesHidden = tiesHiddenAt(zoom, large);
  return [
    ...STYLE,
    ...(large ? [LARGE_GRAPH_EDGES] : []),
    ...(tiesHidden ? TIES_HIDDEN : []),
    ...(large ? [] : [{ selector: 'edge', style: { 'control-point-step-size': parallelStep(zoom) } }, arcsAt(zoom)]),
    {
      selector: 'node',
      style: {
        'font-size': label.font,
        'text-margin-y': label.margin,
        'text-max-width': `${label.maxWidth}px`,
        'text-outline-width': label.halo,
        'min-zoomed-font-size': LOOK.label.minScreenSize,
      },
    },
    // Where the label's place under its node was taken (declutterLabels)
    { selector: 'node.label-above, node.hover-label-above', style: { 'text-valign': 'top', 'text-margin-y': -label.margin } },
    { selector: 'node.label-right, node.hover-label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': label.margin } },
    { selector: 'node.label-left, node.hover-label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -label.margin } },
    // A municipality's name farther out, with a leader line (network-graph-leaders.ts)
    { selector: 'node.label-far', style: { 'text-valign': 'center', 'text-halign': 'center', 'text-margin-x': 'data(labelDx)' as never, 'text-margin-y': 'data(labelDy)' as never } },
  ];
}
