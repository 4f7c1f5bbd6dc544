/**
 * A long table: a row per measure per period (Measure, Month, Value, Target, Polarity), as
 * a data warehouse extract or a Power Query output keeps it. Rows are pivoted to one series
 * per measure, oldest first; a month (or quarter) between the first and the last with no row
 * is a missing point, as a blank is. The measure's words go on the row of its latest period,
 * so counting a word column counts each measure once. Its target is that row's; its polarity
 * the first one given. A period that cannot be read, or two rows for one period, makes that
 * measure Not rated, naming the rows.
 */
import { type CellValue } from '../kpi/cell';
import { type TableSnapshot } from '../excel/workbook-host';
import { proposeMapping } from './column-guess';
import { type Period, headerWords, readPeriod } from './header-reading';
import { periodKind, periodLabel, periodOrder, periodSpan } from './periods';
import { MIN_PERIODS, type SeriesRow, type TimeSeriesTable, cellText, latestFigureFormat, spanOf } from './series-row';

/** The column that says which period a row is for. */
const PERIOD_HEADER = /^(?:month|period|quarter|date|time period|reporting period|month ending|period ending)\b/;

/** Excel's day 0 for date serials (1900 date system, with its phantom 29 February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A period cell: text ("Apr-24", "April 2024", "Q1 2024/25") or a date Excel stores as a serial number. */
function readPeriodCell(cell: CellValue, numberFormat: string): Period | null {
  if (typeof cell === 'number' && /[dmy]/i.test(numberFormat.replace(/"[^"]*"/g, ''))) {
    // The day, not the nearest: 31 March at 21:36 (45382.9) is still March.
    const date = new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000);
    const month = date.getUTCMonth() + 1;
    return { fiscalYear: month >= 4 ? date.getUTCFullYear() : date.getUTCFullYear() - 1, quarter: null, month, yearEnd: false };
  }
  if (typeof cell !== 'string') return null;
  const { period } = readPeriod(headerWords(cell));
  return period !== null && period.fiscalYear !== null && (period.month !== null || period.quarter !== null) ? period : null;
}

interface LongColumns {
  name: number;
  period: number;
  value: number;
  target: number | null;
  polarity: number | null;
}

function longColumns(table: TableSnapshot, ignore: ReadonlySet<number>): LongColumns | null {
  const period = table.headers.findIndex((header, i) => !ignore.has(i) && PERIOD_HEADER.test(headerWords(header)));
  const { mapping } = proposeMapping(table, { ignore: new Set([...ignore, period]) });
  const name = mapping.measure ?? mapping.ref;
  if (period < 0 || name === null || mapping.actual === null) return null;
  return { name, period, value: mapping.actual, target: mapping.target, polarity: mapping.polarity };
}

/** Body rows (0-based) per measure name, in the order the measures first appear. */
function rowsByMeasure(table: TableSnapshot, columns: LongColumns): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  table.values.forEach((values, row) => {
    const name = cellText(values[columns.name]);
    if (name === '') return;
    const rows = groups.get(name);
    if (rows) rows.push(row);
    else groups.set(name, [row]);
  });
  return groups;
}

const sheetRow = (table: TableSnapshot, row: number) => table.location.headerRow + row + 2;

/** One measure's rows as a series, or its rows with the reason they cannot make one. */
function seriesOf(table: TableSnapshot, columns: LongColumns, name: string, rows: number[]): SeriesRow {
  const cell = (row: number, column: number | null) => (column === null ? null : (table.values[row]?.[column] ?? null));
  const dated = rows.map((row) => ({ row, period: readPeriodCell(cell(row, columns.period), table.numberFormats[row]?.[columns.period] ?? '') }));
  const polarities = [...new Set(rows.map((row) => cellText(cell(row, columns.polarity))).filter((text) => text !== ''))];
  const polarity = polarities[0] ?? null;
  const unrated = (problem: string): SeriesRow => ({ row: rows[rows.length - 1], labels: [], measure: { name, periods: [], polarity, target: null }, numberFormat: 'General', problem });
  if (polarities.length > 1) return unrated(`Its rows give different polarities (${polarities.map((p) => `"${p}"`).join(', ')}), so which way is better is not known. Make them the same.`);
  const unread = dated.find((d) => d.period === null);
  if (unread) return unrated(`Row ${sheetRow(table, unread.row)}: the period ${JSON.stringify(cellText(cell(unread.row, columns.period)))} is not a month or a quarter with its year.`);
  const periods = dated as { row: number; period: Period }[];
  const kind = periodKind(periods[0].period);
  if (periods.some((d) => periodKind(d.period) !== kind)) return unrated('Its rows mix months and quarters, so they are not one series.');
  const byOrder = new Map<number, number>();
  for (const { row, period } of periods) {
    const at = periodOrder(period, 0);
    const other = byOrder.get(at);
    if (other !== undefined) return unrated(`Rows ${sheetRow(table, other)} and ${sheetRow(table, row)} are both for ${periodLabel(period, null)}.`);
    byOrder.set(at, row);
  }
  const span = periodSpan([...byOrder.keys()], periods[0].period);
  const latest = byOrder.get(span[span.length - 1].order)!;
  return {
    row: latest,
    labels: span.map((at) => at.label),
    measure: { name, periods: span.map((at) => (byOrder.has(at.order) ? cell(byOrder.get(at.order)!, columns.value) : null)), polarity, target: cell(latest, columns.target) },
    numberFormat: latestFigureFormat(rows.map((row) => ({ value: cell(row, columns.value), format: table.numberFormats[row]?.[columns.value] }))),
    problem: null,
  };
}

/** A long table's series, or null when the table has no period column or no measure with MIN_PERIODS rows. */
export function readSeriesLong(table: TableSnapshot, ignore: ReadonlySet<number>): TimeSeriesTable | null {
  const columns = longColumns(table, ignore);
  if (columns === null) return null;
  const groups = rowsByMeasure(table, columns);
  if (![...groups.values()].some((rows) => rows.length >= MIN_PERIODS)) return null;
  const series = [...groups].map(([name, rows]) => seriesOf(table, columns, name, rows));
  const longest = series.reduce((most, s) => (s.labels.length > most.length ? s.labels : most), [] as string[]);
  return { shape: 'long', description: `${series.length} measures, a row per measure per period, ${spanOf(longest)}`, series };
}
