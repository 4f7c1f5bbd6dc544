import { EVENTS, NUMERATOR, checkIsCount, readCountOf } from '../../src/kpi/counts';
import { errorMessageOf } from '../support/errors';

describe('a count is how many, never a share', () => {
  it('text written with % is refused whatever its size: "5%", "70.4%" and "170%" are not counts', () => {
    expect(errorMessageOf(() => readCountOf('5%', 100, EVENTS, 'Population'))).toBe(
      'Count 5% is written as a percentage, not a count: the count is how many events there were. Give the count (for 5% of 100, about 5).',
    );
    expect(errorMessageOf(() => readCountOf('70.4%', 169, NUMERATOR, 'Denominator'))).toMatch(/^Numerator 70.4% is written as a percentage.*about 119/);
    expect(errorMessageOf(() => readCountOf('170%', 100000, EVENTS, 'Population'))).toMatch(/^Count 170% is written as a percentage/);
  });

  it('a plain fraction of one beside a larger whole is refused as a proportion (a %-formatted cell)', () => {
    expect(errorMessageOf(() => checkIsCount(0.704, 169, NUMERATOR))).toMatch(/^Numerator 0.704 looks like a proportion, not a count.*about 119/);
  });

  it('figures and text holding counts are read, and a missing figure is no data', () => {
    expect(readCountOf('1,197', 132603, EVENTS, 'Population')).toEqual({ count: 1197, whole: 132603 });
    expect(readCountOf(0, '100', EVENTS, 'Population')).toEqual({ count: 0, whole: 100 });
    expect(readCountOf('AD', 100, EVENTS, 'Population')).toBeNull();
    expect(readCountOf(5, null, EVENTS, 'Population')).toBeNull();
  });
});
