import { LitElement, html, type PropertyValues } from 'lit';
import type { Core } from 'cytoscape';
import type { GraphData, GraphViewState, MapLayer, RendererName } from './network-graph-types.ts';
import { MapController } from './network-graph-map.ts';
import { fittedViewport, legendCover } from './network-graph-fit.ts';
import { GraphPipeline } from './network-graph-pipeline.ts';
import { drawClusterHulls } from './network-graph-hulls.ts';
import { drawIsolatesHeading } from './network-graph-isolates.ts';
import { drawLeaders } from './network-graph-leaders.ts';
import { clusterOutlines, labelOverlaps } from './network-graph-hooks.ts';
import { drawnState } from './network-graph-scale.ts';

/**
 * <network-graph>: the collaboration network drawn with Cytoscape.js. NetworkGraph.java
 * sends one `state` document per round trip (GraphViewState); GraphPipeline draws it.
 * Clicks come back as `graph-node-click`, `graph-edge-click` and
 * `graph-background-click` events; `data-ready` is set when the picture is final.
 */
export class NetworkGraph extends LitElement {
  static properties = { state: { attribute: false } };

  declare state: GraphViewState | null;

  /** The graph of the last document that had one (later ones may change only the view). */
  #graph: GraphData | null = null;
  /** The map of the last document that had one. */
  #map: MapLayer | null = null;
  readonly #mapController = new MapController();
  #hullFrame = 0;
  /** The timer that stops Cytoscape after the element left the page, unless it is moved. */
  #parked = 0;
  readonly #pipeline = new GraphPipeline({
    element: this,
    container: () => this.querySelector<HTMLElement>('.network-graph-canvas'),
    state: () => this.state,
    graph: () => this.#graph,
    map: () => this.#map,
    rendered: () => this.#scheduleHulls(),
  });

  constructor() {
    super();
    this.state = null;
  }

  /** The Cytoscape instance, for tests and diagnostics. */
  get cytoscape(): Core | null {
    return this.#pipeline.cytoscape;
  }

  /** The graph drawn (the last one a document brought), for tests and the benchmark. */
  get graph(): GraphData | null {
    return this.#graph;
  }

  /** The renderer drawing the graph now; the browser benchmark reports it. */
  get renderer(): RendererName {
    return this.#pipeline.renderer;
  }

  // Light DOM: Cytoscape measures its container and reads pointer positions from it.
  protected createRenderRoot(): HTMLElement {
    return this;
  }

  render() {
    return html`<svg class="county-map" aria-hidden="true" hidden></svg
      ><svg class="cluster-hulls" aria-hidden="true"></svg
      ><div class="network-graph-canvas" role="application" aria-roledescription=${this.getAttribute('data-roledescription') ?? ''}
        aria-label=${this.getAttribute('aria-label') ?? ''}></div
      ><div class="graph-keyboard-status" aria-live="polite"></div
      ><div class="map-attribution" hidden></div>`;
  }

  protected firstUpdated(): void {
    const container = this.querySelector<HTMLElement>('.network-graph-canvas');
    if (container) {
      // Drawn once the canvas has a size: hidden (the table twin) it waits
      new ResizeObserver(() => this.#pipeline.resized()).observe(container);
    }
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (this.#parked !== 0) {
      // Moved, not removed: Vaadin's router moves a new view into its place after building it
      window.clearTimeout(this.#parked);
      this.#parked = 0;
      this.#pipeline.resized();
    } else if (this.hasUpdated) {
      this.#pipeline.apply();
    }
  }

  disconnectedCallback(): void {
    // Cytoscape goes only when the element does not come back at once
    this.#parked = window.setTimeout(() => {
      this.#parked = 0;
      this.#pipeline.destroy();
    }, 0);
    super.disconnectedCallback();
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.state) {
      this.#graph = this.state.graph ?? this.#graph;
      this.#map = this.state.map ?? this.#map;
      this.#scheduleHulls();
      this.#pipeline.apply();
    }
  }

  /** Centres and zooms on one node, e.g. one found by search; after the drawing under way. */
  focusNode(id: string): void {
    this.#pipeline.focus(id);
  }

  /** Fits the whole graph into view, clear of the legend. */
  fit(): void {
    const cy = this.cytoscape;
    const viewport = cy ? fittedViewport(cy, cy.nodes(':visible').map((node) => node.position()), legendCover(this)) : null;
    if (cy && viewport) {
      cy.animate(viewport, { duration: 250 });
    }
  }

  /** Zooms in (factor above 1) or out around the centre of the view. */
  zoomBy(factor: number): void {
    const cy = this.cytoscape;
    cy?.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 200 });
  }

  /** Positions and hidden labels as drawn, as JSON text for DrawnState.java (exports, saved views). */
  drawnState(): string {
    return JSON.stringify(drawnState(this.cytoscape));
  }

  /** The municipalities drawn on the map now, with their shading; the browser tests read it. */
  mapAreas(): { code: string; fill: string }[] {
    const svg = this.querySelector('svg.county-map');
    if (!svg || svg.hasAttribute('hidden')) {
      return [];
    }
    return [...svg.querySelectorAll('path')].map((path) => ({ code: path.dataset.code ?? '', fill: path.getAttribute('fill') ?? '' }));
  }

  /** Number of cluster outlines drawn; the browser tests read it. */
  clusterOutlines(): number {
    return clusterOutlines(this);
  }

  /** Number of pairs of visible labels that overlap; the browser tests read it. */
  labelOverlaps(): number {
    const cy = this.cytoscape;
    return cy ? labelOverlaps(cy) : 0;
  }

  #scheduleHulls(): void {
    if (this.#hullFrame === 0) {
      this.#hullFrame = requestAnimationFrame(() => {
        this.#hullFrame = 0;
        const svg = this.querySelector<SVGSVGElement>('svg.cluster-hulls');
        const cy = this.cytoscape;
        const map = this.querySelector<SVGSVGElement>('svg.county-map');
        if (cy && map) {
          const onMap = this.state?.layout === 'geographic' ? this.#map : null;
          this.#mapController.draw(cy, map, onMap, this.querySelector<HTMLElement>('.map-attribution'));
        }
        if (cy && svg) {
          drawClusterHulls(cy, svg);
          drawIsolatesHeading(cy, svg, this.getAttribute('isolates-heading'), this.state?.layout === 'geographic');
          drawLeaders(cy, svg);
        }
      });
    }
  }
}

customElements.define('network-graph', NetworkGraph);

declare global {
  interface HTMLElementTagNameMap {
    'network-graph': NetworkGraph;
  }
}
