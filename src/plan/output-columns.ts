/**
 * The columns Apply writes its words into: RAG and DoT, as live formulas, Portable formulas
 * with their helper columns, or fixed values; and their colour rules.
 */
import { type CellValue } from '../kpi/cell';
import { cellAddress } from '../excel/a1';
import {
  type PortableColumns,
  type PortableFormulaKind,
  a1FromR1C1,
  liveDirectionFormula,
  liveRagFormula,
  portableFormulaR1C1,
} from './formulas';
import { type ColumnLayout } from './column-layout';
import { type FixedRow, type PortableRow, fixedRowsOf, isPortableFormulaKind, portableColumnCells, portableRow } from './portable-rows';
import { DIRECTION_PALETTE, RAG_PALETTE } from './rag-palette';
import { PORTABLE_HELPER_KINDS } from './settings';
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
  /** Absolute columns of the actual and the previous period (null: none). */
  actual: number;
  previous: number | null;
  /** Absolute columns of the rule's inputs, the user's or the add-in's. */
  inputs: Record<InputRole, number>;
  /** The target cell as it will be after Apply. */
  targetInSheet: (index: number) => CellValue;
}

const bodyRow = (table: TableSnapshot, index: number) => table.location.headerRow + 1 + index;

/** Live and Values: one cell per rated row, a `=KPI.*` formula or the engine's word. */
function plainCells(io: OutputInputs, kind: 'rag' | 'direction'): (CellWrite | null)[] {
  return io.rows.map((row) => {
    if (row.status.kind !== 'rated') return null;
    const shows = kind === 'rag' ? row.status.rag : row.status.direction;
    if (shows === null) return null;
    if (io.mode === 'values') return { value: shows };
    const at = (column: number) => cellAddress(bodyRow(io.table, row.index), column);
    const { inputs } = io;
    const formula =
      kind === 'rag'
        ? liveRagFormula({ actual: at(io.actual), target: at(inputs.target), polarity: at(inputs.polarity), amber: at(inputs.amberTolerance), green: at(inputs.greenTolerance) })
        : liveDirectionFormula({ current: at(io.actual), previous: at(io.previous!), polarity: at(inputs.polarity), target: at(inputs.target) });
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

/** Portable: RAG, DoT and the helpers, each column one formula (or fixed values where formulas cannot read a row). */
function writePortable(io: OutputInputs, layout: ColumnLayout, withDirection: boolean): { fixedRows: FixedRow[]; formulas: PortableColumnFormula[]; helpers: number[] } {
  // The mark of what is fixed sits beside the words it qualifies, visible; the helpers follow, collapsed.
  layout.place('fixedAtApply');
  const columns = portableColumns(io, layout);
  const context = { targetInSheet: io.targetInSheet, formatOf: (row: MeasureRow) => measureFormat(io, row), hasPrevious: io.previous !== null };
  const rows = new Map<number, PortableRow>(io.rows.filter((row) => row.status.kind === 'rated').map((row) => [row.index, portableRow(row, context)]));
  const formulas: PortableColumnFormula[] = [];
  const kinds = ['rag', ...(withDirection ? ['direction' as const] : []), 'fixedAtApply', ...PORTABLE_HELPER_KINDS] as const;
  for (const kind of kinds) {
    const r1c1 = isPortableFormulaKind(kind) ? portableFormulaR1C1(kind, columns) : null;
    const a1 = r1c1 === null ? null : a1FromR1C1(r1c1);
    const { cells, formats } = portableColumnCells(kind, io.rows.length, rows, a1 && ((index) => a1(bodyRow(io.table, index))));
    const column = layout.add(kind, cells, formats ?? undefined);
    if (r1c1 !== null && isPortableFormulaKind(kind)) formulas.push({ column, kind, r1c1 });
  }
  return { fixedRows: fixedRowsOf(rows.values()), formulas, helpers: PORTABLE_HELPER_KINDS.map((kind) => layout.place(kind)) };
}

/** Places and fills the output columns (after the inputs, so the formulas can refer to them). */
export function writeOutputs(io: OutputInputs, layout: ColumnLayout): OutputColumns {
  const withDirection = io.previous !== null;
  // RAG and DoT come first, right of the inputs; Portable's helpers after them.
  const rag = layout.place('rag');
  const direction = withDirection ? layout.place('direction') : null;
  const wordFormats: WordFormatWrite[] = [
    { column: rag, styles: [...RAG_PALETTE] },
    ...(direction === null ? [] : [{ column: direction, styles: [...DIRECTION_PALETTE] }]),
  ];
  if (io.mode !== 'portable') {
    layout.add('rag', plainCells(io, 'rag'));
    if (withDirection) layout.add('direction', plainCells(io, 'direction'));
    return { wordFormats, groups: [], fixedRows: [], portableFormulas: [] };
  }
  const { fixedRows, formulas, helpers } = writePortable(io, layout, withDirection);
  return { wordFormats, groups: [{ firstColumn: Math.min(...helpers), lastColumn: Math.max(...helpers) }], fixedRows, portableFormulas: formulas };
}
