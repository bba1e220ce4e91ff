import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARC_BOW, arcsOf } from './network-graph-arcs.ts';

const at = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 0, y: 50 }],
]);

test('an arc bows out by a share of its length', () => {
  const arcs = arcsOf([{ id: 't1', source: 'a', target: 'c' }], at);
  assert.equal(arcs.get('t1')?.bow, ARC_BOW * 50);
  assert.equal(arcs.get('t1')?.lane, 0);
});

test('the ties of one pair get distinct lanes around the middle, whichever way they run', () => {
  const arcs = arcsOf(
    [
      { id: 't1', source: 'a', target: 'b' },
      { id: 't2', source: 'b', target: 'a' },
      { id: 't3', source: 'a', target: 'b' },
    ],
    at,
  );
  // Cytoscape measures from source to target: a tie the other way round has the opposite signs
  const seenFromA = ['t1', 't2', 't3'].map((id) => {
    const arc = arcs.get(id)!;
    const sign = id === 't2' ? -1 : 1;
    return { bow: sign * arc.bow, lane: sign * arc.lane };
  });
  assert.deepEqual(seenFromA.map((arc) => arc.lane).sort(), [-1, 0, 1]);
  assert.ok(seenFromA.every((arc) => arc.bow === ARC_BOW * 100));
});

test('ties to a node without a place get no arc', () => {
  assert.equal(arcsOf([{ id: 't1', source: 'a', target: 'x' }], at).size, 0);
});
