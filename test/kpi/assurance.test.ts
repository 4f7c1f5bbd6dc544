/**
 * Assurance: the target against the process limits, by polarity, and the boundary
 * (a target equal to a limit) on the side the help page states.
 */
import fc from 'fast-check';
import { assuranceOf } from '../../src/kpi/assurance';
import { readMeasureRule } from '../../src/kpi/rule';
import { type XmrLimits, xmrLimits } from '../../src/kpi/spc-limits';
import { parseTarget } from '../../src/kpi/target';
import { errorMessageOf } from '../support/errors';

/** Limits 80 to 90 around a mean of 85. */
const LIMITS: XmrLimits = { mean: 85, lower: 80, upper: 90, nearLower: 81.67, nearUpper: 88.33, meanMovingRange: 1.88, points: 24, trial: false };

/** The assurance of values between the limits (their mean, here) against a target. */
const judge = (target: number | string, polarity: string | null, limits = LIMITS) => {
  const rule = readMeasureRule(polarity, target);
  return assuranceOf(limits, rule.target, rule.polarity, [limits.mean]);
};

describe('assurance against a target', () => {
  it.each([
    [75, 'High', 'Consistently passing'],
    [95, 'High', 'Consistently failing'],
    [85, 'High', 'Hit and miss'],
    [75, 'Low', 'Consistently failing'],
    [95, 'Low', 'Consistently passing'],
    [85, 'Low', 'Hit and miss'],
  ] as const)('target %s with %s polarity: %s', (target, polarity, expected) => {
    expect(judge(target, polarity)).toBe(expected);
  });

  it('a target equal to the limit on the passing side is met by every value: Consistently passing', () => {
    expect(judge(80, 'High')).toBe('Consistently passing');
    expect(judge(90, 'Low')).toBe('Consistently passing');
  });

  it('a target equal to the limit on the failing side is met at that limit: Hit and miss, not failing', () => {
    expect(judge(90, 'High')).toBe('Hit and miss');
    expect(judge(80, 'Low')).toBe('Hit and miss');
  });

  it('the boundary holds despite binary floating point', () => {
    // 0.1 + 0.2 limits: the lower limit is 0.30000000000000004 and a 30% target still meets it.
    const limits = { ...LIMITS, mean: 0.4, lower: 0.1 + 0.2, upper: 0.5 };
    expect(judge(0.3, 'High', limits)).toBe('Consistently passing');
    expect(judge('30%', 'High', limits)).toBe('Consistently passing');
  });

  it("a blank polarity takes the target's operator", () => {
    expect(judge('>75', null)).toBe('Consistently passing');
    expect(judge('<75', null)).toBe('Consistently failing');
  });

  it('no target is a stated answer, not an error', () => {
    for (const none of ['N/A', 'TBC', '', 'Monitor']) expect(judge(none, 'High')).toBe('No target');
  });

  it('refuses a polarity with no passing side, a band, and a target that contradicts the polarity', () => {
    expect(errorMessageOf(() => judge(85, null))).toMatch(/which way is good is not known. Enter High, Low/);
    expect(errorMessageOf(() => judge('80-90', 'Band'))).toMatch(/needs High or Low polarity; got Band/);
    expect(errorMessageOf(() => judge('<85', 'High'))).toMatch(/at most/);
  });

  it('shifting the values and the target together keeps the assurance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: -50, max: 150 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.constantFrom('High', 'Low'),
        (values, target, shift, polarity) => {
          const options = { baselinePoints: null, screenOutliers: true };
          const shifted = values.map((v) => v + shift);
          const before = assuranceOf(xmrLimits(values, options), parseTarget(target), polarity, values);
          const after = assuranceOf(xmrLimits(shifted, options), parseTarget(target + shift), polarity, shifted);
          expect(after).toBe(before);
        },
      ),
    );
  });
});

describe('the values and the target in the same units, as for RAG', () => {
  const WHOLE_PERCENT = [93, 96, 94, 95, 97, 93, 96, 94, 95, 96, 94, 95];
  const options = { baselinePoints: null, screenOutliers: true };

  it('values in whole percent beside a 95% target are refused, with both readings, not called Consistently passing', () => {
    const rule = readMeasureRule('High', '95%');
    expect(errorMessageOf(() => assuranceOf(xmrLimits(WHOLE_PERCENT, options), rule.target, rule.polarity, WHOLE_PERCENT))).toMatch(
      /^The values 93 to 97 look like whole numbers of percent beside the target 95%.*If you meant 93%, enter 0.93/,
    );
  });

  it('the same values as fractions, or beside a plain 95, are judged', () => {
    const fractions = WHOLE_PERCENT.map((value) => value / 100);
    const percent = readMeasureRule('High', '95%');
    expect(assuranceOf(xmrLimits(fractions, options), percent.target, percent.polarity, fractions)).toBe('Hit and miss');
    const plain = readMeasureRule('High', 95);
    expect(assuranceOf(xmrLimits(WHOLE_PERCENT, options), plain.target, plain.polarity, WHOLE_PERCENT)).toBe('Hit and miss');
  });

  it('values from a %-formatted range (fractions) beside a plain 95 are refused too, not called Consistently failing', () => {
    const fractions = WHOLE_PERCENT.map((value) => value / 100);
    const plain = readMeasureRule('High', 95);
    expect(errorMessageOf(() => assuranceOf(xmrLimits(fractions, options), plain.target, plain.polarity, fractions))).toMatch(/looks? like a whole number of percent/);
  });
});
