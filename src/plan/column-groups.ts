/**
 * The add-in's columns a reader need not see, outline-grouped and collapsed so they neither
 * crowd the sheet nor push the ratings off the printed page: Portable's helpers, and the
 * tolerance columns the add-in added because the table had none (a column the user made is
 * never grouped). The pane edits the tolerances; expanding the group shows them in the sheet.
 */
import { type ColumnGroupWrite } from '../excel/workbook-host';
import { type AddedColumnKind } from './settings';

export const TOLERANCE_KINDS = ['amberTolerance', 'greenTolerance'] as const satisfies readonly AddedColumnKind[];

export const isToleranceKind = (kind: AddedColumnKind) => (TOLERANCE_KINDS as readonly string[]).includes(kind);

/** One group per run of adjacent columns, left to right: a group never takes in a column between them. */
export function groupsOf(columns: readonly number[]): ColumnGroupWrite[] {
  const groups: ColumnGroupWrite[] = [];
  for (const column of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.lastColumn === column - 1) last.lastColumn = column;
    else groups.push({ firstColumn: column, lastColumn: column });
  }
  return groups;
}
