/**
 * A table whose periods run across its columns ("Apr-24", "May-24"… or "Q1 2024/25"…, over
 * one or two header rows), a row per measure: each row is a series over those columns,
 * oldest first. Only one kind of period makes a series (a year's total beside its months is
 * not one of them), so the kind with the most columns is read and the others are left out.
 * Target and polarity are the columns the RAG mapping would propose.
 */
import { isBlank } from '../kpi/cell';
import { type TableSnapshot } from '../excel/workbook-host';
import { proposeMapping } from './column-guess';
import { readTableHeader } from './header-rows';
import { type DatedColumn, currentYearOf, periodKind, periodOrder, periodSpan } from './periods';
import { MIN_PERIODS, type SeriesRow, type TimeSeriesTable, cellText, latestFigureFormat, spanOf } from './series-row';

const KIND_NAMES = { month: 'months', quarter: 'quarters', year: 'years' } as const;

/** The figure columns of the commonest kind of period, oldest first, one per period. */
function seriesColumns(table: TableSnapshot, ignore: ReadonlySet<number>): { columns: DatedColumn[]; year: number } {
  const { readings } = readTableHeader(table);
  const dated: DatedColumn[] = readings.flatMap((reading, column) =>
    !ignore.has(column) && reading.period !== null && (reading.role === null || reading.role === 'actual') ? [{ column, period: reading.period }] : [],
  );
  const year = currentYearOf(dated);
  const count = (kind: string) => dated.filter((d) => periodKind(d.period) === kind).length;
  const kind = (['month', 'quarter', 'year'] as const).reduce((best, k) => (count(k) > count(best) ? k : best));
  const byPeriod = new Map<number, DatedColumn[]>();
  for (const d of dated.filter((c) => periodKind(c.period) === kind)) {
    const at = periodOrder(d.period, year);
    byPeriod.set(at, [...(byPeriod.get(at) ?? []), d]);
  }
  const columns: DatedColumn[] = [];
  for (const [, same] of [...byPeriod].sort(([a], [b]) => a - b)) {
    // Two columns for one period: the one headed as the actual ("Apr-24 actual" beside "Apr-24 forecast").
    const actual = same.filter((d) => readings[d.column].role === 'actual');
    const chosen = same.length === 1 ? same : actual;
    // With no actual among them, which is the outturn and which a forecast or budget is not known: no series, not a guess.
    if (chosen.length === 0) return { columns: [], year };
    columns.push(chosen[0]);
  }
  return { columns, year };
}

/** Periods across the columns, or null when the table has fewer than MIN_PERIODS of one kind. */
export function readSeriesAcross(table: TableSnapshot, ignore: ReadonlySet<number>): TimeSeriesTable | null {
  const { columns, year } = seriesColumns(table, ignore);
  if (columns.length < MIN_PERIODS) return null;
  const { bodyRows } = readTableHeader(table);
  const { mapping } = proposeMapping(table, { ignore });
  // A quarter or month between the table's columns with no column of its own is a missing point.
  const byOrder = new Map(columns.map((c) => [periodOrder(c.period, year), c.column]));
  const span = periodSpan([...byOrder.keys()], columns[0].period);
  const labels = span.map((at) => at.label);
  const named = new Set([mapping.measure, mapping.ref]);
  const series: SeriesRow[] = [];
  table.values.forEach((values, row) => {
    // A second header row, or a heading or note row: nothing but a name.
    if (row < bodyRows || values.every((cell, column) => named.has(column) || isBlank(cell))) return;
    const text = (column: number | null) => (column === null ? '' : cellText(values[column]));
    const name = text(mapping.measure) || text(mapping.ref) || `Row ${table.location.headerRow + row + 2}`;
    series.push({
      row,
      labels,
      measure: {
        name,
        periods: span.map((at) => (byOrder.has(at.order) ? (values[byOrder.get(at.order)!] ?? null) : null)),
        polarity: text(mapping.polarity) || null,
        target: mapping.target === null ? null : (values[mapping.target] ?? null),
      },
      numberFormat: latestFigureFormat(columns.map((c) => ({ value: values[c.column], format: table.numberFormats[row]?.[c.column] }))),
      problem: null,
    });
  });
  const kind = KIND_NAMES[periodKind(columns[0].period)];
  const gaps = labels.length - columns.length;
  const missing = gaps ? `; ${gaps} with no column, read as missing` : '';
  return { shape: 'across', description: `${columns.length} ${kind} across the columns, ${spanOf(labels)}${missing}`, series };
}
