/**
 * The task pane's model of a KPI table: which column holds what, how each measure is
 * judged, and what each row will show. Pure: it reads a `TableSnapshot` and the user's
 * choices, and calls `src/kpi` for every rating, so the pane's live preview and the
 * formulas written to the sheet can never disagree.
 */
import { type CellValue, isBlank } from '../kpi/cell';
import { DEFAULT_TOLERANCE_TEXT, isPercentageRow } from '../kpi/default-tolerances';
import { KpiInputError } from '../kpi/errors';
import { type Polarity } from '../kpi/polarity';
import { type TableSnapshot } from '../excel/workbook-host';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './column-roles';
import { readTableHeader } from './header-rows';
import { type RowStatus, type TargetUsed, measureStatus, targetUsed } from './row-status';
import { asShown, formattedPercent } from './shown-percent';

export { COLUMN_ROLES, type ColumnMapping, type ColumnRole, ROLE_LABELS } from './column-roles';
export { guessMapping, proposeMapping } from './column-guess';
export { LISTED_WORDS, type RowStatus, isListed, listedWord } from './row-status';

/** The roles that hold the rule for each row, which Apply creates columns for when the table has none. */
export const INPUT_ROLES = ['target', 'polarity', 'amberTolerance', 'greenTolerance'] as const;
export type InputRole = (typeof INPUT_ROLES)[number];

/**
 * Input columns an earlier Apply created, read as inputs for the roles no column of the
 * user's is mapped to, so that what was set per row survives reopening the workbook. Their
 * positions count from the table's first column, and may lie right of the table (a plain
 * range is read at its own width). `filledWith` are the defaults that Apply filled them
 * with: a cell still holding its row's default follows the defaults in force now.
 */
export interface OwnedInputs {
  columns: Partial<Record<InputRole, number>>;
  filledWith: TableDefaults;
}

/** Defaults for the whole table; percentage rows and other rows take different tolerances. */
export interface TableDefaults {
  /**
   * Polarity written into blank polarity cells at Apply; null leaves them blank, so the
   * target's operator decides (`>11%` is High) and otherwise the row needs a polarity.
   */
  polarity: Polarity | null;
  percentAmber: string;
  percentGreen: string;
  otherAmber: string;
  otherGreen: string;
}

/** The engine's default tolerances (`default-tolerances`), so that the pane and a typed KPI.RAG agree. */
export const DEFAULTS: TableDefaults = {
  polarity: null,
  percentAmber: DEFAULT_TOLERANCE_TEXT.percent.amber,
  percentGreen: DEFAULT_TOLERANCE_TEXT.percent.green,
  otherAmber: DEFAULT_TOLERANCE_TEXT.other.amber,
  otherGreen: DEFAULT_TOLERANCE_TEXT.other.green,
};

export type OutputMode = 'live' | 'portable' | 'values';

/** The user's edits to one row in the pane; written back to the sheet at Apply. */
export interface RowEdit {
  target?: string;
  polarity?: string;
  amberTolerance?: string;
  greenTolerance?: string;
}

/** One measure as the pane shows it and as Apply will write it. */
export interface MeasureRow {
  /** Body row index within the table. */
  index: number;
  ref: string;
  name: string;
  actual: CellValue;
  previous: CellValue;
  /** The figure for the same period last year, for the long-term direction of travel (null when unmapped). */
  lastYear: CellValue;
  /** The target, polarity and tolerances in force (sheet value, or the user's edit, or the default). */
  target: CellValue;
  /**
   * What the rule rates against: the target, or a relative one made absolute on the row's
   * baseline (">=693"), which Apply's formulas use in its place.
   */
  targetUsed: CellValue;
  /** How a relative target was made absolute, for the pane: "+5% on 660 = 693"; null otherwise. */
  targetShown: string | null;
  polarity: string;
  amberTolerance: string;
  greenTolerance: string;
  /** Formatted as a percentage (or written with %): tolerances default to points. */
  isPercent: boolean;
  status: RowStatus;
}

function textOf(cell: CellValue): string {
  return cell == null ? '' : String(cell).trim();
}

/** A body cell by its position from the table's first column; right of the table, as the text read there. */
export function cellAt(table: TableSnapshot, row: number, column: number | null): CellValue {
  if (column === null) return null;
  const beyond = column - table.location.columnCount;
  if (beyond < 0) return table.values[row]?.[column] ?? null;
  return table.beyond[row + 1]?.[beyond] || null;
}

/** The engine's percentage-row rule, with what only the pane sees: a cell formatted as %. */
function looksLikePercentage(table: TableSnapshot, row: number, mapping: ColumnMapping, target: CellValue): boolean {
  return isPercentageRow(cellAt(table, row, mapping.actual), target, formattedPercent(table, row, mapping.actual) || formattedPercent(table, row, mapping.target));
}

/**
 * The defaults an earlier Apply wrote into the add-in's own input column for `role` (where
 * the user mapped none): such a cell says nothing of the row. Empty when the role is the user's.
 */
function addInFills(owned: OwnedInputs | null, mapping: ColumnMapping, role: ColumnRole): string[] {
  if (owned === null || mapping[role] !== null || !(INPUT_ROLES as readonly ColumnRole[]).includes(role)) return [];
  const f = owned.filledWith;
  if (role === 'polarity') return f.polarity ? [f.polarity] : [];
  return role === 'amberTolerance' ? [f.percentAmber, f.otherAmber] : role === 'greenTolerance' ? [f.percentGreen, f.otherGreen] : [];
}

/** Why a row is not a measure at all, or null when it is one. `fills`: the add-in's own defaults in a role's cells, read as blank. */
function skipReason(table: TableSnapshot, row: number, mapping: ColumnMapping, headerRows: number, fills: (role: ColumnRole) => string[]): string | null {
  if (row < headerRows) return 'A second header row (the periods under the roles), not a measure.';
  const values = table.values[row] ?? [];
  if (values.every((cell) => isBlank(cell))) return 'Empty row.';
  if (isBlank(cellAt(table, row, mapping.actual)) && isBlank(cellAt(table, row, mapping.target)) && isBlank(cellAt(table, row, mapping.measure))) {
    return 'No measure, actual or target: looks like a heading or note row.';
  }
  // "Adult Social Care" or "Note: figures are provisional" in the Measure column, every other
  // mapped cell blank: a section heading or a note. Rated, it would be counted as an N/A
  // measure and Apply would fill its blank polarity and tolerances.
  // A heading in a table applied before this rule has the defaults Apply filled in: they do not make it a measure.
  const blankFor = (role: ColumnRole) => {
    const cell = cellAt(table, row, mapping[role]);
    return isBlank(cell) || fills(role).includes(String(cell).trim());
  };
  if (!isBlank(cellAt(table, row, mapping.measure)) && COLUMN_ROLES.filter((role) => role !== 'measure').every(blankFor)) {
    return 'Only the Measure column has text: looks like a section heading or a note, not a measure.';
  }
  return null;
}

/** The mapping with the add-in's own input columns standing in for the roles the user left unmapped. */
export function inputMapping(mapping: ColumnMapping, owned: OwnedInputs | null): ColumnMapping {
  const inputs = { ...mapping };
  for (const role of INPUT_ROLES) inputs[role] = mapping[role] ?? owned?.columns[role] ?? null;
  return inputs;
}

/** The rule in force for one row: the user's edit, else the sheet, else the table default. */
function ruleInForce(table: TableSnapshot, index: number, mapping: ColumnMapping, inputs: ColumnMapping, defaults: TableDefaults, edit: RowEdit, owned: OwnedInputs | null) {
  const filled = owned?.filledWith;
  // In the add-in's own column, the default Apply filled in reads as blank, so that row takes today's default.
  const inputText = (role: InputRole, filledWith: string | null | undefined) => {
    const text = textOf(cellAt(table, index, inputs[role]));
    return filled !== undefined && mapping[role] === null && text === (filledWith ?? '') ? '' : text;
  };
  const target = edit.target ?? cellAt(table, index, inputs.target);
  const isPercent = looksLikePercentage(table, index, inputs, target);
  type ToleranceDefault = 'percentAmber' | 'percentGreen' | 'otherAmber' | 'otherGreen';
  const tolerance = (role: 'amberTolerance' | 'greenTolerance', percent: ToleranceDefault, other: ToleranceDefault) =>
    edit[role] ?? (inputText(role, filled?.[isPercent ? percent : other]) || defaults[isPercent ? percent : other]);
  return {
    target,
    isPercent,
    polarity: edit.polarity ?? (inputText('polarity', filled?.polarity) || (defaults.polarity ?? '')),
    amberTolerance: tolerance('amberTolerance', 'percentAmber', 'otherAmber'),
    greenTolerance: tolerance('greenTolerance', 'percentGreen', 'otherGreen'),
  };
}

/**
 * Every body row as the pane lists it: the rule in force and what the engine makes of it.
 * Rows that cannot be rated are listed with their reason; none stops the others.
 */
export function buildMeasureRows(
  table: TableSnapshot,
  mapping: ColumnMapping,
  defaults: TableDefaults,
  edits: ReadonlyMap<number, RowEdit> = new Map(),
  owned: OwnedInputs | null = null,
): MeasureRow[] {
  const inputs = inputMapping(mapping, owned);
  const headerRows = readTableHeader(table).bodyRows;
  return table.values.map((_, index) => {
    const fromSheet = (column: number | null) => textOf(cellAt(table, index, column));
    const rule = ruleInForce(table, index, mapping, inputs, defaults, edits.get(index) ?? {}, owned);
    const row: MeasureRow = {
      index,
      ref: fromSheet(mapping.ref),
      name: fromSheet(mapping.measure) || fromSheet(mapping.ref) || `Row ${table.location.headerRow + index + 2}`,
      actual: cellAt(table, index, mapping.actual),
      previous: cellAt(table, index, mapping.previous),
      lastYear: cellAt(table, index, mapping.lastYear),
      ...rule,
      targetUsed: rule.target,
      targetShown: null,
      status: { kind: 'skipped', reason: '' },
    };
    row.status = rowStatus(table, inputs, row, headerRows, (role) => addInFills(owned, mapping, role));
    return row;
  });
}

/** A relative target made absolute on this row's Baseline, or its Previous figure; the row takes the target used. */
function useTarget(table: TableSnapshot, mapping: ColumnMapping, row: MeasureRow): TargetUsed | { reason: string } {
  const role = mapping.baseline !== null ? 'baseline' : mapping.previous !== null ? 'previous' : null;
  const column = role === null ? null : mapping[role];
  const used = targetUsed(row.target, { cell: cellAt(table, row.index, column), role, isPercent: formattedPercent(table, row.index, column) });
  if ('target' in used) [row.targetUsed, row.targetShown] = [used.target, used.shown];
  return used;
}

/**
 * The row's figures as the sheet shows them (`shown-percent`), for the engine's checks at
 * Apply; the row keeps the cells themselves, which Portable's formulas read as Excel's
 * KPI.RAG would. A target typed in the pane, or made from a relative one, is text already.
 */
function asTheSheetShows(table: TableSnapshot, mapping: ColumnMapping, row: MeasureRow, used: TargetUsed): [MeasureRow, TargetUsed] {
  const shown = (column: number | null, cell: CellValue) => asShown(table, row.index, column, cell);
  const fromSheet = used.shown === null && used.target === cellAt(table, row.index, mapping.target);
  return [
    { ...row, actual: shown(mapping.actual, row.actual), previous: shown(mapping.previous, row.previous), lastYear: shown(mapping.lastYear, row.lastYear) },
    fromSheet ? { ...used, target: shown(mapping.target, used.target) } : used,
  ];
}

function rowStatus(table: TableSnapshot, mapping: ColumnMapping, row: MeasureRow, headerRows: number, fills: (role: ColumnRole) => string[]): RowStatus {
  if (mapping.actual === null) return { kind: 'skipped', reason: 'No column is mapped to Actual.' };
  const skip = skipReason(table, row.index, mapping, headerRows, fills);
  if (skip) return { kind: 'skipped', reason: skip };
  try {
    const used = useTarget(table, mapping, row);
    return 'reason' in used ? { kind: 'notRated', reason: used.reason } : measureStatus(...asTheSheetShows(table, mapping, row, used), mapping);
  } catch (error) {
    if (error instanceof KpiInputError) return { kind: 'error', message: error.message };
    throw error;
  }
}
