/**
 * Where the add-in's columns go: where an earlier Apply put them, or the next free column
 * right of the table, noting every cell of the user's a new column would write over.
 */
import { isBlank } from '../kpi/cell';
import { cellAddress } from '../excel/a1';
import { uniqueHeader } from '../excel/table-headers';
import { type AddedColumn, type AddedColumnKind } from './settings';
import { type CellWrite, type ColumnWrite, type TableSnapshot } from '../excel/workbook-host';

/** The header text at an absolute column, whether inside the table or just right of it. */
export function headerAt(table: TableSnapshot, column: number): string | null {
  const { firstColumn, columnCount } = table.location;
  if (column >= firstColumn && column < firstColumn + columnCount) return String(table.headers[column - firstColumn] ?? '');
  const beyond = column - firstColumn - columnCount;
  return beyond >= 0 && beyond < (table.beyond[0]?.length ?? 0) ? table.beyond[0][beyond] : null;
}

/** Is this table cell (body row, absolute column) empty? Cells right of the table come from `beyond`. */
function isEmptyCell(table: TableSnapshot, row: number, column: number): boolean {
  const { firstColumn, columnCount } = table.location;
  if (column < firstColumn + columnCount) return isBlank(table.values[row]?.[column - firstColumn]);
  return (table.beyond[row + 1]?.[column - firstColumn - columnCount] ?? '') === '';
}

export class ColumnLayout {
  readonly placed = new Map<AddedColumnKind, number>();
  readonly created: AddedColumn[] = [];
  readonly conflicts: string[] = [];
  readonly writes: ColumnWrite[] = [];
  private next: number;

  constructor(
    private readonly table: TableSnapshot,
    private readonly owned: AddedColumn[],
    private readonly headers: Record<AddedColumnKind, string>,
  ) {
    const tableEnd = table.location.firstColumn + table.location.columnCount;
    this.next = Math.max(tableEnd, ...owned.map((added) => added.column + 1));
  }

  /** Places the column for `kind` and writes its cells (null: leave that row as it is). */
  add(kind: AddedColumnKind, cells: (CellWrite | null)[], rowFormats?: string[]): number {
    const column = this.place(kind);
    const isNew = !this.owned.some((added) => added.kind === kind);
    const header = this.created.find((added) => added.kind === kind)?.header ?? this.headers[kind];
    this.writes.push({ column, header, isNew, cells, numberFormat: null, ...(rowFormats ? { rowFormats } : {}) });
    return column;
  }

  /** The column for `kind`, without writing it yet: formulas need the columns they refer to. */
  place(kind: AddedColumnKind): number {
    const placed = this.placed.get(kind);
    if (placed !== undefined) return placed;
    const owned = this.owned.find((added) => added.kind === kind);
    const column = owned ? owned.column : this.next++;
    this.placed.set(kind, column);
    // A header no column of the table has, as Excel would rename a duplicate ("RAG" beside a user's "RAG" is "RAG2").
    const header = owned ? owned.header : uniqueHeader([...this.table.headers, ...this.created.map((added) => added.header)], this.headers[kind]);
    this.created.push({ kind, header, column });
    if (!owned) this.noteConflicts(column);
    return column;
  }

  private noteConflicts(column: number): void {
    const { location } = this.table;
    const header = headerAt(this.table, column);
    if (header !== '' && header !== null) this.conflicts.push(cellAddress(location.headerRow, column));
    this.table.values.forEach((_, row) => {
      if (!isEmptyCell(this.table, row, column)) this.conflicts.push(cellAddress(location.headerRow + 1 + row, column));
    });
  }
}
