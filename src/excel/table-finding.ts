/**
 * Finding a KPI table around the selected cell, shared by every workbook host so that
 * Excel, the demo workbook and .xlsx files find the same block and explain a miss alike.
 */
import { type GridBlock, SHEET_COLUMNS } from './a1';
import { type TableLocation } from './workbook-host';

export const NO_TABLE_REASONS = {
  emptyCell: 'The selected cell is empty and has nothing around it. Select a cell inside your KPI table.',
  loneCell:
    'The selected cell has nothing next to it. Select a cell inside your KPI table: a header row with at least one row of measures under it.',
  oneRow:
    'The data around the selected cell is a single row. A KPI table needs a header row and at least one row of measures under it.',
} as const;

export function headerlessTableReason(table: string): string {
  return `The table "${table}" has its header row turned off. Turn on Header Row (Table Design tab) so the add-in can read the column names.`;
}

export function missingSheetReason(sheet: string): string {
  return `The sheet "${sheet}" is no longer in this workbook, so the KPI table saved with it cannot be found. Select a cell in the table and start again.`;
}

/**
 * Excel's current region (Ctrl+*) of a cell: the block grows while any cell touching it,
 * diagonals included, is filled. Hosts that cannot ask Excel for it compute it here.
 */
export function surroundingRegion(isFilled: (row: number, column: number) => boolean, row: number, column: number): GridBlock {
  let [top, bottom, left, right] = [row, row, column, column];
  const filledInRow = (r: number) => {
    for (let c = Math.max(0, left - 1); c <= Math.min(SHEET_COLUMNS - 1, right + 1); c++) if (isFilled(r, c)) return true;
    return false;
  };
  const filledInColumn = (c: number) => {
    for (let r = Math.max(0, top - 1); r <= bottom + 1; r++) if (isFilled(r, c)) return true;
    return false;
  };
  // Each side grows as far as it can before the next is tried: growing a row at a time and
  // rescanning the full height of both side columns after each made a 10,000-row table cost
  // seconds. Growth only ever adds cells, so the order does not change the region reached.
  for (let grew = true; grew; ) {
    grew = false;
    for (; top > 0 && filledInRow(top - 1); grew = true) top -= 1;
    for (; filledInRow(bottom + 1); grew = true) bottom += 1;
    for (; left > 0 && filledInColumn(left - 1); grew = true) left -= 1;
    for (; right < SHEET_COLUMNS - 1 && filledInColumn(right + 1); grew = true) right += 1;
  }
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/**
 * The KPI table a current region holds: its first row the headers, the rest the body. A
 * lone cell or a single row holds none, and the reason says why; `cellIsEmpty` is asked
 * only for a lone cell.
 */
export function regionTable(
  sheet: string,
  region: GridBlock,
  cellIsEmpty: () => boolean,
): { kind: 'table'; location: TableLocation } | { kind: 'none'; reason: string } {
  if (region.rowCount === 1 && region.columnCount === 1) {
    return { kind: 'none', reason: cellIsEmpty() ? NO_TABLE_REASONS.emptyCell : NO_TABLE_REASONS.loneCell };
  }
  if (region.rowCount < 2) return { kind: 'none', reason: NO_TABLE_REASONS.oneRow };
  const location = { sheet, tableName: null, headerRow: region.row, firstColumn: region.column, columnCount: region.columnCount, rowCount: region.rowCount - 1 };
  return { kind: 'table', location };
}

/**
 * Where a table stands once `columns` (absolute, the add-in's own) are removed: an Excel
 * table loses them; a plain range is the same cells, narrowed past any it ended with, so
 * the next Apply puts its columns back at the edge instead of after a gap.
 */
export function locationAfterRemoval(location: TableLocation, columns: readonly number[]): TableLocation {
  const first = location.firstColumn;
  if (location.tableName !== null) {
    const inside = columns.filter((column) => column >= first && column < first + location.columnCount).length;
    return { ...location, columnCount: location.columnCount - inside };
  }
  let end = first + location.columnCount;
  while (end - 1 > first && columns.includes(end - 1)) end -= 1;
  return { ...location, columnCount: end - first };
}
