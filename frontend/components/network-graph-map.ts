// The county's map under the geographic layout: the municipalities' borders (and their
// shading) in an SVG layer that follows Cytoscape's pan and zoom, and the borders' source.
import type { Core } from 'cytoscape';
import type { MapLayer } from './network-graph-types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The transform that puts the map's units where Cytoscape draws the graph's. */
export function mapTransform(pan: { x: number; y: number }, zoom: number): string {
  return `translate(${pan.x.toFixed(2)} ${pan.y.toFixed(2)}) scale(${zoom.toFixed(5)})`;
}

/**
 * Keeps the SVG layer showing the map: paths made anew only when the layer changed, the
 * transform on every frame; empty when the layout is not the map.
 */
export class MapController {
  #drawn: MapLayer | null = null;

  draw(cy: Core, svg: SVGSVGElement, layer: MapLayer | null, attribution: HTMLElement | null): void {
    const shown = layer !== null;
    svg.toggleAttribute('hidden', !shown);
    if (attribution) {
      attribution.hidden = !shown;
      attribution.textContent = layer?.attribution ?? '';
    }
    if (!layer) {
      return;
    }
    let group = svg.querySelector<SVGGElement>('g.county-areas');
    if (!group || this.#drawn !== layer) {
      group = document.createElementNS(SVG_NS, 'g');
      group.setAttribute('class', 'county-areas');
      for (const area of layer.areas) {
        const path = document.createElementNS(SVG_NS, 'path');
        path.setAttribute('d', area.path);
        path.setAttribute('fill', area.fill ?? '#f8fafc');
        path.setAttribute('fill-rule', 'evenodd');
        path.setAttribute('stroke', '#94a3b8');
        path.setAttribute('stroke-width', '1');
        path.setAttribute('vector-effect', 'non-scaling-stroke');
        path.setAttribute('data-code', area.code);
        const title = document.createElementNS(SVG_NS, 'title');
        title.textContent = area.name;
        path.appendChild(title);
        group.appendChild(path);
      }
      svg.replaceChildren(group);
      this.#drawn = layer;
    }
    group.setAttribute('transform', mapTransform(cy.pan(), cy.zoom()));
  }
}
