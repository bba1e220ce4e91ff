import type { Core } from 'cytoscape';
import type { NodeClickDetail } from './network-graph-types.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** An organisation where it is drawn on screen. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The organisation an arrow key moves to: the nearest one within 45° of the direction,
 * a step to the side counting double. Null when there is none that way.
 */
export function nextInDirection(from: PlacedNode, nodes: readonly PlacedNode[], direction: Direction): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const node of nodes) {
    if (node.id === from.id) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = node.id;
    }
  }
  return best;
}

/** Where the keyboard starts: the selected organisation, else the one nearest the middle. */
export function startingNode(nodes: readonly PlacedNode[], selected: string | null, middle: { x: number; y: number }): string | null {
  if (selected && nodes.some((node) => node.id === selected)) return selected;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const node of nodes) {
    const distance = Math.hypot(node.x - middle.x, node.y - middle.y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = node.id;
    }
  }
  return best;
}

/**
 * The graph by keyboard: Tab reaches the picture, the arrow keys move between the
 * organisations as they are drawn, Enter or Space chooses one (as a click does), and a
 * live region says which one has the focus.
 */
export function wireKeyboard(cy: Core, host: HTMLElement, container: HTMLElement, status: HTMLElement | null): void {
  container.tabIndex = 0;
  let current: string | null = null;
  const placed = (): PlacedNode[] =>
    cy.nodes(':visible').map((node) => ({ id: node.id(), ...node.renderedPosition() }));
  const show = (id: string) => {
    cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
    current = id;
    const node = cy.getElementById(id);
    node.addClass('keyboard-focus');
    const at = node.renderedPosition();
    if (at.x < 0 || at.y < 0 || at.x > cy.width() || at.y > cy.height()) cy.center(node);
    if (status) status.textContent = String(node.data('label') ?? '');
  };
  container.addEventListener('focus', () => {
    // A click also focuses the picture; only the keyboard shows where it is
    if (!container.matches(':focus-visible')) return;
    const nodes = placed();
    const start = current && nodes.some((node) => node.id === current) ? current
      : startingNode(nodes, cy.nodes(':selected').first().id() ?? null, { x: cy.width() / 2, y: cy.height() / 2 });
    if (start) show(start);
  });
  container.addEventListener('blur', () => cy.nodes('.keyboard-focus').removeClass('keyboard-focus'));
  container.addEventListener('keydown', (event) => {
    if (!current || cy.getElementById(current).empty()) return;
    const direction = DIRECTIONS[event.key];
    if (direction) {
      const node = cy.getElementById(current);
      const next = nextInDirection({ id: current, ...node.renderedPosition() }, placed(), direction);
      if (next) show(next);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const detail: NodeClickDetail = { id: current };
      host.dispatchEvent(new CustomEvent('graph-node-click', { detail, bubbles: true, composed: true }));
      event.preventDefault();
    }
  });
}
