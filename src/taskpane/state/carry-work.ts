/**
 * Reading the same table again keeps the user's work: the column mapping, where each mapped
 * column still is, and the edits not yet applied, on the rows they were made on, even when
 * rows or columns have moved since. Nothing is moved onto a row it might not belong to:
 * an edit whose row cannot be told apart is dropped, and counted, so the pane can say so.
 */
import { COLUMN_ROLES, type ColumnMapping, type RowEdit } from '../../plan/table-model';
import { type TableSnapshot } from '../../excel/workbook-host';

/** Where a mapped column is now: the same place under the same header, else its header's only new place. */
export function carryMapping(before: TableSnapshot, mapping: ColumnMapping, after: TableSnapshot, guess: ColumnMapping): ColumnMapping {
  const carried = { ...mapping };
  for (const role of COLUMN_ROLES) {
    const column = mapping[role];
    if (column === null) continue;
    const header = before.headers[column];
    if (after.headers[column] === header) continue;
    const places = after.headers.flatMap((h, i) => (h === header ? [i] : []));
    carried[role] = places.length === 1 ? places[0] : null;
  }
  // A role whose column is gone takes the guess from the new headers, when that column is free.
  const used = new Set(Object.values(carried).filter((column) => column !== null));
  for (const role of COLUMN_ROLES) {
    const guessed = guess[role];
    if (mapping[role] !== null && carried[role] === null && guessed !== null && !used.has(guessed)) {
      carried[role] = guessed;
      used.add(guessed);
    }
  }
  return carried;
}

/** What tells a row apart: its ref and measure name as the sheet writes them; null when it has neither. */
function rowKeys(table: TableSnapshot, mapping: ColumnMapping): (string | null)[] {
  const text = (row: number, column: number | null) => (column === null ? '' : String(table.values[row]?.[column] ?? '').trim());
  return table.values.map((_, row) => {
    const key = `${text(row, mapping.ref)}\u0000${text(row, mapping.measure)}`;
    return key === '\u0000' ? null : key;
  });
}

export interface CarriedEdits<T = RowEdit> {
  edits: ReadonlyMap<number, T>;
  /** Edits left behind: their row is gone, or is no longer the only one of its name. */
  dropped: number;
}

/**
 * Each edit (or anything else kept per row, such as a chart pick) on the row it was made on:
 * the same index when that row is still there, else the only row of its name.
 */
export function carryEdits<T = RowEdit>(
  before: TableSnapshot,
  beforeMapping: ColumnMapping,
  after: TableSnapshot,
  afterMapping: ColumnMapping,
  edits: ReadonlyMap<number, T>,
): CarriedEdits<T> {
  const oldKeys = rowKeys(before, beforeMapping);
  const newKeys = rowKeys(after, afterMapping);
  const sameLength = before.values.length === after.values.length;
  const carried = new Map<number, T>();
  let dropped = 0;
  for (const [index, edit] of edits) {
    const key = oldKeys[index];
    const to =
      key === null
        ? sameLength ? index : -1
        : newKeys[index] === key
          ? index
          : newKeys.indexOf(key) === newKeys.lastIndexOf(key) ? newKeys.indexOf(key) : -1;
    if (to >= 0 && !carried.has(to)) carried.set(to, edit);
    else dropped += 1;
  }
  return { edits: carried, dropped };
}
