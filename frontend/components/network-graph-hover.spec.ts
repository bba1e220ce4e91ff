import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { labelsOnHover } from './network-graph-hover.ts';

const box = (x1: number) => ({ x1, y1: 0, x2: x1 + 100, y2: 20 });
const shown = (x1: number) => ({ places: [box(x1)], quiet: false });
const hidden = (...xs: number[]) => ({ places: xs.map(box), quiet: true });

describe('labelsOnHover', () => {
  it('draws a hidden name where it overlaps none drawn', () => {
    assert.deepEqual(labelsOnHover(hidden(0), [shown(200), hidden(400)], 4), { hovered: 0, neighbours: [0, 0] });
  });

  it('tries a hidden name in its other places before leaving it out', () => {
    assert.deepEqual(labelsOnHover(shown(0), [hidden(50, 300)], 4).neighbours, [1]);
    assert.deepEqual(labelsOnHover(shown(0), [hidden(50, 60)], 4).neighbours, [-1]);
  });

  it('keeps a name already shown before a hidden one that would overlap it, whatever their order', () => {
    assert.deepEqual(labelsOnHover(shown(0), [hidden(250), shown(200)], 4).neighbours, [-1, 0]);
  });

  it('puts the hovered organisation first: a shown neighbour that overlaps its name gives way', () => {
    assert.deepEqual(labelsOnHover(hidden(0), [shown(50), hidden(300)], 4), { hovered: 0, neighbours: [-1, 0] });
  });

  it('keeps the gap between names', () => {
    assert.deepEqual(labelsOnHover(shown(0), [hidden(102)], 4).neighbours, [-1]);
    assert.deepEqual(labelsOnHover(shown(0), [hidden(110)], 4).neighbours, [0]);
  });
});
