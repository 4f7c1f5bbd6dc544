/** Small conversions between single Excel cells and the engine's argument types. */
import { type CellValue } from '../kpi/cell';
import { KpiInputError } from '../kpi/errors';
import { readFigure } from '../kpi/numbers';

/** A word argument (polarity, method): numbers and logicals are not words. */
export function text(cell: CellValue, name: string): string | null {
  if (cell == null || typeof cell === 'string') return cell ?? null;
  throw new KpiInputError(`${name} must be a word such as High or Low; got ${String(cell)}.`);
}

/** An optional numeric setting, with its published default when blank. */
export function optionalNumber(cell: CellValue, name: string, fallback: number): number {
  return readFigure(cell, name) ?? fallback;
}

type IntervalCell = { lower: number; upper: number } | null | CustomFunctions.Error;

function limitsOf(interval: IntervalCell): [unknown, unknown] {
  if (interval === null) return ['No data', 'No data'];
  if (interval instanceof CustomFunctions.Error) return [interval, interval];
  return [interval.lower, interval.upper];
}

/**
 * Intervals spilled in the shape of their input, so that each sits beside (or below) its
 * count: a column of n gives n rows of lower, upper; a row of n gives two rows, the lower
 * limits above the upper ones; a single cell gives one row of two; a block of m × n gives
 * m rows of n lower, upper pairs. A missing figure gives No data twice; an error fills both cells.
 */
export function intervalRows(intervals: IntervalCell[][]): unknown[][] {
  const isRow = intervals.length === 1 && intervals[0].length > 1;
  if (isRow) {
    const limits = intervals[0].map(limitsOf);
    return [limits.map(([lower]) => lower), limits.map(([, upper]) => upper)];
  }
  return intervals.map((row) => row.flatMap(limitsOf));
}
