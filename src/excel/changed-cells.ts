/**
 * Whether a plan still fits the sheet. The pane plans Apply from the table as it last read
 * it; the user may have typed into the sheet since. Before writing, a host reads the table
 * again, in the same round trip as anything else it must read first:
 * - a cell the plan writes holds something else now: nothing is written, and the cells are
 *   named, or what the user just typed would be lost without being asked about;
 * - anything else the plan read has changed (a figure, a target, a polarity, a tolerance, a
 *   previous figure, a number format, a dropdown): nothing is written and the plan is made
 *   again from the table as it is now, or Apply would write words for old figures.
 */
import { cellAddress, sheetAddress } from './a1';
import { type ApplyResult, type TableSnapshot, type WorkbookChanges } from './workbook-host';

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

/**
 * The table's cells (header and body, inside the table) whose content, number format or
 * column dropdown differ between `basis` and `now`, and, outside the columns `changes`
 * writes, whose value does: a formula's result (an actual looked up from another sheet)
 * is an input too. The columns Apply writes are left to `cellsChangedSince`, as their
 * formulas' results may still be calculating (a custom function in Live mode).
 */
export function inputsChangedSince(basis: TableSnapshot, now: TableSnapshot, changes: WorkbookChanges): string[] {
  const { sheet, headerRow, firstColumn, columnCount, rowCount } = basis.location;
  const written = new Set(changes.columns.map((write) => write.column));
  const changed: string[] = [];
  for (let i = 0; i < columnCount; i++) {
    const column = firstColumn + i;
    const validationChanged = JSON.stringify(basis.validations[i]) !== JSON.stringify(now.validations[i]);
    for (let row = -1; row < rowCount; row++) {
      const format = row >= 0 && basis.numberFormats[row]?.[i] !== now.numberFormats[row]?.[i];
      const value = row >= 0 && !written.has(column) && basis.values[row]?.[i] !== now.values[row]?.[i];
      if (format || value || contentAt(basis, row, column) !== contentAt(now, row, column) || (validationChanged && row === 0)) {
        changed.push(sheetAddress(sheet, cellAddress(headerRow + 1 + row, column)));
      }
    }
  }
  return changed;
}

/**
 * What a host does with a plan planned from `basis`, given the table read `now`: null to
 * write; otherwise the result that writes nothing.
 */
export function basisCheck(basis: TableSnapshot, now: TableSnapshot, changes: WorkbookChanges): ApplyResult | null {
  const written = cellsChangedSince(basis, now, changes);
  if (written.length > 0) return { kind: 'changed', cells: written };
  const inputs = inputsChangedSince(basis, now, changes);
  return inputs.length > 0 ? { kind: 'stale', cells: inputs, table: now } : null;
}
