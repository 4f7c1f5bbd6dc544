/**
 * One sheet of the sample workbook as a spreadsheet grid: column letters, row numbers,
 * cells shown through their number formats and coloured by the add-in's word formats.
 * Click a cell, or focus the grid and move with the arrow keys, to make it the active cell
 * the pane's "Use selected table" reads.
 */
import { type KeyboardEvent, useEffect } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAddress, columnLetters } from '../excel/a1';
import { type SheetSnapshot, type TableRecord } from '../excel/memory-host';
import { collapsedColumns, displayText, dropdownAt, wordStyleAt } from './cell-display';

/** Empty rows and columns shown past the last cell in use, as room to see new columns land. */
const MARGIN = 2;

const useStyles = makeStyles({
  grid: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    tableLayout: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    position: 'sticky',
    top: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    maxWidth: '18em',
    minWidth: '4em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
  },
  number: { textAlign: 'end' },
  tableHeader: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorBrandBackground2 },
  active: { outline: `2px solid ${tokens.colorCompoundBrandStroke}`, outlineOffset: '-2px' },
  dropdown: { '::after': { content: '" ▾"', color: tokens.colorNeutralForeground3 } },
});

export interface SampleGridProps {
  sheet: SheetSnapshot;
  tables: readonly TableRecord[];
  active: { row: number; column: number };
  showHelperColumns: boolean;
  onSelect: (row: number, column: number) => void;
}

/** Where each arrow-like key moves the active cell. */
const MOVES: Record<string, (row: number, column: number, rows: number, columns: number) => [number, number]> = {
  ArrowUp: (r, c) => [r - 1, c],
  ArrowDown: (r, c) => [r + 1, c],
  ArrowLeft: (r, c) => [r, c - 1],
  ArrowRight: (r, c) => [r, c + 1],
  Home: (r) => [r, 0],
  End: (r, _c, _rows, columns) => [r, columns - 1],
};

export const cellId = (sheet: string, row: number, column: number) => `cell-${sheet.replace(/\W/g, '_')}-${cellAddress(row, column)}`;

export function SampleGrid({ sheet, tables, active, showHelperColumns, onSelect }: SampleGridProps) {
  const styles = useStyles();
  const rowCount = Math.max(sheet.cells.length, active.row + 1) + MARGIN;
  const columnCount = Math.max(sheet.cells[0]?.length ?? 0, active.column + 1) + MARGIN;
  const hidden = showHelperColumns ? new Set<number>() : collapsedColumns(sheet);
  const columns = Array.from({ length: columnCount }, (_, c) => c).filter((c) => !hidden.has(c));
  const sheetTables = tables.filter((table) => table.sheet === sheet.name);
  const isTableHeader = (row: number, column: number) =>
    sheetTables.some((t) => row === t.headerRow && column >= t.firstColumn && column < t.firstColumn + t.columnCount);

  const activeId = cellId(sheet.name, active.row, active.column);
  // Keep the active cell in view as it moves, as a spreadsheet does.
  useEffect(() => {
    document.getElementById(activeId)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    let [row, column] = move(active.row, active.column, rowCount, columnCount);
    // Step over collapsed columns, as Excel does.
    const step = column < active.column ? -1 : 1;
    while (hidden.has(column)) column += step;
    row = Math.min(Math.max(row, 0), rowCount - 1);
    column = Math.min(Math.max(column, 0), columnCount - 1);
    if (!hidden.has(column)) onSelect(row, column);
  };

  return (
    <table
      role="grid"
      aria-label={`Sheet ${sheet.name}`}
      tabIndex={0}
      aria-activedescendant={activeId}
      className={styles.grid}
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <td className={styles.heading} aria-hidden="true" />
          {columns.map((c) => (
            <th key={c} scope="col" className={styles.heading}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rowCount }, (_, r) => (
          <tr key={r}>
            <th scope="row" className={styles.heading}>
              {r + 1}
            </th>
            {columns.map((c) => {
              const cell = sheet.cells[r]?.[c];
              const text = cell ? displayText(cell) : '';
              const style = wordStyleAt(sheet, r, c);
              const dropdown = dropdownAt(sheet, r, c);
              const isActive = r === active.row && c === active.column;
              return (
                <td
                  key={c}
                  id={cellId(sheet.name, r, c)}
                  role="gridcell"
                  aria-selected={isActive}
                  title={dropdown ? `${text} (dropdown: ${dropdown.join(', ')})` : text || undefined}
                  aria-description={dropdown ? `Dropdown: ${dropdown.join(', ')}` : undefined}
                  className={mergeClasses(
                    styles.cell,
                    typeof cell?.value === 'number' && styles.number,
                    isTableHeader(r, c) && styles.tableHeader,
                    dropdown !== null && styles.dropdown,
                    isActive && styles.active,
                  )}
                  style={style && { backgroundColor: style.fill, color: style.font }}
                  onClick={() => onSelect(r, c)}
                >
                  {text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
