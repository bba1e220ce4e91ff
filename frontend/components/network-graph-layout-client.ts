import type { Core } from 'cytoscape';
import type { LayoutRequest, LayoutResult, Positions } from './network-graph-types.ts';

/**
 * Talks to the layout worker (network-graph-layout-worker.ts). Only the latest request is
 * answered; an earlier one resolves to null, as does a worker that fails or cannot start,
 * so that the caller lays out on the main thread instead.
 */
export class LayoutWorkerClient {
  #worker: Worker | null = null;
  #broken = false;
  #next = 0;
  #waiting: { id: number; resolve: (positions: Positions | null) => void } | null = null;

  place(cy: Core, randomize: boolean): Promise<Positions | null> {
    this.#waiting?.resolve(null);
    this.#waiting = null;
    const worker = this.#start();
    if (!worker) {
      return Promise.resolve(null);
    }
    const request: LayoutRequest = {
      id: ++this.#next,
      randomize,
      nodes: cy.nodes().map((node) => {
        const { x, y } = node.position();
        return { id: node.id(), size: Number(node.data('size')) || 20, x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 };
      }),
      edges: cy.edges().map((edge) => [edge.data('source'), edge.data('target')] as [string, string]),
    };
    return new Promise((resolve) => {
      this.#waiting = { id: request.id, resolve };
      worker.postMessage(request);
    });
  }

  /** Starts the worker ahead of need: fetching and parsing its script takes a moment. */
  prepare(): void {
    this.#start();
  }

  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#waiting?.resolve(null);
    this.#waiting = null;
  }

  #start(): Worker | null {
    if (this.#worker || this.#broken) {
      return this.#worker;
    }
    try {
      const worker = new Worker(new URL('./network-graph-layout-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<LayoutResult>) => {
        if (this.#waiting?.id === event.data.id) {
          this.#waiting.resolve(event.data.positions);
          this.#waiting = null;
        }
      };
      worker.onerror = () => this.#fail();
      this.#worker = worker;
    } catch {
      this.#fail();
    }
    return this.#worker;
  }

  #fail(): void {
    this.#broken = true;
    this.stop();
  }
}
