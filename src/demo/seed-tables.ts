/**
 * KPI tables laid out as councils keep them, for the demo page and the pane's tests: a
 * header row (Ref, Measure, Aim, Target, Actual, Previous), then a row per measure. A figure
 * printed as a plain percentage ("54.0%") becomes a number formatted as one, as Excel
 * stores it when typed; everything else ("84.5k", "<553 (800 Adm's)", "N/A") stays text.
 */
import { parseAddress, rangeAddress, sheetAddress } from '../excel/a1';
import { type MemoryWorkbookSeed, type SeedCell } from '../excel/memory-host';

/** One measure as a report prints it. */
export interface SeedMeasure {
  ref: string;
  measure: string;
  aim: string;
  target: string;
  actual: string;
  previous: string;
}

export const SEED_HEADERS = ['Ref', 'Measure', 'Aim', 'Target', 'Actual', 'Previous'] as const;

const PLAIN_PERCENT = /^(-?\d+)(?:\.(\d+))?%$/;

/** "54.0%" → 0.54 formatted "0.0%" (decimals kept as printed); other text as it is. */
export function seedCellFromText(text: string): SeedCell {
  const match = PLAIN_PERCENT.exec(text.trim());
  if (!match) return text;
  const [, whole, decimals = ''] = match;
  // Scaling by e-2 in the text reads 20.6% as the double nearest 0.206, as Excel does.
  const value = Number(`${whole}${decimals ? `.${decimals}` : ''}e-2`);
  return { value, numberFormat: decimals ? `0.${'0'.repeat(decimals.length)}%` : '0%' };
}

/** A header row, then each printed row with its figures typed in as Excel would store them. */
export function seedCells(headers: readonly string[], rows: readonly (readonly string[])[]): SeedCell[][] {
  return [[...headers], ...rows.map((row) => row.map(seedCellFromText))];
}

/** Typed cells as they are: a number stays a number, text is read as `seedCellFromText` reads it, "" is an empty cell. */
export function seedTypedCells(headers: readonly string[], rows: readonly (readonly (number | string)[])[]): SeedCell[][] {
  const cell = (value: number | string): SeedCell => (typeof value === 'number' ? value : value === '' ? null : seedCellFromText(value));
  return [[...headers], ...rows.map((row) => row.map(cell))];
}

export function seedTableCells(measures: readonly SeedMeasure[]): SeedCell[][] {
  return seedCells(SEED_HEADERS, measures.map((m) => [m.ref, m.measure, m.aim, m.target, m.actual, m.previous]));
}

export interface SeedWorkbookOptions {
  sheet?: string;
  /** Make the block an Excel table of this name. */
  tableName?: string;
  /** Where the header row starts; default "A1". */
  at?: string;
}

/** A workbook with one KPI table, its first header cell selected. */
export function seedWorkbook(measures: readonly SeedMeasure[], options: SeedWorkbookOptions = {}): MemoryWorkbookSeed {
  const { sheet = 'KPIs', tableName, at = 'A1' } = options;
  const cells = seedTableCells(measures);
  const origin = parseAddress(at);
  return {
    sheets: [{ name: sheet, cells, at }],
    tables: tableName === undefined ? [] : [{ name: tableName, sheet, range: rangeAddress(origin.row, origin.column, cells.length, SEED_HEADERS.length) }],
    selection: sheetAddress(sheet, at),
  };
}
