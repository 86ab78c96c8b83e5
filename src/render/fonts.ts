// The fonts charts are drawn with: DejaVu Sans from the npm package dejavu-fonts-ttf, so PNGs look the same on every
// machine. resvg silently drops all text when it has no font, so every PNG is rendered with these files and no system
// fonts.
import { packageFile } from './package-file.js';

export const CHART_FONT = 'DejaVu Sans';

const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'];

let cached: string[] | undefined;

/** Paths of the DejaVu Sans font files (regular, bold, oblique, bold oblique). */
export function chartFontFiles(): string[] {
  return (cached ??= FILES.map((file) => packageFile('dejavu-fonts-ttf', `ttf/${file}`)));
}
