/**
 * A measure over time: values in time order, oldest first, as a column or row of cells.
 *
 * A blank cell is a missing point: it is kept in its place (so answers line up with the
 * input) but takes no part in any statistic, and it breaks no run and starts no trend.
 * Text among the values is an error rather than a missing point, because a chart of a
 * series with `AD` or `84.5k` silently dropped would look complete and be wrong.
 */
import { type CellValue, isBlank } from './cell';
import { KpiInputError, quote } from './errors';

/** One value per input cell; null where the cell is blank. */
export type Series = readonly (number | null)[];

/** The points that have values, each with its place in the series. */
export interface SeriesPoints {
  values: number[];
  positions: number[];
}

/** Reads cells into a series; `name` starts any message ("Values", "Lower"). */
export function readSeries(cells: readonly CellValue[], name: string): (number | null)[] {
  return cells.map((cell, i) => {
    if (isBlank(cell)) return null;
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell)) throw new KpiInputError(`${name}: point ${i + 1} is not a finite number.`);
      return cell;
    }
    const shown = typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : quote(cell);
    throw new KpiInputError(
      `${name}: point ${i + 1} is ${shown}, not a number. Give numbers in time order; leave a cell blank for a missing period.`,
    );
  });
}

/** The points with values, oldest first. */
export function pointsOf(series: Series): SeriesPoints {
  const values: number[] = [];
  const positions: number[] = [];
  series.forEach((value, i) => {
    if (value !== null) {
      values.push(value);
      positions.push(i);
    }
  });
  return { values, positions };
}
