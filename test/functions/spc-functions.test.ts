/**
 * KPI.SPC, KPI.VARIATION, KPI.ASSURANCE, KPI.TREND and KPI.TREND_TEST as Excel calls
 * them: 2-D ranges in, null for omitted arguments, rows out, #VALUE! with a message for
 * input the analyst can fix, and nothing else whatever the cells hold.
 */
import fc from 'fast-check';
import { assurance, spc, trend, trendTest, variation } from '../../src/functions/functions';
import { ExcelError, withCustomFunctionsRuntime } from '../support/custom-functions';

withCustomFunctionsRuntime();

const column = (cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);
/** Excel passes null for an omitted optional argument; the signatures, like the others', say any[][]. */
const OMITTED = null as unknown as unknown[][];

/** The #VALUE! message of a call that must fail. */
function valueError(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).code).toBe('#VALUE!');
    return (error as ExcelError).message ?? '';
  }
  throw new Error('expected #VALUE!, but the call returned');
}

// NHSRplotthedots' deviations vignette: 1, 2, 1, 2, 10, then 1, 2 repeated to 18 points.
const DEVIATIONS = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

describe('KPI.SPC', () => {
  it('gives the worked example one row per point: mean 1.94, limits −0.72 to 4.6 screened (the default)', () => {
    const rows = spc(column(DEVIATIONS));
    expect(rows).toHaveLength(18);
    for (const [mean, lower, upper] of rows) {
      expect((mean as number).toFixed(2)).toBe('1.94');
      expect((lower as number).toFixed(2)).toBe('-0.72');
      expect((upper as number).toFixed(2)).toBe('4.60');
    }
    expect(rows[4].slice(3)).toEqual(['Neutral', 'outside limits']);
    expect(rows[0].slice(3)).toEqual(['', '']);
  });

  it("unscreened (FALSE) it gives the MDC Excel tool's limits, −3.06 to 6.95", () => {
    const rows = spc(column(DEVIATIONS), OMITTED, OMITTED, [[false]], OMITTED);
    expect([rows[0][1], rows[0][2]].map((x) => (x as number).toFixed(2))).toEqual(['-3.06', '6.95']);
  });

  it('reads a row as well as a column, and polarity turns Neutral into Improvement or Concern', () => {
    expect(spc([DEVIATIONS], [['High']])).toEqual(spc(column(DEVIATIONS), [['High']]));
    expect(spc(column(DEVIATIONS), [['High']])[4][3]).toBe('Improvement');
    expect(spc(column(DEVIATIONS), [['Low is good']])[4][3]).toBe('Concern');
  });

  it('keeps a blank month in its row, with the limits but no signal', () => {
    const rows = spc(column([...DEVIATIONS.slice(0, 5), null, ...DEVIATIONS.slice(5)]));
    expect(rows).toHaveLength(19);
    expect(rows[5].slice(3)).toEqual(['', '']);
    expect(rows[5][0]).toBe(rows[0][0]);
  });

  it('lists every rule that fires at a point, comma-separated, in the fixed order', () => {
    const baseline = Array.from({ length: 12 }, (_, i) => (i % 2 ? 9 : 11));
    const rows = spc(column([...baseline, 14, 13.5, 13, 12.5, 12, 11.5, 11]), [['High']], [[12]]);
    expect(rows[18].slice(3)).toEqual(['Concern', 'run, trend']);
  });
});

describe('KPI.VARIATION and KPI.ASSURANCE', () => {
  it('the variation of the worked example is common cause: its last point is 1', () => {
    expect(variation(column(DEVIATIONS), [['High']])).toEqual([['Common cause']]);
    expect(variation(column([...DEVIATIONS, 10]), [['High']])).toEqual([['Special cause improving (high)']]);
  });

  it('VARIATION agrees with the last row of SPC', () => {
    const words = { Improvement: 'improving', Concern: 'concerning', Neutral: 'neutral' } as Record<string, string>;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 40 }),
        fc.constantFrom(null, 'High', 'Low', 'Context'),
        fc.boolean(),
        fc.integer({ min: 2, max: 8 }),
        (values, polarity, screen, length) => {
          const args: [unknown[][], unknown[][], unknown[][], unknown[][]] = [[[polarity]], OMITTED, [[screen]], [[length]]];
          const last = spc(column(values), ...args).at(-1)!;
          const [word] = variation(column(values), ...args)[0] as string[];
          if (last[3] === '') expect(word).toBe('Common cause');
          else expect(word).toMatch(new RegExp(`^Special cause ${words[last[3] as string]} \\((high|low)\\)$`));
        },
      ),
    );
  });

  it('assurance of the worked example against targets either side of its limits', () => {
    expect(assurance(column(DEVIATIONS), [[5]], [['Low']])).toEqual([['Consistently passing']]);
    expect(assurance(column(DEVIATIONS), [[5]], [['High']])).toEqual([['Consistently failing']]);
    expect(assurance(column(DEVIATIONS), [['>2']], OMITTED)).toEqual([['Hit and miss']]);
    expect(assurance(column(DEVIATIONS), [['TBC']], [['High']])).toEqual([['No target']]);
    // Unscreened, the limits widen to −3.06 to 6.95 and a target of 5 is inside them.
    expect(assurance(column(DEVIATIONS), [[5]], [['Low']], OMITTED, [[false]])).toEqual([['Hit and miss']]);
  });
});

// Fingertips' TrendData_Set1: five years with their 95% intervals.
const values = column([24.67, 24.6, 28, 30.2, 30.6]);
const lower = column([23.16, 23.15, 26.44, 28.63, 28.98]);
const upper = column([26.25, 26.19, 29.64, 31.9, 32.25]);

describe('KPI.TREND and KPI.TREND_TEST', () => {

  it('gives the trend word by polarity, and the test as one row', () => {
    expect(trend(values, lower, upper, [['High']])).toEqual([['Increasing and getting better']]);
    expect(trend(values, lower, upper, OMITTED)).toEqual([['Increasing']]);
    const [[chiSquared, slope, significant], ...rest] = trendTest(values, lower, upper);
    expect(rest).toEqual([]);
    expect((chiSquared as number).toFixed(2)).toBe('46.77');
    expect(slope as number).toBeGreaterThan(0);
    expect(significant).toBe(true);
  });

  it('uses the proportion method when count and denominator are given', () => {
    const counts = column([994, 1023, 1199, 1332, 1367]);
    const denominators = column([40299, 41527, 42811, 44064, 44701]);
    expect((trendTest(values, OMITTED, OMITTED, counts, denominators)[0][0] as number).toFixed(2)).toBe('47.90');
  });

  it('says Cannot be calculated, with no figure, for four points', () => {
    expect(trend(values.slice(1), lower.slice(1), upper.slice(1), OMITTED)).toEqual([['Cannot be calculated']]);
    expect(trendTest(values.slice(1), lower.slice(1), upper.slice(1))).toEqual([['Cannot be calculated', 'Cannot be calculated', 'Cannot be calculated']]);
  });
});

describe('bad input is #VALUE! with a message that says what to fix', () => {
  it.each([
    ['text among values', () => spc(column([1, 2, 'AD', 4])), /point 3 is 'AD', not a number/],
    ['fewer than 2 points', () => spc(column([5, null])), /1 number; SPC limits need at least 2/],
    ['a negative rule_length', () => spc(column(DEVIATIONS), OMITTED, OMITTED, OMITTED, [[-7]]), /rule_length must be a whole number, not negative; got -7/],
    ['baseline_points above the number of points', () => variation(column(DEVIATIONS), OMITTED, [[20]]), /baseline_points must be a whole number from 2 to the number of values \(18\); got 20/],
    ['a logical among values', () => spc(column([1, 2, true])), /point 3 is TRUE/],
    ['an Excel error among values', () => assurance(column([1, { type: 'Error' }, 3]), [[2]], [['High']]), /Excel error value/],
    ['a 2-D range', () => spc([[1, 2], [3, 4]]), /2×2; give one column or one row/],
    ['baseline_points given as text', () => spc(column(DEVIATIONS), [['High']], [['6']]), /^baseline_points must be a whole number; got the text "6": enter the number 6 without quotes\.$/],
    ['rule_length given as a word', () => spc(column(DEVIATIONS), OMITTED, OMITTED, OMITTED, [['seven']]), /^rule_length must be a whole number; got the text "seven"\. Enter a number such as 7\.$/],
    ['baseline_points given as a logical', () => spc(column(DEVIATIONS), OMITTED, [[true]]), /^baseline_points must be a whole number; got TRUE\./],
    ['screen_outliers given as text', () => spc(column(DEVIATIONS), OMITTED, OMITTED, [['FALSE']]), /^screen_outliers must be TRUE or FALSE; got the text "FALSE": enter FALSE without quotes\.$/],
    ['screen_outliers given as a number', () => spc(column(DEVIATIONS), OMITTED, OMITTED, [[0]]), /^screen_outliers must be TRUE or FALSE; got 0\./],
    ['screen_outliers that is not TRUE or FALSE', () => spc(column(DEVIATIONS), OMITTED, OMITTED, [['yes']]), /screen_outliers must be TRUE or FALSE/],
    ['a range where one cell is expected', () => spc(column(DEVIATIONS), column(['High', 'Low'])), /Polarity must be a single cell/],
    ['an unknown polarity', () => trend(column([1, 2, 3, 4, 5]), OMITTED, OMITTED, [['Sideways']]), /Sideways/],
    ['values outside their own intervals (percent beside limits as fractions)', () => trendTest(values, column([0.2316, 0.2315, 0.2644, 0.2863, 0.2898]), column([0.2625, 0.2619, 0.2964, 0.319, 0.3225])), /At point 1 the value 24.67 is outside its own interval, 0.2316 to 0.2625/],
    ['values in whole percent beside a % target (as RAG refuses them)', () => assurance(column([93, 96, 94, 95, 97, 93, 96, 94]), [['95%']], [['High']]), /^The values 93 to 97 look like whole numbers of percent beside the target 95%/],
    ['intervals of another length', () => trendTest(column([1, 2, 3, 4, 5]), column([0, 1]), column([2, 3])), /lower has 2 points but values has 5/],
  ] as const)('%s', (_name, call, message) => {
    expect(valueError(call)).toMatch(message);
  });
});

describe('whatever the cells hold, every function answers with values or #VALUE! and a message of its own', () => {
  const cell = fc.oneof(
    fc.integer({ min: -50, max: 50 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.constant(null),
    fc.constantFrom('', 'AD', 'High', 'Low', 'Band', 'N/A', '>5', '84.5k', 'TRUE'),
    fc.boolean(),
    fc.constant({ type: 'Error' }),
  );
  const range = fc.oneof(
    fc.array(cell, { minLength: 0, maxLength: 12 }).map(column),
    fc.array(cell, { minLength: 1, maxLength: 12 }).map((cells) => [cells]),
    fc.constant(null),
    cell.map((c) => [[c]]),
  );
  const UNEXPECTED = /could not compute this cell/;

  const calls: [string, (args: unknown[][][]) => unknown][] = [
    ['SPC', ([a, b, c, d, e]) => spc(a, b, c, d, e)],
    ['VARIATION', ([a, b, c, d, e]) => variation(a, b, c, d, e)],
    ['ASSURANCE', ([a, b, c, d, e]) => assurance(a, b, c, d, e)],
    ['TREND', ([a, b, c, d, e, f]) => trend(a, b, c, d, e, f)],
    ['TREND_TEST', ([a, b, c, d, e]) => trendTest(a, b, c, d, e)],
  ];

  it.each(calls)('KPI.%s', (_id, call) => {
    fc.assert(
      fc.property(fc.array(range, { minLength: 6, maxLength: 6 }), (args) => {
        let result: unknown;
        try {
          result = call(args as unknown[][][]);
        } catch (error) {
          expect(error).toBeInstanceOf(ExcelError);
          expect((error as ExcelError).message).not.toMatch(UNEXPECTED);
          return;
        }
        expect(Array.isArray(result)).toBe(true);
        for (const row of result as unknown[][]) {
          for (const value of row) {
            expect(['string', 'number', 'boolean']).toContain(typeof value);
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
