/**
 * Whether a plan still fits the sheet. The pane plans Apply from the table as it last read
 * it; the user may have typed into the sheet since. Before writing, a host reads the cells
 * again and the plan goes ahead only if every cell it writes still holds what the plan saw:
 * otherwise something the user just typed would be lost without being asked about.
 */
import { cellAddress, sheetAddress } from './a1';
import { type TableSnapshot, type WorkbookChanges } from './workbook-host';

/** A cell as the snapshot holds it: its formula, else its value as text; the header row is row -1. */
function contentAt(table: TableSnapshot, row: number, column: number): string {
  const { firstColumn, columnCount } = table.location;
  const inTable = column - firstColumn;
  if (inTable >= 0 && inTable < columnCount) {
    if (row < 0) return table.headers[inTable] ?? '';
    const value = table.values[row]?.[inTable];
    return table.formulas[row]?.[inTable] ?? (value === null || value === undefined ? '' : String(value));
  }
  return table.beyond[row + 1]?.[inTable - columnCount] ?? '';
}

/** The cells `changes` would write whose content differs between `basis` (planned from) and `now`, as sheet addresses. */
export function cellsChangedSince(basis: TableSnapshot, now: TableSnapshot, changes: WorkbookChanges): string[] {
  const { sheet, headerRow } = basis.location;
  const changed: string[] = [];
  const check = (row: number, column: number) => {
    if (contentAt(basis, row, column) !== contentAt(now, row, column)) changed.push(sheetAddress(sheet, cellAddress(headerRow + 1 + row, column)));
  };
  for (const write of changes.columns) {
    if (write.isNew) check(-1, write.column);
    write.cells.forEach((cell, row) => {
      if (cell !== null) check(row, write.column);
    });
  }
  return changed;
}
