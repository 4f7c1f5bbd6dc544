/**
 * Fingertips' trend markers against Fingertips' own test data (PholioVisualisation's
 * TrendMarkerCalculator tests) and FingertipsNext's trend service tests. A subset is
 * transcribed here; the full files are read from ../shared when present.
 */
import { type Polarity, parsePolarity } from '../../src/kpi/polarity';
import { type TrendInput, trendMarkerOf, trendTestOf } from '../../src/kpi/trend';
import { TREND_SIGNIFICANCE, proportionTrendTest, regressionTrendTest } from '../../src/kpi/trend-test';
import { errorMessageOf } from '../support/errors';
import { describeReference } from '../support/shared';

const regression = (values: (number | null)[], lower: (number | null)[], upper: (number | null)[]): TrendInput => ({ values, lower, upper, counts: null, denominators: null });
const proportion = (counts: number[], denominators: number[]): TrendInput => ({
  values: counts.map((count, i) => count / denominators[i]),
  lower: null,
  upper: null,
  counts,
  denominators,
});

// TrendData_Set1 (2014–2018): the same five years both ways.
const SET1 = {
  counts: [994, 1023, 1199, 1332, 1367],
  denominators: [40299, 41527, 42811, 44064, 44701],
  values: [24.67, 24.6, 28, 30.2, 30.6],
  lower: [23.16, 23.15, 26.44, 28.63, 28.98],
  upper: [26.25, 26.19, 29.64, 31.9, 32.25],
};

describe('the test for trend (transcribed Fingertips cases)', () => {
  it('significance is chi-squared above 9.5495, the 99.8% point of chi-squared on 1 degree of freedom', () => {
    expect(TREND_SIGNIFICANCE).toBeCloseTo(9.54953570608324, 10);
  });

  it('TrendData_Set1 by weighted regression: chi-squared 46.77, significant, rising', () => {
    const test = regressionTrendTest(SET1.values, SET1.lower, SET1.upper);
    expect(test.chiSquared.toFixed(2)).toBe('46.77');
    expect(test).toMatchObject({ significant: true });
    expect(test.slope).toBeGreaterThan(0);
  });

  it('TrendDataForProportion_Set1 by the chi-squared test for trend: 47.90, significant', () => {
    const test = proportionTrendTest(SET1.counts, SET1.denominators);
    expect(test.chiSquared.toFixed(2)).toBe('47.90');
    expect(test.significant).toBe(true);
    // The slope is the change in the proportion per year: about 2.47% to 3.06% over four years.
    expect(test.slope).toBeCloseTo(0.00174, 5);
  });

  it("the slope's unit is the method's: the values' own units with limits, a fraction of 1 with counts (as the README says)", () => {
    // SET1's values are per 1,000: 1.75 per 1,000 a year by regression, 0.00174 (1.74 per 1,000) as a proportion.
    expect(regressionTrendTest(SET1.values, SET1.lower, SET1.upper).slope).toBeCloseTo(1.7516, 4);
    const asFractions = (figures: number[]) => figures.map((figure) => figure / 1000);
    expect(regressionTrendTest(asFractions(SET1.values), asFractions(SET1.lower), asFractions(SET1.upper)).slope).toBeCloseTo(0.0017516, 7);
    expect(trendTestOf({ ...proportion(SET1.counts, SET1.denominators), values: SET1.values })!.slope).toBeCloseTo(0.0017428, 7);
  });

  it('TrendData_Set2: not significant', () => {
    const test = regressionTrendTest(
      [20.5506, 19.5952, 19.0349, 21.3966, 18.4372],
      [18.1803, 17.3444, 16.8421, 19.0918, 16.2925],
      [23.1427, 22.0602, 21.4394, 23.8975, 20.7941],
    );
    expect(test.significant).toBe(false);
    expect(trendMarkerOf(test, 'High')).toBe('No significant change');
  });

  it('TrendDataForProportion_Set2: a count equal to its denominator cannot be calculated', () => {
    expect(trendTestOf(proportion([5, 3, 1, 1, 2], [5, 5, 5, 4, 4]))).toBeNull();
    expect(trendMarkerOf(null, 'High')).toBe('Cannot be calculated');
  });
});

describe('FingertipsNext cases (transcribed, oldest first)', () => {
  it('MMR coverage in Yorkshire, High is good: Decreasing and getting worse', () => {
    const input = regression(
      [92.6254, 92.3221, 90.8708, 90.017, 90.1013],
      [92.4168, 92.1072, 90.6358, 89.7694, 89.8578],
      [92.8288, 92.5315, 91.1004, 90.2594, 90.3396],
    );
    expect(trendMarkerOf(trendTestOf(input), 'High')).toBe('Decreasing and getting worse');
  });

  it('Under-75 cancer mortality, Low is good: Decreasing and getting better', () => {
    const input = regression(
      [126.9341, 125.829, 121.5234, 122.3782, 120],
      [125.9343, 124.8371, 120.5533, 121.4012, 119.8035],
      [127.94, 126.8268, 122.4993, 123.361, 121.7507],
    );
    expect(trendMarkerOf(trendTestOf(input), 'Low')).toBe('Decreasing and getting better');
  });

  it('Emergency readmissions, intervals of zero width: Cannot be calculated', () => {
    const input = regression([14.3, 15.4, 14.3, 14.2, 14.8], [14.3, 15.4, 14.3, 14.1, 14.8], [14.3, 15.5, 14.4, 14.2, 14.8]);
    expect(trendMarkerOf(trendTestOf(input), 'Low')).toBe('Cannot be calculated');
  });

  it('Diabetes prevalence by the proportion method, no judgement: Increasing', () => {
    const input = proportion([3455176, 3491868, 3625401, 3774801, 3938080], [48783947, 49122259, 49956777, 50649129, 51441896]);
    expect(trendMarkerOf(trendTestOf(input), parsePolarity('No judgement'))).toBe('Increasing');
  });
});

describe('no significant change when leaving one point out reverses the slope', () => {
  it('a rise carried by one year is not a trend, however large chi-squared is', () => {
    // Flat but for a jump in the last year, measured precisely: chi-squared is huge, yet without that year the slope falls.
    const values = [10, 9.99, 9.98, 9.97, 20];
    const test = regressionTrendTest(values, values.map((v) => v - 0.01), values.map((v) => v + 0.01));
    expect(test.chiSquared).toBeGreaterThan(TREND_SIGNIFICANCE);
    expect(test.significant).toBe(false);
  });
});

describe('which points, and what cannot be calculated', () => {
  it('uses only the last five points with values', () => {
    const early = [1, 500, 2, null];
    const input = regression([...early, ...SET1.values], [...early, ...SET1.lower], [...early, ...SET1.upper]);
    expect(trendTestOf(input)).toEqual(regressionTrendTest(SET1.values, SET1.lower, SET1.upper));
  });

  it('fewer than five points, a missing interval or a zero-width one cannot be calculated', () => {
    expect(trendTestOf(regression(SET1.values.slice(1), SET1.lower.slice(1), SET1.upper.slice(1)))).toBeNull();
    expect(trendTestOf(regression(SET1.values, [null, ...SET1.lower.slice(1)], SET1.upper))).toBeNull();
    expect(trendTestOf(regression(SET1.values, [24.67, ...SET1.lower.slice(1)], [24.67, ...SET1.upper.slice(1)]))).toBeNull();
  });

  it('a count of 0 cannot be calculated either: its log-odds is infinite', () => {
    expect(trendTestOf(proportion([0, 3, 4, 5, 6], [50, 50, 50, 50, 50]))).toBeNull();
  });

  it('refuses input that cannot be right', () => {
    expect(errorMessageOf(() => trendTestOf(regression(SET1.values, [30, ...SET1.lower.slice(1)], SET1.upper)))).toMatch(/point 1 the lower limit 30 is above the upper limit 26.25/);
    expect(errorMessageOf(() => trendTestOf(proportion([6, 3, 4, 5, 6], [5, 50, 50, 50, 50])))).toMatch(/count 6 must be from 0 up to its denominator 5/);
    expect(errorMessageOf(() => trendTestOf({ ...proportion(SET1.counts, SET1.denominators), denominators: null }))).toMatch(/both count and denominator/);
    expect(errorMessageOf(() => trendTestOf({ values: SET1.values, lower: null, upper: null, counts: null, denominators: null }))).toMatch(/Give lower and upper/);
    expect(errorMessageOf(() => trendTestOf(regression(SET1.values, SET1.lower.slice(1), SET1.upper)))).toMatch(/lower has 4 points but values has 5/);
  });

  it('refuses a value outside its own interval, naming the point and the figures, rather than testing it', () => {
    // SET1's values as percent beside its limits as fractions gave chi-squared 467,653, "significant".
    const asFractions = (limits: number[]) => limits.map((limit) => limit / 100);
    const message = errorMessageOf(() => trendTestOf(regression(SET1.values, asFractions(SET1.lower), asFractions(SET1.upper))));
    expect(message).toMatch(/^At point 1 the value 24.67 is outside its own interval, 0.2316 to 0.2625/);
    expect(message).toMatch(/may be swapped or on different scales \(percent beside fractions\)/);
    const swapped = errorMessageOf(() => trendTestOf(regression(SET1.lower, SET1.values, SET1.upper)));
    expect(swapped).toMatch(/^At point 1 the value 23.16 is outside its own interval, 24.67 to 26.25/);
  });

  it('a value on a limit is inside it, and a point outside the last five is not judged', () => {
    expect(trendTestOf(regression(SET1.values, [24.67, ...SET1.lower.slice(1)], SET1.upper))).not.toBeNull();
    expect(trendTestOf(regression([99, ...SET1.values], [1, ...SET1.lower], [2, ...SET1.upper]))).toEqual(
      regressionTrendTest(SET1.values, SET1.lower, SET1.upper),
    );
  });

  it('the marker words by polarity', () => {
    const rising = { chiSquared: 20, slope: 1, significant: true };
    const falling = { ...rising, slope: -1 };
    expect(trendMarkerOf(rising, 'High')).toBe('Increasing and getting better');
    expect(trendMarkerOf(rising, 'Low')).toBe('Increasing and getting worse');
    expect(trendMarkerOf(falling, 'High')).toBe('Decreasing and getting worse');
    expect(trendMarkerOf(falling, 'Low')).toBe('Decreasing and getting better');
    expect(trendMarkerOf(rising, 'Context')).toBe('Increasing');
    expect(trendMarkerOf(falling, null)).toBe('Decreasing');
    expect(errorMessageOf(() => trendMarkerOf(null, 'Band'))).toMatch(/Polarity Band cannot judge a trend/);
  });
});

describeReference('fingertips/trend_marker_testcases.csv', "Fingertips' trend marker test data, every case", (rows) => {
  const cases = [...new Set(rows.map((row) => row.case))];

  it('holds 4 cases of 5 years each', () => {
    expect(cases).toHaveLength(4);
    for (const name of cases) expect(rows.filter((row) => row.case === name)).toHaveLength(5);
  });

  it.each(cases)('%s', (name) => {
    const points = rows.filter((row) => row.case === name).sort((a, b) => Number(a.year) - Number(b.year));
    const column = (field: string) => points.map((row) => Number(row[field]));
    const byProportion = points[0].method.startsWith('SpcForProportions');
    const input: TrendInput = byProportion
      ? { values: column('value'), lower: null, upper: null, counts: column('count'), denominators: column('denominator') }
      : { values: column('value'), lower: column('lowerci95'), upper: column('upperci95'), counts: null, denominators: null };
    const test = trendTestOf(input);
    const expected = points[0];
    if (/CannotBeCalculated/.test(name)) {
      // Fingertips reports chi-squared 0 here; we report no figure, since none was computed.
      expect(test).toBeNull();
      expect(expected.expected_is_significant).toBe('FALSE');
      return;
    }
    expect(test!.significant).toBe(expected.expected_is_significant === 'TRUE');
    if (expected.expected_chi2_2dp !== '') expect(test!.chiSquared.toFixed(2)).toBe(Number(expected.expected_chi2_2dp).toFixed(2));
  });
});

/** FingertipsNext's trend names, as our words. */
const NEXT_WORDS: Record<string, string> = {
  Increasing: 'Increasing',
  Decreasing: 'Decreasing',
  NoChange: 'No significant change',
  CannotBeCalculated: 'Cannot be calculated',
  IncreasingAndGettingBetter: 'Increasing and getting better',
  IncreasingAndGettingWorse: 'Increasing and getting worse',
  DecreasingAndGettingBetter: 'Decreasing and getting better',
  DecreasingAndGettingWorse: 'Decreasing and getting worse',
};

/**
 * Where we knowingly differ from FingertipsNext. Its GP-registered-population case has no
 * intervals at all; its calculator then works on no points, its slope is 0/0 (NaN), and
 * NaN fails the chi-squared comparison, so it says NoChange. No interval means there is
 * nothing to test: we say Cannot be calculated.
 */
const DIFFERS_FROM_FINGERTIPSNEXT: Record<string, string> = { GpRegisteredPopulationOver65: 'Cannot be calculated' };

describeReference('fingertips/fingertipsnext_trend_testcases.csv', "FingertipsNext's trend cases, every case", (rows) => {
  const cases = [...new Set(rows.map((row) => row.case))];

  it('holds 6 cases', () => expect(cases).toHaveLength(6));

  it.each(cases)('%s', (name) => {
    const points = rows.filter((row) => row.case === name).sort((a, b) => a.to_date.localeCompare(b.to_date));
    const column = (field: string) => points.map((row) => (row[field] === '' ? null : Number(row[field])));
    // The proportion method only where the case is computed that way (the issue: Diabetes prevalence alone).
    const byProportion = name === 'DiabetesPrevelance';
    const input: TrendInput = {
      values: column('value'),
      lower: byProportion ? null : column('lower_ci95'),
      upper: byProportion ? null : column('upper_ci95'),
      counts: byProportion ? column('count') : null,
      denominators: byProportion ? column('denominator') : null,
    };
    const polarity: Polarity | null = parsePolarity(points[0].polarity);
    if (name in DIFFERS_FROM_FINGERTIPSNEXT) expect(points[0].expected_trend).toBe('NoChange');
    const expected = DIFFERS_FROM_FINGERTIPSNEXT[name] ?? NEXT_WORDS[points[0].expected_trend];
    expect(trendMarkerOf(trendTestOf(input), polarity)).toBe(expected);
  });
});
