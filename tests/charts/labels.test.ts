// Labels are never cut: long names wrap at hyphens and spaces into lines that join back to the name; a grid of panels
// leaves no empty cell where a divisor allows.
import { describe, expect, it } from 'vitest';
import {
  gridColumns,
  lineLegend,
  parameterLines,
  scenarioColorScale,
  wholeLabelsAxis,
  wrapLabel,
  wrappedLabelExpr,
} from '../../src/charts/labels.js';

describe('wrapLabel', () => {
  it('keeps a word longer than the width whole, and an empty or short text as it is', () => {
    expect(wrapLabel('averyveryverylongwordwithoutbreaks', 10)).toEqual(['averyveryverylongwordwithoutbreaks']);
    expect(wrapLabel('', 10)).toEqual(['']);
    expect(wrapLabel('fees', 10)).toEqual(['fees']);
  });

  it('breaks after hyphens and at spaces, and the lines join back to the name', () => {
    const name = 'subsidy-phased-withdrawal-with-fees';
    const lines = wrapLabel(name, 22);
    expect(lines).toEqual(['subsidy-phased-', 'withdrawal-with-fees']);
    expect(lines.join('')).toBe(name);
    expect(wrapLabel('probability a member attends a given event', 20)).toEqual([
      'probability a member',
      'attends a given',
      'event',
    ]);
  });
});

describe('wrappedLabelExpr', () => {
  it('is undefined when no label needs wrapping, else maps each long label to its lines', () => {
    expect(wrappedLabelExpr(['baseline', 'fees'])).toBeUndefined();
    const expr = wrappedLabelExpr(['baseline', 'subsidy-phased-withdrawal-with-fees'])!;
    expect(expr).toBe(
      '({"subsidy-phased-withdrawal-with-fees":["subsidy-phased-","withdrawal-with-fees"]})[datum.label] || (datum.label)',
    );
  });

  it('gives axes and legends no label limit', () => {
    expect(wholeLabelsAxis(['a', 'b'])).toEqual({ labelLimit: 0 });
    expect(lineLegend(['a'], 'scenario')).toMatchObject({ labelLimit: 0, symbolType: 'stroke', symbolOpacity: 1 });
  });
});

describe('parameterLines', () => {
  it('shows the path alone where the schema has no words, else the words and the path', () => {
    expect(parameterLines('no.such.path')).toEqual(['no.such.path']);
    expect(parameterLines('budget.subsidyLevel')).toEqual([
      'share of the reference subsidy',
      'paid',
      '(budget.subsidyLevel)',
    ]);
  });
});

describe('gridColumns and scenario colours', () => {
  it('fills every row where a divisor allows, and keeps a scenario its colour', () => {
    expect(gridColumns(0)).toBe(1);
    expect(gridColumns(2)).toBe(2);
    expect(gridColumns(4, 2)).toBe(2);
    expect(gridColumns(6, 3)).toBe(3);
    expect(gridColumns(20, 3)).toBe(2);
    expect(gridColumns(7, 3)).toBe(3);
    const scale = scenarioColorScale(['a', 'b']);
    expect(scale.domain).toEqual(['a', 'b']);
    expect(scale.range[0]).not.toBe(scale.range[1]);
  });
});
