import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ISOLATE_GAP, gatherIsolated, headingLines, headingPlace } from './network-graph-isolates.ts';
import { overlappingPairs, type Disc } from './network-graph-placement.ts';

const disc = (id: string, x: number, y: number, size = 20): Disc => ({ id, x, y, size });

describe('gatherIsolated', () => {
  const tied = [disc('a', 0, 0), disc('b', 1000, 0), disc('c', 500, 400)];
  const scattered = Array.from({ length: 24 }, (_, i) => disc(`actor:${String(i).padStart(2, '0')}`, -3000 + i * 300, -2000 + i * 250));

  it('puts the isolated ones in rows under the graph, no wider than it, none overlapping', () => {
    const isolated = new Set(scattered.map((d) => d.id));
    const placed = gatherIsolated([...tied, ...scattered], isolated);
    const block = placed.filter((d) => isolated.has(d.id));

    assert.ok(block.every((d) => d.y >= 410 + ISOLATE_GAP - 1), 'under the lowest tied node');
    assert.ok(block.every((d) => d.x >= -10 - 1 && d.x <= 1010 + 1), 'within the graph’s width');
    assert.equal(overlappingPairs(placed), 0);
    assert.ok(new Set(block.map((d) => d.y)).size <= 4, 'a compact block of a few rows');
  });

  it('leaves the tied ones where they were and keeps the order by id', () => {
    const placed = gatherIsolated([...tied, scattered[1], scattered[0]], new Set([scattered[0].id, scattered[1].id]));

    assert.deepEqual(placed.slice(0, 3), tied);
    const first = placed.find((d) => d.id === scattered[0].id)!;
    const second = placed.find((d) => d.id === scattered[1].id)!;
    assert.ok(first.x < second.x);
  });

  it('puts the block beside the graph when that shows the whole larger on a wide canvas', () => {
    const isolated = new Set(scattered.map((d) => d.id));
    const wideOnly = [disc('a', 0, 0), disc('b', 300, 0), disc('c', 150, 900)];
    const placed = gatherIsolated([...wideOnly, ...scattered], isolated, 16 / 9);
    const block = placed.filter((d) => isolated.has(d.id));

    assert.ok(block.every((d) => d.x > 310), 'right of the graph');
    assert.ok(block.every((d) => d.y >= -10 && d.y <= 910 + 1), 'within the graph’s height');
    assert.equal(overlappingPairs(placed), 0);
    // A wide graph on a tall canvas: the block goes under it
    const tall = gatherIsolated([...tied, ...scattered], isolated, 9 / 16).filter((d) => isolated.has(d.id));
    assert.ok(tall.every((d) => d.y > 410));
  });

  it('changes nothing when none or all are isolated', () => {
    assert.deepEqual(gatherIsolated(tied, new Set()), tied);
    assert.deepEqual(gatherIsolated(scattered, new Set(scattered.map((d) => d.id))), scattered);
  });
});

describe('headingPlace', () => {
  it('is just above the top left organisation of the block, and nowhere without a block', () => {
    const at = headingPlace([{ x: 300, y: 500 }, { x: 200, y: 520 }, { x: 400, y: 480 }]);
    assert.deepEqual(at, { x: 190, y: 458 });
    assert.equal(headingPlace([]), null);
  });
});

describe('headingLines', () => {
  it('keeps the heading on one line where it fits and breaks it between words where not', () => {
    assert.deepEqual(headingLines('Nämns i underlaget, utan samband', 400), ['Nämns i underlaget, utan samband']);
    assert.deepEqual(headingLines('Nämns i underlaget, utan samband', 140), ['Nämns i underlaget,', 'utan samband']);
  });
});
