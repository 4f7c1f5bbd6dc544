/**
 * Confidence intervals for proportions by Wilson's score method (E. B. Wilson, "Probable
 * inference, the law of succession, and statistical inference", JASA 22, 1927), as
 * Public Health England publishes it (PHEindicatormethods' `phe_proportion`).
 *
 * For x out of n (25 of 1,406 is 1.8%), the interval holds every true proportion p
 * under which seeing x/n would not be surprising: |x/n − p| ≤ z·√(p(1 − p)/n). Solving
 * that for p gives
 *   (2x + z² ± z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
 * Unlike the textbook x/n ± z·√(p̂(1 − p̂)/n), it stays within 0–100% and does not
 * shrink to nothing at 0% or 100%, which matters for small teams and rare events.
 * Limits are proportions of 1 (0.84 is 84%), as Excel stores percentages.
 */
import { NUMERATOR, checkIsCount } from './counts';
import { KpiInputError } from './errors';
import { type ConfidenceInterval, DEFAULT_CONFIDENCE, intervalAround, twoSidedZ } from './rates';

function checkNumerator(numerator: number): void {
  if (!(Number.isFinite(numerator) && numerator >= 0)) {
    throw new KpiInputError(
      `Numerator must be a finite number, 0 or more; got ${numerator}. Enter how many met the condition.`,
    );
  }
}

function checkDenominator(denominator: number): void {
  if (!(Number.isFinite(denominator) && denominator > 0)) {
    throw new KpiInputError(
      `Denominator must be a finite number greater than 0; got ${denominator}. Enter how many there were in all.`,
    );
  }
}

/** Half of S = 2x + z² + z·√(z² + 4x(1 − x/n)), with the root by hypot so that 4x cannot overflow. */
function halfScore(x: number, n: number, z: number): number {
  return x + (z * z) / 2 + (z / 2) * Math.hypot(z, 2 * Math.sqrt(x * (1 - x / n)));
}

/**
 * Wilson's lower limit rearranged as 2x² / (n·S): the textbook form subtracts two nearly
 * equal numbers and loses digits, and x² overflows for huge counts; this does neither.
 */
function wilsonLower(x: number, n: number, z: number): number {
  // None of n is a lower limit of 0 exactly; the rearranged form would be 0/0 when z underflows to 0 (a confidence of almost 0).
  if (x === 0) return 0;
  return (x / n) * (x / halfScore(x, n, z));
}

/**
 * Wilson's upper limit, S / (2(n + z²)). Above 50% we use the interval's symmetry
 * (x of n mirrors n − x of n) instead, so that near 100% the limits for 95% and 99.8%
 * stay nested even when they round to within a hair of 1, and 100% gives exactly 1.
 */
function wilsonUpper(x: number, n: number, z: number): number {
  return x / n <= 0.5 ? halfScore(x, n, z) / (n + z * z) : 1 - wilsonLower(n - x, n, z);
}

/** The Wilson score interval for numerator out of denominator, as proportions of 1. */
export function proportionConfidenceInterval(
  numerator: number,
  denominator: number,
  confidence: number = DEFAULT_CONFIDENCE,
): ConfidenceInterval {
  checkNumerator(numerator);
  checkDenominator(denominator);
  checkIsCount(numerator, denominator, NUMERATOR);
  if (numerator > denominator) {
    throw new KpiInputError(
      `Numerator (${numerator}) must not be more than the denominator (${denominator}): a proportion is part of a whole. Check that the two are not swapped.`,
    );
  }
  const z = twoSidedZ(confidence);
  return intervalAround(
    numerator / denominator,
    wilsonLower(numerator, denominator, z),
    wilsonUpper(numerator, denominator, z),
  );
}
