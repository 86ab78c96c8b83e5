// Steps per second over the last two seconds of frames, for the readout's speed.
export function createRateMeter() {
  const samples: [ms: number, step: number][] = [];
  return {
    reset: () => void (samples.length = 0),
    add(step: number): number {
      const now = performance.now();
      samples.push([now, step]);
      while (samples.length > 2 && now - samples[0][0] > 2000) samples.shift();
      const [t0, s0] = samples[0];
      return now > t0 ? ((step - s0) * 1000) / (now - t0) : 0;
    },
  };
}
