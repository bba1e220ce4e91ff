import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_SPREAD, ontoCircle, overlappingPairs, separate, spread, startPositions, tidy, type Disc } from './network-graph-placement.ts';
import type { GraphNodeData } from './network-graph-types.ts';

const disc = (id: string, x: number, y: number, size = 20): Disc => ({ id, x, y, size });
const line = (count: number): Disc[] => Array.from({ length: count }, (_, i) => disc(`n${i}`, i * 50, i * 50));
const node = (id: string, x: number | null = null, y: number | null = null): GraphNodeData => ({
  id, label: id, kind: 'municipality', color: '#000', shape: 'ellipse', size: 20, mapX: null, mapY: null, cluster: null, x, y,
});

describe('spread', () => {
  it('is 1 for a round cloud and 0 for points on a diagonal line', () => {
    const square = [disc('a', 0, 0), disc('b', 100, 0), disc('c', 0, 100), disc('d', 100, 100)];
    assert.ok(Math.abs(spread(square) - 1) < 1e-9);
    assert.equal(spread(line(10)), 0);
  });

  it('is 0 for points on one spot or with a missing position', () => {
    assert.equal(spread([disc('a', 5, 5), disc('b', 5, 5), disc('c', 5, 5)]), 0);
    assert.equal(spread([disc('a', 0, 0), disc('b', NaN, 3), disc('c', 4, 9)]), 0);
  });

  it('counts two points as spread out', () => {
    assert.equal(spread([disc('a', 0, 0), disc('b', 10, 0)]), 1);
  });
});

describe('separate', () => {
  it('parts overlapping nodes until none overlap and leaves the others in place', () => {
    const discs = [disc('a', 0, 0), disc('b', 5, 3), disc('c', 8, -2), disc('far', 500, 500)];
    assert.equal(overlappingPairs(discs), 3);
    const parted = separate(discs);
    assert.equal(overlappingPairs(parted), 0);
    assert.deepEqual(parted[3], discs[3]);
  });

  it('parts a pile of nodes on one spot in different directions', () => {
    const pile = Array.from({ length: 30 }, (_, i) => disc(`p${i}`, 0, 0));
    const parted = separate(pile);
    assert.equal(overlappingPairs(parted), 0);
    assert.ok(spread(parted) > MIN_SPREAD);
  });

  it('does not change the input', () => {
    const discs = [disc('a', 0, 0), disc('b', 1, 1)];
    separate(discs);
    assert.deepEqual(discs, [disc('a', 0, 0), disc('b', 1, 1)]);
  });
});

describe('tidy', () => {
  it('puts a layout that came out as a line onto a circle, neighbours kept next to each other', () => {
    const tidied = tidy(line(12), false);
    assert.ok(spread(tidied) > 0.9);
    assert.equal(overlappingPairs(tidied), 0);
    const angle = (d: Disc) => Math.atan2(d.y - tidied.reduce((s, t) => s + t.y, 0) / 12, d.x - tidied.reduce((s, t) => s + t.x, 0) / 12);
    const step = Math.abs(angle(tidied[1]) - angle(tidied[0]));
    assert.ok(Math.abs(step - (2 * Math.PI) / 12) < 1e-6 || Math.abs(step - (2 * Math.PI - (2 * Math.PI) / 12)) < 1e-6);
  });

  it('keeps the shape of a map that is a line, but parts its overlapping nodes', () => {
    const map = [...line(5), disc('twin', 100, 100)];
    const tidied = tidy(map, true);
    assert.equal(overlappingPairs(tidied), 0);
    assert.deepEqual(tidied.slice(0, 2), map.slice(0, 2));
    assert.deepEqual(tidied.slice(3, 5), map.slice(3, 5));
  });

  it('places nodes without a position', () => {
    const tidied = tidy([disc('a', NaN, 0), disc('b', 0, 0), disc('c', 10, 10)], true);
    assert.ok(tidied.every((d) => Number.isFinite(d.x) && Number.isFinite(d.y)));
    assert.equal(overlappingPairs(tidied), 0);
  });

  it('leaves a good layout alone', () => {
    const good = [disc('a', 0, 0), disc('b', 100, 0), disc('c', 0, 100), disc('d', 100, 100)];
    assert.deepEqual(tidy(good, false), good);
  });
});

describe('ontoCircle', () => {
  it('orders the nodes along the longer axis', () => {
    const placed = ontoCircle([disc('right', 100, 0), disc('left', -100, 0), disc('middle', 0, 0)]);
    assert.equal(placed.length, 3);
    assert.equal(placed[0].id, 'right');
    assert.ok(spread(placed) > 0.9);
  });
});

describe('startPositions', () => {
  const graph = [node('a', 1, 2), node('b', 3, 4), node('c', 5, 6)];

  it('uses a saved view first and counts it final', () => {
    const start = startPositions(graph, new Map(), { a: [10, 20] }, { a: [7, 7], b: [8, 8], c: [9, 9] }, false);
    assert.deepEqual(start.at.get('a'), { x: 10, y: 20 });
    assert.deepEqual(start.at.get('b'), { x: 3, y: 4 });
    assert.equal(start.final, true);
  });

  it('uses a layout kept in the browser, final', () => {
    const start = startPositions(graph, new Map(), null, { a: [7, 7], b: [8, 8], c: [9, 9] }, false);
    assert.deepEqual(start.at.get('c'), { x: 9, y: 9 });
    assert.equal(start.final, true);
  });

  it('keeps the places on screen when most organisations stay, the rest at the server positions', () => {
    const onScreen = new Map([['a', { x: 100, y: 100 }], ['b', { x: 200, y: 200 }]]);
    const start = startPositions(graph, onScreen, null, null, false);
    assert.deepEqual(start.at.get('a'), { x: 100, y: 100 });
    assert.deepEqual(start.at.get('c'), { x: 5, y: 6 });
    assert.equal(start.fresh, false);
    assert.equal(start.final, false);
  });

  it('starts afresh from the server when most organisations are new', () => {
    const start = startPositions(graph, new Map([['a', { x: 100, y: 100 }]]), null, null, false);
    assert.deepEqual(start.at.get('a'), { x: 1, y: 2 });
    assert.equal(start.fresh, true);
  });

  it('gives nodes nobody placed distinct places', () => {
    const start = startPositions([node('x'), node('y'), node('z')], new Map(), null, null, false);
    const points = [...start.at.values()];
    assert.equal(new Set(points.map((p) => `${p.x},${p.y}`)).size, 3);
  });

  it('counts a large graph the server laid out as final', () => {
    assert.equal(startPositions(graph, new Map(), null, null, true).final, true);
    assert.equal(startPositions([...graph, node('d')], new Map(), null, null, true).final, false);
  });
});
