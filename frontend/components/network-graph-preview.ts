import type { BoundingBox12 } from 'cytoscape';
import type { GraphData, GraphNodeData } from './network-graph-types';
import { shownLabels } from './network-graph-scale';
import { LOOK, labelSizes } from './network-graph-style';

/** Where the graph's units land on screen: the viewport Cytoscape will be given. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** What the preview drew; the browser benchmark and tests read it from the 'graph-preview' mark. */
export interface PreviewDetail extends Viewport {
  nodes: number;
  ties: number;
  labels: number;
}

/** What the preview drew, and the organisations whose labels it left out (null: it drew no labels). */
export interface Preview {
  detail: PreviewDetail;
  quiet: Set<string> | null;
}

/** The preview canvas inside `<network-graph>`: drawn when a graph comes, hidden once Cytoscape has drawn. */
export class GraphPreview {
  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** Draws the graph fitted into the viewport (labels of the best-tied first); null when there is no canvas or nothing to fit. */
  show(graph: GraphData | null, viewport: Viewport | null, withTies: boolean, degree: Map<string, number>): Preview | null {
    const canvas = this.#canvas();
    if (!canvas || !viewport || !graph) {
      return null;
    }
    canvas.hidden = false;
    return drawPreview(canvas, graph, viewport, withTies, degree);
  }

  /** Keeps the drawn preview out of sight until `until` (the page's early picture moves onto it). */
  veil(until: Promise<void>): void {
    const canvas = this.#canvas();
    if (canvas) {
      canvas.style.visibility = 'hidden';
      void until.then(() => canvas.style.removeProperty('visibility'));
    }
  }

  /** Hides the preview and gives back the canvas memory. */
  clear(): void {
    const canvas = this.#canvas();
    if (canvas && !canvas.hidden) {
      canvas.hidden = true;
      canvas.width = 0;
      canvas.height = 0;
    }
  }

  #canvas(): HTMLCanvasElement | null {
    return this.#host.querySelector<HTMLCanvasElement>('canvas.network-graph-preview');
  }
}

/**
 * Draws organisations, ties and labels at the server's positions on a plain canvas, as
 * Cytoscape will draw them (same viewport, colours, shapes, sizes and label style, labels
 * decluttered the same way).
 * Cytoscape needs most of a second to style and draw a county on a software canvas; this
 * takes milliseconds, so the picture is there while it starts (docs/benchmarks.md).
 */
export function drawPreview(canvas: HTMLCanvasElement, graph: GraphData, viewport: Viewport, withTies: boolean, degree: Map<string, number>): Preview {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  const detail = { ...viewport, nodes: 0, ties: 0, labels: 0 };
  if (!context) {
    return { detail, quiet: null };
  }
  const { zoom, pan } = viewport;
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
  const at = new Map(graph.nodes.filter(placed).map((node) => [node.id, node]));
  if (withTies) {
    detail.ties = drawTies(context, graph, at);
  }
  // Labels under the organisations: in the preview every organisation stays visible
  const quiet = drawLabels(context, [...at.values()], degree, zoom);
  detail.labels = quiet ? at.size - quiet.size : 0;
  for (const node of at.values()) {
    context.beginPath();
    shapePath(context, node);
    context.fillStyle = node.color;
    context.fill();
    context.lineWidth = LOOK.border.width;
    context.strokeStyle = LOOK.border.color;
    context.stroke();
    detail.nodes++;
  }
  return { detail, quiet };
}

/**
 * Labels below their organisations, wrapped, on a pale box; those that would overlap hidden.
 * Returns the organisations whose labels it hid, or null when labels are too small to show.
 */
function drawLabels(context: CanvasRenderingContext2D, nodes: GraphNodeData[], degree: Map<string, number>, zoom: number): Set<string> | null {
  const style = labelSizes(zoom);
  // Cytoscape hides labels drawn smaller than this on screen ('min-zoomed-font-size')
  if (style.font * zoom < LOOK.label.minScreenSize) {
    return null;
  }
  context.font = `${style.font}px ${LOOK.label.family}`;
  const byDegree = [...nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0));
  const labels = byDegree.map((node) => {
    const lines = wrap(context, node.label, style.maxWidth);
    const width = Math.max(...lines.map((line) => context.measureText(line).width));
    const top = (node.y as number) + node.size / 2 + style.margin;
    const x = node.x as number;
    const pad = LOOK.label.padding;
    const box: BoundingBox12 = { x1: x - width / 2 - pad, x2: x + width / 2 + pad, y1: top - pad, y2: top + lines.length * style.font + pad };
    return { lines, box, x, top };
  });
  const shown = shownLabels(labels.map((label) => label.box));
  context.textAlign = 'center';
  context.textBaseline = 'top';
  const quiet = new Set<string>();
  labels.forEach((label, index) => {
    if (!shown[index]) {
      quiet.add(byDegree[index].id);
      return;
    }
    const { box } = label;
    context.globalAlpha = LOOK.label.backgroundOpacity;
    context.fillStyle = LOOK.label.background;
    context.fillRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
    context.globalAlpha = 1;
    context.fillStyle = LOOK.label.color;
    label.lines.forEach((line, row) => context.fillText(line, label.x, label.top + row * style.font));
  });
  return quiet;
}

/** Words onto lines no wider than the maximum, as Cytoscape's 'text-wrap: wrap' does. */
function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && context.measureText(longer).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  return line ? [...lines, line] : lines.length > 0 ? lines : [''];
}

function placed(node: GraphNodeData): boolean {
  return Number.isFinite(node.x) && Number.isFinite(node.y);
}

/** One path per colour and line style: thousands of separate strokes cost far more. */
function drawTies(context: CanvasRenderingContext2D, graph: GraphData, at: Map<string, GraphNodeData>): number {
  const groups = new Map<string, { color: string; dashed: boolean; ends: [GraphNodeData, GraphNodeData][] }>();
  for (const edge of graph.edges) {
    const source = at.get(edge.source);
    const target = at.get(edge.target);
    if (!source || !target) {
      continue;
    }
    const key = `${edge.color} ${edge.dashed}`;
    const group = groups.get(key) ?? { color: edge.color, dashed: edge.dashed, ends: [] };
    group.ends.push([source, target]);
    groups.set(key, group);
  }
  let drawn = 0;
  for (const group of groups.values()) {
    context.beginPath();
    for (const [source, target] of group.ends) {
      context.moveTo(source.x as number, source.y as number);
      context.lineTo(target.x as number, target.y as number);
    }
    const look = group.dashed ? LOOK.dashedTie : LOOK.tie;
    context.globalAlpha = look.opacity;
    context.lineWidth = look.width;
    // Cytoscape's default dash pattern
    context.setLineDash(group.dashed ? [6, 3] : []);
    context.strokeStyle = group.color;
    context.stroke();
    drawn += group.ends.length;
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
  return drawn;
}

function shapePath(context: CanvasRenderingContext2D, node: GraphNodeData): void {
  const x = node.x as number;
  const y = node.y as number;
  const r = node.size / 2;
  switch (node.shape) {
    case 'round-rectangle':
      // Cytoscape's automatic corner radius
      context.roundRect(x - r, y - r, 2 * r, 2 * r, Math.min(r / 2, 8));
      break;
    case 'diamond':
      polygon(context, x, y, r, [[0, -1], [1, 0], [0, 1], [-1, 0]]);
      break;
    case 'hexagon':
      // Cytoscape's hexagon: corners left and right, flat top and bottom, fitted to the square
      polygon(context, x, y, r, [[-1, 0], [-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1]]);
      break;
    default:
      context.arc(x, y, r, 0, 2 * Math.PI);
  }
}

function polygon(context: CanvasRenderingContext2D, x: number, y: number, r: number, corners: [number, number][]): void {
  corners.forEach(([dx, dy], index) => (index === 0 ? context.moveTo(x + dx * r, y + dy * r) : context.lineTo(x + dx * r, y + dy * r)));
  context.closePath();
}
