// Colours of the page: agents by kind (Tableau 10, as in the charts), ties by sort, and one hue per MC.
import { TIE_SORTS } from '../protocol.js';

export const KIND_LABELS = ['firm', 'professor', 'institute', 'agency'] as const;
export const KIND_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759'] as const;
export const TIE_SORT_COLOURS: readonly string[] = ['#4e79a7', '#9c755f', '#e15759', '#59a14f', '#b07aa1'];
export const NON_MEMBER_COLOUR = '#c9ccd1';
export const BACKGROUND = '#fbfbfd';

if (TIE_SORT_COLOURS.length !== TIE_SORTS.length) throw new Error('clustersim/palette: one colour per tie sort');

/** A distinct, stable colour for MC c: hues a golden angle apart. */
export function mcColour(c: number): string {
  const hue = (c * 137.508) % 360;
  const lightness = 38 + (c % 3) * 9;
  return `hsl(${hue.toFixed(1)} 62% ${lightness}%)`;
}
