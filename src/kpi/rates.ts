/**
 * Rates per 100,000 population and their confidence intervals, by Public Health
 * England's published method (PHEindicatormethods' `phe_rate`).
 *
 * A rate is count ÷ population × 100,000 (or another multiplier): 1,197 DoLS requests in
 * an adult population of 132,603 is 902.7 per 100,000. The count is treated as a
 * Poisson count — events happening independently across the population — so its
 * confidence interval is the range of underlying counts that could plausibly have
 * produced what was seen, scaled in the same way as the rate.
 *
 * - Counts of 10 or more: Byar's method, a cube-root approximation to the Poisson limits
 *   (Breslow & Day, Statistical Methods in Cancer Research vol. II, IARC 1987):
 *     lower = x·(1 − 1/(9x) − z/(3√x))³,  upper = (x+1)·(1 − 1/(9(x+1)) + z/(3√(x+1)))³.
 * - Counts under 10: Byar's is too rough for so few events, so the exact Poisson limits
 *   from chi-squared quantiles (Armitage & Berry, Statistical Methods in Medical Research,
 *   4th edn, 2002): lower = χ²(α/2; 2x)/2, upper = χ²(1 − α/2; 2x + 2)/2, where α is
 *   1 − confidence. A count of 0 has lower limit 0.
 *
 * Defaults are PHE's: 95% confidence and a multiplier of 100,000. Counts need not be
 * whole numbers (averages over several years are common); the same rules apply. A count
 * that is a share (`5%`) is refused, as for a proportion's numerator (`counts`).
 */
import { EVENTS, checkIsCount } from './counts';
import { chiSquaredQuantile, normalQuantile } from './distributions';
import { KpiInputError } from './errors';

/** A lower and an upper confidence limit, on the same scale as the estimate they surround. */
export type ConfidenceInterval = { lower: number; upper: number };

/** PHE's defaults: 95% confidence, rates per 100,000. */
export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_RATE_MULTIPLIER = 100000;

/** Counts from this size up use Byar's method; smaller counts use the exact Poisson limits. */
export const BYARS_FROM_COUNT = 10;

/**
 * Throws unless `confidence` is a level strictly between 0 and 1. Someone who types 95
 * or 99.8 means a percentage, so the message shows how to write it.
 */
export function checkConfidence(confidence: number): void {
  if (Number.isFinite(confidence) && confidence > 0 && confidence < 1) return;
  const asShare = Number((confidence / 100).toPrecision(12));
  const hint =
    confidence > 1 && confidence < 100
      ? ` Write ${confidence}% or ${asShare}.`
      : ' Write a level such as 95% (0.95) or 99.8% (0.998).';
  throw new KpiInputError(`Confidence must be between 0 and 1; got ${confidence}.${hint}`);
}

/**
 * The z for a two-sided interval: 1.96 for 95%, 3.09 for 99.8%. Written as PHE writes it,
 * qnorm(confidence + (1 − confidence)/2), so that the probability rounds the same way.
 */
export function twoSidedZ(confidence: number): number {
  checkConfidence(confidence);
  return normalQuantile(confidence + (1 - confidence) / 2);
}

/**
 * Rounding must never put an estimate outside its own interval (it can, by one unit in
 * the last place, for very large counts); widen the interval to touch it if so.
 */
export function intervalAround(estimate: number, lower: number, upper: number): ConfidenceInterval {
  return { lower: Math.min(lower, estimate), upper: Math.max(upper, estimate) };
}

function checkCount(count: number): void {
  if (!Number.isFinite(count)) {
    throw new KpiInputError(`Count must be a finite number of events, 0 or more; got ${count}.`);
  }
  if (count < 0) throw new KpiInputError(`Count must be 0 or more; got ${count}. Enter the number of events.`);
}

function checkPopulation(population: number): void {
  if (!Number.isFinite(population)) {
    throw new KpiInputError(`Population must be a finite number greater than 0; got ${population}.`);
  }
  if (population <= 0) {
    throw new KpiInputError(
      `Population must be greater than 0; got ${population}. Enter the number of people the count is drawn from.`,
    );
  }
}

function checkPer(per: number): void {
  if (!(Number.isFinite(per) && per > 0)) {
    throw new KpiInputError(
      `Per (the rate's multiplier) must be a finite number greater than 0; got ${per}. Use 100000 for a rate per 100,000.`,
    );
  }
}

/**
 * A count scaled to a rate: count / population × per, in PHE's order of operations so
 * that results round as theirs do. Should that overflow we try the other order; Infinity
 * means the rate is truly too large for a number.
 */
function scaleToRate(count: number, population: number, per: number): number {
  const rate = (count / population) * per;
  return Number.isFinite(rate) ? rate : count * (per / population);
}

function tooLarge(what: string, count: number, population: number, per: number): KpiInputError {
  return new KpiInputError(
    `The ${what} is too large to calculate: a count of ${count} in a population of ${population}, per ${per}. Check that the count and population are in the right cells.`,
  );
}

/** count / population × per: the rate per 100,000 by default. */
export function ratePer(count: number, population: number, per: number = DEFAULT_RATE_MULTIPLIER): number {
  checkCount(count);
  checkPopulation(population);
  checkIsCount(count, population, EVENTS);
  checkPer(per);
  const rate = scaleToRate(count, population, per);
  if (!Number.isFinite(rate)) throw tooLarge('rate', count, population, per);
  return rate;
}

/** 0.998 → "99.8%", for messages. */
function asPercent(confidence: number): string {
  return `${Number((confidence * 100).toPrecision(12))}%`;
}

/**
 * Byar's limits for a count, given z. The lower one can come out negative (or, for a
 * count of 0, not a number): the approximation breaks down for very small counts.
 */
function byarsLimits(count: number, z: number): ConfidenceInterval {
  const next = count + 1;
  return {
    lower: count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3,
    upper: next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3,
  };
}

/** The exact Poisson limits for a count, from chi-squared quantiles in PHE's form. */
function exactPoissonLimits(count: number, confidence: number): ConfidenceInterval {
  return {
    // With no events seen, any rate down to zero is plausible (and χ² on 0 df is 0).
    lower: count === 0 ? 0 : chiSquaredQuantile((1 - confidence) / 2, 2 * count) / 2,
    upper: chiSquaredQuantile(confidence + (1 - confidence) / 2, 2 * count + 2) / 2,
  };
}

/**
 * Byar's lower limit for a count. For small counts at high confidence the approximation
 * goes below zero (for 1 event at 99.8% it would be negative), so there is no limit to
 * give; PHE reports NA there, and we say why.
 */
export function byarsLower(count: number, confidence: number = DEFAULT_CONFIDENCE): number {
  checkCount(count);
  const { lower } = byarsLimits(count, twoSidedZ(confidence));
  if (!(lower >= 0)) {
    throw new KpiInputError(
      `Byar's method gives no lower limit for a count of ${count} at ${asPercent(confidence)} confidence: the count is too small for it. Use the exact Poisson method, as rateConfidenceInterval does for counts under ${BYARS_FROM_COUNT}.`,
    );
  }
  return lower;
}

/** Byar's upper limit for a count. */
export function byarsUpper(count: number, confidence: number = DEFAULT_CONFIDENCE): number {
  checkCount(count);
  return byarsLimits(count, twoSidedZ(confidence)).upper;
}

/** The exact Poisson lower limit for a count: χ²(α/2; 2x)/2, and 0 for a count of 0. */
export function exactPoissonLower(count: number, confidence: number = DEFAULT_CONFIDENCE): number {
  checkCount(count);
  checkConfidence(confidence);
  return exactPoissonLimits(count, confidence).lower;
}

/** The exact Poisson upper limit for a count: χ²(1 − α/2; 2x + 2)/2. */
export function exactPoissonUpper(count: number, confidence: number = DEFAULT_CONFIDENCE): number {
  checkCount(count);
  checkConfidence(confidence);
  return exactPoissonLimits(count, confidence).upper;
}

/**
 * The confidence interval of count / population × per: exact Poisson limits for counts
 * under 10, Byar's from 10 up (where its lower limit is always positive), each scaled
 * like the rate.
 */
export function rateConfidenceInterval(
  count: number,
  population: number,
  confidence: number = DEFAULT_CONFIDENCE,
  per: number = DEFAULT_RATE_MULTIPLIER,
): ConfidenceInterval {
  checkCount(count);
  checkPopulation(population);
  checkIsCount(count, population, EVENTS);
  checkConfidence(confidence);
  checkPer(per);
  const limits =
    count < BYARS_FROM_COUNT ? exactPoissonLimits(count, confidence) : byarsLimits(count, twoSidedZ(confidence));
  const interval = intervalAround(
    scaleToRate(count, population, per),
    scaleToRate(limits.lower, population, per),
    scaleToRate(limits.upper, population, per),
  );
  // The upper limit is the largest of the three, so it is the one that can overflow.
  if (!Number.isFinite(interval.upper)) throw tooLarge("rate's confidence interval", count, population, per);
  return interval;
}
