import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextInDirection, startingNode } from './network-graph-keyboard.ts';

const at = (id: string, x: number, y: number) => ({ id, x, y });
const middle = at('m', 100, 100);
const around = [middle, at('right', 150, 110), at('far-right', 300, 100), at('left', 40, 90), at('up', 105, 20), at('down', 90, 180)];

describe('nextInDirection', () => {
  it('moves to the nearest organisation each way', () => {
    assert.equal(nextInDirection(middle, around, 'right'), 'right');
    assert.equal(nextInDirection(middle, around, 'left'), 'left');
    assert.equal(nextInDirection(middle, around, 'up'), 'up');
    assert.equal(nextInDirection(middle, around, 'down'), 'down');
  });

  it('takes one straight ahead before a nearer one far to the side', () => {
    const nodes = [middle, at('aside', 130, 125), at('ahead', 150, 100)];
    assert.equal(nextInDirection(middle, nodes, 'right'), 'ahead');
  });

  it('leaves out organisations more than 45 degrees off the direction', () => {
    assert.equal(nextInDirection(middle, [middle, at('steep', 120, 160)], 'right'), null);
  });

  it('stays where it is at the edge', () => {
    assert.equal(nextInDirection(at('far-right', 300, 100), around, 'right'), null);
  });
});

describe('startingNode', () => {
  it('starts at the selected organisation when it is drawn', () => {
    assert.equal(startingNode(around, 'left', { x: 0, y: 0 }), 'left');
  });

  it('otherwise starts nearest the middle of the view', () => {
    assert.equal(startingNode(around, 'not-drawn', { x: 290, y: 95 }), 'far-right');
    assert.equal(startingNode([], null, { x: 0, y: 0 }), null);
  });
});
