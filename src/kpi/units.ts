/**
 * Units must agree. Excel stores 84% as 0.84, so an actual typed as 84 against a target of
 * `86%` is almost certainly 84 percent written as a whole number; rating it would say
 * Green for a shortfall. Such a pair is refused with a message saying how to fix it.
 *
 * The check fires when one side is written as a percentage and the other is over 1 and
 * more than twice as large: 84 against 86%, but not 1.05 (105%) against 100%.
 */
import { KpiInputError } from './errors';
import { type Target, describeTarget } from './target';

function largestBound(target: Exclude<Target, { kind: 'none' }>): number {
  return target.kind === 'band' ? Math.max(Math.abs(target.low), Math.abs(target.high)) : Math.abs(target.value);
}

/**
 * A plain-number actual above this, against a percentage target, is taken as a whole
 * number of percent (over 1 and more than twice the target's largest bound); null when
 * the target is not a percentage. Portable formulas compare with it, as the engine does.
 */
export function wholePercentAbove(target: Exclude<Target, { kind: 'none' }>): number | null {
  return target.isPercent ? Math.max(1, 2 * largestBound(target)) : null;
}

export function checkUnitsAgree(
  actual: { value: number; isPercent: boolean },
  target: Exclude<Target, { kind: 'none' }>,
  actualName = 'Actual',
): void {
  const size = Math.abs(actual.value);
  const bound = largestBound(target);
  const above = wholePercentAbove(target);
  if (above !== null && !actual.isPercent && size > above) {
    throw new KpiInputError(
      `${actualName} ${actual.value} looks like a whole number of percent, but the target ${describeTarget(target)} is a percentage. ` +
        `Enter the actual as ${actual.value}% (or ${+(actual.value / 100).toPrecision(12)}), or format the cell as %.`,
    );
  }
  if (actual.isPercent && !target.isPercent && bound > 1 && bound > 2 * size) {
    throw new KpiInputError(
      `Target ${describeTarget(target)} looks like a whole number of percent, but the ${actualName.toLowerCase()} is a percentage. ` +
        `Write the target with % (for example ${describeTarget(target)}%).`,
    );
  }
}
