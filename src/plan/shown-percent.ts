/**
 * Figures as the sheet shows them. Excel stores a cell typed as 90% as 0.9 with a % format,
 * and the engine, which sees values only (as custom functions do), would take 85 beside it
 * for 85 against 0.9: Green, where the sheet plainly says 85 against 90%. The pane sees
 * the formats, so it hands the engine such a figure as the text Excel shows ("90%"), and the
 * engine's units and tolerance checks see a percentage, as they do for "90%" typed as text.
 */
import { type CellValue } from '../kpi/cell';
import { type TableSnapshot } from '../excel/workbook-host';

/** Formatted as % in Excel (by the table's column index). */
export function formattedPercent(table: TableSnapshot, row: number, column: number | null): boolean {
  return column !== null && /%/.test(table.numberFormats[row]?.[column] ?? '');
}

/**
 * A fraction written as percent text that reads back as the same number: the decimal point
 * moves two places in the number's shortest text, so no multiplication rounds it
 * (0.8533333 is "85.33333%", never "85.33333000000001%").
 */
export function percentText(value: number): string {
  const text = String(value);
  if (/e/i.test(text)) return `${text}e2%`.replace(/e([-+]?\d+)e2%$/i, (_, exponent: string) => `e${Number(exponent) + 2}%`);
  const [, sign, whole, fraction = ''] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)!;
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const shifted = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
  return `${sign}${shifted}%`;
}

/** A body cell for the engine: a number formatted as % becomes its percent text; anything else as it is. */
export function asShown(table: TableSnapshot, row: number, column: number | null, cell: CellValue): CellValue {
  return typeof cell === 'number' && Number.isFinite(cell) && formattedPercent(table, row, column) ? percentText(cell) : cell;
}
