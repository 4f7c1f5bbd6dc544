/** One measure's series as the "Over time" step reads it, from either shape of table. */
import { type CellValue } from '../kpi/cell';
import { type MeasureOverTime } from './over-time';

/** One measure's series and where its words go. */
export interface SeriesRow {
  /** Body row (0-based) that gets the measure's two words: its own row, or in a long table the row of its latest period. */
  row: number;
  /** One label per point, oldest first ("Apr 2024", "Q1 2024/25"). */
  labels: string[];
  measure: MeasureOverTime;
  /** The number format of the measure's latest figure ("0.0%"), for its chart's data: the sheet shows what the table shows. */
  numberFormat: string;
  /** Why the rows cannot make a series (a long table's unreadable or repeated period), or null. */
  problem: string | null;
}

export interface TimeSeriesTable {
  shape: 'across' | 'long';
  /** "24 months across the columns, Apr 2023 to Mar 2025." */
  description: string;
  series: SeriesRow[];
}

/** The format of the latest cell that holds a number, else General: one format for the whole series, as the table shows it now. */
export function latestFigureFormat(points: readonly { value: unknown; format: string | undefined }[]): string {
  for (let i = points.length - 1; i >= 0; i--) if (typeof points[i].value === 'number') return points[i].format || 'General';
  return 'General';
}

/** Fewer periods than this is not a series worth judging over time: the step is not offered. */
export const MIN_PERIODS = 3;

/** "Apr 2023 to Mar 2025". */
export function spanOf(labels: readonly string[]): string {
  return labels.length ? `${labels[0]} to ${labels[labels.length - 1]}` : 'no periods';
}

/** A cell as text, trimmed; "" for an empty cell. */
export function cellText(cell: CellValue): string {
  return cell == null ? '' : String(cell).trim();
}
