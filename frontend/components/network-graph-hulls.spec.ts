import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { convexHull, type Point } from './network-graph-hulls.ts';

describe('convexHull', () => {
  it('keeps the corners of a square and drops the points inside', () => {
    const hull = convexHull([[0, 0], [10, 0], [10, 10], [0, 10], [5, 5], [3, 7]]);
    assert.deepEqual(new Set(hull.map((p) => p.join())), new Set(['0,0', '10,0', '10,10', '0,10']));
  });

  it('returns fewer than three points as they are', () => {
    const two: Point[] = [[1, 1], [0, 0]];
    assert.deepEqual(convexHull(two), [[0, 0], [1, 1]]);
  });
});
