/**
 * The shortfall: how far an actual is on the wrong side of its target, in the measure's
 * units, and which bound it missed (a relative tolerance is a share of that bound).
 * High: target − actual; Low: actual − target; Band: distance outside the band;
 * Target: distance either side. Beating the target is a shortfall of 0.
 */
import { type Polarity } from './polarity';
import { type Target } from './target';

export interface Shortfall {
  amount: number;
  bound: number;
}

type RatedTarget = Exclude<Target, { kind: 'none' }>;

export function shortfallFrom(actual: number, polarity: Polarity, target: RatedTarget): Shortfall {
  if (target.kind === 'band') {
    if (actual < target.low) return { amount: target.low - actual, bound: target.low };
    if (actual > target.high) return { amount: actual - target.high, bound: target.high };
    return { amount: 0, bound: actual - target.low < target.high - actual ? target.low : target.high };
  }
  const { value } = target;
  switch (polarity) {
    case 'High':
      return { amount: Math.max(0, value - actual), bound: value };
    case 'Low':
      return { amount: Math.max(0, actual - value), bound: value };
    default: // Band with a single value, Target, Context: closeness either side
      return { amount: Math.abs(actual - value), bound: value };
  }
}
