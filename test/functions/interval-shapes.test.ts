/** KPI.RATE_CI and KPI.PROPORTION_CI spill in the shape of their input, so each interval lines up with its count. */
import { proportionCi, rateCi } from '../../src/functions/functions';
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
