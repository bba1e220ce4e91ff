import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FARTHEST_STEP, LARGE_GRAPH_ELEMENTS, chooseRenderer, degrees, fartherBoxes, labelBoxes, labelPriority, placeLabels, shownLabels } from './network-graph-scale.ts';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('shownLabels', () => {
  it('keeps the first of two overlapping labels and every label that overlaps none', () => {
    const shown = shownLabels([box(0, 0, 100, 20), box(50, 10, 150, 30), box(200, 0, 300, 20), box(0, 40, 100, 60)]);
    assert.deepEqual(shown, [true, false, true, true]);
  });

  it('checks a label against the shown ones only, not against hidden ones', () => {
    // The second hides behind the first; the third overlaps only the hidden second
    const shown = shownLabels([box(0, 0, 100, 20), box(90, 0, 190, 20), box(180, 0, 280, 20)]);
    assert.deepEqual(shown, [true, false, true]);
  });

  it('keeps a gap between labels shown: touching ones read as one name', () => {
    const touching = [box(0, 0, 100, 20), box(102, 0, 200, 20)];
    assert.deepEqual(shownLabels(touching), [true, true]);
    assert.deepEqual(shownLabels(touching, 4), [true, false]);
    assert.deepEqual(shownLabels([box(0, 0, 100, 20), box(110, 0, 200, 20)], 4), [true, true]);
  });

  it('shows labels that have not been measured', () => {
    assert.deepEqual(shownLabels([box(NaN, NaN, NaN, NaN), box(0, 0, 10, 10)]), [true, true]);
  });
});

describe('chooseRenderer', () => {
  it('draws on canvas at any size unless the address asks otherwise', () => {
    assert.equal(chooseRenderer(100, ''), 'canvas');
    assert.equal(chooseRenderer(LARGE_GRAPH_ELEMENTS + 1, ''), 'canvas');
    assert.equal(chooseRenderer(100, '?renderer=webgl'), 'webgl');
    assert.equal(chooseRenderer(100, '?renderer=bogus'), 'canvas');
  });
});

describe('degrees', () => {
  it('counts the ties of each organisation at both ends', () => {
    const counted = degrees([{ source: 'a', target: 'b' }, { source: 'a', target: 'c' }]);
    assert.equal(counted.get('a'), 2);
    assert.equal(counted.get('b'), 1);
    assert.equal(counted.get('d'), undefined);
  });
});

describe('labelPriority', () => {
  it('puts municipalities first, then the better connected', () => {
    const nodes = [
      { id: 'police', kind: 'actor', degree: 30 },
      { id: 'osteraker', kind: 'municipality', degree: 3 },
      { id: 'forum', kind: 'forum', degree: 8 },
      { id: 'taby', kind: 'municipality', degree: 9 },
    ];
    assert.deepEqual([...nodes].sort(labelPriority).map((n) => n.id), ['taby', 'osteraker', 'police', 'forum']);
  });
});

describe('placeLabels', () => {
  it('moves a label whose place under its node is taken above, right or left of it before hiding it', () => {
    const a = labelBoxes(box(0, 0, 60, 12), { x: 0, y: 0, size: 10 }, 3);
    // A node just below the first: under it lies the first's label, above it is free
    const b = labelBoxes(box(0, 0, 60, 12), { x: 0, y: 12, size: 10 }, 3);
    assert.deepEqual(placeLabels([a, b], 4), [0, 1]);
  });

  it('hides a label only when every place is taken', () => {
    const here = labelBoxes(box(0, 0, 60, 12), { x: 0, y: 0, size: 10 }, 3);
    assert.deepEqual(placeLabels([here, here, here, here, here], 0), [0, 1, 2, 3, -1]);
  });

  it('puts the places below, above, right and left of the node, clear of it', () => {
    const [below, above, right, left] = labelBoxes(box(100, 100, 140, 110), { x: 0, y: 0, size: 10 }, 2);
    assert.deepEqual(below, { x1: -20, y1: 7, x2: 20, y2: 17 });
    assert.deepEqual(above, { x1: -20, y1: -17, x2: 20, y2: -7 });
    assert.deepEqual(right, { x1: 7, y1: -5, x2: 47, y2: 5 });
    assert.deepEqual(left, { x1: -47, y1: -5, x2: -7, y2: 5 });
  });
});

describe('fartherBoxes', () => {
  it('lies clear of the node and of the near places, one label height out and more', () => {
    const node = { x: 0, y: 0, size: 10 };
    const near = labelBoxes(box(0, 0, 40, 10), node, 2);
    const far = fartherBoxes(box(0, 0, 40, 10), node, 2);
    assert.equal(far.length, FARTHEST_STEP * 8);
    const overlaps = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    // The first ring's straight places lie just beyond the near ones
    assert.ok(!overlaps(far[0], near[0]) && far[0].y1 >= near[0].y2 - 1e-9);
    assert.ok(far.every((b) => !(b.x1 < 5 && b.x2 > -5 && b.y1 < 5 && b.y2 > -5)), 'never over the node');
  });
});
