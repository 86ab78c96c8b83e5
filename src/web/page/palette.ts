// Colours of the page, chosen to stay apart for colour-blind viewers: agents by kind and ties by sort in the
// Okabe-Ito palette, satisfaction on the viridis scale, one hue per MC (hues a golden angle apart, lightness varied).
import { TIE_SORTS } from '../protocol.js';

/** Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** By kind code: firm, professor, institute, agency. */
export const KIND_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.vermillion] as const;
export const TIE_SORT_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
];
export const DENSITY_COLOUR = OKABE_ITO.blue;
export const SATISFACTION_COLOUR = OKABE_ITO.reddishPurple;
export const CROSS_MC_COLOUR = OKABE_ITO.vermillion;
export const NON_MEMBER_COLOUR = '#c9ccd1';
export const BACKGROUND = '#fbfbfd';

if (TIE_SORT_COLOURS.length !== TIE_SORTS.length) throw new Error('clustersim/palette: one colour per tie sort');

/** A distinct, stable colour for MC c: hues a golden angle apart. */
export function mcColour(c: number): string {
  const hue = (c * 137.508) % 360;
  const lightness = 38 + (c % 3) * 9;
  return `hsl(${hue.toFixed(1)} 62% ${lightness}%)`;
}

/** Viridis at 0, 0.25, 0.5, 0.75 and 1 (matplotlib's values): dark blue for unhappy, yellow for happy. */
const VIRIDIS: readonly [number, number, number][] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** Satisfaction 0-1 as a colour of the viridis scale, linearly between its five stops. */
export function satisfactionColour(value: number): string {
  const v = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)) * (VIRIDIS.length - 1);
  const k = Math.min(VIRIDIS.length - 2, Math.floor(v));
  const f = v - k;
  const [r, g, b] = VIRIDIS[k].map((c, i) => Math.round(c + (VIRIDIS[k + 1][i] - c) * f));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Bands of satisfaction the network view draws in one colour each (a path per band keeps drawing fast). */
export const SATISFACTION_BANDS = 10;

/** The CSS gradient of the satisfaction legend. */
export const satisfactionGradient = () =>
  `linear-gradient(to right, ${VIRIDIS.map((c) => `rgb(${c.join(', ')})`).join(', ')})`;
