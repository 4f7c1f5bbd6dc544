/**
 * Units agree: one side written as a fraction (a % or, for plain-number inputs, figures up
 * to 1) and the other as whole figures is flagged only when reading the whole figures as
 * percent puts them much nearer, by ratio.
 */
import fc from 'fast-check';
import { checkUnitsAgree, wholePercentActualFrom, wholePercentFrom } from '../../src/kpi/units';
import { errorMessageOf } from '../support/errors';

const side = (name: string, values: number[], isPercent = false) => ({ name, values, isPercent });

describe('units checked by ratio', () => {
  it('84 beside 86% is whole percent, and the message gives both readings and how to enter each', () => {
    const message = errorMessageOf(() => checkUnitsAgree(side('Actual', [84]), side('The target', [0.86], true)));
    expect(message).toMatch(/^Actual 84 looks like a whole number of percent beside the target 86%\./);
    expect(message).toMatch(/If you meant 84%, enter 0.84 formatted as % \(or the text "84%"\); if you meant 84 as it is, that is 8400%: enter the text "8400%"\./);
  });

  it.each([
    [1.04, 0.508, 'occupancy of 104% against at least 50.8%'],
    [1.5, 1, 'spend of 150% of budget against 100%'],
    [2.5, 1, '250% of target achieved'],
    [3, 0.5, '300% against 50%'],
  ])('%d beside %d% is rated: real measures exceed 100% (%s)', (actual, target) => {
    expect(() => checkUnitsAgree(side('Actual', [actual]), side('The target', [target], true))).not.toThrow();
  });

  it('a side named in the plural is spoken of in the plural: "the comparators … look like whole numbers of percent"', () => {
    const comparators = { ...side('The comparators', [10, 50]), plural: true };
    expect(errorMessageOf(() => checkUnitsAgree(side('Value', [0.5]), comparators, true))).toMatch(
      /^The comparators 10 to 50 look like whole numbers of percent beside value 0.5 \(a fraction of one\)\./,
    );
  });

  it('the side written differently is judged: a whole-number target beside a % actual is named', () => {
    expect(errorMessageOf(() => checkUnitsAgree(side('Actual', [0.84], true), side('The target', [86])))).toMatch(/^The target 86 looks like/);
  });

  it('plain fractions count only where inputs cannot carry a %: 0.5 beside 2 to 50 is left alone unless asked', () => {
    expect(() => checkUnitsAgree(side('Actual', [0.5]), side('The target', [2, 50]))).not.toThrow();
    expect(errorMessageOf(() => checkUnitsAgree(side('Value', [0.627]), side('Benchmark', [64.2]), true))).toMatch(/^Benchmark 64.2/);
  });

  it('zeros and figures of opposite signs have no ratio, so they are never flagged', () => {
    expect(() => checkUnitsAgree(side('Current', [0]), side('Previous', [0.5], true))).not.toThrow();
    expect(() => checkUnitsAgree(side('Value', [-40]), side('Comparators', [0.1, 0.9]), true)).not.toThrow();
  });

  it('both sides in percent, or both whole, are never flagged', () => {
    expect(() => checkUnitsAgree(side('Actual', [0.84], true), side('The target', [0.86], true))).not.toThrow();
    expect(() => checkUnitsAgree(side('Actual', [580]), side('The target', [553]), true)).not.toThrow();
  });
});

describe('the whole-percent cut-off, as data for spreadsheet formulas', () => {
  const gap = (p: number, lo: number, hi: number): number => {
    const distance = (x: number) => (x > hi ? Math.log(x / hi) : x < lo ? Math.log(lo / x) : 0);
    return distance(p) - distance(p / 100);
  };

  it('is where reading a figure as percent becomes four times nearer, by ratio (the definition)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 2, noNaN: true }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 1.0001, max: 1e5, noNaN: true }),
        (lo, spread, p) => {
          const hi = lo * spread;
          const from = wholePercentFrom(lo, hi);
          const byDefinition = gap(p, lo, hi) - Math.log(4);
          if (Math.abs(byDefinition) > 1e-9) expect(p >= from).toBe(byDefinition > 0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('86% gives 17.2: 84 is whole percent, 1.04 (104%) is not; a band uses both ends', () => {
    expect(wholePercentActualFrom([0.86])).toBeCloseTo(17.2, 12);
    expect(wholePercentActualFrom([0.56, 0.61])).toBeCloseTo(20 * Math.sqrt(0.56 * 0.61), 12);
    expect(wholePercentActualFrom([-0.05])).toBeCloseTo(-1, 12);
    expect(wholePercentActualFrom([-0.05, 0.05])).toBeNull();
  });

  it('the engine flags a plain actual exactly from the cut-off on', () => {
    const from = wholePercentActualFrom([0.5]) ?? NaN; // 10
    expect(() => checkUnitsAgree(side('Actual', [from]), side('The target', [0.5], true))).toThrow();
    expect(() => checkUnitsAgree(side('Actual', [from - 1e-9]), side('The target', [0.5], true))).not.toThrow();
  });
});
