import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphData, GraphViewState, LayoutName, MapLayer, Positions, RendererName } from './network-graph-types.ts';
import { layoutPositions, positionsOf } from './network-graph-layout.ts';
import { LayoutWorkerClient } from './network-graph-layout-client.ts';
import { LayoutCache } from './network-graph-layout-cache.ts';
import { startPositions, type Point } from './network-graph-placement.ts';
import { fitPositions, moveTo, putElements, reveal, showPath, showSelected, tidied } from './network-graph-draw.ts';
import { LabelsController } from './network-graph-labels.ts';
import { showArcs } from './network-graph-arcs.ts';
import { legendCover } from './network-graph-fit.ts';
import { wireInteractions } from './network-graph-interactions.ts';
import { wireKeyboard } from './network-graph-keyboard.ts';
import { mark, markAfterPaint, shareInView } from './network-graph-hooks.ts';
import { LARGE_GRAPH_ELEMENTS, chooseRenderer, rendererOptions } from './network-graph-scale.ts';

cytoscape.use(fcose);

/** Resolves after the browser has painted: the worker started before held the first picture back. */
const nextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => window.setTimeout(done, 0)));

/** What the pipeline draws into and reads from its element. */
export interface PipelineHost {
  element: HTMLElement;
  container(): HTMLElement | null;
  state(): GraphViewState | null;
  graph(): GraphData | null;
  /** The map of the geographic layout, as last sent. */
  map(): MapLayer | null;
  /** Called on every frame Cytoscape draws (the cluster outlines follow). */
  rendered(): void;
}

/**
 * Draws every view state in the same steps: choose where the organisations start (a saved
 * view, a layout kept here, their places on screen, or the server's), draw them, lay them
 * out, tidy the layout, and settle. A newer state stops an older drawing at its next step.
 * The element's `data-ready` attribute is set when the picture is final.
 */
export class GraphPipeline {
  #cy: Core | null = null;
  #labels: LabelsController | null = null;
  #renderer: RendererName = 'canvas';
  #large = false;
  /** Counts drawings and layouts; the steps of an older one stop. */
  #run = 0;
  #drawnGraph: GraphData | null = null;
  #drawnLayout: LayoutName | null = null;
  #focus: string | null = null;
  readonly #worker = new LayoutWorkerClient();
  readonly #layouts = new LayoutCache();
  readonly #host: PipelineHost;
  readonly #element: HTMLElement;

  constructor(host: PipelineHost) {
    this.#host = host;
    this.#element = host.element;
  }

  get cytoscape(): Core | null {
    return this.#cy;
  }

  get renderer(): RendererName {
    return this.#renderer;
  }

  /** Centres and zooms on one node once the drawing under way is done. */
  focus(id: string): void {
    this.#focus = id;
    if (this.#element.hasAttribute('data-ready')) {
      this.#focusNow();
    }
  }

  /** Brings the picture to the state: a new graph or layout is drawn; selection and path at once. */
  apply(): void {
    const state = this.#host.state();
    const graph = this.#host.graph();
    const container = this.#host.container();
    if (!state || !graph || !container || !this.#element.isConnected || container.clientWidth === 0 || container.clientHeight === 0) {
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
    if (this.#element.hasAttribute('data-ready')) {
      reveal(cy, state.selected);
    }
  }

  /** A new graph: drawn at its start positions, then laid out. */
  async #draw(graph: GraphData, state: GraphViewState, container: HTMLElement): Promise<void> {
    const run = ++this.#run;
    this.#element.removeAttribute('data-ready');
    mark('graph-data');
    const cy = this.#cytoscapeFor(graph, container);
    const large = this.#large;
    const forceLayout = state.layout === 'fcose' && !state.frozen;
    const kept = forceLayout && !large ? this.#layouts.get(graph) : null;
    const start = startPositions(graph.nodes, positionsOf(cy), state.frozen, kept, large);
    this.#drawnGraph = graph;
    this.#drawnLayout = state.layout;
    this.#labels?.countTies(graph.edges);
    // The view first, so that the elements come in styled for its zoom
    fitPositions(cy, start.at.values(), legendCover(this.#element));
    this.#labels?.restyle(cy);
    // Labels hidden in the first picture: measuring them for the declutter first held it back by half
    const tiesAdded = putElements(cy, graph, start.at, { tiesLater: large && start.final, labelsLater: true }, () => run === this.#run);
    showSelected(cy, state.selected);
    showPath(cy, state.highlighted);
    markAfterPaint('graph-drawn', () => ({ inView: shareInView(cy), ties: cy.edges().length }));
    await nextPaint();
    if (run !== this.#run) {
      return;
    }
    this.#labels?.declutter(cy);
    const final = start.final && (forceLayout || state.frozen !== null);
    const target = final ? start.at : await layoutPositions(cy, { layout: state.layout, large, randomize: start.fresh, mapEast: this.#host.map()?.bounds[2] }, this.#worker);
    // Thousands of nodes are not animated: each frame would redraw them all
    const placed = await this.#settle(cy, run, target, { animate: !final && !large, frozen: state.frozen !== null, layout: state.layout });
    if (placed && forceLayout && start.fresh && !final && !large) {
      this.#layouts.put(graph, placed);
    }
    if (large && start.final) {
      await tiesAdded;
      if (run === this.#run) {
        showPath(cy, this.#host.state()?.highlighted ?? []);
        mark('graph-ties-added');
      }
    }
  }

  /** The same graph in another layout, moved there from where it is. */
  async #relayout(cy: Core, state: GraphViewState): Promise<void> {
    const run = ++this.#run;
    this.#element.removeAttribute('data-ready');
    this.#drawnLayout = state.layout;
    const graph = this.#host.graph();
    const kept = state.layout === 'fcose' && !this.#large && graph ? this.#layouts.get(graph) : null;
    const target = kept
      ? new Map(Object.entries(kept).map(([id, [x, y]]) => [id, { x, y }]))
      : await layoutPositions(cy, { layout: state.layout, large: this.#large, randomize: false, mapEast: this.#host.map()?.bounds[2] }, this.#worker);
    await this.#settle(cy, run, target, { animate: !this.#large, frozen: false, layout: state.layout });
  }

  /**
   * The last step: the layout made fit to draw (spread out, no overlaps; a saved view as
   * saved), the nodes moved there, and the picture marked ready. Null when a newer run came.
   */
  async #settle(cy: Core, run: number, target: Map<string, Point>, how: { animate: boolean; frozen: boolean; layout: LayoutName }): Promise<Positions | null> {
    if (run !== this.#run) {
      return null;
    }
    const placed = how.frozen || this.#large ? target : tidied(cy, target, how.layout === 'geographic');
    showArcs(cy, how.layout === 'geographic' && !this.#large ? placed : null);
    if (how.animate) {
      await moveTo(cy, placed, true, legendCover(this.#element));
    } else if (placed !== target) {
      // Already drawn at these places and fitted; only what tidying moved moves
      cy.nodes().positions((node) => placed.get(node.id()) ?? node.position());
      fitPositions(cy, placed.values(), legendCover(this.#element));
      this.#labels?.declutter(cy);
    }
    if (run !== this.#run || cy.destroyed()) {
      return null;
    }
    if (how.animate) {
      mark('graph-placed');
      this.#labels?.declutter(cy);
    }
    showSelected(cy, this.#host.state()?.selected ?? null);
    showPath(cy, this.#host.state()?.highlighted ?? []);
    reveal(cy, this.#host.state()?.selected ?? null);
    this.#focusNow();
    this.#element.setAttribute('data-ready', '');
    markAfterPaint('graph-settled');
    return Object.fromEntries([...placed].map(([id, p]) => [id, [p.x, p.y] as [number, number]]));
  }

  /** Cytoscape for this graph: started once, and anew when the graph's scale changes its renderer. */
  #cytoscapeFor(graph: GraphData, container: HTMLElement): Core {
    const count = graph.nodes.length + graph.edges.length;
    const renderer = chooseRenderer(count, window.location.search);
    const large = count > LARGE_GRAPH_ELEMENTS;
    if (this.#cy && (renderer !== this.#renderer || large !== this.#large)) {
      this.destroy();
    }
    this.#renderer = renderer;
    this.#large = large;
    if (this.#cy) {
      this.#cy.resize();
      return this.#cy;
    }
    const labels = new LabelsController(this.#element, large);
    const cy = cytoscape({
      container,
      style: labels.initialStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.02,
      maxZoom: 4,
      ...rendererOptions(renderer, large),
    } as cytoscape.CytoscapeOptions);
    wireInteractions(cy, this.#element, container);
    wireKeyboard(cy, this.#element, container, this.#element.querySelector<HTMLElement>('.graph-keyboard-status'));
    labels.watch(cy);
    cy.on('render', () => this.#host.rendered());
    this.#cy = cy;
    this.#labels = labels;
    this.#worker.prepare();
    return cy;
  }

  /** The canvas changed size (a side panel, the window, shown again after the table). */
  resized(): void {
    const cy = this.#cy;
    if (cy && this.#host.graph() === this.#drawnGraph) {
      cy.resize();
      reveal(cy, this.#host.state()?.selected ?? null);
    } else {
      this.apply();
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

  destroy(): void {
    this.#run++;
    this.#worker.stop();
    this.#labels?.stop();
    this.#cy?.destroy();
    this.#cy = null;
    this.#labels = null;
    this.#drawnGraph = null;
    this.#drawnLayout = null;
    this.#element.removeAttribute('data-ready');
  }
}
