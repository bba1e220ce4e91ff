import type { GraphData, GraphNodeData } from './network-graph-types';
import type { Positions } from './network-graph-layout-client';
import { LARGE_GRAPH_ELEMENTS } from './network-graph-scale';

/** Where the browser keeps the layouts; most recent first. */
const STORAGE_KEY = 'samverkanskartan.layouts';

/** Layouts kept: a handful of views a user comes back to (a county's is about 15 KB). */
const KEPT = 8;

interface StoredLayout {
  signature: string;
  positions: Positions;
}

/**
 * Force layouts the worker made, kept in the browser's local storage per graph: the same
 * graph comes back in its final picture at once, instead of moving from the server's
 * discs to fcose's result seconds later. Storage that is full or switched off only means
 * the layout runs again.
 */
export class LayoutCache {
  /** The stored positions of exactly this graph's organisations, or null. */
  get(graph: GraphData): Positions | null {
    const signature = graphSignature(graph);
    const found = read().find((layout) => layout.signature === signature);
    const complete = found && graph.nodes.every((node) => isPoint(found.positions[node.id]));
    return complete ? found.positions : null;
  }

  put(graph: GraphData, positions: Positions): void {
    const signature = graphSignature(graph);
    const kept = read().filter((layout) => layout.signature !== signature);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify([{ signature, positions }, ...kept].slice(0, KEPT)));
    } catch {
      // Full or not allowed: the layout runs again next time
    }
  }
}

/** Where a fresh load first draws the organisations, and whether a large graph's ties come later. */
export interface FirstPlacement {
  placed: GraphNodeData[];
  fromCache: boolean;
  tiesLater: boolean;
}

/**
 * The layout kept in the browser for a graph that is not large, else the server's
 * positions; a large graph whose organisations all have positions gets its ties after the
 * first picture. `<network-graph>` and the page's early picture both start from this, so
 * that they draw the same.
 */
export function firstPlacement(graph: GraphData, layouts: LayoutCache): FirstPlacement {
  const large = graph.nodes.length + graph.edges.length > LARGE_GRAPH_ELEMENTS;
  const cached = large ? null : layouts.get(graph);
  const tiesLater = large && graph.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y));
  return { placed: cached ? placedAt(graph.nodes, cached) : graph.nodes, fromCache: cached !== null, tiesLater };
}

/** The organisations placed at the stored positions. */
export function placedAt(nodes: GraphNodeData[], positions: Positions): GraphNodeData[] {
  return nodes.map((node) => ({ ...node, x: positions[node.id][0], y: positions[node.id][1] }));
}

function read(): StoredLayout[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as StoredLayout[]).filter((layout) => typeof layout?.signature === 'string') : [];
  } catch {
    return [];
  }
}

function isPoint(at: unknown): boolean {
  return Array.isArray(at) && at.length === 2 && Number.isFinite(at[0]) && Number.isFinite(at[1]);
}

/** The organisations and who is tied to whom, in any order: what fcose lays out. */
function graphSignature(graph: GraphData): string {
  const nodes = graph.nodes.map((node) => node.id).sort();
  const ties = graph.edges.map((edge) => `${edge.source}>${edge.target}`).sort();
  return `${nodes.length}:${ties.length}:${fnv1a([...nodes, '|', ...ties].join('\n'))}`;
}

/** FNV-1a, 32 bits: a short key for local storage, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}
