import fc from 'fast-check';
import {
  chiSquaredQuantile,
  logGamma,
  lowerRegularizedGamma,
  normalQuantile,
  upperRegularizedGamma,
} from '../../src/kpi/distributions';

/** Expected values below were worked out independently with 40-digit arithmetic (mpmath). */
function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-13): void {
  if (Math.abs(actual - expected) > tolerance * Math.abs(expected)) {
    throw new Error(`expected ${actual} to be within ${tolerance} (relative) of ${expected}`);
  }
}

describe('the normal quantile (z for a confidence level)', () => {
  it('gives the textbook z values for 95%, 99% and 99.8% intervals', () => {
    expectRelativelyClose(normalQuantile(0.975), 1.9599639845400542, 1e-15);
    expectRelativelyClose(normalQuantile(0.995), 2.575829303548901, 1e-15);
    expectRelativelyClose(normalQuantile(0.999), 3.0902323061678135, 1e-15);
    expectRelativelyClose(normalQuantile(0.9), 1.2815515655446004, 1e-15);
  });

  it('is 0 at the middle and symmetric about it', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expectRelativelyClose(normalQuantile(0.025), -1.9599639845400542, 1e-15);
    // q from ½ to 1, so that 1 − q is exact and only the quantile is being tested.
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1 - 1e-16, noNaN: true }), (q) => {
        expectRelativelyClose(normalQuantile(1 - q), -normalQuantile(q), 1e-15);
      }),
    );
  });

  it('stays accurate far into the tails', () => {
    expectRelativelyClose(normalQuantile(1e-10), -6.361340902404056, 1e-15);
    expectRelativelyClose(normalQuantile(1e-300), -37.0470962993612, 1e-15);
  });

  it('is minus and plus infinity at probabilities 0 and 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('rejects probabilities outside 0 to 1', () => {
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe('the log-gamma function', () => {
  it('matches known values: ln Γ(1) = ln Γ(2) = 0, ln Γ(½) = ln √π, ln Γ(10) = ln 9!', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
    expectRelativelyClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expectRelativelyClose(logGamma(10), Math.log(362880), 1e-15);
    expectRelativelyClose(logGamma(3.7), 1.428072326665388, 1e-14);
    expectRelativelyClose(logGamma(100), 359.1342053695754, 1e-15);
  });

  it('follows Γ(a + 1) = a·Γ(a)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (a) => {
        expect(Math.abs(logGamma(a + 1) - logGamma(a) - Math.log(a))).toBeLessThan(1e-12 * Math.max(1, logGamma(a + 1)));
      }),
    );
  });
});

describe('the regularized incomplete gamma function', () => {
  it('matches known values in the series and continued-fraction regions', () => {
    expectRelativelyClose(lowerRegularizedGamma(3, 2), 0.32332358381693654);
    expectRelativelyClose(lowerRegularizedGamma(0.5, 0.1), 0.3452791539814229);
    expectRelativelyClose(upperRegularizedGamma(30, 45), 0.0073371992977965036);
  });

  it('is 1 − e^−x for shape 1 (the exponential distribution)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 700, noNaN: true }), (x) => {
        expectRelativelyClose(lowerRegularizedGamma(1, x), -Math.expm1(-x), 1e-13);
        expectRelativelyClose(upperRegularizedGamma(1, x), Math.exp(-x), 1e-13);
      }),
    );
  });

  it('has lower and upper parts that add to 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (a, ratio) => {
        const x = a * ratio;
        expect(Math.abs(lowerRegularizedGamma(a, x) + upperRegularizedGamma(a, x) - 1)).toBeLessThan(1e-14);
      }),
    );
  });
});

describe('the chi-squared quantile', () => {
  it('matches known values', () => {
    expectRelativelyClose(chiSquaredQuantile(0.95, 1), 3.841458820694126);
    expectRelativelyClose(chiSquaredQuantile(0.025, 2), 0.05063561596857975);
    expectRelativelyClose(chiSquaredQuantile(0.975, 20), 34.16960690283834);
    expectRelativelyClose(chiSquaredQuantile(0.025, 18), 8.230746194756665);
    expectRelativelyClose(chiSquaredQuantile(0.999, 20), 45.31474661812586);
    expectRelativelyClose(chiSquaredQuantile(0.001, 2), 0.002001000667167067);
    expectRelativelyClose(chiSquaredQuantile(0.5, 7), 6.345811195521518);
    expectRelativelyClose(chiSquaredQuantile(0.001, 1), 1.5707971492624899e-6);
    expectRelativelyClose(chiSquaredQuantile(0.975, 100), 129.5611971858366);
  });

  it('on 2 degrees of freedom is −2 ln(1 − p), its closed form', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 1e-12, noNaN: true }), (p) => {
        expectRelativelyClose(chiSquaredQuantile(p, 2), -2 * Math.log1p(-p), 1e-12);
      }),
    );
  });

  it('on 1 degree of freedom is the square of the normal quantile, tying the two together', () => {
    // confidence = 2q − 1 is exact for q from ½ to 1, so both sides see the same probability.
    fc.assert(
      fc.property(fc.double({ min: 0.5005, max: 1 - 1e-12, noNaN: true }), (q) => {
        const z = normalQuantile(q);
        expectRelativelyClose(chiSquaredQuantile(2 * q - 1, 1), z * z, 1e-12);
      }),
    );
  });

  it('inverts the incomplete gamma function on both tails', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 1e5, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (degreesOfFreedom, p) => {
          const x = chiSquaredQuantile(p, degreesOfFreedom) / 2;
          if (p <= 0.5) expectRelativelyClose(lowerRegularizedGamma(degreesOfFreedom / 2, x), p, 1e-11);
          else expectRelativelyClose(upperRegularizedGamma(degreesOfFreedom / 2, x), 1 - p, 1e-11);
        },
      ),
    );
  });

  it('is 0 at probability 0 and infinite at probability 1', () => {
    expect(chiSquaredQuantile(0, 4)).toBe(0);
    expect(chiSquaredQuantile(1, 4)).toBe(Infinity);
  });

  it('rejects impossible probabilities and degrees of freedom', () => {
    expect(() => chiSquaredQuantile(1.2, 4)).toThrow(RangeError);
    expect(() => chiSquaredQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => chiSquaredQuantile(0.5, -1)).toThrow(RangeError);
    expect(() => chiSquaredQuantile(0.5, Infinity)).toThrow(RangeError);
  });
});
