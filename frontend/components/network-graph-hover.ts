import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';
import { LABEL_GAP, LABEL_PLACES, labelBoxes, placeLabels } from './network-graph-scale.ts';

/** A label in the hovered neighbourhood: the boxes it may take, and whether the declutter hid it. */
export interface HoverLabel {
  places: BoundingBox12[];
  quiet: boolean;
}

/**
 * Where the labels of a hovered neighbourhood go (an index into each one's places, or -1
 * when not drawn): the hovered organisation's name first, then the names already shown,
 * then hidden names in the first place that overlaps none drawn. Faded labels are not
 * drawn at all, so nothing lies over a label.
 */
export function labelsOnHover(hovered: HoverLabel, neighbours: HoverLabel[], gap: number): { hovered: number; neighbours: number[] } {
  const order = neighbours.map((_, i) => i).sort((a, b) => Number(neighbours[a].quiet) - Number(neighbours[b].quiet));
  const places = placeLabels([hovered.places, ...order.map((i) => neighbours[i].places)], gap);
  const result = new Array<number>(neighbours.length);
  order.forEach((i, rank) => {
    result[i] = places[rank + 1];
  });
  return { hovered: places[0], neighbours: result };
}

const HOVER_CLASSES = ['faded', 'hovered', 'hover-hidden', ...LABEL_PLACES.slice(1).map((place) => `hover-label-${place}`)].join(' ');

/**
 * Fades all but the node's neighbourhood and draws the names there that find room; a
 * hidden name may stand above, right or left of its node, as the declutter places them.
 */
export function hoverNode(cy: Core, node: NodeSingular, margin: number): void {
  const neighbourhood = node.closedNeighborhood();
  const neighbours = neighbourhood.nodes().not(node).toArray() as NodeSingular[];
  const label = (at: NodeSingular): HoverLabel => {
    const box = at.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
    const quiet = at.hasClass('quiet');
    return { places: quiet ? labelBoxes(box, { ...at.position(), size: at.width() }, margin) : [box], quiet };
  };
  const drawn = labelsOnHover(label(node), neighbours.map(label), LABEL_GAP / Math.max(cy.zoom(), 1e-6));
  const show = (at: NodeSingular, place: number) => {
    at.addClass(place < 0 ? 'hover-hidden' : 'hovered');
    if (place > 0 && at.hasClass('quiet')) {
      at.addClass(`hover-label-${LABEL_PLACES[place]}`);
    }
  };
  cy.batch(() => {
    cy.elements().not(neighbourhood).addClass('faded');
    show(node, drawn.hovered);
    neighbours.forEach((other, i) => show(other, drawn.neighbours[i]));
  });
}

/** Undoes {@link hoverNode}. */
export function leaveNode(cy: Core): void {
  cy.batch(() => cy.elements().removeClass(HOVER_CLASSES));
}
