// Where organisations go: the positions a drawing starts from, and the checks and repairs
// that keep any layout spread out and free of overlaps. Pure functions, no Cytoscape.
import type { GraphNodeData, Positions } from './network-graph-types.ts';

export interface Point {
  x: number;
  y: number;
}

/** A node's place and its drawn width and height (nodes are drawn `size` wide). */
export interface Disc extends Point {
  id: string;
  size: number;
}

/** Below this ratio of the positions' principal axes a layout counts as a line. */
export const MIN_SPREAD = 0.1;

/** Room kept between two nodes' boxes after separating them. */
export const NODE_GAP = 6;

/**
 * The smaller principal axis of the points over the larger (square roots of the
 * covariance's eigenvalues): 1 for a round cloud, 0 for points on one line. Fewer than
 * three points count as spread out; points that are not all finite, or all on one spot,
 * as not.
 */
export function spread(points: Point[]): number {
  if (points.length < 3) {
    return 1;
  }
  if (!points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) {
    return 0;
  }
  const { xx, yy, xy } = covariance(points);
  const half = (xx + yy) / 2;
  const root = Math.sqrt(((xx - yy) / 2) ** 2 + xy ** 2);
  const major = Math.sqrt(half + root);
  return major < 1e-6 ? 0 : Math.sqrt(Math.max(0, half - root)) / major;
}

/** Pairs of nodes whose boxes overlap. */
export function overlappingPairs(discs: Disc[]): number {
  let pairs = 0;
  forEachNearPair(discs, 0, (a, b) => {
    if (penetration(a, b, 0) !== null) {
      pairs++;
    }
  });
  return pairs;
}

/**
 * Moves overlapping nodes apart, each pair along the axis where they overlap least, until
 * no two overlap (or after `sweeps` passes). Nodes that do not overlap stay where they are.
 */
export function separate(discs: Disc[], gap = NODE_GAP, sweeps = 200): Disc[] {
  const moved = discs.map((disc) => ({ ...disc }));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let any = false;
    forEachNearPair(moved, gap, (a, b, index) => {
      const push = penetration(a, b, gap);
      if (push === null) {
        return;
      }
      any = true;
      // Nodes on one spot part in a direction of their own (the golden angle), not all alike
      const angle = index * 2.399963;
      const [dx, dy] = push.coincident ? [Math.cos(angle), Math.sin(angle)] : [push.dx, push.dy];
      const half = push.coincident ? (a.size + b.size) / 4 + gap : 0.5;
      a.x -= dx * half;
      a.y -= dy * half;
      b.x += dx * half;
      b.y += dy * half;
    });
    if (!any) {
      break;
    }
  }
  return moved;
}

/**
 * The nodes on a circle, in the order of their places along the layout's longer axis, so
 * that a layout that came out as a line keeps its neighbours next to each other.
 */
export function ontoCircle(discs: Disc[]): Disc[] {
  const mx = discs.reduce((sum, d) => sum + (Number.isFinite(d.x) ? d.x : 0), 0) / Math.max(1, discs.length);
  const my = discs.reduce((sum, d) => sum + (Number.isFinite(d.y) ? d.y : 0), 0) / Math.max(1, discs.length);
  const [ax, ay] = majorAxis(discs);
  const order = discs
    .map((disc, index) => ({ index, along: Number.isFinite(disc.x) && Number.isFinite(disc.y) ? (disc.x - mx) * ax + (disc.y - my) * ay : index }))
    .sort((a, b) => a.along - b.along || a.index - b.index);
  const room = Math.max(...discs.map((disc) => disc.size), 10) + 40;
  const radius = Math.max(60, (discs.length * room) / (2 * Math.PI));
  const placed = discs.map((disc) => ({ ...disc }));
  order.forEach(({ index }, slot) => {
    const angle = (2 * Math.PI * slot) / discs.length - Math.PI / 2;
    placed[index].x = mx + radius * Math.cos(angle);
    placed[index].y = my + radius * Math.sin(angle);
  });
  return placed;
}

/**
 * A layout made fit to draw: one that came out as a line or a pile goes onto a circle
 * (unless its shape means something, as on a map), then overlapping nodes are moved apart.
 */
export function tidy(discs: Disc[], keepShape: boolean): Disc[] {
  const broken = !discs.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
  const flat = spread(discs) < MIN_SPREAD;
  const shaped = broken || (flat && !keepShape) ? ontoCircle(discs) : discs;
  return separate(shaped);
}

/** Where one load starts: positions by node id, and whether they are already final. */
export interface Start {
  at: Map<string, Point>;
  /** Final: a saved view, a layout kept in this browser, or a large graph the server laid out. */
  final: boolean;
  /** Whether the force layout starts afresh rather than from the organisations kept on screen. */
  fresh: boolean;
}

/**
 * The positions a new graph is first drawn at, in order of preference: a saved view's,
 * a layout this browser kept for exactly this graph, the places of organisations already
 * on screen when most of them stay (so that a filter does not reshuffle the picture), and
 * the server's.
 */
export function startPositions(
  nodes: GraphNodeData[],
  onScreen: Map<string, Point>,
  frozen: Positions | null,
  kept: Positions | null,
  large: boolean,
): Start {
  const server = (node: GraphNodeData): Point | null =>
    Number.isFinite(node.x) && Number.isFinite(node.y) ? { x: node.x as number, y: node.y as number } : null;
  const from = (positions: Positions): Map<string, Point> =>
    new Map(nodes.map((node) => [node.id, positions[node.id] ? { x: positions[node.id][0], y: positions[node.id][1] } : (server(node) ?? { x: 0, y: 0 })]));
  if (frozen) {
    return { at: from(frozen), final: true, fresh: false };
  }
  if (kept) {
    return { at: from(kept), final: true, fresh: false };
  }
  const placedByServer = nodes.every((node) => server(node) !== null);
  const staying = nodes.filter((node) => onScreen.has(node.id)).length;
  const incremental = !large && nodes.length > 0 && staying > nodes.length / 2;
  const at = new Map<string, Point>();
  nodes.forEach((node, index) => {
    const point = (incremental ? onScreen.get(node.id) : undefined) ?? server(node) ?? nearCentre(index);
    at.set(node.id, point);
  });
  return { at, final: large && placedByServer, fresh: !incremental };
}

/** A place for a node nobody placed: a sunflower pattern around the origin. */
function nearCentre(index: number): Point {
  const radius = 30 * Math.sqrt(index + 1);
  const angle = index * 2.399963;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function majorAxis(points: Point[]): [number, number] {
  const { xx, yy, xy } = covariance(points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)));
  const angle = 0.5 * Math.atan2(2 * xy, xx - yy);
  return [Math.cos(angle), Math.sin(angle)];
}

/** The points' centre and their sums of squared and crossed deviations from it. */
function covariance(points: Point[]): { mx: number; my: number; xx: number; yy: number; xy: number } {
  const mx = points.reduce((sum, p) => sum + p.x, 0) / Math.max(1, points.length);
  const my = points.reduce((sum, p) => sum + p.y, 0) / Math.max(1, points.length);
  let [xx, yy, xy] = [0, 0, 0];
  for (const p of points) {
    xx += (p.x - mx) ** 2;
    yy += (p.y - my) ** 2;
    xy += (p.x - mx) * (p.y - my);
  }
  return { mx, my, xx, yy, xy };
}

/** How far two nodes' boxes (with the gap) overlap, as the unit push that parts them; null when they do not. */
function penetration(a: Disc, b: Disc, gap: number): { dx: number; dy: number; coincident: boolean } | null {
  const reach = (a.size + b.size) / 2 + gap;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const overlapX = reach - Math.abs(dx);
  const overlapY = reach - Math.abs(dy);
  if (overlapX <= 0 || overlapY <= 0) {
    return null;
  }
  if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
    return { dx: 0, dy: 0, coincident: true };
  }
  // A pixel more than the overlap, so that parted nodes do not touch and catch again
  return overlapX < overlapY ? { dx: Math.sign(dx) * (overlapX + 1), dy: 0, coincident: false } : { dx: 0, dy: Math.sign(dy) * (overlapY + 1), coincident: false };
}

/** Calls back for each pair of nodes near enough to overlap, found through a grid of cells. */
function forEachNearPair(discs: Disc[], gap: number, visit: (a: Disc, b: Disc, index: number) => void): void {
  const cell = Math.max(1, ...discs.map((disc) => disc.size)) + gap;
  const grid = new Map<string, number[]>();
  discs.forEach((disc, index) => {
    if (!Number.isFinite(disc.x) || !Number.isFinite(disc.y)) {
      return;
    }
    const key = `${Math.floor(disc.x / cell)}:${Math.floor(disc.y / cell)}`;
    grid.get(key)?.push(index) ?? grid.set(key, [index]);
  });
  let pair = 0;
  discs.forEach((disc, index) => {
    if (!Number.isFinite(disc.x) || !Number.isFinite(disc.y)) {
      return;
    }
    const [cx, cy] = [Math.floor(disc.x / cell), Math.floor(disc.y / cell)];
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const other of grid.get(`${x}:${y}`) ?? []) {
          if (other > index) {
            visit(disc, discs[other], pair++);
          }
        }
      }
    }
  });
}
