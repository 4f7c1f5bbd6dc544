/**
 * KPI.QUARTILE and KPI.QUANTILE over a range of values: the comparators are sorted once
 * per call, and every cell still gets exactly the answer it gets on its own.
 */
import fc from 'fast-check';
import { quantile, quartile } from '../../src/functions/functions';
import { provideCustomFunctionsRuntime } from '../support/custom-functions';

provideCustomFunctionsRuntime();

afterEach(() => jest.restoreAllMocks());

const column = (cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

// Whole and half numbers make ties and values on bounds common; text and blanks are ignored as comparators.
const figure = fc.integer({ min: -20, max: 20 }).map((n) => n / 2);
const cell = fc.oneof(figure, figure, figure, fc.constant(null), fc.constantFrom('84.5k', 'AD', '5%'));
const polarity = fc.constantFrom(null, 'High', 'Low', 'Context', 'Band');
const method = fc.constantFrom(null, 'inc', 'rank', 'exc');

describe('a range of values among the same comparators', () => {
  it('KPI.QUARTILE gives each cell of the range what that cell gives alone', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), fc.array(cell, { minLength: 1, maxLength: 30 }), polarity, method, (values, comparators, judged, how) => {
        const together = quartile(column(values), column(comparators), [[judged]], [[how]]);
        const alone = values.map((value) => quartile([[value]], column(comparators), [[judged]], [[how]])[0]);
        expect(together).toEqual(alone);
      }),
    );
  });

  it('KPI.QUANTILE does too, with the number of groups varying by row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.integer({ min: 0, max: 11 })), { minLength: 1, maxLength: 12 }),
        fc.array(cell, { minLength: 1, maxLength: 30 }),
        polarity,
        method,
        (rows, comparators, judged, how) => {
          const values = rows.map(([value]) => value);
          const groups = rows.map(([, count]) => count);
          const together = quantile(column(values), column(comparators), column(groups), [[judged]], [[how]]);
          const alone = rows.map(([value, count]) => quantile([[value]], column(comparators), [[count]], [[judged]], [[how]])[0]);
          expect(together).toEqual(alone);
        },
      ),
    );
  });

  it('sorts the comparators once per call, not once per cell', () => {
    const comparators = column(Array.from({ length: 150 }, (_, i) => (i * 37) % 151));
    const values = column(Array.from({ length: 200 }, (_, i) => i % 151));
    const sort = jest.spyOn(Array.prototype, 'sort');
    const quartiles = quartile(values, comparators, [['Low']]);
    expect(sort).toHaveBeenCalledTimes(1);
    sort.mockClear();
    quantile(values, comparators, [[5]], [['High']], [['rank']]);
    expect(sort).toHaveBeenCalledTimes(1);
    expect(quartiles.slice(0, 3)).toEqual([['Top'], ['Top'], ['Top']]);
    expect(quartiles[150]).toEqual(['Bottom']);
  });
});
