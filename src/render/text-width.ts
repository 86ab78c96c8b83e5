// Text widths for laying out charts without a browser. Without a canvas, vega estimates a text as 0.8 x font size per
// character, half again as wide as DejaVu Sans draws it, so axis labels, titles and legends get space they do not use
// and wide charts shrink when printed. Here the widths come from the advance widths of the very fonts resvg draws with
// (DejaVu Sans, regular and bold), read from their TrueType tables (cmap format 4, hmtx), by hand because no installed
// package reads them; vega calls this through its textMetrics.width hook (as vl-convert does).
import { readFileSync } from 'node:fs';
import * as vega from 'vega';
import { chartFontFiles } from './fonts.js';

interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units of the glyph of a code point (the missing glyph's for unknown ones). */
  advance: (codePoint: number) => number;
}

/** Reads a TrueType font's advance widths by code point (Unicode BMP, cmap format 4). */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`render/text-width: the font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1));
  const cmap = table('cmap');
  let format4 = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const at = cmap + view.getUint32(record + 4);
    if (((platform === 3 && encoding === 1) || platform === 0) && view.getUint16(at) === 4) {
      format4 = at;
      break;
    }
  }
  if (format4 < 0) throw new Error('render/text-width: the font has no Unicode cmap of format 4');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  const glyphOf = (c: number): number => {
    for (let i = 0; i < segments; i++) {
      if (view.getUint16(ends + 2 * i) < c) continue;
      const start = view.getUint16(starts + 2 * i);
      if (start > c) return 0;
      const delta = view.getUint16(deltas + 2 * i);
      const offset = view.getUint16(offsets + 2 * i);
      if (offset === 0) return (c + delta) & 0xffff;
      const glyph = view.getUint16(offsets + 2 * i + offset + 2 * (c - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance: (c) => {
      let width = cache.get(c);
      if (width === undefined) cache.set(c, (width = advanceOf(glyphOf(c))));
      return width;
    },
  };
}

let fonts: { regular: FontMetrics; bold: FontMetrics } | undefined;

function chartFonts() {
  if (!fonts) {
    const [regular, bold] = chartFontFiles();
    fonts = { regular: readFontMetrics(readFileSync(regular)), bold: readFontMetrics(readFileSync(bold)) };
  }
  return fonts;
}

/** The width in pixels of a text in DejaVu Sans at a font size, bold or not. */
export function chartTextWidth(text: string, fontSize: number, bold = false): number {
  const font = bold ? chartFonts().bold : chartFonts().regular;
  let units = 0;
  for (const ch of text) units += font.advance(ch.codePointAt(0)!);
  return (units * fontSize) / font.unitsPerEm;
}

/** What vega passes to a text width function: a text mark item. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number | string;
}

const isBold = (weight: unknown) => weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;

/** vega's textMetrics.width: the DejaVu width of a line, no wider than the item's limit (vega cuts it there). */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const line = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const width = size <= 0 ? 0 : chartTextWidth(line, size, isBold(item.fontWeight));
  const limit = Number(item.limit);
  return limit > 0 ? Math.min(width, limit) : width;
}

/** Makes vega measure text with the chart fonts from now on (in this process). */
export function useChartTextWidths(): void {
  // vega exports its scenegraph's textMetrics at run time; its typings do not declare it.
  (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = vegaTextWidth;
}
