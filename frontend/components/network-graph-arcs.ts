// Ties on the map are drawn as arcs, so that a tie between two places does not run along a
// straight line through the places between them; several topics on one pair lie side by side.
import type { Core } from 'cytoscape';
import type { Point } from './network-graph-placement.ts';

/** How far an arc bows out, as a share of the tie's length. */
export const ARC_BOW = 0.18;

/** One tie's arc: its bow in the graph's units and its lane among the pair's ties, both signed. */
export interface Arc {
  bow: number;
  lane: number;
}

/**
 * The arcs of the ties: each bows to the same side seen from the pair's first id (Cytoscape
 * measures from source to target), and the ties of one pair get lanes -k … k around it.
 */
export function arcsOf(edges: { id: string; source: string; target: string }[], at: Map<string, Point>): Map<string, Arc> {
  const pairs = new Map<string, string[]>();
  for (const edge of edges) {
    const key = [edge.source, edge.target].sort().join('\u0000');
    pairs.set(key, [...(pairs.get(key) ?? []), edge.id]);
  }
  const lane = new Map<string, number>();
  pairs.forEach((ids) => [...ids].sort().forEach((id, i) => lane.set(id, i - (ids.length - 1) / 2)));
  const arcs = new Map<string, Arc>();
  for (const edge of edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (!a || !b) {
      continue;
    }
    const sign = edge.source < edge.target ? 1 : -1;
    arcs.set(edge.id, { bow: sign * ARC_BOW * Math.hypot(b.x - a.x, b.y - a.y), lane: sign * (lane.get(edge.id) ?? 0) });
  }
  return arcs;
}

/** Draws the ties as arcs (on the map) or as before (elsewhere); the style reads the class. */
export function showArcs(cy: Core, at: Map<string, Point> | null): void {
  cy.batch(() => {
    if (!at) {
      cy.edges('.arc').removeClass('arc');
      return;
    }
    const edges = cy.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
    arcsOf(edges, at).forEach((arc, id) => cy.getElementById(id).data({ arcBow: arc.bow, arcLane: arc.lane }).addClass('arc'));
  });
}
