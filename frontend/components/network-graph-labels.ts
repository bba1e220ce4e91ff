import type { Core, NodeSingular } from 'cytoscape';
import { LARGE_GRAPH_TIE_ZOOM, LOOK, labelScale, labelSizes, styleAt, tiesHiddenAt } from './network-graph-style.ts';
import { declutterLabels, degrees } from './network-graph-scale.ts';
import { hoverNode, leaveNode } from './network-graph-hover.ts';
import type { GraphEdgeData } from './network-graph-types.ts';

/**
 * How far Cytoscape's measured label box reaches beyond the drawn label on each side, in
 * the graph's units ("marginOfError" in its bounds.mjs). The places are computed from that
 * box, so it counts towards the node too; left out, an above and a below label came 4
 * units closer than planned and overlapped when zoomed in.
 */
export const LABEL_BOUNDS_SLACK = 2;

/**
 * Labels keep their size on screen and never overlap: the style follows the zoom in
 * steps, and after each zoom the best-connected organisations keep their labels while a
 * label that would overlap one shown is hidden until the user zooms in (or hovers,
 * selects, or follows a path to the node).
 */
export class LabelsController {
  #styledZoom = 1;
  #degree = new Map<string, number>();
  #frame = 0;
  #hovered: NodeSingular | null = null;
  readonly #large: boolean;
  readonly #host: HTMLElement;

  constructor(host: HTMLElement, large: boolean) {
    this.#host = host;
    this.#large = large;
  }

  /** The style Cytoscape starts with; a large graph is seen from far out first. */
  initialStyle(): ReturnType<typeof styleAt> {
    this.#styledZoom = this.#large ? 0.01 : 1;
    this.#host.toggleAttribute('ties-hidden', tiesHiddenAt(this.#styledZoom, this.#large));
    return styleAt(this.#styledZoom, this.#large);
  }

  /** Follows the zoom and the pointer from now on: hovering shows a neighbourhood's names. */
  watch(cy: Core): void {
    cy.on('mouseover', 'node', (event) => {
      this.#hovered = event.target;
      hoverNode(cy, event.target, this.#margin());
    });
    cy.on('mouseout', 'node', () => {
      this.#hovered = null;
      leaveNode(cy);
    });
    cy.on('zoom', () => {
      if (this.#frame === 0) {
        this.#frame = requestAnimationFrame(() => {
          this.#frame = 0;
          if (!cy.destroyed()) {
            this.declutter(cy);
          }
        });
      }
    });
  }

  /** The ties that count for whose label stays: the best-connected first. */
  countTies(edges: GraphEdgeData[]): void {
    this.#degree = degrees(edges);
  }

  /** Restyles for the current zoom where its step changed, then hides overlapping labels. */
  declutter(cy: Core): void {
    this.restyle(cy);
    // A zoom while hovering: the places are computed without the hover's, then it is shown again
    const hovered = this.#hovered;
    if (hovered) {
      leaveNode(cy);
    }
    declutterLabels(cy, this.#degree, this.#margin());
    if (hovered && !hovered.removed()) {
      hoverNode(cy, hovered, this.#margin());
    }
  }

  /** From a node to its label's measured box, at the styled zoom. */
  #margin(): number {
    const sizes = labelSizes(this.#styledZoom);
    return sizes.margin - sizes.halo - LOOK.label.padding - LABEL_BOUNDS_SLACK;
  }

  /**
   * The style for the current zoom, where its step changed. Called before elements are
   * added, it spares restyling them all once they are in.
   */
  restyle(cy: Core): void {
    const zoom = cy.zoom();
    const styled = this.#styledZoom;
    const tiesCrossed = this.#large && styled < LARGE_GRAPH_TIE_ZOOM !== zoom < LARGE_GRAPH_TIE_ZOOM;
    if (labelScale(zoom) !== labelScale(styled) || tiesCrossed) {
      this.#styledZoom = zoom;
      cy.style().fromJson(styleAt(zoom, this.#large)).update();
      this.#host.toggleAttribute('ties-hidden', tiesHiddenAt(zoom, this.#large));
    }
  }

  stop(): void {
    this.#hovered = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#host.removeAttribute('ties-hidden');
  }
}
