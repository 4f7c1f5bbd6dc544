/**
 * The columns Apply writes its words into: RAG, DoT and the long-term DoT (against the same
 * period last year), as live formulas, Portable formulas with their helper columns, or fixed
 * values; and their colour rules. A listed row's RAG cell says why it has no rating.
 */
import { type CellValue } from '../kpi/cell';
import { readNumber } from '../kpi/numbers';
import { cellAddress } from '../excel/a1';
import {
  type PortableColumns,
  type PortableFormulaKind,
  liveDirectionFormula,
  liveRagFormula,
  portableFormulaR1C1,
} from './formulas';
import { type ColumnLayout } from './column-layout';
import { type FixedRow, type PortableRow, fixedRowsOf, isPortableFormulaKind, portableColumnCells, portableRow } from './portable-rows';
import { DIRECTION_PALETTE, RAG_PALETTE } from './rag-palette';
import { PORTABLE_HELPER_KINDS } from './settings';
import { isListed, listedWord } from './row-status';
import { type InputRole, type MeasureRow, type OutputMode } from './table-model';
import { type CellWrite, type ColumnGroupWrite, type TableSnapshot, type WordFormatWrite } from '../excel/workbook-host';

/** A Portable column's one formula, for a host that writes a column at once. */
export interface PortableColumnFormula {
  column: number;
  kind: PortableFormulaKind;
  r1c1: string;
}

export interface OutputColumns {
  wordFormats: WordFormatWrite[];
  groups: ColumnGroupWrite[];
  fixedRows: FixedRow[];
  portableFormulas: PortableColumnFormula[];
}

export interface OutputInputs {
  table: TableSnapshot;
  mode: OutputMode;
  rows: MeasureRow[];
  /** Absolute columns of the actual, the previous period and the same period last year (null: none). */
  actual: number;
  previous: number | null;
  lastYear: number | null;
  /** Absolute columns of the rule's inputs, the user's or the add-in's. */
  inputs: Record<InputRole, number>;
  /** The target cell as it will be after Apply. */
  targetInSheet: (index: number) => CellValue;
}

const bodyRow = (table: TableSnapshot, index: number) => table.location.headerRow + 1 + index;

/** The RAG cell of a row the plan lists: "Not rated" or "Check", fixed; null for other rows. */
function listedCell(row: MeasureRow): CellWrite | null {
  return isListed(row.status) ? { value: listedWord(row.status) } : null;
}

type WordColumn = 'rag' | 'direction' | 'longDirection';

/** Live and Values: one cell per rated row, a `=KPI.*` formula or the engine's word. */
function plainCells(io: OutputInputs, kind: WordColumn): (CellWrite | null)[] {
  return io.rows.map((row) => {
    if (row.status.kind !== 'rated') return kind === 'rag' ? listedCell(row) : null;
    const shows = row.status[kind];
    if (shows === null) return null;
    if (io.mode === 'values') return { value: shows };
    const at = (column: number) => cellAddress(bodyRow(io.table, row.index), column);
    const { inputs } = io;
    // A relative target ("+5%") goes to the formula as the target it was made into (">=693").
    const target = row.targetShown === null ? at(inputs.target) : `"${String(row.targetUsed ?? '').replace(/"/g, '""')}"`;
    const against = kind === 'direction' ? io.previous! : io.lastYear!;
    const formula =
      kind === 'rag'
        ? liveRagFormula({ actual: at(io.actual), target, polarity: at(inputs.polarity), amber: at(inputs.amberTolerance), green: at(inputs.greenTolerance) })
        : liveDirectionFormula({ current: at(io.actual), previous: at(against), polarity: at(inputs.polarity), target });
    return { formula, shows };
  });
}

/** The measure's number format: the actual's, else the target's, else a percentage or General. */
function measureFormat(io: OutputInputs, row: MeasureRow): string {
  const { firstColumn, columnCount } = io.table.location;
  const formatAt = (column: number) => {
    const within = column - firstColumn;
    const format = within >= 0 && within < columnCount ? io.table.numberFormats[row.index]?.[within] : undefined;
    return format && format !== 'General' ? format : null;
  };
  return formatAt(io.actual) ?? formatAt(io.inputs.target) ?? (row.isPercent ? '0.0%' : 'General');
}

function portableColumns(io: OutputInputs, layout: ColumnLayout): PortableColumns {
  const helper = Object.fromEntries(PORTABLE_HELPER_KINDS.map((kind) => [kind, layout.place(kind)])) as Record<(typeof PORTABLE_HELPER_KINDS)[number], number>;
  const { inputs } = io;
  return {
    ...helper,
    actual: io.actual,
    previous: io.previous,
    target: inputs.target,
    amberTolerance: inputs.amberTolerance,
    greenTolerance: inputs.greenTolerance,
  };
}

type RowContext = Parameters<typeof portableRow>[1];

const isRated = (row: MeasureRow) => row.status.kind === 'rated';

/**
 * The long-term DoT in Portable: the DoT column's own formula with last year's figure as
 * the previous one, so each row is judged as the short-term DoT is. A text figure for last
 * year fixes that cell, and the row is listed.
 */
function writeLongDirection(io: OutputInputs, layout: ColumnLayout, columns: PortableColumns, context: RowContext, fixedRows: FixedRow[]): PortableColumnFormula {
  const r1c1 = portableFormulaR1C1('direction', { ...columns, previous: io.lastYear });
  const rows = new Map<number, PortableRow>();
  for (const row of io.rows.filter(isRated)) {
    if (row.status.kind !== 'rated') continue;
    rows.set(row.index, portableRow({ ...row, previous: row.lastYear, status: { ...row.status, direction: row.status.longDirection } }, context));
    if (typeof row.lastYear !== 'string' || readNumber(row.lastYear) === null) continue;
    const reason = `Last year's figure "${row.lastYear}" is text, which ordinary formulas cannot read: its DoT on last year is fixed. Enter it as a number to keep it live.`;
    const listed = fixedRows.find((fixed) => fixed.index === row.index);
    if (listed) listed.reason = `${listed.reason} ${reason}`;
    else fixedRows.push({ index: row.index, name: row.name, reason });
  }
  const { cells } = portableColumnCells('direction', io.rows.length, rows, r1c1);
  return { column: layout.add('longDirection', cells), kind: 'direction', r1c1 };
}

/** Portable: RAG, DoT and the helpers, each column one formula (or fixed values where formulas cannot read a row). */
function writePortable(io: OutputInputs, layout: ColumnLayout, withDirection: boolean): { fixedRows: FixedRow[]; formulas: PortableColumnFormula[]; helpers: number[] } {
  // The mark of what is fixed sits beside the words it qualifies, visible; the helpers follow, collapsed.
  layout.place('fixedAtApply');
  const columns = portableColumns(io, layout);
  const context: RowContext = { targetInSheet: io.targetInSheet, formatOf: (row: MeasureRow) => measureFormat(io, row), hasPrevious: io.previous !== null };
  const rows = new Map<number, PortableRow>(io.rows.filter(isRated).map((row) => [row.index, portableRow(row, context)]));
  const formulas: PortableColumnFormula[] = [];
  const kinds = ['rag', ...(withDirection ? ['direction' as const] : []), 'fixedAtApply', ...PORTABLE_HELPER_KINDS] as const;
  for (const kind of kinds) {
    const r1c1 = isPortableFormulaKind(kind) ? portableFormulaR1C1(kind, columns) : null;
    const { cells, formats } = portableColumnCells(kind, io.rows.length, rows, r1c1);
    if (kind === 'rag') io.rows.forEach((row) => (cells[row.index] ??= listedCell(row)));
    const column = layout.add(kind, cells, formats ?? undefined);
    if (r1c1 !== null && isPortableFormulaKind(kind)) formulas.push({ column, kind, r1c1 });
  }
  const fixedRows = fixedRowsOf(rows.values());
  if (io.lastYear !== null) formulas.push(writeLongDirection(io, layout, columns, { ...context, hasPrevious: true }, fixedRows));
  return { fixedRows, formulas, helpers: PORTABLE_HELPER_KINDS.map((kind) => layout.place(kind)) };
}

/** Places and fills the output columns (after the inputs, so the formulas can refer to them). */
export function writeOutputs(io: OutputInputs, layout: ColumnLayout): OutputColumns {
  const withDirection = io.previous !== null;
  // RAG and DoT come first, right of the inputs; Portable's helpers after them.
  const rag = layout.place('rag');
  const direction = withDirection ? layout.place('direction') : null;
  const longDirection = io.lastYear !== null ? layout.place('longDirection') : null;
  const wordFormats: WordFormatWrite[] = [
    { column: rag, styles: [...RAG_PALETTE] },
    ...[direction, longDirection].flatMap((column) => (column === null ? [] : [{ column, styles: [...DIRECTION_PALETTE] }])),
  ];
  if (io.mode !== 'portable') {
    layout.add('rag', plainCells(io, 'rag'));
    if (withDirection) layout.add('direction', plainCells(io, 'direction'));
    if (longDirection !== null) layout.add('longDirection', plainCells(io, 'longDirection'));
    return { wordFormats, groups: [], fixedRows: [], portableFormulas: [] };
  }
  const { fixedRows, formulas, helpers } = writePortable(io, layout, withDirection);
  return { wordFormats, groups: [{ firstColumn: Math.min(...helpers), lastColumn: Math.max(...helpers) }], fixedRows, portableFormulas: formulas };
}
