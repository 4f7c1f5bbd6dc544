import fc from 'fast-check';
import { type Polarity, parsePolarity } from '../../src/kpi/polarity';
import {
  comparatorValues,
  parseQuantileMethod,
  percentileInc,
  pheQuantile,
  prepareComparators,
  quantileGroup,
  quantileGroupAmong,
  type QuantileMethod,
  quartileBoundsInc,
  quartileLabel,
  rankWithTiesMin,
} from '../../src/kpi/quantiles';
import { errorMessageOf } from '../support/errors';
import { describeReference } from '../support/shared';
import { PHE_QUANTILES_90366_SEPTILES } from '../reference/phe-quantiles-90366-septiles';
import { FINGERTIPS_QUANTILES } from '../reference/fingertips-quantiles';
import { QUANTILE_METHODS_1_TO_10 } from '../reference/quantile-methods-1-to-10';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("Excel's QUARTILE.INC and PERCENTILE.INC", () => {
  it('the quartile bounds of 1 to 50 are 1; 13.25; 25.5; 37.75; 50', () => {
    // Q1 sits 49 × 0.25 = 12.25 places along: 13 + 0.25 × (14 − 13)
    expect(quartileBoundsInc(range(1, 50))).toEqual([1, 13.25, 25.5, 37.75, 50]);
  });

  it('the comparators need not be sorted', () => {
    expect(quartileBoundsInc([10, 1, 7, 4])).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });

  it('a percentile interpolates between the two values either side of its position', () => {
    // PERCENTILE.INC({1,2,3,4}, 0.3): position 3 × 0.3 = 0.9, so 1 + 0.9 × (2 − 1)
    expect(percentileInc([1, 2, 3, 4], 0.3)).toBeCloseTo(1.9, 12);
    expect(percentileInc([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentileInc([10, 20, 30, 40], 0)).toBe(10);
    expect(percentileInc([10, 20, 30, 40], 1)).toBe(40);
  });

  it('a percentile outside 0 to 1, or of no values, is an error', () => {
    expect(errorMessageOf(() => percentileInc([1, 2], 1.5))).toMatch(/between 0 and 1/);
    expect(errorMessageOf(() => percentileInc([], 0.5))).toMatch(/at least one value/);
  });
});

describe('comparators are numbers only', () => {
  it('blanks, text (even text that looks like a number) and logicals are ignored', () => {
    expect(comparatorValues([1, '2', null, '', true, 3.5, undefined, '84%', false, 0])).toEqual([1, 3.5, 0]);
  });
});

describe('the quantile method word', () => {
  it("a blank method means 'inc', the Fingertips method", () => {
    expect(parseQuantileMethod(null)).toBe('inc');
    expect(parseQuantileMethod(undefined)).toBe('inc');
    expect(parseQuantileMethod('  ')).toBe('inc');
  });

  it('case and surrounding spaces are ignored', () => {
    expect(parseQuantileMethod(' RANK ')).toBe('rank');
    expect(parseQuantileMethod('Inc')).toBe('inc');
  });

  it("an unknown word is an error that names it and lists 'inc' and 'rank'", () => {
    const message = errorMessageOf(() => parseQuantileMethod('exc'));
    expect(message).toContain("'exc'");
    expect(message).toContain("'inc'");
    expect(message).toContain("'rank'");
    expect(errorMessageOf(() => parseQuantileMethod(4))).toContain("'4'");
  });
});

describe("quartiles by the 'inc' method (Fingertips)", () => {
  // QUARTILE.INC of 1..10: 1, 3.25, 5.5, 7.75, 10
  it('a value on a bound takes the lower quartile', () => {
    expect(quantileGroup(3.25, oneToTen, 4, 'Low')).toBe(1);
    expect(quantileGroup(3.26, oneToTen, 4, 'Low')).toBe(2);
    expect(quantileGroup(5.5, oneToTen, 4, 'Low')).toBe(2);
    expect(quantileGroup(7.75, oneToTen, 4, 'Low')).toBe(3);
  });

  it('on a High measure the highest values are the top quartile', () => {
    expect(quantileGroup(10, oneToTen, 4, 'High')).toBe(1);
    expect(quantileGroup(8, oneToTen, 4, 'High')).toBe(1);
    expect(quantileGroup(7.75, oneToTen, 4, 'High')).toBe(2);
    expect(quantileGroup(1, oneToTen, 4, 'High')).toBe(4);
  });

  it('on a Low measure the lowest values are the top quartile', () => {
    expect(quantileGroup(1, oneToTen, 4, 'Low')).toBe(1);
    expect(quantileGroup(10, oneToTen, 4, 'Low')).toBe(4);
  });

  it('a value beyond every comparator still has a quartile: the best or the worst', () => {
    expect(quantileGroup(0, oneToTen, 4, 'High')).toBe(4);
    expect(quantileGroup(11, oneToTen, 4, 'High')).toBe(1);
    expect(quantileGroup(0, oneToTen, 4, 'Low')).toBe(1);
    expect(quantileGroup(11, oneToTen, 4, 'Low')).toBe(4);
  });

  it('because a value on a bound takes the lower group, Low is not simply High with the figures negated there', () => {
    // 3.25 is Q1 of 1..10, so Low puts it in the top quartile; −3.25 is Q3 of −10..−1, the lower
    // side of which is the second quartile for High
    expect(quantileGroup(3.25, oneToTen, 4, 'Low')).toBe(1);
    expect(quantileGroup(-3.25, oneToTen.map((v) => -v), 4, 'High')).toBe(2);
  });

  it('a Context measure is grouped with the highest values first', () => {
    expect(quantileGroup(10, oneToTen, 4, 'Context')).toBe(1);
    expect(quantileGroup(1, oneToTen, 4, 'Context')).toBe(4);
  });

  it('a value on an interpolated bound takes the lower group although binary floating point stores the bound just below it', () => {
    const comparators = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
    // the second quintile bound sits 6 × 2/5 = 2.4 places along: 0.3 + 0.4 × (0.4 − 0.3), which
    // binary floating point makes 0.33999999999999997 — the trap this guards against
    expect(0.3 + (2.4 - 2) * (0.4 - 0.3)).toBeLessThan(0.34);
    expect(quantileGroup(0.34, comparators, 5, 'Low')).toBe(2);
    expect(quantileGroup(0.3401, comparators, 5, 'Low')).toBe(3);
  });

  it('a comparator added below a High value can still move it down a group, because the bounds interpolate', () => {
    // sorted 0,0,0,0,0,8.5,8.5: the top quintile bound sits 6 × 4/5 = 4.8 places along, 0 + 0.8 × 8.5 = 6.8, and 8 is above it
    const comparators = [8.5, 0, 0, 0, 0, 8.5, 0];
    expect(quantileGroup(8, comparators, 5, 'High')).toBe(1);
    // with 7.5 added the bound sits 7 × 4/5 = 5.6 places along, 7.5 + 0.6 × (8.5 − 7.5) = 8.1, and 8 is on or below it
    expect(quantileGroup(8, [...comparators, 7.5], 5, 'High')).toBe(2);
  });

  it('quintiles and deciles use PERCENTILE.INC at fifths and tenths', () => {
    // 1..10 quintile bounds: 2.8, 4.6, 6.4, 8.2, 10
    expect([2.8, 2.81, 4.6, 4.61, 6.4, 6.41, 8.2, 8.21].map((v) => quantileGroup(v, oneToTen, 5, 'Low'))).toEqual([
      1, 2, 2, 3, 3, 4, 4, 5,
    ]);
    // 1..11 decile bounds are whole: 2, 3, …, 11
    expect(range(1, 11).map((v) => quantileGroup(v, range(1, 11), 10, 'Low'))).toEqual([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("quantiles by the 'rank' method (PHE's phe_quantile)", () => {
  it('with 10 areas in quartiles, PHE puts ranks 1-3, 4-5, 6-8 and 9-10 together', () => {
    // N/n = 2.5; rank 3: ceil((11 − 3) / 2.5) = 4, so floor(5 − 4) = 1
    expect(oneToTen.map((rank) => pheQuantile(rank, 10, 4))).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4, 4]);
  });

  it('on a High measure the highest values are group 1, by converting PHE quantile q to n + 1 − q', () => {
    expect(oneToTen.map((v) => quantileGroup(v, oneToTen, 4, 'High', 'rank'))).toEqual([4, 4, 4, 3, 3, 2, 2, 2, 1, 1]);
  });

  it('on a Low measure PHE ranks from the highest value (its invert), and the lowest values are group 1', () => {
    expect(oneToTen.map((v) => quantileGroup(v, oneToTen, 4, 'Low', 'rank'))).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 4, 4]);
  });

  it('tied areas share the lowest rank, and so the same group', () => {
    const tied = [1, 2, 2, 2, 3, 4, 5, 6, 7, 8];
    expect(rankWithTiesMin(2, tied, false)).toBe(2);
    expect(rankWithTiesMin(2, tied, true)).toBe(7);
    expect(quantileGroup(2, tied, 4, 'High', 'rank')).toBe(4);
  });

  it('PHE turns the 0 that rank 1 can give into 1', () => {
    // 7 areas in 7 groups divide exactly; 150 in 7 relies on the floating-point quotient
    expect(pheQuantile(1, 7, 7)).toBe(1);
    expect(pheQuantile(1, 150, 7)).toBe(1);
  });

  it('the value must be one of the comparators, since PHE ranks every area in the set including the area itself', () => {
    const message = errorMessageOf(() => quantileGroup(5.5, oneToTen, 4, 'High', 'rank'));
    expect(message).toContain('5.5 is not among them');
    expect(message).toContain("method 'inc'");
  });

  it('fewer comparators than groups give no quantile', () => {
    expect(errorMessageOf(() => quantileGroup(1, range(1, 9), 10, 'High', 'rank'))).toBe(
      'Deciles need at least 10 comparator values; got 9 numbers (blanks and text are ignored). ' +
        'Give a longer comparator range.',
    );
  });
});

describe('what cannot be put in quartiles', () => {
  it('fewer than 4 comparators give no quartile', () => {
    expect(errorMessageOf(() => quantileGroup(1, [1, 2, 3], 4, 'High'))).toContain(
      'Quartiles need at least 4 comparator values; got 3 numbers (blanks and text are ignored)',
    );
    expect(errorMessageOf(() => quantileGroup(1, [1], 5, 'High'))).toContain(
      'Quintiles need at least 5 comparator values; got 1 number (blanks',
    );
  });

  it.each([0, -1, 2.5, Number.NaN])('%p groups is an error asking for a whole number of at least 1', (groups) => {
    expect(errorMessageOf(() => quantileGroup(1, oneToTen, groups, 'High'))).toMatch(/whole number of at least 1/);
  });

  it('a single group holds everyone', () => {
    expect(quantileGroup(1, oneToTen, 1, 'High')).toBe(1);
    expect(quantileGroup(1, oneToTen, 1, 'Low', 'rank')).toBe(1);
  });

  it.each(['Band', 'Target'] as const)('%s polarity has no best end, so it is an error naming High, Low and Context', (polarity) => {
    const message = errorMessageOf(() => quantileGroup(1, oneToTen, 4, polarity));
    expect(message).toContain(`${polarity} polarity`);
    expect(message).toMatch(/High, Low or Context/);
    expect(errorMessageOf(() => quartileLabel(1, polarity))).toMatch(/High, Low or Context/);
  });

  it('an unknown method is an error listing inc and rank', () => {
    expect(errorMessageOf(() => quantileGroup(1, oneToTen, 4, 'High', 'exc' as QuantileMethod))).toMatch(/'inc' or 'rank'/);
  });

  it('a value or comparator that is not a finite number is an error', () => {
    expect(errorMessageOf(() => quantileGroup(Number.NaN, oneToTen, 4, 'High'))).toMatch(/not a finite number/);
    expect(errorMessageOf(() => quantileGroup(1, [1, 2, 3, Number.POSITIVE_INFINITY], 4, 'High'))).toMatch(/finite numbers/);
  });
});

describe('comparators prepared once for many values', () => {
  it('give every value the group it gets alone, however the comparators were ordered', () => {
    const shuffled = [7, 3, 10, 1, 9, 2, 8, 4, 6, 5, 5.5];
    const prepared = prepareComparators(shuffled);
    expect(prepared.sorted).toEqual([...shuffled].sort((a, b) => a - b));
    expect(shuffled[0]).toBe(7); // the caller's list is left as it was
    for (const method of ['inc', 'rank'] as const) {
      expect(shuffled.map((v) => quantileGroupAmong(v, prepared, 4, 'Low', method))).toEqual(shuffled.map((v) => quantileGroup(v, shuffled, 4, 'Low', method)));
    }
  });

  it('report problems in the same order as a single value does: the groups before the comparators', () => {
    const prepared = prepareComparators([1, 2, 3, Number.POSITIVE_INFINITY]);
    expect(errorMessageOf(() => quantileGroupAmong(1, prepared, 0, 'High'))).toMatch(/whole number of at least 1/);
    expect(errorMessageOf(() => quantileGroupAmong(1, prepared, 4, 'High'))).toMatch(/finite numbers/);
  });
});

describe('quartile labels', () => {
  it('"top quartile" always means the best performers', () => {
    for (const polarity of ['High', 'Low'] as const) {
      expect(([1, 2, 3, 4] as const).map((group) => quartileLabel(group, polarity))).toEqual(['Top', 'Second', 'Third', 'Bottom']);
    }
  });

  it('a council with the lowest rate on a Low measure is in the Top quartile', () => {
    expect(quartileLabel(quantileGroup(1, oneToTen, 4, 'Low') as 1, 'Low')).toBe('Top');
  });

  it('Context measures are named by value, highest first, with no judgement', () => {
    expect(([1, 2, 3, 4] as const).map((group) => quartileLabel(group, 'Context'))).toEqual([
      'Highest', 'Second highest', 'Second lowest', 'Lowest',
    ]);
  });
});

describe('properties of quantile groups', () => {
  const methods: readonly QuantileMethod[] = ['inc', 'rank'];
  const rankable: readonly Polarity[] = ['High', 'Low', 'Context'];
  // whole numbers make ties and values on bounds common; halves keep fractions in play
  // No figures from -1 to 1 but 0: beside whole numbers, the units check reads those as fractions (1 is 100%).
  const clearOfFractions = (x: number): boolean => x === 0 || Math.abs(x) > 1;
  const figure = fc.integer({ min: -40, max: 40 }).map((n) => n / 2).filter(clearOfFractions);
  const setup = fc
    .record({
      groups: fc.integer({ min: 1, max: 10 }),
      comparators: fc.array(figure, { minLength: 1, maxLength: 40 }),
      pick: fc.nat(),
      outsider: figure,
      method: fc.constantFrom(...methods),
      polarity: fc.constantFrom(...rankable),
    })
    .filter(({ comparators, groups }) => comparators.length >= groups)
    .map((s) => ({ ...s, value: s.method === 'rank' ? s.comparators[s.pick % s.comparators.length] : s.outsider }));

  const onBound = (value: number, comparators: number[], groups: number): boolean =>
    range(1, groups - 1).some((k) => Math.abs(percentileInc([...comparators].sort((a, b) => a - b), k / groups) - value) < 1e-9);

  it('a group is always a whole number from 1 to n', () => {
    fc.assert(
      fc.property(setup, ({ value, comparators, groups, polarity, method }) => {
        const group = quantileGroup(value, comparators, groups, polarity, method);
        expect(Number.isInteger(group) && group >= 1 && group <= groups).toBe(true);
      }),
    );
  });

  it('Low on the figures is High on the figures negated (by rank always; by inc unless the value sits on a bound)', () => {
    fc.assert(
      fc.property(setup, ({ value, comparators, groups, method }) => {
        fc.pre(method === 'rank' || !onBound(value, comparators, groups));
        const negated = comparators.map((c) => -c);
        expect(quantileGroup(value, comparators, groups, 'Low', method)).toBe(quantileGroup(-value, negated, groups, 'High', method));
      }),
    );
  });

  it('by inc, the same comparators give a Low measure group n + 1 − its High group (Fingertips flips the bands)', () => {
    fc.assert(
      fc.property(setup, ({ outsider, comparators, groups }) => {
        const high = quantileGroup(outsider, comparators, groups, 'High');
        expect(quantileGroup(outsider, comparators, groups, 'Low')).toBe(groups + 1 - high);
      }),
    );
  });

  it('by rank, with no ties and N a multiple of n, Low and High mirror each other as n + 1 − group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 8 }), fc.nat(), (groups, perGroup, pick) => {
        const comparators = range(1, groups * perGroup).map((i) => i * 1.5);
        const value = comparators[pick % comparators.length];
        const high = quantileGroup(value, comparators, groups, 'High', 'rank');
        expect(quantileGroup(value, comparators, groups, 'Low', 'rank')).toBe(groups + 1 - high);
      }),
    );
  });

  const better = (polarity: Polarity, a: number, b: number): boolean => (polarity === 'Low' ? a < b : a > b);

  it('improving the value never puts it in a worse group', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: 1, max: 20 }), ({ value, comparators, groups, polarity, method }, step) => {
        const improved = polarity === 'Low' ? value - step / 2 : value + step / 2;
        // -1 improved by 1.5 is 0.5, which beside 10 the units check rightly refuses
        fc.pre(clearOfFractions(improved));
        // by rank the area's own entry in the comparators improves with it
        const others = method === 'rank' ? replaceOne(comparators, value, improved) : comparators;
        expect(quantileGroup(improved, others, groups, polarity, method)).toBeLessThanOrEqual(
          quantileGroup(value, comparators, groups, polarity, method),
        );
      }),
    );
  });

  it('adding a comparator better than the value never improves its group, and adding a worse one never worsens it (by inc, one beyond every comparator)', () => {
    fc.assert(
      fc.property(setup, figure, fc.boolean(), fc.nat(20), ({ value, comparators, groups, polarity, method }, anywhere, lowest, step) => {
        // by inc a new comparator between the others moves the interpolated bounds either way (see the fixed case above); a new lowest only lowers them, a new highest only raises them
        const beyond = lowest ? Math.min(...comparators) - step / 2 : Math.max(...comparators) + step / 2;
        const added = method === 'rank' ? anywhere : beyond;
        fc.pre(added !== value && clearOfFractions(added));
        const before = quantileGroup(value, comparators, groups, polarity, method);
        const after = quantileGroup(value, [...comparators, added], groups, polarity, method);
        if (better(polarity, added, value)) expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });
});

function replaceOne(values: number[], from: number, to: number): number[] {
  const copy = [...values];
  copy[copy.indexOf(from)] = to;
  return copy;
}

/**
 * PHEindicatormethods' own test data for phe_quantile (`testdata_Quantiles`, as CSV).
 *
 * How the file relates to the formula:
 * - Grouping. GroupSet `IndSexReg` ranks within each indicator (IndSexRef) and region
 *   (ParentCode), in deciles; `IndSex` within each indicator, in septiles; `None` pools
 *   every row of that set, all four indicators together (485 values), in quartiles.
 *   RowsInGrp is N, the number of values in the pool; RankinGrp is the area's rank.
 * - Direction. PHE's `invert` ranks from the highest value. The Polarity column holds it:
 *   `RAG - Low is good` and `TRUE` mean invert, `RAG - High is good` and `FALSE` mean not.
 *   PHE's test runs the `None` set with the default invert = TRUE whatever the Polarity.
 *   The `BadPolarity` rows (IndSex 11111Female) mix TRUE and FALSE in one pool, which
 *   phe_quantile refuses; the file's RankinGrp ranks that whole pool from the highest
 *   value, so its quantiles are checked as invert = TRUE.
 * - Numbering. QuantileInGrp is PHE's numbering: quantile 1 is the end where rank 1 is,
 *   the lowest values without invert and the highest with it — the worst end for both
 *   High (no invert) and Low (invert). Our group, 1 the best, is n + 1 − QuantileInGrp:
 *   invert = FALSE is our High and invert = TRUE our Low.
 * - Rows with no Value have no rank or quantile; pools with fewer areas than groups
 *   (the East Midlands' 9 areas in deciles) have no quantile, which we give as an error.
 */
describeReference('phe/quantiles.csv', "PHE's phe_quantile test data, pooled as the file pools it", (rows, set) => {
  const GROUPS: Record<string, number> = { Quartile: 4, Septile: 7, Decile: 10 };
  const poolKey = (row: Record<string, string>): string =>
    row.GroupSet === 'None' ? 'None' : row.GroupSet === 'IndSex' ? `IndSex ${row.IndSexRef}` : `IndSexReg ${row.IndSexRef} ${row.ParentCode}`;
  const invertFor = (pool: Record<string, string>[]): boolean => {
    if (pool[0].GroupSet === 'None') return true;
    if (pool[0].Test === 'BadPolarity') return true;
    const flags = new Set(pool.map((row) => row.Polarity === 'TRUE' || row.Polarity === 'RAG - Low is good'));
    expect(flags.size).toBe(1);
    return [...flags][0];
  };
  const pools = new Map<string, Record<string, string>[]>();
  for (const row of rows) pools.set(poolKey(row), [...(pools.get(poolKey(row)) ?? []), row]);

  const tally = { checked: 0, tooFew: 0, noValue: 0 };

  it.each([...pools.keys()])('%s: every area is in group n + 1 − PHE quantile, ranked as PHE ranks it', (key) => {
    const pool = pools.get(key) ?? [];
    const groups = GROUPS[pool[0].QuantileNm];
    const invert = invertFor(pool);
    const polarity: Polarity = invert ? 'Low' : 'High';
    const comparators = comparatorValues(pool.map((row) => (row.Value === '' ? null : Number(row.Value))));
    const withValue = pool.filter((row) => row.Value !== '');

    for (const row of pool.filter((r) => r.Value === '')) expect([row.RankinGrp, row.QuantileInGrp]).toEqual(['', '']);
    tally.noValue += pool.length - withValue.length;

    const ranked = withValue.map((row) => ({
      area: row.AreaName,
      rows: comparators.length,
      rank: rankWithTiesMin(Number(row.Value), comparators, invert),
    }));
    expect(ranked).toEqual(withValue.map((row) => ({ area: row.AreaName, rows: Number(row.RowsInGrp), rank: Number(row.RankinGrp) })));

    if (comparators.length < groups) {
      for (const row of withValue) {
        expect(row.QuantileInGrp).toBe('');
        expect(errorMessageOf(() => quantileGroup(Number(row.Value), comparators, groups, polarity, 'rank'))).toMatch(/need at least/);
      }
      tally.tooFew += withValue.length;
      return;
    }
    const phe = withValue.map((row) => ({ area: row.AreaName, quantile: pheQuantile(Number(row.RankinGrp), comparators.length, groups) }));
    expect(phe).toEqual(withValue.map((row) => ({ area: row.AreaName, quantile: Number(row.QuantileInGrp) })));
    const ours = withValue.map((row) => ({ area: row.AreaName, group: quantileGroup(Number(row.Value), comparators, groups, polarity, 'rank') }));
    expect(ours).toEqual(withValue.map((row) => ({ area: row.AreaName, group: groups + 1 - Number(row.QuantileInGrp) })));
    tally.checked += withValue.length;
  });

  if (set === 'full') {
    it('every one of the 1,017 rows was checked: 987 with a quantile, 18 in pools too small, 12 with no value', () => {
      expect(rows).toHaveLength(1017);
      expect(tally).toEqual({ checked: 987, tooFew: 18, noValue: 12 });
    });
  } else {
    it('the transcribed indicator, all 152 councils in one pool, was checked: 150 with a septile, 2 with no value', () => {
      expect(rows).toHaveLength(152);
      expect(tally).toEqual({ checked: 150, tooFew: 0, noValue: 2 });
    });
  }
}, PHE_QUANTILES_90366_SEPTILES);

/** `1..10` is the whole numbers 1 to 10; `1;2;3` is a list. */
function readValues(text: string): number[] {
  const span = /^(\d+)\.\.(\d+)$/.exec(text);
  return span ? range(Number(span[1]), Number(span[2])) : text.split(';').map(Number);
}

/**
 * Fingertips' QuartilesCalculator, QuartilesComparer and QuintilesComparer test cases.
 * Fingertips' category counts up from the lowest values; for polarity "any" the expected
 * figure is that ascending category, which is our Low group (and n + 1 − it our High
 * group). "0 (fewer than … values -> not categorised)" is our error.
 */
describeReference('fingertips/fingertips_quantile_testcases.csv', "Fingertips' quartile and quintile test cases", (rows, set) => {
  it(set === 'full' ? 'the file holds 15 cases, all checked here' : 'the transcription holds 6 of them, all checked here', () => {
    expect(rows).toHaveLength(set === 'full' ? 15 : 6);
  });

  const cases = rows.map((row, i) => [`${i + 1}: ${row.source_test} ${row.polarity} ${row.values} value ${row.test_value}`, row] as const);

  it.each(cases)('case %s', (_name, row) => {
    const values = readValues(row.values);
    if (row.test_value === 'bounds') {
      expect(quartileBoundsInc(values)).toEqual(row.expected.split(';').map(Number));
      return;
    }
    const groups = row.source_test.startsWith('Quintiles') ? 5 : 4;
    const value = Number(row.test_value);
    if (row.expected.startsWith('0 (fewer than')) {
      expect(errorMessageOf(() => quantileGroup(value, values, groups, 'High'))).toMatch(/need at least/);
      return;
    }
    const expected = Number(row.expected);
    if (row.polarity === 'any') {
      expect(quantileGroup(value, values, groups, 'Low')).toBe(expected);
      expect(quantileGroup(value, values, groups, 'High')).toBe(groups + 1 - expected);
    } else {
      expect(quantileGroup(value, values, groups, parsePolarity(row.polarity) ?? 'High')).toBe(expected);
    }
  });
}, FINGERTIPS_QUANTILES);

/**
 * The three methods side by side on 1..10 in quartiles. PHE's column is phe_quantile with
 * invert = FALSE (1 the lowest values): our High group is 5 − it. Fingertips' column is the
 * ascending category: our Low group. SQL's NTILE (FingertipsNext) is a third method the
 * add-in does not offer.
 */
describeReference('fingertips/quantile_method_comparison_1to10.csv', 'PHE and Fingertips quartiles of 1 to 10 side by side', (rows, set) => {
  it(set === 'full' ? 'the file holds the 10 values 1 to 10' : 'the transcription holds the values 3, 6, 8 and 10', () => {
    expect(rows.map((row) => Number(row.value))).toEqual(set === 'full' ? oneToTen : [3, 6, 8, 10]);
  });

  it.each(rows.map((row) => [row.value, row] as const))('value %s: rank method as PHE, inc method as Fingertips', (_v, row) => {
    const value = Number(row.value);
    const phe = Number(row.phe_quantile_nq4_invert_FALSE);
    expect(pheQuantile(rankWithTiesMin(value, oneToTen, false), 10, 4)).toBe(phe);
    expect(quantileGroup(value, oneToTen, 4, 'High', 'rank')).toBe(5 - phe);
    const fingertips = Number(row['fingertips_QuartilesComparer(QUARTILE.INC_bounds_v<=bound)']);
    expect(quantileGroup(value, oneToTen, 4, 'Low', 'inc')).toBe(fingertips);
    expect(quantileGroup(value, oneToTen, 4, 'High', 'inc')).toBe(5 - fingertips);
  });

  it.skip('sql_NTILE4 (FingertipsNext) is not checked: NTILE is a third method the add-in does not offer', () => undefined);
}, QUANTILE_METHODS_1_TO_10);

describe('the units message speaks of the comparators in the plural', () => {
  it('QUARTILE(0.5, 10 to 50): "The comparators 10 to 50 look like whole numbers of percent"', () => {
    expect(errorMessageOf(() => quantileGroup(0.5, [10, 20, 30, 40, 50], 4, 'High'))).toMatch(
      /^The comparators 10 to 50 look like whole numbers of percent beside value 0.5/,
    );
  });
});
