/** KPI.RATE_CI and KPI.PROPORTION_CI spill in the shape of their input, so each interval lines up with its count. */
import { proportionCi, rateCi, ratePer100k } from '../../src/functions/functions';
import { proportionConfidenceInterval } from '../../src/kpi/proportions';
import { rateConfidenceInterval } from '../../src/kpi/rates';
import { ExcelError, withCustomFunctionsRuntime } from '../support/custom-functions';

withCustomFunctionsRuntime();

const rate = (count: number) => rateConfidenceInterval(count, 132603);

describe('interval shapes follow the input', () => {
  it('a column of n counts spills n rows of lower, upper', () => {
    expect(rateCi([[1197], [65], [3]], [[132603]])).toEqual([1197, 65, 3].map((count) => [rate(count).lower, rate(count).upper]));
  });

  it('a row of n counts spills two rows: the lower limits above the upper ones', () => {
    expect(rateCi([[1197, 65, 3]], [[132603]])).toEqual([
      [1197, 65, 3].map((count) => rate(count).lower),
      [1197, 65, 3].map((count) => rate(count).upper),
    ]);
  });

  it('a single cell spills one row of two', () => {
    const { lower, upper } = proportionConfidenceInterval(119, 169);
    expect(proportionCi([[119]], [[169]])).toEqual([[lower, upper]]);
  });

  it('in a row, a count with no figure gives No data above and below, and an error fills both its cells', () => {
    const result = proportionCi([[119, 'AD', 200]], [[169]]);
    expect(result[0][1]).toBe('No data');
    expect(result[1][1]).toBe('No data');
    expect(result[0][2]).toBeInstanceOf(ExcelError);
    expect(result[1][2]).toBe(result[0][2]);
  });
});

describe('a count written as a percentage is #VALUE!, never a rate', () => {
  const message = (result: unknown[][]) => (result[0][0] as ExcelError).message;

  it('RATE_PER_100K("5%", 100), RATE_CI("5%", 100) and PROPORTION_CI("70.4%", 169) say to give the count', () => {
    expect(message(ratePer100k([['5%']], [[100]]))).toMatch(/^Count 5% is written as a percentage, not a count.*about 5\)/);
    expect(message(rateCi([['5%']], [[100]]))).toMatch(/^Count 5% is written as a percentage/);
    expect(message(proportionCi([['70.4%']], [[169]]))).toMatch(/^Numerator 70.4% is written as a percentage.*about 119/);
    expect(ratePer100k([[1197]], [['132,603']])[0][0]).toBeCloseTo(902.7, 1);
  });
});
