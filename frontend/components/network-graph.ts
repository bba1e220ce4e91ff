import { LitElement, html, type PropertyValues } from 'lit';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { DrawnState, EdgeClickDetail, GraphData, LayoutName, NodeClickDetail, RendererName } from './network-graph-types';
import { FCOSE, geographicPositions, placedByServer, serverPlaced, wellPlaced } from './network-graph-layout';
import { STYLE } from './network-graph-style';
import { drawClusterHulls } from './network-graph-hulls';
import { LARGE_GRAPH_ELEMENTS, QUICK_LAYOUT, chooseRenderer, declutterLabels, rendererOptions, spreadOut, useLargeGraphStyle } from './network-graph-scale';

cytoscape.use(fcose);

/** Below this zoom labels no longer grow in the graph's units (they drew as blank boxes). */
const MIN_LABEL_ZOOM = 0.15;

/**
 * <network-graph>: draws the collaboration network with Cytoscape.js. Java pushes the
 * whole graph as one JSON document into the `graph` property; clicks come back as
 * `graph-node-click` and `graph-background-click` events.
 */
export class NetworkGraph extends LitElement {
  static properties = {
    graph: { attribute: false },
    selected: { attribute: false },
    layout: { attribute: false },
    highlighted: { attribute: false },
    frozen: { attribute: false },
  };

  declare graph: GraphData | null;
  declare selected: string | null;
  declare layout: LayoutName;
  declare highlighted: string[];
  /** Positions of a saved view: nodes are placed there instead of laid out. */
  declare frozen: Record<string, [number, number]> | null;

  #cy: Core | null = null;
  #resizeObserver: ResizeObserver | null = null;
  #fitPending = false;
  #declutterFrame = 0;
  #loading = false;
  #hullFrame = 0;
  #renderer: RendererName = 'canvas';
  #large = false;

  constructor() {
    super();
    this.graph = null;
    this.selected = null;
    this.layout = 'fcose';
    this.highlighted = [];
    this.frozen = null;
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

  connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.#cy) {
      this.#create();
      this.#load();
    }
  }

  disconnectedCallback(): void {
    // Vaadin's router moves a new view into place right after drawing it. Keeping Cytoscape
    // across that move drew labels measured in the old place (clipped, overlapping), so it
    // starts anew; the cost is a second draw on page load. Deferring the first draw until
    // after the move drew clipped labels as well (docs/benchmarks.md).
    this.#destroy();
    super.disconnectedCallback();
  }

  #destroy(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = null;
    this.#cy?.destroy();
    this.#cy = null;
  }

  protected firstUpdated(): void {
    this.#create();
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('graph')) {
      // The layout's end selects and reveals the selected node
      this.#load();
    } else {
      if (changed.has('layout')) {
        this.#runLayout(true);
      }
      if (changed.has('selected')) {
        this.#select();
      }
    }
    if (changed.has('highlighted') && !changed.has('graph')) {
      this.#highlight();
    }
  }

  /** Centres and zooms on one node, e.g. one found by search. */
  focusNode(id: string): void {
    const cy = this.#cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty()) {
      return;
    }
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.5) }, { duration: 300 });
  }

  /** Fits the whole graph into view. */
  fit(): void {
    this.#cy?.animate({ fit: { eles: this.#cy.elements(), padding: 30 } }, { duration: 250 });
  }

  /** Zooms in (factor above 1) or out around the centre of the view. */
  zoomBy(factor: number): void {
    const cy = this.#cy;
    if (cy) {
      cy.animate(
        { zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
        { duration: 200 },
      );
    }
  }

  #create(): void {
    const container = this.querySelector<HTMLElement>('.network-graph-canvas');
    if (!container) {
      return;
    }
    const cy = cytoscape({
      container,
      style: STYLE,
      wheelSensitivity: 0.3,
      minZoom: 0.02,
      maxZoom: 4,
      ...rendererOptions(this.#renderer, this.#large),
    } as cytoscape.CytoscapeOptions);
    if (this.#large) {
      useLargeGraphStyle(cy);
    }
    // Label sizes follow the zoom inversely, so labels keep their size on screen; far out
    // (a national graph) they shrink away instead, as canvas cannot draw text that large
    const labelZoom = () => Math.max(cy.zoom(), MIN_LABEL_ZOOM);
    cy.style()
      .selector('node')
      .style({
        'font-size': () => 11 / labelZoom(),
        'text-margin-y': () => 3 / labelZoom(),
        'text-max-width': () => `${130 / labelZoom()}px`,
        'min-zoomed-font-size': 6,
      } as never)
      .update();
    cy.on('tap', 'node', (event) => {
      const detail: NodeClickDetail = { id: event.target.id() };
      this.dispatchEvent(new CustomEvent('graph-node-click', { detail, bubbles: true, composed: true }));
    });
    cy.on('tap', 'edge', (event) => {
      const detail: EdgeClickDetail = { id: event.target.id() };
      this.dispatchEvent(new CustomEvent('graph-edge-click', { detail, bubbles: true, composed: true }));
    });
    cy.on('tap', (event) => {
      if (event.target === cy) {
        this.dispatchEvent(new CustomEvent('graph-background-click', { bubbles: true, composed: true }));
      }
    });
    cy.on('mouseover', 'node', (event) => {
      const neighbourhood = event.target.closedNeighborhood();
      cy.elements().not(neighbourhood).addClass('faded');
      neighbourhood.nodes().addClass('hovered');
    });
    cy.on('mouseout', 'node', () => cy.elements().removeClass('faded hovered'));
    // A tie's title (its topic, or a suggestion's reasons) shows as the tooltip
    cy.on('mouseover', 'edge', (event) => {
      container.title = (event.target.data('title') as string) ?? '';
    });
    cy.on('mouseout', 'edge', () => {
      container.title = '';
    });
    cy.on('render', () => this.#scheduleHulls());
    // Labels keep their size on screen, so zooming in makes room for more of them
    cy.on('zoom', () => this.#scheduleDeclutter());
    this.#cy = cy;
    // The side panel narrows the canvas; Cytoscape must re-measure it
    this.#resizeObserver = new ResizeObserver(() => {
      cy.resize();
      // A layout that ran while the canvas had no size has not been fitted yet
      if (this.#fitPending && cy.width() > 0 && cy.height() > 0) {
        this.#fitPending = false;
        cy.fit(undefined, 30);
      }
      this.#revealSelected();
    });
    this.#resizeObserver.observe(container);
  }

  #load(): void {
    // Renderer and tie style are fixed when Cytoscape starts, so a change of scale starts it anew
    const count = (this.graph?.nodes.length ?? 0) + (this.graph?.edges.length ?? 0);
    const renderer = chooseRenderer(count, window.location.search);
    const large = count > LARGE_GRAPH_ELEMENTS;
    if (this.#cy && (renderer !== this.#renderer || large !== this.#large)) {
      this.#destroy();
    }
    this.#renderer = renderer;
    this.#large = large;
    if (!this.#cy) {
      this.#create();
    }
    const cy = this.#cy;
    if (!cy) {
      return;
    }
    this.removeAttribute('data-ready');
    // Marks for the browser benchmark: data arrived here, drawn at 'graph-drawn'
    performance.mark('graph-data');
    this.#loading = true;
    const previous = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
    const elements: ElementDefinition[] = [
      ...(this.graph?.nodes ?? []).map((data) => ({ group: 'nodes' as const, data: { ...data } })),
      ...(this.graph?.edges ?? []).map((data) => ({ group: 'edges' as const, data: { ...data } })),
    ];
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    // Keep the positions of nodes that stay, so that a filter change does not reshuffle the picture
    let kept = 0;
    cy.nodes().forEach((node) => {
      const position = previous.get(node.id());
      if (position) {
        node.position(position);
        kept++;
      }
    });
    this.#runLayout(false, kept > cy.nodes().length / 2);
  }

  /** Runs the chosen layout; animated when the user switches layouts. */
  #runLayout(animate: boolean, incremental = false): void {
    const cy = this.#cy;
    if (!cy || cy.nodes().empty()) {
      this.#loading = false;
      this.setAttribute('data-ready', '');
      return;
    }
    // The server's positions stand in for the force layout's first run; "new layout" still runs it here
    const placed = this.layout === 'fcose' && !this.frozen && !animate && !incremental && placedByServer(cy);
    const layout = cy.layout(placed ? serverPlaced(animate) : this.#layoutOptions(cy, animate, incremental));
    layout.one('layoutstop', () => {
      // fcose can leave positions undefined, or all nodes on one spot, on some inputs; fall back to cose then
      if (!wellPlaced(cy)) {
        // cose would take minutes on a large graph; the grid is the last resort either way
        if (!this.#large) {
          cy.layout({ name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: false } as cytoscape.LayoutOptions).run();
        }
        if (!wellPlaced(cy)) {
          cy.layout({ name: 'grid', animate: false }).run();
        }
      }
      if (this.#large && !this.frozen && this.layout === 'fcose' && !placed) {
        spreadOut(cy);
      }
      this.#loading = false;
      this.#fitPending = cy.width() === 0 || cy.height() === 0;
      cy.fit(undefined, 30);
      this.#select();
      this.#highlight();
      this.#declutter();
      performance.mark('graph-drawn');
      this.setAttribute('data-ready', '');
    });
    layout.run();
  }

  #layoutOptions(cy: Core, animate: boolean, incremental: boolean): cytoscape.LayoutOptions {
    const common = { animate, animationDuration: 500, padding: 30, fit: true };
    const frozen = this.frozen;
    if (frozen) {
      return {
        ...common,
        name: 'preset',
        positions: (node: cytoscape.NodeSingular) => {
          const at = frozen[node.id()];
          return at ? { x: at[0], y: at[1] } : node.position();
        },
      } as cytoscape.LayoutOptions;
    }
    switch (this.layout) {
      case 'concentric':
        return { ...common, name: 'concentric', concentric: (node: cytoscape.NodeSingular) => node.degree(false), levelWidth: () => 4, minNodeSpacing: 30 } as cytoscape.LayoutOptions;
      case 'grouped':
        return { ...common, name: 'grid', avoidOverlap: true, sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => (a.data('kind') + a.data('label')).localeCompare(b.data('kind') + b.data('label'), 'sv') } as cytoscape.LayoutOptions;
      case 'geographic': {
        const positions = geographicPositions(cy);
        return { ...common, name: 'preset', positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) } as cytoscape.LayoutOptions;
      }
      default:
        if (this.#large) {
          return { ...common, ...QUICK_LAYOUT, animate: false } as cytoscape.LayoutOptions;
        }
        return { ...FCOSE, ...common, randomize: !animate && !incremental } as cytoscape.LayoutOptions;
    }
  }

  #select(): void {
    const cy = this.#cy;
    if (!cy) {
      return;
    }
    cy.elements().unselect();
    if (this.selected) {
      cy.getElementById(this.selected).select();
      this.#revealSelected();
    }
  }

  /**
   * What is drawn, for exports of the same picture: every node's position and the labels the
   * declutter pass hid. JSON text, so that Java reads it into a typed record.
   */
  drawnState(): string {
    const cy = this.#cy;
    const state: DrawnState = { positions: {}, hiddenLabels: [] };
    cy?.nodes().forEach((node) => {
      const { x, y } = node.position();
      state.positions[node.id()] = [x, y];
      if (node.hasClass('quiet')) {
        state.hiddenLabels.push(node.id());
      }
    });
    return JSON.stringify(state);
  }

  /** Number of cluster outlines drawn; the browser tests read it. */
  clusterOutlines(): number {
    return this.querySelectorAll('svg.cluster-hulls path').length;
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

  #scheduleDeclutter(): void {
    if (this.#declutterFrame === 0) {
      this.#declutterFrame = requestAnimationFrame(() => {
        this.#declutterFrame = 0;
        this.#declutter();
      });
    }
  }

  /**
   * Keeps labels from piling up: the best-connected organisations keep theirs, and a label
   * that would overlap one already shown is hidden until the user zooms in (or hovers,
   * selects, or follows a path to the node).
   */
  #declutter(): void {
    const cy = this.#cy;
    if (!cy) {
      return;
    }
    cy.style().update();
    declutterLabels(cy);
  }

  /** Number of pairs of visible labels that overlap; the browser tests read it. */
  labelOverlaps(): number {
    const cy = this.#cy;
    if (!cy) {
      return 0;
    }
    const boxes = cy
      .nodes()
      .filter((node) => !node.hasClass('quiet'))
      .map((node) => node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
          overlaps++;
        }
      }
    }
    return overlaps;
  }

  /** Marks a path (node and edge ids) and fades everything else; an empty list clears it. */
  #highlight(): void {
    const cy = this.#cy;
    if (!cy) {
      return;
    }
    cy.elements().removeClass('on-path off-path');
    if (this.highlighted.length > 0) {
      const onPath = cy.collection();
      this.highlighted.forEach((id) => onPath.merge(cy.getElementById(id)));
      onPath.addClass('on-path');
      cy.elements().not(onPath).addClass('off-path');
    }
  }

  /** Pans the selected node into view if it is outside the visible area. */
  #revealSelected(): void {
    const cy = this.#cy;
    const node = this.selected ? cy?.getElementById(this.selected) : null;
    if (!cy || !node || node.empty() || this.#loading) {
      return;
    }
    const p = node.renderedPosition();
    const margin = 40;
    if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin) {
      cy.animate({ center: { eles: node } }, { duration: 250 });
    }
  }
}

customElements.define('network-graph', NetworkGraph);

declare global {
  interface HTMLElementTagNameMap {
    'network-graph': NetworkGraph;
  }
}
