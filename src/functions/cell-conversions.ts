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

/**
 * One row of two cells (lower, upper) per input cell, in reading order. A missing
 * figure gives No data twice; an error fills both cells.
 */
export function intervalRows(
  intervals: ({ lower: number; upper: number } | null | CustomFunctions.Error)[][],
): unknown[][] {
  const rows: unknown[][] = [];
  for (const row of intervals) {
    for (const interval of row) {
      if (interval === null) rows.push(['No data', 'No data']);
      else if (interval instanceof CustomFunctions.Error) rows.push([interval, interval]);
      else rows.push([interval.lower, interval.upper]);
    }
  }
  return rows;
}
