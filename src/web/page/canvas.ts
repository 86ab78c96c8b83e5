// Canvas helpers: a 2D context sized to the element's CSS box at the screen's pixel ratio, and round axis limits.

export interface Surface {
  ctx: CanvasRenderingContext2D;
  /** Size in CSS pixels; drawing uses CSS pixels, the backing store has devicePixelRatio times more. */
  width: number;
  height: number;
}

/** Resizes the backing store to the element's box (only when it changed) and returns a context in CSS pixels. */
export function fitCanvas(canvas: HTMLCanvasElement): Surface {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, canvas.clientWidth);
  const height = Math.max(1, canvas.clientHeight);
  const pixelsWide = Math.round(width * ratio);
  const pixelsHigh = Math.round(height * ratio);
  if (canvas.width !== pixelsWide || canvas.height !== pixelsHigh) {
    canvas.width = pixelsWide;
    canvas.height = pixelsHigh;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('clustersim/canvas: this browser gives no 2D canvas');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { ctx, width, height };
}

/** The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above v; 1 for v <= 0. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= v * (1 - 1e-9)) return m * power;
  return 10 * power;
}
