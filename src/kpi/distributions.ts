/**
 * The two probability tables behind PHE's confidence intervals, computed rather than
 * looked up, so that our limits agree with PHE's R package to the ninth significant figure.
 *
 * - The normal quantile gives z, the number of standard errors either side of an
 *   estimate: z = normalQuantile(0.975) = 1.96 for a 95% interval. It uses Wichura's
 *   algorithm AS 241 (PPND16, Applied Statistics 37(3), 1988), rational approximations
 *   good to about 1 part in 10^16, which is also what R's `qnorm` uses.
 * - The chi-squared quantile gives exact Poisson limits for small counts:
 *   chiSquaredQuantile(0.025, 2x) / 2 is the lower 95% limit for x events. A chi-squared
 *   variable on k degrees of freedom is twice a gamma variable of shape k/2, so we invert
 *   the regularized incomplete gamma function P(a, x) by Halley's method, starting from
 *   the Wilson–Hilferty approximation and kept inside a shrinking bracket.
 *   P(a, x) is summed as its power series below x = a + 1 and as Legendre's continued
 *   fraction for Q = 1 − P above it (Abramowitz & Stegun 6.5.29 and 6.5.31); the log-gamma
 *   function comes from Stirling's series with the Bernoulli-number terms.
 *
 * Accuracy, checked against 40-digit arithmetic: the normal quantile to 4e-16 relative;
 * the chi-squared quantile to 2e-13 relative from 0.2 to a million degrees of freedom
 * (exact Poisson limits use 2 to 20). Below 0.2 degrees of freedom the problem itself is
 * ill-conditioned and accuracy falls roughly as 1/df. All far inside the 1e-9 that
 * matching PHE needs.
 */

const LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const EULER_GAMMA = 0.5772156649015329;

/** The series stops when its next term no longer changes the sum. */
const SERIES_TOLERANCE = 1e-17;

/** The continued fraction stops when a step changes it by no more than rounding (1 ± one unit in the last place). */
const FRACTION_TOLERANCE = 3e-16;

/** Enough for shapes up to about 1e7; far beyond anything an interval needs. */
const MAX_TERMS = 1_000_000;

function checkProbability(p: number, name: string): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${name} must be a probability from 0 to 1; got ${p}.`);
}

/** Evaluates c[0] + c[1]·r + c[2]·r² + … by Horner's rule. */
function polynomial(coefficients: readonly number[], r: number): number {
  let sum = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * r + coefficients[i];
  return sum;
}

// AS 241 coefficients, lowest power first. Central region |p − ½| ≤ 0.425:
const CENTRAL_NUMERATOR = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const CENTRAL_DENOMINATOR = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
];
// Tails with r = √(−ln min(p, 1−p)) ≤ 5, that is p down to about 1e-11:
const NEAR_TAIL_NUMERATOR = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const NEAR_TAIL_DENOMINATOR = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
// Far tails, r > 5:
const FAR_TAIL_NUMERATOR = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const FAR_TAIL_DENOMINATOR = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];

/**
 * The z with P(Z ≤ z) = p for a standard normal Z (R's `qnorm`, Excel's NORM.S.INV).
 * p = 0 and 1 give −∞ and +∞.
 */
export function normalQuantile(p: number): number {
  checkProbability(p, 'The normal quantile probability');
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(CENTRAL_NUMERATOR, r)) / polynomial(CENTRAL_DENOMINATOR, r);
  }
  // Work with the smaller tail: 1 − p is exact for p ≥ ½, so no precision is lost.
  const tail = q < 0 ? p : 1 - p;
  if (tail === 0) return q < 0 ? -Infinity : Infinity;
  let r = Math.sqrt(-Math.log(tail));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = polynomial(NEAR_TAIL_NUMERATOR, r) / polynomial(NEAR_TAIL_DENOMINATOR, r);
  } else {
    r -= 5;
    z = polynomial(FAR_TAIL_NUMERATOR, r) / polynomial(FAR_TAIL_DENOMINATOR, r);
  }
  return q < 0 ? -z : z;
}

// Stirling's series for ln Γ(a): the k-th term is B(2k) / (2k(2k − 1) a^(2k−1)).
const STIRLING_TERMS = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/** Below this shape the series is not accurate enough, so we step up with Γ(a + 1) = a·Γ(a). */
const STIRLING_FROM = 10;

/** ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π], the small correction of Stirling's formula (a ≥ 10). */
function stirlingCorrection(a: number): number {
  const inverseSquare = 1 / (a * a);
  let sum = 0;
  for (let k = STIRLING_TERMS.length - 1; k >= 0; k--) sum = sum * inverseSquare + STIRLING_TERMS[k];
  return sum / a;
}

/** ln Γ(a) for a > 0. */
export function logGamma(a: number): number {
  if (!(a > 0)) throw new RangeError(`The gamma function's argument must be greater than 0; got ${a}.`);
  if (a === Infinity) return Infinity;
  // Near 0, Γ(a) ≈ 1/a − γ; stepping up would multiply by an a too small to hold.
  if (a < 1e-10) return -Math.log(a) - EULER_GAMMA * a;
  let shifted = a;
  let product = 1;
  while (shifted < STIRLING_FROM) {
    product *= shifted;
    shifted += 1;
  }
  const stirling = (shifted - 0.5) * Math.log(shifted) - shifted + LOG_SQRT_TWO_PI + stirlingCorrection(shifted);
  return stirling - Math.log(product);
}

/**
 * ln(x^a e^−x / Γ(a)), the factor shared by the series, the continued fraction and the
 * density. For large shapes the three terms nearly cancel, so we write it through
 * t = (x − a)/a, where only the small t − ln(1 + t) is left to compute.
 */
function logGammaFactor(a: number, x: number): number {
  if (a < STIRLING_FROM) return a * Math.log(x) - x - logGamma(a);
  const t = (x - a) / a;
  // a·ln(x/a) − (x − a), written as −a·(t − ln(1 + t)) only near x = a, where it is small.
  const exponent = Math.abs(t) < 0.5 ? -a * (t - Math.log1p(t)) : a * (Math.log(x) - Math.log(a)) - (x - a);
  return exponent + 0.5 * Math.log(a) - LOG_SQRT_TWO_PI - stirlingCorrection(a);
}

/**
 * x^a e^−x / Γ(a). For small shapes we multiply the powers directly when they fit in a
 * double: going through logarithms would round ln x, and far in the tail (ln x ≈ −690)
 * that rounding alone costs 1e-13 of relative accuracy.
 */
function gammaFactor(a: number, x: number): number {
  if (a < STIRLING_FROM) {
    const direct = (Math.pow(x, a) * Math.exp(-x)) / Math.exp(logGamma(a));
    if (direct > 1e-290 && direct < 1e290) return direct;
  }
  return Math.exp(logGammaFactor(a, x));
}

/** Σ x^n / ((a+1)…(a+n)) / a, which times x^a e^−x / Γ(a) is P(a, x); converges fast for x < a + 1. */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * SERIES_TOLERANCE) return sum;
  }
  throw new RangeError(`The incomplete gamma series did not converge for shape ${a}.`);
}

/**
 * Legendre's continued fraction 1/(x+1−a− 1(1−a)/(x+3−a− 2(2−a)/(x+5−a− …))), which
 * times x^a e^−x / Γ(a) is Q(a, x); converges fast for x ≥ a + 1. Evaluated front to
 * back by the modified Lentz method, which needs no fixed depth.
 */
function upperGammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) <= FRACTION_TOLERANCE) return fraction;
  }
  throw new RangeError(`The incomplete gamma continued fraction did not converge for shape ${a}.`);
}

function checkGammaArguments(a: number, x: number): void {
  if (!(a > 0 && a < Infinity)) throw new RangeError(`The gamma shape must be a finite number greater than 0; got ${a}.`);
  if (!(x >= 0)) throw new RangeError(`The gamma argument must be 0 or more; got ${x}.`);
}

/**
 * Both tails at once, each computed directly where it is small, so neither loses
 * precision. `factor` is x^a e^−x / Γ(a), passed in because the quantile search needs it too.
 */
function gammaTails(a: number, x: number, factor = gammaFactor(a, x)): { lower: number; upper: number } {
  if (x === 0) return { lower: 0, upper: 1 };
  if (x === Infinity) return { lower: 1, upper: 0 };
  if (x < a + 1) {
    const lower = factor * lowerGammaSeries(a, x);
    return { lower, upper: 1 - lower };
  }
  const upper = factor * upperGammaContinuedFraction(a, x);
  return { lower: 1 - upper, upper };
}

/** P(a, x) = γ(a, x) / Γ(a), the probability that a gamma variable of shape a is at most x. */
export function lowerRegularizedGamma(a: number, x: number): number {
  checkGammaArguments(a, x);
  return gammaTails(a, x).lower;
}

/** Q(a, x) = 1 − P(a, x), computed without subtracting from 1 where Q is small. */
export function upperRegularizedGamma(a: number, x: number): number {
  checkGammaArguments(a, x);
  return gammaTails(a, x).upper;
}

/** A first guess at the gamma quantile, close enough that Halley's method takes a few steps. */
function gammaQuantileGuess(p: number, a: number): number {
  // Wilson–Hilferty: the cube root of a gamma variable is nearly normal.
  const z = normalQuantile(p);
  const wilsonHilferty = a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3;
  // In the lower tail P(a, x) ≈ x^a / Γ(a + 1), which Wilson–Hilferty misses for small shapes.
  const lowerTail = Math.exp((Math.log(p) + logGamma(a + 1)) / a);
  if (p <= 0.5 && (a < 1 || !(wilsonHilferty > 0) || lowerTail < wilsonHilferty)) return lowerTail;
  if (wilsonHilferty > 0) return wilsonHilferty;
  return a;
}

/** A point strictly inside (low, high), halving on a log scale because x spans many decades. */
function insideBracket(low: number, high: number, x: number): number {
  if (high === Infinity) return Math.max(2 * x, 1);
  if (low === 0) return high / 16;
  return Math.sqrt(low) * Math.sqrt(high); // not √(low·high), which underflows for tiny x
}

/** The x with P(a, x) = p: Halley's method, falling back to bisection when a step leaves the bracket. */
function gammaQuantile(p: number, a: number): number {
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  // Solve on the smaller tail; 1 − p is exact for p ≥ ½.
  const useUpper = p > 0.5;
  const target = useUpper ? 1 - p : p;
  let low = 0;
  let high = Infinity;
  let x = gammaQuantileGuess(p, a);
  if (x === 0) return 0; // the quantile is below the smallest double
  for (let iteration = 0; iteration < 200; iteration++) {
    const factor = gammaFactor(a, x);
    const tails = gammaTails(a, x, factor);
    // Positive when x is past the quantile, for either tail.
    const excess = useUpper ? target - tails.upper : tails.lower - target;
    if (excess === 0) return x;
    if (excess > 0) high = x;
    else low = x;
    if (high < Infinity && high - low <= 4e-16 * high) return x; // as narrow as doubles allow
    const density = factor / x; // d/dx P(a, x)
    let next = Number.NaN;
    if (density > 0 && Number.isFinite(density)) {
      const newton = excess / density;
      // Halley's correction uses the density's slope: d/dx ln(density) = (a − 1)/x − 1.
      const halley = 1 - 0.5 * newton * ((a - 1) / x - 1);
      next = x - (halley > 0.5 && halley < 2 ? newton / halley : newton);
    }
    if (!(next > low && next < high)) next = insideBracket(low, high, x);
    if (Math.abs(next - x) <= 2e-16 * next) return next;
    x = next;
  }
  return x;
}

/**
 * The x with P(X ≤ x) = p for a chi-squared X on `degreesOfFreedom` (R's `qchisq`,
 * Excel's CHISQ.INV). Degrees of freedom need not be whole numbers.
 */
export function chiSquaredQuantile(p: number, degreesOfFreedom: number): number {
  checkProbability(p, 'The chi-squared quantile probability');
  if (!(degreesOfFreedom > 0 && degreesOfFreedom < Infinity)) {
    throw new RangeError(`Degrees of freedom must be a finite number greater than 0; got ${degreesOfFreedom}.`);
  }
  return 2 * gammaQuantile(p, degreesOfFreedom / 2);
}
