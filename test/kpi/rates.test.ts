import fc from 'fast-check';
import {
  byarsLower,
  byarsUpper,
  exactPoissonLower,
  exactPoissonUpper,
  rateConfidenceInterval,
  ratePer,
} from '../../src/kpi/rates';
import { BEDFORD_RATES_2020_21 } from '../../src/demo/data/bedford-2020-21';
import { errorMessageOf } from '../support/errors';
import { describeReference } from '../support/shared';
import { PHE_RATES } from '../reference/phe-rates';
import { PHE_BYARS_WILSON } from '../reference/phe-byars-wilson';

/** PHE's published figures are to be matched to 1e-9 relative. */
function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-9): void {
  if (Math.abs(actual - expected) > tolerance * Math.abs(expected)) {
    throw new Error(`expected ${actual} to be within ${tolerance} (relative) of ${expected}`);
  }
}

/** P(X ≥ k) for X ~ Poisson(mean), summed term by term (no gamma function involved). */
function poissonAtLeast(k: number, mean: number): number {
  let term = Math.exp(-mean);
  for (let j = 1; j <= k; j++) term *= mean / j;
  let sum = 0;
  for (let j = k; term > 1e-20 * sum; j++) {
    sum += term;
    term *= mean / (j + 1);
  }
  return sum;
}

/** P(X ≤ k) for X ~ Poisson(mean). */
function poissonAtMost(k: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let j = 1; j <= k; j++) {
    term *= mean / j;
    sum += term;
  }
  return sum;
}

const Z95 = 1.9599639845400542;

describe("Bedford's 2020/21 DoLS rates per 100,000 adults", () => {
  it.each(BEDFORD_RATES_2020_21.map((row) => [row.ref, row] as const))('%s comes out as printed (1 d.p.)', (_ref, row) => {
    expect(ratePer(row.count, row.population, row.per).toFixed(1)).toBe(row.reportedRate.toFixed(1));
  });

  it('1,197 requests in 132,603 adults is 902.7 per 100,000 with the default multiplier', () => {
    expect(ratePer(1197, 132603).toFixed(1)).toBe('902.7');
  });

  it("1,197 requests has a 95% interval of 852.3 to 955.3 per 100,000 (Byar's)", () => {
    const { lower, upper } = rateConfidenceInterval(1197, 132603);
    expectRelativelyClose(lower, 852.2743613504137, 1e-13);
    expectRelativelyClose(upper, 955.3185672876999, 1e-13);
  });
});

describe('rates', () => {
  it('are count ÷ population × the multiplier', () => {
    expect(ratePer(5, 1000, 1000)).toBe(5);
    expect(ratePer(0, 500)).toBe(0);
    expect(ratePer(250, 220, 100)).toBeCloseTo(113.636363636, 8); // more events than people is allowed
  });
});

describe('rate confidence intervals', () => {
  it('counts under 10 use the exact Poisson method', () => {
    // 1 event: lower = −ln(0.975); upper solves e^−u (1 + u) = 0.025.
    const one = rateConfidenceInterval(1, 100, 0.95, 100);
    expectRelativelyClose(one.lower, 0.025317807984289875, 1e-13);
    expectRelativelyClose(one.upper, 5.571643390938899, 1e-13);
    const nine = rateConfidenceInterval(9, 1000, 0.95, 1000);
    expectRelativelyClose(nine.lower, exactPoissonLower(9), 1e-15);
    expectRelativelyClose(nine.upper, exactPoissonUpper(9), 1e-15);
  });

  it("counts of 10 or more use Byar's method", () => {
    const ten = rateConfidenceInterval(10, 1000, 0.95, 1000);
    const byars = {
      lower: 10 * (1 - 1 / 90 - Z95 / (3 * Math.sqrt(10))) ** 3,
      upper: 11 * (1 - 1 / 99 + Z95 / (3 * Math.sqrt(11))) ** 3,
    };
    expectRelativelyClose(ten.lower, byars.lower, 1e-14);
    expectRelativelyClose(ten.upper, byars.upper, 1e-14);
    expectRelativelyClose(ten.lower, 4.787449913967562, 1e-14);
    expectRelativelyClose(ten.upper, 18.391458605756476, 1e-14);
  });

  it('a count of 0 has lower limit 0 and upper limit −ln(α/2)', () => {
    expect(rateConfidenceInterval(0, 100, 0.95, 100)).toEqual({ lower: 0, upper: expect.any(Number) });
    expectRelativelyClose(rateConfidenceInterval(0, 100, 0.95, 100).upper, 3.6888794541139363, 1e-14);
    expectRelativelyClose(rateConfidenceInterval(0, 100, 0.998, 100).upper, 6.907755278982137, 1e-14);
  });

  it('the default is a 95% interval per 100,000', () => {
    expect(rateConfidenceInterval(45, 132603)).toEqual(rateConfidenceInterval(45, 132603, 0.95, 100000));
  });

  it('the exact upper limit is the mean under which seeing the count or fewer has probability α/2', () => {
    for (const confidence of [0.95, 0.998]) {
      const tail = (1 - confidence) / 2;
      for (let count = 0; count < 10; count++) {
        expectRelativelyClose(poissonAtMost(count, exactPoissonUpper(count, confidence)), tail, 1e-12);
      }
    }
  });

  it('the exact lower limit is the mean under which seeing the count or more has probability α/2', () => {
    for (const confidence of [0.95, 0.998]) {
      const tail = (1 - confidence) / 2;
      for (let count = 1; count < 10; count++) {
        expectRelativelyClose(poissonAtLeast(count, exactPoissonLower(count, confidence)), tail, 1e-12);
      }
    }
  });

  it("Byar's method gives no lower limit where its approximation goes below zero", () => {
    expect(errorMessageOf(() => byarsLower(1, 0.998))).toBe(
      "Byar's method gives no lower limit for a count of 1 at 99.8% confidence: the count is too small for it. Use the exact Poisson method, as rateConfidenceInterval does for counts under 10.",
    );
    expect(errorMessageOf(() => byarsLower(0))).toMatch(/no lower limit for a count of 0/);
  });
});

describe('rate interval properties', () => {
  const confidence = fc.constantFrom(0.95, 0.998);
  const count = fc.oneof(
    fc.integer({ min: 0, max: 20 }),
    fc.constantFrom(0, 9, 10),
    fc.integer({ min: 0, max: 1e9 }),
    // A count strictly between 0 and 1 of a population above 1 is refused as a share (see counts).
    fc.double({ min: 0, max: 1e6, noNaN: true }).filter((x) => x === 0 || x >= 1),
  );
  const population = fc.double({ min: 1, max: 1e10, noNaN: true });
  const per = fc.constantFrom(1, 100, 1000, 100000);

  it('every interval is finite, not negative, and contains the rate', () => {
    fc.assert(
      fc.property(count, population, confidence, per, (x, n, level, multiplier) => {
        const rate = ratePer(x, n, multiplier);
        const { lower, upper } = rateConfidenceInterval(x, n, level, multiplier);
        expect(Number.isFinite(lower) && Number.isFinite(upper)).toBe(true);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(lower).toBeLessThanOrEqual(rate);
        expect(upper).toBeGreaterThanOrEqual(rate);
      }),
      { numRuns: 500 },
    );
  });

  it('a 99.8% interval holds the 95% interval', () => {
    fc.assert(
      fc.property(count, population, (x, n) => {
        const narrow = rateConfidenceInterval(x, n, 0.95);
        const wide = rateConfidenceInterval(x, n, 0.998);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
    );
  });

  it('any confidence level strictly between 0 and 1 gives a finite interval around the rate', () => {
    fc.assert(
      fc.property(count, population, fc.double({ min: 1e-6, max: 0.999999, noNaN: true }), (x, n, level) => {
        const rate = ratePer(x, n);
        const { lower, upper } = rateConfidenceInterval(x, n, level);
        expect(Number.isFinite(upper)).toBe(true);
        expect(lower).toBeLessThanOrEqual(rate);
        expect(upper).toBeGreaterThanOrEqual(rate);
      }),
    );
  });
});

describe('huge inputs give finite numbers or a clear error, never Infinity or NaN', () => {
  it('a count and population of 1e300 give a finite rate and interval', () => {
    expectRelativelyClose(ratePer(1e300, 1e300), 100000, 1e-15);
    const { lower, upper } = rateConfidenceInterval(1e300, 1e300);
    expect(Number.isFinite(lower) && Number.isFinite(upper)).toBe(true);
  });

  it('a rate beyond the largest number is an error that says so', () => {
    expect(errorMessageOf(() => ratePer(1e300, 1e-10))).toBe(
      'The rate is too large to calculate: a count of 1e+300 in a population of 1e-10, per 100000. Check that the count and population are in the right cells.',
    );
    expect(errorMessageOf(() => rateConfidenceInterval(5, 1e-305))).toMatch(/^The rate's confidence interval is too large/);
  });

  it('a huge count over a tiny multiplier is still worked out', () => {
    expectRelativelyClose(ratePer(1e300, 1e-10, 1e-20), 1e290, 1e-15);
  });
});

describe('errors name the argument, say what is wrong and how to fix it', () => {
  it('a negative or missing count', () => {
    expect(errorMessageOf(() => ratePer(-3, 100))).toBe('Count must be 0 or more; got -3. Enter the number of events.');
    expect(errorMessageOf(() => rateConfidenceInterval(Number.NaN, 100))).toBe(
      'Count must be a finite number of events, 0 or more; got NaN.',
    );
    expect(errorMessageOf(() => ratePer(Infinity, 100))).toMatch(/^Count must be a finite number/);
  });

  it('a population of zero or less', () => {
    expect(errorMessageOf(() => ratePer(5, -5))).toBe(
      'Population must be greater than 0; got -5. Enter the number of people the count is drawn from.',
    );
    expect(errorMessageOf(() => rateConfidenceInterval(5, 0))).toMatch(/^Population must be greater than 0; got 0\./);
    expect(errorMessageOf(() => ratePer(5, Infinity))).toMatch(/^Population must be a finite number greater than 0/);
  });

  it('a multiplier of zero or less', () => {
    expect(errorMessageOf(() => ratePer(5, 100, 0))).toBe(
      "Per (the rate's multiplier) must be a finite number greater than 0; got 0. Use 100000 for a rate per 100,000.",
    );
    expect(errorMessageOf(() => rateConfidenceInterval(5, 100, 0.95, -1))).toMatch(/^Per \(the rate's multiplier\)/);
  });

  it('a confidence level written as a whole percentage says to write 95% or 0.95', () => {
    expect(errorMessageOf(() => rateConfidenceInterval(5, 100, 95))).toBe(
      'Confidence must be between 0 and 1; got 95. Write 95% or 0.95.',
    );
    expect(errorMessageOf(() => rateConfidenceInterval(5, 100, 99.8))).toBe(
      'Confidence must be between 0 and 1; got 99.8. Write 99.8% or 0.998.',
    );
  });

  it('a confidence level of 0, 1 or beyond', () => {
    for (const level of [0, 1, -0.5, 100, 150, Number.NaN]) {
      expect(errorMessageOf(() => rateConfidenceInterval(5, 100, level))).toBe(
        `Confidence must be between 0 and 1; got ${level}. Write a level such as 95% (0.95) or 99.8% (0.998).`,
      );
    }
  });

  it("the count-scale functions check their arguments too", () => {
    expect(errorMessageOf(() => byarsUpper(-1))).toMatch(/^Count must be 0 or more/);
    expect(errorMessageOf(() => exactPoissonLower(3, 95))).toMatch(/Write 95% or 0\.95/);
    expect(errorMessageOf(() => exactPoissonUpper(Number.NaN))).toMatch(/^Count must be a finite number/);
  });
});

/** Rows PHE publishes with a count and a population; rows missing either are blank there too. */
function complete(rows: Record<string, string>[]): Record<string, string>[] {
  return rows.filter((row) => row.Numerator !== '' && row.Denominator !== '');
}

describeReference('phe/rates.csv', "PHE's published rates (phe_rate test data)", (rows, set) => {
  const usable = complete(rows);

  it(set === 'full' ? 'holds 17 complete rows (3 with a missing count or population are blank in PHE too)' : 'the transcription holds 5 complete rows and 1 blank one', () => {
    expect(rows).toHaveLength(set === 'full' ? 20 : 6);
    expect(usable).toHaveLength(set === 'full' ? 17 : 5);
  });

  it.each(usable.map((row) => [`${row.Area}, ${row.Numerator}/${row.Denominator} ${row.statistic}`, row] as const))(
    '%s matches to 1e-9',
    (_name, row) => {
      const count = Number(row.Numerator);
      const population = Number(row.Denominator);
      const per = Number(row.multiplier);
      expect(row.method).toBe(count < 10 ? 'Exact' : 'Byars');
      expectRelativelyClose(ratePer(count, population, per), Number(row.value));
      const at95 = rateConfidenceInterval(count, population, 0.95, per);
      expectRelativelyClose(at95.lower, Number(row.lower95_0cl));
      expectRelativelyClose(at95.upper, Number(row.upper95_0cl));
      const at998 = rateConfidenceInterval(count, population, 0.998, per);
      expectRelativelyClose(at998.lower, Number(row.lower99_8cl));
      expectRelativelyClose(at998.upper, Number(row.upper99_8cl));
    },
  );
}, PHE_RATES);

describeReference('phe/byars-wilson.csv', "PHE's published Byar's limits for counts (byars_lower, byars_upper)", (rows, set) => {
  const byars = rows.filter((row) => row.method === 'Byars');

  it(set === 'full' ? "holds 7 Byar's rows" : "the transcription holds 3 Byar's rows", () => {
    expect(byars).toHaveLength(set === 'full' ? 7 : 3);
  });

  it.each(byars.map((row) => [`${row.x} events at ${row.confidence}`, row] as const))('%s matches to 1e-9', (_name, row) => {
    const count = Number(row.x);
    const confidence = Number(row.confidence.replace('%', '')) / 100;
    expectRelativelyClose(byarsUpper(count, confidence), Number(row.uppercl));
    if (row.lowercl === '') {
      // PHE gives NA where Byar's lower limit would be negative; we say why instead.
      expect(errorMessageOf(() => byarsLower(count, confidence))).toMatch(/^Byar's method gives no lower limit/);
    } else {
      expectRelativelyClose(byarsLower(count, confidence), Number(row.lowercl));
    }
    if (count >= 10) {
      // A rate per head of its own population is the count's own limits.
      const asRate = rateConfidenceInterval(count, 1, confidence, 1);
      expectRelativelyClose(asRate.lower, Number(row.lowercl));
      expectRelativelyClose(asRate.upper, Number(row.uppercl));
    }
  });
}, PHE_BYARS_WILSON);

describe('a count written as a share is refused, as a proportion given as the numerator is', () => {
  it('ratePer and rateConfidenceInterval refuse 0.05 of 100 people (a %-formatted 5%), saying what to give', () => {
    expect(errorMessageOf(() => ratePer(0.05, 100))).toBe(
      'Count 0.05 looks like a proportion, not a count: the count is how many events there were. Give the count (for 5% of 100, about 5).',
    );
    expect(errorMessageOf(() => rateConfidenceInterval(0.05, 100))).toMatch(/^Count 0.05 looks like a proportion, not a count/);
  });

  it('a count of 0, 1 or more is still a count, and a fraction of a population of 1 is still rated', () => {
    expect(ratePer(0, 100)).toBe(0);
    expect(ratePer(1, 100)).toBe(1000);
    expect(ratePer(1.5, 100)).toBe(1500);
    expect(ratePer(0.5, 1)).toBe(50000);
  });
});
