// Text widths from the chart fonts' own metrics, so that headless charts are laid out as they are drawn.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFontFiles } from '../../src/render/fonts.js';
import { chartTextWidth, readFontMetrics, vegaTextWidth } from '../../src/render/text-width.js';

describe('readFontMetrics', () => {
  it('refuses bytes that are not a TrueType font with the tables it reads', () => {
    const empty = new Uint8Array(12);
    expect(() => readFontMetrics(empty)).toThrow(/has no head table/);
  });

  it("reads DejaVu Sans's advance widths: 2048 units per em, narrow i, wide W", () => {
    const font = readFontMetrics(readFileSync(chartFontFiles()[0]));
    expect(font.unitsPerEm).toBe(2048);
    expect(font.advance('i'.codePointAt(0)!)).toBeLessThan(font.advance('W'.codePointAt(0)!));
    expect(font.advance(0x10ffff & 0xffff)).toBeGreaterThan(0);
  });
});

describe('chartTextWidth and vegaTextWidth', () => {
  it('measure nothing for empty text or a zero font size', () => {
    expect(chartTextWidth('', 11)).toBe(0);
    expect(vegaTextWidth({ fontSize: 0 }, 'abc')).toBe(0);
    expect(vegaTextWidth({}, null)).toBe(0);
  });

  it('scale with the font size, widen in bold, and stop at the limit', () => {
    const name = 'subsidy-phased-withdrawal-with-fees';
    const regular = chartTextWidth(name, 11);
    expect(regular).toBeGreaterThan(150);
    expect(regular).toBeLessThan(0.8 * 11 * name.length * 0.75);
    expect(chartTextWidth(name, 22)).toBeCloseTo(2 * regular, 6);
    expect(vegaTextWidth({ fontSize: 11, fontWeight: 'bold' }, name)).toBeGreaterThan(regular);
    expect(vegaTextWidth({ fontSize: 11, limit: 50 }, name)).toBe(50);
    expect(vegaTextWidth({ fontSize: '11' }, `  ${name}  `)).toBeCloseTo(regular, 6);
  });
});
