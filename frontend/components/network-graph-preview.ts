import type { GraphData, GraphNodeData } from './network-graph-types';

/** Where the graph's units land on screen: the viewport Cytoscape will be given. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** What the preview drew; the browser benchmark and tests read it from the 'graph-preview' mark. */
export interface PreviewDetail extends Viewport {
  nodes: number;
  ties: number;
}

/** The preview canvas inside `<network-graph>`: drawn when a graph comes, hidden once Cytoscape has drawn. */
export class GraphPreview {
  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** Draws the graph fitted into the viewport; null when there is no canvas or nothing to fit. */
  show(graph: GraphData | null, viewport: Viewport | null, withTies: boolean): PreviewDetail | null {
    const canvas = this.#canvas();
    if (!canvas || !viewport || !graph) {
      return null;
    }
    canvas.hidden = false;
    return drawPreview(canvas, graph, viewport, withTies);
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
 * Draws organisations and ties at the server's positions on a plain canvas, as Cytoscape
 * will draw them (same viewport, colours, shapes and sizes; labels come with Cytoscape).
 * Cytoscape needs most of a second to style and draw a county on a software canvas; this
 * takes milliseconds, so the picture is there while it starts (docs/benchmarks.md).
 */
export function drawPreview(canvas: HTMLCanvasElement, graph: GraphData, viewport: Viewport, withTies: boolean): PreviewDetail {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  const detail = { ...viewport, nodes: 0, ties: 0 };
  if (!context) {
    return detail;
  }
  const { zoom, pan } = viewport;
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
  const at = new Map(graph.nodes.filter(placed).map((node) => [node.id, node]));
  if (withTies) {
    detail.ties = drawTies(context, graph, at);
  }
  for (const node of at.values()) {
    context.beginPath();
    shapePath(context, node);
    context.fillStyle = node.color;
    context.fill();
    // Cytoscape's 1-unit white border (network-graph-style.ts)
    context.lineWidth = 1;
    context.strokeStyle = '#ffffff';
    context.stroke();
    detail.nodes++;
  }
  return detail;
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
    // Widths and opacities of network-graph-style.ts
    context.globalAlpha = group.dashed ? 0.6 : 0.8;
    context.lineWidth = group.dashed ? 1 : 1.6;
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
