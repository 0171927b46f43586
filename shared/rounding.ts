/**
 * The one rounding of the app's one-decimal figures (scores, gaps, changes, spreads, energy):
 * half away from zero. The value is first cut to 12 significant digits so binary noise (e.g.
 * 0.145 × 100 = 14.499999999999998) does not decide the rounding. A base module: pure, imports
 * nothing.
 */
export function roundToTenth(value: number): number {
  const scaled = Number((Math.abs(value) * 10).toPrecision(12));
  const rounded = Math.round(scaled) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
