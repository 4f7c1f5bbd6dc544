/**
 * A KPI table read as measures over time, for the "Over time" step. Two shapes are read:
 * periods across the columns (a column per month or quarter, a row per measure), and a long
 * table with a row per measure per period (Measure, Month, Value, Target, Polarity), pivoted
 * to one series per measure, oldest first. A blank is a missing point. What cannot be read
 * as a series (an unreadable or repeated period, text among the figures) makes that measure
 * "Not rated" with the reason, and never stops the others.
 */
import { type CellValue, isBlank } from '../kpi/cell';
import { quote } from '../kpi/errors';
import { type TableSnapshot } from '../excel/workbook-host';
import { type OverTimeJudgement, type OverTimeSettings, judgeOverTime } from './over-time';
import { type SeriesRow, type TimeSeriesTable } from './series-row';
import { readSeriesAcross } from './series-across';
import { readSeriesLong } from './series-long';

/**
 * The table's measures over time, or null when it has no time series. `ignore` are columns
 * the add-in wrote itself (its RAG, DoT and over-time columns), never read as figures.
 */
export function readTimeSeries(table: TableSnapshot, ignore: ReadonlySet<number> = new Set()): TimeSeriesTable | null {
  return readSeriesAcross(table, ignore) ?? readSeriesLong(table, ignore);
}

/** The first cell that is neither a figure nor blank, named by its period, as the pane lists it. */
function textAmongFigures(series: SeriesRow): string | null {
  const at = series.measure.periods.findIndex((cell) => !isBlank(cell) && typeof cell !== 'number');
  if (at < 0) return null;
  const cell: CellValue = series.measure.periods[at];
  const shown = typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : quote(String(cell));
  return `${series.labels[at]} holds ${shown}, not a figure. Enter the figure, or leave the cell blank for a period not reported.`;
}

/** The measure's judgement, or Not rated for what stops its rows being a series of figures. */
export function judgeSeries(series: SeriesRow, settings: OverTimeSettings): OverTimeJudgement {
  const reason = series.problem ?? textAmongFigures(series);
  return reason === null ? judgeOverTime(series.measure, settings) : { rated: false, reason };
}
