import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LayoutCache, graphSignature, type KeyValueStore } from './network-graph-layout-cache.ts';
import type { GraphData } from './network-graph-types.ts';

const graph = (ids: string[], ties: [string, string][]): GraphData => ({
  nodes: ids.map((id) => ({ id, label: id, kind: 'municipality', color: '#000', shape: 'ellipse' as const, size: 20, mapX: null, mapY: null, cluster: null, x: null, y: null })),
  edges: ties.map(([source, target], i) => ({ id: `t${i}`, source, target, kind: 'COOPERATES_WITH', color: '#000', dashed: false, title: '', change: null, confirmation: null })),
});

/** The browser's local storage as a map. */
function memory(): KeyValueStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('graphSignature', () => {
  it('does not depend on the order of organisations and ties', () => {
    assert.equal(graphSignature(graph(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])), graphSignature(graph(['c', 'a', 'b'], [['b', 'c'], ['a', 'b']])));
  });

  it('differs when a tie differs', () => {
    assert.notEqual(graphSignature(graph(['a', 'b', 'c'], [['a', 'b']])), graphSignature(graph(['a', 'b', 'c'], [['a', 'c']])));
  });
});

describe('LayoutCache', () => {
  it('gives back the positions kept for the same graph, and none for another', () => {
    const store = memory();
    const cache = new LayoutCache(() => store);
    cache.put(graph(['a', 'b'], [['a', 'b']]), { a: [1, 2], b: [3, 4] });
    assert.deepEqual(cache.get(graph(['b', 'a'], [['a', 'b']])), { a: [1, 2], b: [3, 4] });
    assert.equal(cache.get(graph(['a', 'b'], [])), null);
  });

  it('keeps the eight most recent layouts', () => {
    const store = memory();
    const cache = new LayoutCache(() => store);
    for (let i = 0; i < 9; i++) {
      cache.put(graph([`n${i}`], []), { [`n${i}`]: [i, i] });
    }
    assert.equal(cache.get(graph(['n0'], [])), null);
    assert.deepEqual(cache.get(graph(['n8'], [])), { n8: [8, 8] });
  });

  it('ignores stored positions that are incomplete or not points', () => {
    const store = memory();
    const cache = new LayoutCache(() => store);
    cache.put(graph(['a', 'b'], []), { a: [1, 2] });
    assert.equal(cache.get(graph(['a', 'b'], [])), null);
    store.items.set('samverkanskartan.layouts', 'not json');
    assert.equal(cache.get(graph(['a'], [])), null);
  });

  it('works without storage, and with storage that refuses to write', () => {
    assert.equal(new LayoutCache(() => null).get(graph(['a'], [])), null);
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    assert.doesNotThrow(() => new LayoutCache(() => full).put(graph(['a'], []), { a: [0, 0] }));
  });
});
