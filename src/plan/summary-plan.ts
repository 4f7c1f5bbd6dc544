/**
 * The RAG summary: the categories the pane shows, and the sheet Insert summary writes.
 *
 * The sheet's counts and shares are formulas over the RAG column the add-in wrote, so the
 * summary recalculates with the table in any spreadsheet; each formula carries the value it
 * shows now (counted from the same cells), for hosts that do not calculate. The chart plots
 * the words as parts of the table only: "Green & Amber" is a row below them, outside its source.
 * N/A and No data are counted but have no share: they are not rated.
 */
import { type RagSummary } from '../kpi/summary';
import { type RagResult } from '../kpi/rating';
import { type CellValue } from '../kpi/cell';
import { cellAddress, columnLetters, rangeAddress, sheetAddress } from '../excel/a1';
import { type SummaryCell, type SummaryWrite, type TableLocation, type TableSnapshot } from '../excel/workbook-host';
import { type ColumnMapping } from './table-model';
import { type KpiSettings } from './settings';
import { proposeMapping } from './column-guess';
import { type PeriodColumn, periodColumns } from './period-summary';
import { type MatrixRanges, variationAssuranceMatrix } from './spc-summary';

export interface SummaryCategory {
  label: string;
  /** The RAG word, for its colour; null for "Green & Amber". */
  word: RagResult | null;
  count: number;
  share: number | null;
}

export const SUMMARY_SHEET_NAME = 'KPI summary';
export const SUMMARY_CHART_TITLE = 'Measures by RAG rating';

export function summaryCategories(summary: RagSummary): SummaryCategory[] {
  const { counts, shares } = summary;
  return [
    { label: 'Green', word: 'Green', count: counts.Green, share: shares?.Green ?? null },
    { label: 'Amber', word: 'Amber', count: counts.Amber, share: shares?.Amber ?? null },
    { label: 'Red', word: 'Red', count: counts.Red, share: shares?.Red ?? null },
    { label: 'Green & Amber', word: null, count: counts.Green + counts.Amber, share: shares?.GreenAndAmber ?? null },
    { label: 'N/A', word: 'N/A', count: counts['N/A'], share: null },
    { label: 'No data', word: 'No data', count: counts['No data'], share: null },
  ];
}

/** "KPI summary", or "KPI summary 2", 3… when taken; sheet names compare without case, as in Excel. */
export function freeSheetName(taken: readonly string[], base = SUMMARY_SHEET_NAME): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}

/** The RAG column an Apply wrote (absolute), or null: before it, there is nothing in a cell to count. */
export function ragColumnOf(settings: KpiSettings | null): number | null {
  return settings?.addedColumns.find((added) => added.kind === 'rag')?.column ?? null;
}

/**
 * Where to read the table with the RAG column in it: the pane's table stops before the
 * columns the add-in added right of a plain range, so the read is widened to reach it.
 * (An Excel table grows to take in the columns added at its end.)
 */
export function locationHolding(location: TableLocation, column: number): TableLocation {
  const columnCount = Math.max(location.columnCount, column - location.firstColumn + 1);
  return { ...location, columnCount };
}

/** The period the mapped Actual column holds ("Q3 2024/25"), or null when the table's figures carry none. */
export function ratedPeriod(table: TableSnapshot, mapping: ColumnMapping): string | null {
  if (mapping.actual === null) return null;
  return proposeMapping(table).periods.find((period) => period.column === mapping.actual)?.label ?? null;
}

export interface SummaryRequest {
  /** The table as it is now, holding the RAG column (read at `locationHolding`). */
  table: TableSnapshot;
  /** Absolute column of the RAG words (see `ragColumnOf`). */
  ragColumn: number;
  period: string | null;
  inserted: Date;
  sheetName: string;
  /** The add-in's settings JSON, naming `sheetName` as its own. */
  settings: string;
  /**
   * The settings Apply saved (its mapping, defaults and columns): given them, a table with
   * figures for several periods also gets a column per period (see period-summary.ts).
   */
  saved?: KpiSettings;
  /**
   * The over-time word columns, when the table has them: the variation × assurance matrix
   * (spc-summary.ts) is written beside the RAG table, as formulas over `variation` and `assurance`.
   */
  overTime?: OverTimeMatrix;
}

/** The matrix's two ranges, and what their cells show now (the same rows), for each formula's `shows`. */
export interface OverTimeMatrix extends MatrixRanges {
  words: { variation: readonly CellValue[]; assurance: readonly CellValue[] };
}

/** The words the chart plots, in order: together they make up every counted row. */
const PARTS: readonly RagResult[] = ['Green', 'Amber', 'Red', 'N/A', 'No data'];
const RATED = 3; // Green, Amber and Red: the first PARTS, whose shares councils report.
const HEADER_ROW = 3;
const FIRST_PART = HEADER_ROW + 1;

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** With $ on every row and column, so that copying the summary keeps it counting the same cells (before a sheet name is put on). */
const absolute = (address: string) => address.replace(/([A-Z]+)([0-9]+)/g, '$$$1$$$2');

/** "Excel table KpiTable" or "KPIs!A1:F31": how the reader finds the table counted. */
export function tableTitle(table: TableSnapshot): string {
  const { location } = table;
  if (location.tableName !== null) return `table ${location.tableName}`;
  return sheetAddress(location.sheet, rangeAddress(location.headerRow, location.firstColumn, location.rowCount + 1, location.columnCount));
}

function titleRows(request: SummaryRequest): (SummaryCell | null)[][] {
  const { table, ragColumn, period } = request;
  const title = `RAG summary of ${tableTitle(table)}${period === null ? '' : `, ${period}`}`;
  const column = rangeAddress(table.location.headerRow + 1, ragColumn, table.location.rowCount, 1);
  const note = `Inserted ${DATE.format(request.inserted)}. Counts the RAG words in ${sheetAddress(table.location.sheet, column)}, and recalculates with them.`;
  return [[{ value: title, bold: true }], [{ value: note }], []];
}

/** How many cells of the RAG column show this word; COUNTIF compares without case, so this does too. */
function countOf(values: readonly CellValue[], word: string): number {
  return values.filter((value) => typeof value === 'string' && value.toLowerCase() === word.toLowerCase()).length;
}

/** The summary sheet: title, a table of [category, count, share] over the RAG column, and the chart of its parts. */
export function planSummary(request: SummaryRequest): SummaryWrite {
  const { table, ragColumn } = request;
  const { location } = table;
  if (location.rowCount < 1) throw new Error('The table has no rows under its header, so there is nothing to summarise.');
  const at = ragColumn - location.firstColumn;
  if (at < 0 || at >= table.headers.length) throw new Error(`The RAG column the add-in wrote (column ${columnLetters(ragColumn)}) is no longer beside the table. Apply again, then insert the summary.`);
  const values = table.values.map((row) => row[at]);
  const words = sheetAddress(location.sheet, absolute(rangeAddress(location.headerRow + 1, ragColumn, location.rowCount, 1)));
  const counts = PARTS.map((word) => countOf(values, word));
  const rated = counts.slice(0, RATED).reduce((sum, count) => sum + count, 0);
  const countCell = (row: number) => absolute(cellAddress(row, 1));
  const ratedCells = absolute(rangeAddress(FIRST_PART, 1, RATED, 1));
  const share = (row: number, shows: number): SummaryCell => ({
    formula: `=IF(SUM(${ratedCells})=0,"",${countCell(row)}/SUM(${ratedCells}))`,
    shows: rated === 0 ? '' : shows / rated,
    numberFormat: '0%',
  });

  const parts = PARTS.map((word, i): (SummaryCell | null)[] => [
    { value: word },
    { formula: `=COUNTIF(${words},"${word}")`, shows: counts[i] },
    i < RATED ? share(FIRST_PART + i, counts[i]) : null,
  ]);
  const greenAndAmberRow = FIRST_PART + PARTS.length;
  const greenAndAmber = counts[0] + counts[1];
  const subtotal: (SummaryCell | null)[] = [
    { value: 'Green & Amber' },
    { formula: `=${countCell(FIRST_PART)}+${countCell(FIRST_PART + 1)}`, shows: greenAndAmber },
    share(greenAndAmberRow, greenAndAmber),
  ];
  const header: SummaryCell[] = ['Category', 'Count', 'Share of rated'].map((text) => ({ value: text, bold: true }));
  const periods = request.saved ? periodColumns(table, request.saved) : [];
  const ragTable = besideMatrix([header, ...parts, subtotal], request.overTime);
  return {
    sheetName: request.sheetName,
    cells: [...titleRows(request), ...ragTable, ...(periods.length ? [[], ...periodRows(periods, counts, request.inserted)] : [])],
    chart: { title: SUMMARY_CHART_TITLE, firstRow: FIRST_PART, rowCount: PARTS.length },
    settings: request.settings,
  };
}

/** Where the table by period starts: a blank row below Green & Amber. */
const PERIOD_TITLE_ROW = FIRST_PART + PARTS.length + 2;
const PERIOD_FIRST_PART = PERIOD_TITLE_ROW + 5;

function periodNote(periods: readonly PeriodColumn[], inserted: Date): string {
  const rated = periods.find((period) => period.rated);
  const recalculates = rated ? `${rated.label} counts the RAG column with formulas, as above, and recalculates with the sheet. ` : '';
  const unrated = periods.some((period) => !period.rated && period.target === null) ? ' A period with no target of its own or of a later period is not rated.' : '';
  return (
    `Each period is rated against its own target (or the nearest later one), with the table's polarity and tolerances, by the rules Apply uses. ${recalculates}` +
    `The other periods were rated when this summary was inserted (${DATE.format(inserted)}): their counts are fixed values and do not change with the sheet; insert the summary again to update them.${unrated}`
  );
}

function targetText(period: PeriodColumn): string {
  if (period.rated) return period.target ?? 'as applied';
  if (period.target === null) return 'none: not rated';
  return period.laterTarget ? `${period.target} (a later period's)` : period.target;
}

/** One period's cells below its header: target, how counted, the count of each word, the shares of the rated. */
function periodCells(period: PeriodColumn, c: number, ratedCounts: readonly number[], inserted: Date): (SummaryCell | null)[] {
  const counts = period.rated ? ratedCounts : period.counts && PARTS.map((word) => period.counts![word]);
  const how = period.rated ? 'formulas: recalculate' : counts ? `fixed at ${DATE.format(inserted)}` : 'not rated';
  const countCells = PARTS.map((_, i): SummaryCell => {
    if (counts === null) return { value: 'not rated' };
    return period.rated ? { formula: `=${absolute(cellAddress(FIRST_PART + i, 1))}`, shows: counts[i] } : { value: counts[i] };
  });
  const ratedSum = counts === null ? 0 : counts.slice(0, RATED).reduce((sum, n) => sum + n, 0);
  const ratedCells = absolute(rangeAddress(PERIOD_FIRST_PART, c, RATED, 1));
  const shares = PARTS.slice(0, RATED).map((_, i): SummaryCell | null =>
    counts === null
      ? null
      : {
          formula: `=IF(SUM(${ratedCells})=0,"",${absolute(cellAddress(PERIOD_FIRST_PART + i, c))}/SUM(${ratedCells}))`,
          shows: ratedSum === 0 ? '' : counts[i] / ratedSum,
          numberFormat: '0%',
        },
  );
  return [{ value: targetText(period) }, { value: how }, ...countCells, ...shares];
}

/** The table by period: a row per category, a column per period, oldest first (rows 0-based from PERIOD_TITLE_ROW). */
function periodRows(periods: readonly PeriodColumn[], ratedCounts: readonly number[], inserted: Date): (SummaryCell | null)[][] {
  const columns = periods.map((period, i) => periodCells(period, 1 + i, ratedCounts, inserted));
  const labels = ['Target', 'Counted', ...PARTS, ...PARTS.slice(0, RATED).map((word) => `${word} share of rated`)];
  const body = labels.map((label, r) => [{ value: label } as SummaryCell, ...columns.map((cells) => cells[r])]);
  const header: SummaryCell[] = [{ value: 'Category', bold: true }, ...periods.map((period) => ({ value: period.label, bold: true }))];
  return [[{ value: 'By period', bold: true }], [{ value: periodNote(periods, inserted) }], header, ...body];
}

/** The matrix starts one empty column right of the RAG table (category, count, share). */
const MATRIX_COLUMN = 4;

/** The RAG table's rows with the variation × assurance matrix beside them, from its header row down. */
function besideMatrix(rows: (SummaryCell | null)[][], overTime: OverTimeMatrix | undefined): (SummaryCell | null)[][] {
  if (overTime === undefined) return rows;
  const matrix = variationAssuranceMatrix(overTime);
  const shown = countingShows(overTime);
  const cells = matrix.map((row, r) => row.map((text, c): SummaryCell => (text.startsWith('=') ? { formula: text, shows: shown(text) } : { value: text, bold: r === 0 || c === 0 })));
  return Array.from({ length: Math.max(rows.length, cells.length) }, (_, r) => {
    const left = rows[r] ?? [];
    return [...left, ...Array<null>(MATRIX_COLUMN - left.length).fill(null), ...(cells[r] ?? [])];
  });
}

/** Excel's COUNTIF criterion on text: the whole cell, without case, `*` any run of characters and `?` one. */
function criterion(text: string): RegExp {
  const pattern = text.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${pattern}$`, 'i');
}

/**
 * What the matrix's COUNTIFS, COUNTIF and COUNTA formulas show for the words given, read from
 * each formula itself, so a host that does not calculate shows what a spreadsheet would.
 */
function countingShows({ variation, assurance, words }: OverTimeMatrix): (formula: string) => number {
  const columns = new Map([
    [variation, words.variation],
    [assurance, words.assurance],
  ]);
  const cellsOf = (range: string) => {
    const cells = columns.get(range);
    if (cells === undefined) throw new Error(`planSummary: the matrix counts ${range}, which is neither word column.`);
    return cells;
  };
  return (formula) => {
    const call = /^=(COUNTIFS|COUNTIF|COUNTA)\((.*)\)$/.exec(formula);
    if (call === null) throw new Error(`planSummary: cannot count ${formula}`);
    if (call[1] === 'COUNTA') return cellsOf(call[2]).filter((cell) => cell !== null).length;
    // Pairs of a range and a quoted criterion; the words hold no quotes, the ranges' sheet names may hold commas.
    const tests = [...call[2].matchAll(/(.+?),"([^"]*)"(?:,|$)/g)].map(([, range, text]) => ({ cells: cellsOf(range), matches: criterion(text) }));
    return tests[0].cells.filter((_, i) => tests.every(({ cells, matches }) => typeof cells[i] === 'string' && matches.test(cells[i] as string))).length;
  };
}
