import fc from 'fast-check';
import { proportionConfidenceInterval } from '../../src/kpi/proportions';
import { errorMessageOf } from '../support/errors';
import { describeReference } from '../support/shared';
import { PHE_PROPORTIONS } from '../reference/phe-proportions';
import { PHE_BYARS_WILSON } from '../reference/phe-byars-wilson';

/** PHE's published figures are to be matched to 1e-9 relative. */
function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-9): void {
  if (Math.abs(actual - expected) > tolerance * Math.abs(expected)) {
    throw new Error(`expected ${actual} to be within ${tolerance} (relative) of ${expected}`);
  }
}

describe('Wilson score intervals for proportions', () => {
  it('25 out of 1,406 (1.8%) has a 95% interval of 1.2% to 2.6%', () => {
    const { lower, upper } = proportionConfidenceInterval(25, 1406);
    expectRelativelyClose(lower, 0.012072508278146255, 1e-13);
    expectRelativelyClose(upper, 0.02611721758346339, 1e-13);
  });

  it('0% still has an upper limit above 0: z²/(n + z²)', () => {
    const { lower, upper } = proportionConfidenceInterval(0, 100);
    expect(lower).toBe(0);
    expectRelativelyClose(upper, 0.036993498206985685, 1e-14);
  });

  it('100% still has a lower limit below 1: n/(n + z²), and an upper limit of exactly 1', () => {
    const { lower, upper } = proportionConfidenceInterval(100, 100);
    expectRelativelyClose(lower, 0.9630065017930143, 1e-14);
    expect(upper).toBe(1);
  });

  it('the default is a 95% interval', () => {
    expect(proportionConfidenceInterval(65, 100)).toEqual(proportionConfidenceInterval(65, 100, 0.95));
  });

  it('x out of n mirrors n − x out of n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
        const [x, n] = a <= b ? [a, b] : [b, a];
        const interval = proportionConfidenceInterval(x, n);
        const mirror = proportionConfidenceInterval(n - x, n);
        expect(Math.abs(interval.lower - (1 - mirror.upper))).toBeLessThan(1e-12);
        expect(Math.abs(interval.upper - (1 - mirror.lower))).toBeLessThan(1e-12);
      }),
    );
  });
});

describe('proportion interval properties', () => {
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const denominator = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true }));

  it('every interval is finite, within 0 to 1, and contains the proportion', () => {
    fc.assert(
      fc.property(share, denominator, fc.constantFrom(0.95, 0.998), (fraction, n, confidence) => {
        const x = Math.min(n, fraction * n);
        fc.pre(!(x > 0 && x < 1 && n > 1)); // a numerator under 1 of a larger whole is refused as a proportion
        const { lower, upper } = proportionConfidenceInterval(x, n, confidence);
        expect(Number.isFinite(lower) && Number.isFinite(upper)).toBe(true);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(lower).toBeLessThanOrEqual(x / n);
        expect(upper).toBeGreaterThanOrEqual(x / n);
        expect(upper).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('a 99.8% interval holds the 95% interval', () => {
    fc.assert(
      fc.property(share, denominator, (fraction, n) => {
        const x = Math.min(n, fraction * n);
        fc.pre(!(x > 0 && x < 1 && n > 1));
        const narrow = proportionConfidenceInterval(x, n, 0.95);
        const wide = proportionConfidenceInterval(x, n, 0.998);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
    );
  });

  it('huge counts (1e300, or the largest number) give finite limits', () => {
    for (const [x, n] of [
      [1e300, 1e300],
      [5e299, 1e300],
      [1, 1e300],
      [Number.MAX_VALUE, Number.MAX_VALUE],
      [Number.MAX_VALUE / 3, Number.MAX_VALUE],
    ]) {
      const { lower, upper } = proportionConfidenceInterval(x, n);
      expect(Number.isFinite(lower) && Number.isFinite(upper)).toBe(true);
      expect(lower).toBeLessThanOrEqual(x / n);
      expect(upper).toBeGreaterThanOrEqual(x / n);
    }
  });

  it('a confidence level of almost 0 (z underflows to 0) gives the proportion itself, 0 of n included, never NaN', () => {
    for (const [x, n] of [
      [0, 1e308],
      [0, 10],
      [3, 10],
    ]) {
      const { lower, upper } = proportionConfidenceInterval(x, n, 5e-324);
      expect([lower, upper]).toEqual([x / n, x / n]);
    }
  });
});

describe('errors name the argument, say what is wrong and how to fix it', () => {
  it('a negative or missing numerator', () => {
    expect(errorMessageOf(() => proportionConfidenceInterval(-1, 100))).toBe(
      'Numerator must be a finite number, 0 or more; got -1. Enter how many met the condition.',
    );
    expect(errorMessageOf(() => proportionConfidenceInterval(Number.NaN, 100))).toMatch(/^Numerator must be a finite number/);
  });

  it('a denominator of zero or less', () => {
    expect(errorMessageOf(() => proportionConfidenceInterval(0, 0))).toBe(
      'Denominator must be a finite number greater than 0; got 0. Enter how many there were in all.',
    );
    expect(errorMessageOf(() => proportionConfidenceInterval(1, -5))).toMatch(/^Denominator must be .* got -5\./);
    expect(errorMessageOf(() => proportionConfidenceInterval(1, Infinity))).toMatch(/^Denominator must be a finite number/);
  });

  it('a numerator larger than its denominator names both', () => {
    expect(errorMessageOf(() => proportionConfidenceInterval(120, 100))).toBe(
      'Numerator (120) must not be more than the denominator (100): a proportion is part of a whole. Check that the two are not swapped.',
    );
  });

  it('a confidence level written as a whole percentage says to write 95% or 0.95', () => {
    expect(errorMessageOf(() => proportionConfidenceInterval(5, 100, 95))).toBe(
      'Confidence must be between 0 and 1; got 95. Write 95% or 0.95.',
    );
    expect(errorMessageOf(() => proportionConfidenceInterval(5, 100, 1))).toMatch(/^Confidence must be between 0 and 1; got 1\./);
  });
});

describeReference('phe/proportions.csv', "PHE's published proportions (phe_proportion test data)", (rows, set) => {
  const usable = rows.filter((row) => row.Numerator !== '' && row.Denominator !== '');

  it(set === 'full' ? 'holds 16 complete rows (3 with a missing numerator or denominator are blank in PHE too)' : 'the transcription holds 5 complete rows and 1 blank one', () => {
    expect(rows).toHaveLength(set === 'full' ? 19 : 6);
    expect(usable).toHaveLength(set === 'full' ? 16 : 5);
  });

  it.each(usable.map((row) => [`${row.Area}, ${row.Numerator}/${row.Denominator} as a ${row.statistic}`, row] as const))(
    '%s matches to 1e-9',
    (_name, row) => {
      const numerator = Number(row.Numerator);
      const denominator = Number(row.Denominator);
      // PHE's "percentage" rows are the same limits × 100.
      const multiplier = Number(row.multiplier);
      expectRelativelyClose((numerator / denominator) * multiplier, Number(row.value));
      const at95 = proportionConfidenceInterval(numerator, denominator, 0.95);
      expectRelativelyClose(at95.lower * multiplier, Number(row.lower95_0cl));
      expectRelativelyClose(at95.upper * multiplier, Number(row.upper95_0cl));
      const at998 = proportionConfidenceInterval(numerator, denominator, 0.998);
      expectRelativelyClose(at998.lower * multiplier, Number(row.lower99_8cl));
      expectRelativelyClose(at998.upper * multiplier, Number(row.upper99_8cl));
    },
  );
}, PHE_PROPORTIONS);

describeReference('phe/byars-wilson.csv', "PHE's published Wilson limits (wilson_lower, wilson_upper)", (rows, set) => {
  const wilson = rows.filter((row) => row.method === 'Wilson');

  it(set === 'full' ? 'holds 6 Wilson rows' : 'the transcription holds 2 Wilson rows', () => {
    expect(wilson).toHaveLength(set === 'full' ? 6 : 2);
  });

  it.each(wilson.map((row) => [`${row.x} out of ${row.n} at ${row.confidence}`, row] as const))('%s matches to 1e-9', (_name, row) => {
    const confidence = Number(row.confidence.replace('%', '')) / 100;
    const { lower, upper } = proportionConfidenceInterval(Number(row.x), Number(row.n), confidence);
    expectRelativelyClose(lower, Number(row.lowercl));
    expectRelativelyClose(upper, Number(row.uppercl));
  });
}, PHE_BYARS_WILSON);
