/**
 * How the sample grid shows a cell, as Excel would: numbers through their number format
 * ("0.0%" → 54.0%), and the fill and font of the first word format whose word the cell
 * equals (Excel's "cell value equals" ignores case).
 */
import { type MemoryCell, type SheetSnapshot } from '../excel/memory-host';
import { type WordStyle } from '../excel/workbook-host';

const DECIMALS = /\.(0+)/;

/** Formats this page meets: General, 0, 0.0…, with an optional thousands comma or percent sign. */
export function displayText({ value, numberFormat }: Pick<MemoryCell, 'value' | 'numberFormat'>): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat === 'General' || numberFormat === '@') return String(Number(value.toPrecision(11)));
  const percent = numberFormat.endsWith('%');
  const decimals = DECIMALS.exec(numberFormat)?.[1].length ?? 0;
  const shown = (percent ? value * 100 : value).toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: numberFormat.includes(','),
  });
  return percent ? `${shown}%` : shown;
}

/** The word format that colours a cell, if any. */
export function wordStyleAt(sheet: SheetSnapshot, row: number, column: number): WordStyle | undefined {
  const value = sheet.cells[row]?.[column]?.value;
  if (typeof value !== 'string') return undefined;
  for (const format of sheet.wordFormats) {
    if (format.column !== column || row < format.firstRow || row >= format.firstRow + format.rowCount) continue;
    const style = format.styles.find((candidate) => candidate.word.toLowerCase() === value.toLowerCase());
    if (style) return style;
  }
  return undefined;
}

/** The dropdown words of a cell with list validation, or null. */
export function dropdownAt(sheet: SheetSnapshot, row: number, column: number): string[] | null {
  const record = sheet.validations.find((v) => v.column === column && row >= v.firstRow && row < v.firstRow + v.rowCount);
  return record ? record.words : null;
}

/** Columns hidden because their outline group is collapsed (Portable's helper columns). */
export function collapsedColumns(sheet: SheetSnapshot): Set<number> {
  const hidden = new Set<number>();
  for (const group of sheet.groups) for (let c = group.firstColumn; c <= group.lastColumn; c++) hidden.add(c);
  return hidden;
}
