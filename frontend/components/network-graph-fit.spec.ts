import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIT_PADDING, boundsOf, viewportFor, type Box } from './network-graph-fit.ts';

const toScreen = (p: { x: number; y: number }, v: { zoom: number; pan: { x: number; y: number } }) => ({ x: p.x * v.zoom + v.pan.x, y: p.y * v.zoom + v.pan.y });

const inside = (p: { x: number; y: number }, box: Box) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;

test('without a cover the graph is centred in the whole canvas with the padding around it', () => {
  const v = viewportFor({ left: 0, top: 0, right: 100, bottom: 100 }, 1000, 600, null);
  assert.ok(v.zoom <= (600 - 2 * FIT_PADDING) / 100 && v.zoom > 4);
  assert.deepEqual(toScreen({ x: 50, y: 50 }, v), { x: 500, y: 300 });
});

test('a legend in the lower left corner leaves every corner of the graph uncovered', () => {
  const legend: Box = { left: 8, top: 300, right: 240, bottom: 592 };
  const graph = { left: -500, top: -300, right: 500, bottom: 300 };
  const v = viewportFor(graph, 1280, 600, legend);
  for (const corner of [{ x: -500, y: -300 }, { x: 500, y: -300 }, { x: -500, y: 300 }, { x: 500, y: 300 }]) {
    const p = toScreen(corner, v);
    assert.ok(!inside(p, legend), `corner ${JSON.stringify(corner)} at ${JSON.stringify(p)} is under the legend`);
    assert.ok(p.x >= 0 && p.x <= 1280 && p.y >= 0 && p.y <= 600);
  }
});

test('a folded legend costs little: the graph is fitted above its title row', () => {
  const folded: Box = { left: 8, top: 560, right: 140, bottom: 592 };
  const graph = { left: 0, top: 0, right: 1000, bottom: 1000 };
  const free = viewportFor(graph, 1000, 600, null);
  const beside = viewportFor(graph, 1000, 600, folded);
  assert.ok(beside.zoom > free.zoom * 0.9);
});

test('the zoom stays within the limits and the graph stays centred', () => {
  const v = viewportFor({ left: 0, top: 0, right: 1, bottom: 1 }, 800, 600, null, { min: 0.1, max: 4 });
  assert.equal(v.zoom, 4);
  assert.deepEqual(toScreen({ x: 0.5, y: 0.5 }, v), { x: 400, y: 300 });
});

test('the bounds of no points are none', () => {
  assert.equal(boundsOf([]), null);
  assert.deepEqual(boundsOf([{ x: 1, y: 2 }, { x: -1, y: 5 }]), { left: -1, top: 2, right: 1, bottom: 5 });
});
