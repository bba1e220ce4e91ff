import type { GraphData, Positions } from './network-graph-types.ts';

/** Where the browser keeps the layouts; most recent first. */
const STORAGE_KEY = 'samverkanskartan.layouts';

/** Layouts kept: a handful of views a user comes back to (a county's is about 15 KB). */
const KEPT = 8;

interface StoredLayout {
  signature: string;
  positions: Positions;
}

/** The part of the browser's Storage the cache uses. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Force layouts made here, kept per graph (in the browser's local storage): the same graph
 * comes back in its final picture at once, instead of moving from the server's positions
 * to fcose's result a second later. Storage that is full or switched off only means the
 * layout runs again.
 */
export class LayoutCache {
  readonly #store: () => KeyValueStore | null;

  constructor(store: () => KeyValueStore | null = () => (typeof localStorage === 'undefined' ? null : localStorage)) {
    this.#store = store;
  }

  /** The stored positions of exactly this graph's organisations and ties, or null. */
  get(graph: GraphData): Positions | null {
    const signature = graphSignature(graph);
    const found = this.#read().find((layout) => layout.signature === signature);
    const complete = found && graph.nodes.every((node) => isPoint(found.positions[node.id]));
    return complete ? found.positions : null;
  }

  put(graph: GraphData, positions: Positions): void {
    const signature = graphSignature(graph);
    const kept = this.#read().filter((layout) => layout.signature !== signature);
    try {
      this.#store()?.setItem(STORAGE_KEY, JSON.stringify([{ signature, positions }, ...kept].slice(0, KEPT)));
    } catch {
      // Full or not allowed: the layout runs again next time
    }
  }

  #read(): StoredLayout[] {
    try {
      const stored: unknown = JSON.parse(this.#store()?.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(stored) ? (stored as StoredLayout[]).filter((layout) => typeof layout?.signature === 'string') : [];
    } catch {
      return [];
    }
  }
}

function isPoint(at: unknown): boolean {
  return Array.isArray(at) && at.length === 2 && Number.isFinite(at[0]) && Number.isFinite(at[1]);
}

/** The organisations and who is tied to whom, in any order: what fcose lays out. */
export function graphSignature(graph: GraphData): string {
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
