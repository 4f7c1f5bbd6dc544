/**
 * XmR limits against published figures: NHSRplotthedots' snapshots and vignette, and the
 * Python port nhspy-plotthedots' unit tests. A subset is transcribed here so that a
 * clone without ../shared still checks them; the full file is read when present.
 */
import fc from 'fast-check';
import { xmrLimits } from '../../src/kpi/spc-limits';
import { errorMessageOf } from '../support/errors';
import { describeReference } from '../support/shared';

const ALL = { baselinePoints: null, screenOutliers: true };
const UNSCREENED = { baselinePoints: null, screenOutliers: false };

/** To 1e-6, or to the decimal places the reference prints when it prints fewer. */
function expectAsPublished(actual: number, published: string): void {
  const places = published.includes('.') ? published.split('.')[1].length : 0;
  const tolerance = Math.max(1e-6, 0.5 * 10 ** -places);
  expect(Math.abs(actual - Number(published))).toBeLessThanOrEqual(tolerance + 1e-12);
}

// set.seed(123); rnorm(20), from NHSRplotthedots' snapshot tests (tests/testthat/_snaps/ptd_spc_standard.md).
const RNORM_20 = [
  -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197,
  1.2240818, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.7013559, -0.47279141,
];
const WITH_OUTLIER = RNORM_20.map((y, i) => (i === 14 ? 10 : y));
// NHSRplotthedots' vignette "deviations": 1, 2, 1, 2, 10, then 1, 2 repeated to 18 points.
const DEVIATIONS = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

describe('XmR limits (transcribed published cases)', () => {
  it.each([
    ['rnorm(20), screened', RNORM_20, ALL, '0.1416238', '-3.01138', '3.294627'],
    ['rnorm(20) with y[15] = 10, screened: the jump is left out of the moving ranges', WITH_OUTLIER, ALL, '0.6694159', '-2.383666', '3.722497'],
    ['rnorm(20) with y[15] = 10, unscreened (MDC Excel tool)', WITH_OUTLIER, UNSCREENED, '0.6694159', '-4.596625', '5.935457'],
    ['the deviations vignette, screened', DEVIATIONS, ALL, '1.94', '-0.72', '4.6'],
    ['the deviations vignette, unscreened', DEVIATIONS, UNSCREENED, '1.94', '-3.06', '6.95'],
  ] as const)('%s', (_name, values, options, mean, lower, upper) => {
    const limits = xmrLimits(values, options);
    expectAsPublished(limits.mean, mean);
    expectAsPublished(limits.lower, lower);
    expectAsPublished(limits.upper, upper);
  });

  it('nhspy-plotthedots "mixed": near limits two thirds of the way to the limits', () => {
    const limits = xmrLimits([1, 2, 3, 2, 1, 2, 3, 4, 5, 6, 7, 4, 3, 2, 1, 2], ALL);
    expectAsPublished(limits.mean, '3.0');
    expectAsPublished(limits.lower, '-0.014666666666666828');
    expectAsPublished(limits.upper, '6.014666666666667');
    expectAsPublished(limits.nearLower, '0.9902222222222221');
    expectAsPublished(limits.nearUpper, '5.009777777777778');
  });

  it('the worked example: 1.94, −0.72 to 4.6 screened; −3.06 to 6.95 unscreened', () => {
    const screened = xmrLimits(DEVIATIONS, ALL);
    const unscreened = xmrLimits(DEVIATIONS, UNSCREENED);
    expect([screened.mean, screened.lower, screened.upper].map((x) => +x.toFixed(2))).toEqual([1.94, -0.72, 4.6]);
    expect([unscreened.mean, unscreened.lower, unscreened.upper].map((x) => +x.toFixed(2))).toEqual([1.94, -3.06, 6.95]);
  });
});

describeReference('spc/spc_xmr_limits_testcases.csv', 'XmR limits, every published row', (rows) => {
  it('holds 11 cases', () => expect(rows).toHaveLength(11));

  it.each(rows.map((row) => [row.source, row] as const))('%s', (_name, row) => {
    const values = row.values.split(';').map(Number);
    // n/a: nhspy does not screen; its cases have no moving range to screen, so both ways agree.
    const ways = row.screen_outliers === 'n/a' ? [true, false] : [row.screen_outliers === 'TRUE'];
    for (const screenOutliers of ways) {
      const limits = xmrLimits(values, { baselinePoints: null, screenOutliers });
      expectAsPublished(limits.mean, row.expected_mean);
      expectAsPublished(limits.lower, row.expected_lpl);
      expectAsPublished(limits.upper, row.expected_upl);
      if (row['expected_near_lpl(2/3 of limit)']) expectAsPublished(limits.nearLower, row['expected_near_lpl(2/3 of limit)']);
      if (row.expected_near_upl) expectAsPublished(limits.nearUpper, row.expected_near_upl);
    }
  });
});

describe('a baseline fixes the limits on the first points', () => {
  it('later points do not move the mean or the limits', () => {
    const baseline = [10, 12, 11, 13, 12, 11];
    const fixed = xmrLimits([...baseline, 40, 50, 60], { baselinePoints: 6, screenOutliers: true });
    expect(fixed).toEqual(xmrLimits(baseline, ALL));
  });

  it('limits on fewer than 12 points are trial limits; on 12, not', () => {
    const twelve = [5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 5, 6];
    expect(xmrLimits(twelve.slice(0, 11), ALL).trial).toBe(true);
    expect(xmrLimits(twelve, ALL).trial).toBe(false);
    expect(xmrLimits(twelve, { baselinePoints: 8, screenOutliers: true }).trial).toBe(true);
  });
});

describe('limits follow the values', () => {
  const series = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 });
  const close = (a: number, b: number, scale: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));

  it('shifting every value by a constant shifts the mean and limits by it', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1e6, max: 1e6 }), fc.boolean(), (values, shift, screenOutliers) => {
        const options = { baselinePoints: null, screenOutliers };
        const before = xmrLimits(values, options);
        const after = xmrLimits(values.map((v) => v + shift), options);
        const scale = Math.abs(shift) + 2000;
        close(after.mean, before.mean + shift, scale);
        close(after.lower, before.lower + shift, scale);
        close(after.upper, before.upper + shift, scale);
      }),
    );
  });

  it('scaling every value scales the mean and limits (a negative factor swaps the limits)', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -50, max: 50 }).filter((k) => k !== 0), fc.boolean(), (values, factor, screenOutliers) => {
        const options = { baselinePoints: null, screenOutliers };
        const before = xmrLimits(values, options);
        const after = xmrLimits(values.map((v) => v * factor), options);
        const scale = 2000 * Math.abs(factor);
        close(after.mean, before.mean * factor, scale);
        close(factor > 0 ? after.lower : after.upper, before.lower * factor, scale);
        close(factor > 0 ? after.upper : after.lower, before.upper * factor, scale);
      }),
    );
  });
});

describe('limits refuse what they cannot compute', () => {
  it('fewer than 2 values', () => {
    expect(errorMessageOf(() => xmrLimits([4], ALL))).toMatch(/1 number; SPC limits need at least 2/);
  });

  it('a baseline longer than the series, or of fewer than 2 points', () => {
    expect(errorMessageOf(() => xmrLimits([1, 2, 3], { baselinePoints: 4, screenOutliers: true }))).toMatch(/baseline_points .*2 to the number of values \(3\); got 4/);
    expect(errorMessageOf(() => xmrLimits([1, 2, 3], { baselinePoints: 1, screenOutliers: true }))).toMatch(/got 1/);
  });

  it('values so large that the mean or the limits overflow (the fuzzer found 1E+308 then 0 giving a limit of -Infinity)', () => {
    for (const values of [[1e308, 0], [1.7e308, 1.7e308], [-1e308, 1e308]]) {
      expect(errorMessageOf(() => xmrLimits(values, ALL))).toMatch(/too large to compute SPC limits/);
    }
    // Large but within range: limits are computed
    expect(Number.isFinite(xmrLimits([1e300, 0], ALL).upper)).toBe(true);
  });
});
