import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LARGE_GRAPH_TIE_ZOOM, PARALLEL_TIE_GAP, labelScale, labelSizes, parallelStep, styleAt, tiesHiddenAt } from './network-graph-style.ts';

describe('labelScale', () => {
  it('changes in steps of a quarter power of two', () => {
    assert.equal(labelScale(1), 1);
    assert.equal(labelScale(1.05), 1);
    assert.equal(labelScale(2), 2);
    assert.ok(Math.abs(labelScale(1.2) - 2 ** 0.25) < 1e-9);
  });

  it('stops shrinking far out', () => {
    assert.equal(labelScale(0.01), labelScale(0.15));
  });
});

describe('labelSizes', () => {
  it('keeps labels the same size on screen: the font shrinks in graph units as the zoom grows', () => {
    assert.equal(labelSizes(1).font * labelScale(1), labelSizes(2).font * labelScale(2));
    assert.ok(labelSizes(2).font < labelSizes(1).font);
  });
});

describe('tiesHiddenAt and styleAt', () => {
  it('hides a large graph’s ties far out, never a small graph’s', () => {
    assert.equal(tiesHiddenAt(LARGE_GRAPH_TIE_ZOOM / 2, true), true);
    assert.equal(tiesHiddenAt(LARGE_GRAPH_TIE_ZOOM * 2, true), false);
    assert.equal(tiesHiddenAt(0.01, false), false);
    const hidesTies = (zoom: number, large: boolean) =>
      styleAt(zoom, large).some((rule) => 'style' in rule && rule.selector === 'edge' && (rule.style as Record<string, unknown>).display === 'none');
    assert.equal(hidesTies(0.01, true), true);
    assert.equal(hidesTies(0.01, false), false);
  });
});

describe('parallelStep', () => {
  const stepIn = (zoom: number) =>
    styleAt(zoom, false)
      .filter((rule) => 'style' in rule && rule.selector === 'edge')
      .map((rule) => ('style' in rule ? (rule.style as Record<string, unknown>)['control-point-step-size'] : undefined))
      .filter((step) => step !== undefined)
      .at(-1) as number;

  it('keeps parallel ties the same distance apart on screen at every zoom', () => {
    for (const zoom of [0.2, 0.35, 1, 2.5]) {
      const onScreen = stepIn(zoom) * zoom;
      assert.ok(onScreen > PARALLEL_TIE_GAP * 0.8 && onScreen < PARALLEL_TIE_GAP * 1.25, `zoom ${zoom}: ${onScreen}px`);
    }
  });

  it('is part of the style of a small graph only (a large one draws straight ties)', () => {
    assert.equal(stepIn(0.35), parallelStep(0.35));
    const large = styleAt(0.35, true).filter((rule) => 'style' in rule && rule.selector === 'edge' && 'control-point-step-size' in (rule.style as object));
    assert.equal(large.length, 0);
  });
});
