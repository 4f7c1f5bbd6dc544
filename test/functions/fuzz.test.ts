/**
 * Whatever an analyst passes, every custom function answers with Excel values or Excel
 * errors: never a raw exception, NaN, Infinity or undefined. Every exported function is
 * fuzzed, so a new one is covered the day it is added.
 */
import fc from 'fast-check';
import * as functions from '../../src/functions/functions';
import { ExcelError, withCustomFunctionsRuntime } from '../support/custom-functions';

withCustomFunctionsRuntime();

const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 2000 }),
  fc.string({ maxLength: 40 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ type: 'error' }), // an Excel error value in a range
  fc.constantFrom(
    '86%', '>11%', "<553 (800 Adm's)", '56-61%', '5pp', '10pp', '5%', '2', 'H', 'Low', 'Band', 'Context', 'inc', 'rank',
    '119/169', '01/04/2021', '2019/20: 45%', 'Q1 126 Q2 134 Q3 155 Awaiting Q4', '£ 17.8 m', '1e3', '1 234', '45pc',
    'AD', 'N/A', '9'.repeat(400), 0.704, 0.95, 0.998, 95, 4, 5, 0, -1, 1e308,
  ),
);
const matrix = fc.oneof(
  cell.map((value) => [[value]]),
  fc.array(cell, { minLength: 1, maxLength: 4 }).map((values) => values.map((value) => [value])),
  fc.array(cell, { minLength: 1, maxLength: 4 }).map((values) => [values]),
  fc.constant(null),
);

/** Figures at the ends of what a spreadsheet holds: sums, squares and products of them overflow or vanish. */
const extreme = fc.oneof(
  fc.constantFrom(1e308, -1e308, 1.7e308, -1.7e308, 1e154, 1e200, 5e-324, 1e-300, -1e-300, 0, 1, -1, 0.5, 100),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const extremes = fc.oneof(
  fc.array(extreme, { minLength: 1, maxLength: 8 }).map((values) => values.map((value) => [value])),
  fc.array(extreme, { minLength: 1, maxLength: 8 }).map((values) => [values]),
  fc.constant(null),
);

function isExcelAnswer(value: unknown): boolean {
  // "could not compute" is how an unexpected exception inside the engine reaches Excel: a bug, not an answer.
  if (value instanceof ExcelError) return typeof value.message === 'string' && value.message !== '' && !/could not compute/.test(value.message);
  if (typeof value === 'number') return Number.isFinite(value);
  // TRUE/FALSE are answers too: KPI.TREND_TEST says whether a trend is significant.
  return typeof value === 'string' || typeof value === 'boolean';
}

const customFunctions = Object.entries(functions).filter(([, fn]) => typeof fn === 'function') as [string, (...args: unknown[]) => unknown][];

describe('every custom function, fuzzed', () => {
  it('covers all the functions the add-in registers', () => {
    expect(customFunctions.map(([name]) => name)).toEqual(
      expect.arrayContaining(['rag', 'direction', 'ratePer100k', 'rateCi', 'proportionCi', 'quartile', 'quantile', 'compare', 'value']),
    );
  });

  it.each(customFunctions)('%s gives Excel values or Excel errors with a message, whatever it is passed', (_name, fn) => {
    fc.assert(fc.property(fc.array(matrix, { minLength: fn.length, maxLength: fn.length }), answersInExcelTerms(fn)), { numRuns: 400 });
  });

  it.each(customFunctions)('%s never overflows to an infinite or missing answer, on figures as large or small as a spreadsheet holds', (_name, fn) => {
    fc.assert(fc.property(fc.array(extremes, { minLength: fn.length, maxLength: fn.length }), answersInExcelTerms(fn)), { numRuns: 300 });
  });
});

/** The property: a whole-call Excel error with its message, or a grid of Excel values and errors. */
function answersInExcelTerms(fn: (...args: unknown[]) => unknown): (args: unknown[]) => void {
  return (args) => {
    let result: unknown;
    try {
      result = fn(...args);
    } catch (error) {
      expect(error).toBeInstanceOf(ExcelError); // a whole-call problem, as #VALUE! with its message
      expect(isExcelAnswer(error)).toBe(true);
      return;
    }
    expect(Array.isArray(result)).toBe(true);
    for (const row of result as unknown[][]) {
      expect(Array.isArray(row)).toBe(true);
      for (const value of row) expect({ value, ok: isExcelAnswer(value) }).toEqual({ value, ok: true });
    }
  };
}
