/**
 * "The same table", in one place: the table a re-read finds is the one the pane (or the
 * saved settings) already knows when it starts at the same cell. Its width and length may
 * differ: Apply adds columns to it, and users add rows.
 */
import { type TableLocation } from '../excel/workbook-host';

export function isSameTable(a: TableLocation, b: TableLocation): boolean {
  return a.sheet === b.sheet && a.headerRow === b.headerRow && a.firstColumn === b.firstColumn;
}
