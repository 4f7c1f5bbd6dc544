/** Where a table is, in the words and addresses an Excel user reads. */
import { rangeAddress, sheetAddress } from '../excel/a1';
import { type TableLocation } from '../excel/workbook-host';

export function describeTablePlace(location: TableLocation): string {
  const cells = rangeAddress(location.headerRow, location.firstColumn, location.rowCount + 1, location.columnCount);
  return location.tableName === null
    ? `the cells ${sheetAddress(location.sheet, cells)}`
    : `the Excel table "${location.tableName}" (${sheetAddress(location.sheet, cells)})`;
}

/** Excel's row number of a body row, for messages such as "row 7". */
export function sheetRowNumber(location: TableLocation, index: number): number {
  return location.headerRow + 2 + index;
}
