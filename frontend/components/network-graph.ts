import { LitElement, html, type PropertyValues } from 'lit';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphData, GraphViewState, LayoutName, RendererName } from './network-graph-types.ts';
import { layoutPositions, positionsOf } from './network-graph-layout.ts';
import { LayoutWorkerClient } from './network-graph-layout-client.ts';
import { LayoutCache } from './network-graph-layout-cache.ts';
import { startPositions, tidy, type Point } from './network-graph-placement.ts';
import { fitPositions, moveTo, putElements, reveal, showPath, showSelected } from './network-graph-draw.ts';
import { LabelsController } from './network-graph-labels.ts';
import { drawClusterHulls } from './network-graph-hulls.ts';
import { wireInteractions } from './network-graph-interactions.ts';
import { clusterOutlines, mark, markAfterPaint, shareInView } from './network-graph-hooks.ts';
import { LARGE_GRAPH_ELEMENTS, chooseRenderer, drawnState, labelOverlaps, rendererOptions } from './network-graph-scale.ts';

cytoscape.use(fcose);

/** Resolves after the browser has painted: the worker started before held the first picture back. */
const nextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => window.setTimeout(done, 0)));

/**
 * <network-graph>: draws the collaboration network with Cytoscape.js. NetworkGraph.java
 * sends one `state` document per round trip (GraphViewState); every document is drawn in
 * the same steps: receive it, choose where the organisations start (a saved view, a layout
 * kept here, their places on screen, or the server's), draw them, lay them out and settle.
 * A newer document stops an older drawing at its next step. Clicks come back as
 * `graph-node-click`, `graph-edge-click` and `graph-background-click` events.
 */
export class NetworkGraph extends LitElement {
  static properties = { state: { attribute: false } };

  declare state: GraphViewState | null;

  #graph: GraphData | null = null;
  #cy: Core | null = null;
  #labels: LabelsController | null = null;
  #renderer: RendererName = 'canvas';
  #large = false;
  /** Counts drawings and layouts; the steps of an older one stop. */
  #run = 0;
  #drawnGraph: GraphData | null = null;
  #drawnLayout: LayoutName | null = null;
  #focus: string | null = null;
  #hullFrame = 0;
  /** The timer that stops Cytoscape after the element left the page, unless it is moved. */
  #parked = 0;
  #sizeObserver: ResizeObserver | null = null;
  readonly #worker = new LayoutWorkerClient();
  readonly #layouts = new LayoutCache();

  constructor() {
    super();
    this.state = null;
  }

  /** The Cytoscape instance, for tests and diagnostics. */
  get cytoscape(): Core | null {
    return this.#cy;
  }

  /** The renderer drawing the graph now; the browser benchmark reports it. */
  get renderer(): RendererName {
    return this.#renderer;
  }

  // Light DOM: Cytoscape measures its container and reads pointer positions from it.
  protected createRenderRoot(): HTMLElement {
    return this;
  }

  render() {
    return html`<svg class="cluster-hulls" aria-hidden="true"></svg
      ><div class="network-graph-canvas" role="img" aria-label=${this.getAttribute('aria-label') ?? ''}></div>`;
  }

  protected firstUpdated(): void {
    const container = this.#container();
    if (container) {
      // Drawn once the canvas has a size: hidden (the table twin) it waits
      this.#sizeObserver = new ResizeObserver(() => this.#resized());
      this.#sizeObserver.observe(container);
    }
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (this.#parked !== 0) {
      // Moved, not removed: Vaadin's router moves a new view into its place after building it
      window.clearTimeout(this.#parked);
      this.#parked = 0;
      this.#resized();
    } else if (this.hasUpdated) {
      this.#apply();
    }
  }

  disconnectedCallback(): void {
    // Cytoscape goes only when the element does not come back at once
    this.#parked = window.setTimeout(() => {
      this.#parked = 0;
      this.#destroy();
    }, 0);
    super.disconnectedCallback();
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.state) {
      this.#graph = this.state.graph ?? this.#graph;
      this.#apply();
    }
  }

  /** Centres and zooms on one node, e.g. one found by search; after the drawing under way. */
  focusNode(id: string): void {
    this.#focus = id;
    if (this.hasAttribute('data-ready')) {
      this.#focusNow();
    }
  }

  /** Fits the whole graph into view. */
  fit(): void {
    this.#cy?.animate({ fit: { eles: this.#cy.elements(), padding: 30 } }, { duration: 250 });
  }

  /** Zooms in (factor above 1) or out around the centre of the view. */
  zoomBy(factor: number): void {
    const cy = this.#cy;
    cy?.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 200 });
  }

  /** Positions and hidden labels as drawn, as JSON text for DrawnState.java (exports, saved views). */
  drawnState(): string {
    return JSON.stringify(drawnState(this.#cy));
  }

  /** Number of cluster outlines drawn; the browser tests read it. */
  clusterOutlines(): number {
    return clusterOutlines(this);
  }

  /** Number of pairs of visible labels that overlap; the browser tests read it. */
  labelOverlaps(): number {
    return this.#cy ? labelOverlaps(this.#cy) : 0;
  }

  #container(): HTMLElement | null {
    return this.querySelector<HTMLElement>('.network-graph-canvas');
  }

  /** Brings the picture to the state: a new graph or layout is drawn; selection and path at once. */
  #apply(): void {
    const state = this.state;
    const graph = this.#graph;
    const container = this.#container();
    if (!state || !graph || !container || !this.isConnected || container.clientWidth === 0 || container.clientHeight === 0) {
      return;
    }
    const cy = this.#cy;
    if (!cy || graph !== this.#drawnGraph) {
      void this.#draw(graph, state, container);
      return;
    }
    if (state.layout !== this.#drawnLayout) {
      void this.#relayout(cy, state);
    }
    showSelected(cy, state.selected);
    showPath(cy, state.highlighted);
    if (this.hasAttribute('data-ready')) {
      reveal(cy, state.selected);
    }
  }

  /** A new graph: drawn at its start positions, then laid out. */
  async #draw(graph: GraphData, state: GraphViewState, container: HTMLElement): Promise<void> {
    const run = ++this.#run;
    this.removeAttribute('data-ready');
    mark('graph-data');
    const cy = this.#cytoscapeFor(graph, container);
    const large = this.#large;
    const forceLayout = state.layout === 'fcose' && !state.frozen;
    const kept = forceLayout && !large ? this.#layouts.get(graph) : null;
    const start = startPositions(graph.nodes, positionsOf(cy), state.frozen, kept, large);
    this.#drawnGraph = graph;
    this.#drawnLayout = state.layout;
    this.#labels?.countTies(graph.edges);
    const tiesAdded = putElements(cy, graph, start.at, large && start.final, () => run === this.#run);
    fitPositions(cy, start.at.values());
    this.#labels?.declutter(cy);
    showSelected(cy, state.selected);
    showPath(cy, state.highlighted);
    markAfterPaint('graph-drawn', () => ({ inView: shareInView(cy), ties: cy.edges().length }));
    const final = start.final && (forceLayout || state.frozen !== null);
    let target = start.at;
    if (!final) {
      await nextPaint();
      if (run !== this.#run) {
        return;
      }
      target = await layoutPositions(cy, { layout: state.layout, large, randomize: start.fresh }, this.#worker);
    }
    const placed = await this.#settle(cy, run, target, { animate: !final, frozen: state.frozen !== null, layout: state.layout });
    if (placed && forceLayout && start.fresh && !final && !large) {
      this.#layouts.put(graph, placed);
    }
    if (large && start.final) {
      await tiesAdded;
      if (run === this.#run) {
        showPath(cy, this.state?.highlighted ?? []);
        mark('graph-ties-added');
      }
    }
  }

  /** The same graph in another layout, moved there from where it is. */
  async #relayout(cy: Core, state: GraphViewState): Promise<void> {
    const run = ++this.#run;
    this.removeAttribute('data-ready');
    this.#drawnLayout = state.layout;
    const kept = state.layout === 'fcose' && !this.#large && this.#graph ? this.#layouts.get(this.#graph) : null;
    const target = kept
      ? new Map(Object.entries(kept).map(([id, [x, y]]) => [id, { x, y }]))
      : await layoutPositions(cy, { layout: state.layout, large: this.#large, randomize: false }, this.#worker);
    await this.#settle(cy, run, target, { animate: true, frozen: false, layout: state.layout });
  }

  /**
   * The last step: the layout made fit to draw (spread out, no overlaps; a saved view as
   * saved), the nodes moved there, and the picture marked ready. Null when a newer run came.
   */
  async #settle(cy: Core, run: number, target: Map<string, Point>, how: { animate: boolean; frozen: boolean; layout: LayoutName }): Promise<Record<string, [number, number]> | null> {
    if (run !== this.#run) {
      return null;
    }
    let placed = target;
    if (!how.frozen && !this.#large) {
      const discs = cy.nodes().map((node) => ({ id: node.id(), size: Number(node.data('size')) || 20, ...(target.get(node.id()) ?? { x: NaN, y: NaN }) }));
      placed = new Map(tidy(discs, how.layout === 'geographic').map((disc) => [disc.id, { x: disc.x, y: disc.y }]));
    }
    if (how.animate) {
      await moveTo(cy, placed, true);
    } else if (placed !== target) {
      // Already drawn at these places and fitted; only what tidying moved moves
      cy.nodes().positions((node) => placed.get(node.id()) ?? node.position());
      fitPositions(cy, placed.values());
    }
    if (run !== this.#run || cy.destroyed()) {
      return null;
    }
    if (how.animate) {
      mark('graph-placed');
    }
    this.#labels?.declutter(cy);
    showSelected(cy, this.state?.selected ?? null);
    showPath(cy, this.state?.highlighted ?? []);
    reveal(cy, this.state?.selected ?? null);
    this.#focusNow();
    this.setAttribute('data-ready', '');
    markAfterPaint('graph-settled');
    return Object.fromEntries([...placed].map(([id, p]) => [id, [p.x, p.y] as [number, number]]));
  }

  /** Cytoscape for this graph: started once, and anew when the graph's scale changes its renderer. */
  #cytoscapeFor(graph: GraphData, container: HTMLElement): Core {
    const count = graph.nodes.length + graph.edges.length;
    const renderer = chooseRenderer(count, window.location.search);
    const large = count > LARGE_GRAPH_ELEMENTS;
    if (this.#cy && (renderer !== this.#renderer || large !== this.#large)) {
      this.#destroy();
    }
    this.#renderer = renderer;
    this.#large = large;
    if (this.#cy) {
      this.#cy.resize();
      return this.#cy;
    }
    const labels = new LabelsController(this, large);
    const cy = cytoscape({
      container,
      style: labels.initialStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.02,
      maxZoom: 4,
      ...rendererOptions(renderer, large),
    } as cytoscape.CytoscapeOptions);
    wireInteractions(cy, this, container);
    labels.watch(cy);
    cy.on('render', () => this.#scheduleHulls());
    this.#cy = cy;
    this.#labels = labels;
    this.#worker.prepare();
    return cy;
  }

  #resized(): void {
    const cy = this.#cy;
    if (cy && this.#graph === this.#drawnGraph) {
      cy.resize();
      reveal(cy, this.state?.selected ?? null);
    } else {
      this.#apply();
    }
  }

  #focusNow(): void {
    const cy = this.#cy;
    const node = this.#focus ? cy?.getElementById(this.#focus) : null;
    this.#focus = null;
    if (cy && node && node.nonempty()) {
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.5) }, { duration: 300 });
    }
  }

  #scheduleHulls(): void {
    if (this.#hullFrame === 0) {
      this.#hullFrame = requestAnimationFrame(() => {
        this.#hullFrame = 0;
        const svg = this.querySelector<SVGSVGElement>('svg.cluster-hulls');
        if (this.#cy && svg) {
          drawClusterHulls(this.#cy, svg);
        }
      });
    }
  }

  #destroy(): void {
    this.#run++;
    this.#worker.stop();
    this.#labels?.stop();
    this.#cy?.destroy();
    this.#cy = null;
    this.#labels = null;
    this.#drawnGraph = null;
    this.#drawnLayout = null;
    this.removeAttribute('data-ready');
  }
}

customElements.define('network-graph', NetworkGraph);

declare global {
  interface HTMLElementTagNameMap {
    'network-graph': NetworkGraph;
  }
}
