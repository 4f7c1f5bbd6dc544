/**
 * `a ≤ b`, allowing for binary floating point: 0.90 − 0.85 is 0.05000000000000004, and an
 * analyst who writes a 5-point tolerance means that shortfall to be inside it. The slack
 * is a ten-billionth of the scale of the figures compared, far below anything a report shows.
 */
export const FLOAT_SLACK = 1e-10;

export function isAtMost(a: number, b: number, scale: number): boolean {
  return a <= b + FLOAT_SLACK * Math.abs(scale);
}
