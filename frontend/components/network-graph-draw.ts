// The mapping of a view state onto Cytoscape: elements, positions, selection, path.
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { GraphData } from './network-graph-types.ts';
import { gatherIsolated } from './network-graph-isolates.ts';
import { tidy, type Point } from './network-graph-placement.ts';
import { FIT_PADDING, fittedViewport, type Box } from './network-graph-fit.ts';

/** Ties added per task while a large graph's ties come in after its first picture. */
const TIES_PER_TASK = 2500;


/**
 * Replaces the drawn elements with the graph's, each organisation at its start position
 * (with its label hidden, when the labels are decluttered after the first picture).
 * A large graph's ties come in shares after the first picture, each share in a task of
 * its own, while `current()` says the graph is still the one to draw.
 */
export function putElements(cy: Core, graph: GraphData, at: Map<string, Point>, later: { tiesLater: boolean; labelsLater: boolean }, current: () => boolean): Promise<void> {
  const { tiesLater } = later;
  const classes = later.labelsLater ? ['quiet'] : [];
  cy.batch(() => {
    cy.elements().remove();
    cy.add(graph.nodes.map((data) => ({ group: 'nodes' as const, data: { ...data }, classes, position: { ...(at.get(data.id) ?? { x: 0, y: 0 }) } })));
    if (!tiesLater) {
      cy.add(graph.edges.map((data) => ({ group: 'edges' as const, data: { ...data } })));
    }
  });
  if (!tiesLater) {
    return Promise.resolve();
  }
  return new Promise((done) => {
    const addFrom = (from: number) =>
      window.setTimeout(() => {
        if (!current() || cy.destroyed()) {
          done();
          return;
        }
        const to = Math.min(graph.edges.length, from + TIES_PER_TASK);
        cy.batch(() => cy.add(graph.edges.slice(from, to).map((data) => ({ group: 'edges' as const, data: { ...data } }))));
        if (to < graph.edges.length) {
          addFrom(to);
        } else {
          done();
        }
      }, 0);
    // After the first picture is painted (and marked): added before it, they held it back
    requestAnimationFrame(() => window.setTimeout(() => addFrom(0), 0));
  });
}

/**
 * Fits the graph into view from the positions alone (Cytoscape's own fit measures every
 * label first, which cost a third of the first picture at national size), clear of the
 * legend.
 */
export function fitPositions(cy: Core, points: Iterable<Point>, cover: Box | null): void {
  const viewport = fittedViewport(cy, points, cover);
  if (viewport) {
    cy.viewport(viewport);
  } else {
    cy.fit(undefined, FIT_PADDING);
  }
}

/** Moves the nodes to their new places, animated or at once, and fits them into view clear of the legend. */
export function moveTo(cy: Core, target: Map<string, Point>, animate: boolean, cover: Box | null): Promise<void> {
  const viewport = fittedViewport(cy, target.values(), cover);
  return new Promise((done) => {
    const layout = cy.layout({
      name: 'preset',
      animate,
      animationDuration: 400,
      padding: FIT_PADDING,
      fit: viewport === null,
      positions: (node: cytoscape.NodeSingular) => target.get(node.id()) ?? node.position(),
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => done());
    if (viewport && animate) {
      cy.animate(viewport, { duration: 400 });
    } else if (viewport) {
      cy.viewport(viewport);
    }
    layout.run();
  });
}

/** Selects one organisation, or none. */
export function showSelected(cy: Core, selected: string | null): void {
  cy.batch(() => {
    cy.elements(':selected').unselect();
    if (selected) {
      cy.getElementById(selected).select();
    }
  });
}

/** Marks a path (node and tie ids) and fades everything else; an empty list clears it. */
export function showPath(cy: Core, ids: string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('on-path off-path');
    if (ids.length > 0) {
      const onPath = cy.collection();
      ids.forEach((id) => onPath.merge(cy.getElementById(id)));
      onPath.addClass('on-path');
      cy.elements().not(onPath).addClass('off-path');
    }
  });
}

/** Pans the selected organisation (or tie) into view when it is outside the visible area. */
export function reveal(cy: Core, selected: string | null): void {
  const node = selected ? cy.getElementById(selected) : null;
  if (!node || node.empty()) {
    return;
  }
  // A tie has no position of its own: the middle of its line
  const p = node.group() === 'edges' ? (node as cytoscape.EdgeSingular).renderedMidpoint() : (node as cytoscape.NodeSingular).renderedPosition();
  const margin = 40;
  if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin) {
    cy.animate({ center: { eles: node } }, { duration: 250 });
  }
}

/** The layout made fit to draw (tidy); the same map when nothing had to move. */
export function tidied(cy: Core, target: Map<string, Point>, keepShape: boolean): Map<string, Point> {
  const discs = cy.nodes().map((node) => ({ id: node.id(), size: Number(node.data('size')) || 20, ...(target.get(node.id()) ?? { x: NaN, y: NaN }) }));
  // On a map a place is a place; elsewhere organisations tied to nothing go into a block aside
  const isolated = keepShape ? new Set<string>() : new Set(cy.nodes().filter((node) => node.degree(false) === 0).map((node) => node.id()));
  const repaired = tidy(gatherIsolated(discs, isolated, cy.width() / Math.max(cy.height(), 1)), keepShape);
  const moved = repaired.some((disc, i) => disc.x !== discs[i].x || disc.y !== discs[i].y);
  return moved ? new Map(repaired.map((disc) => [disc.id, { x: disc.x, y: disc.y }])) : target;
}
