/**
 * The task pane's model of a KPI table: which column holds what, how each measure is
 * judged, and what each row will show. Pure: it reads a `TableSnapshot` and the user's
 * choices, and calls `src/kpi` for every rating, so the pane's live preview and the
 * formulas written to the sheet can never disagree.
 */
import { type CellValue, isBlank } from '../kpi/cell';
import { DEFAULT_TOLERANCE_TEXT, isPercentageRow } from '../kpi/default-tolerances';
import { type Direction, directionOfTravel } from '../kpi/direction';
import { KpiInputError } from '../kpi/errors';
import { type Polarity } from '../kpi/polarity';
import { ragFor } from '../kpi/rag';
import { type RagResult } from '../kpi/rating';
import { type TableSnapshot } from '../excel/workbook-host';

/** The columns the pane understands. */
export type ColumnRole =
  | 'ref'
  | 'measure'
  | 'actual'
  | 'target'
  | 'polarity'
  | 'previous'
  | 'amberTolerance'
  | 'greenTolerance';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'ref', 'measure', 'actual', 'target', 'polarity', 'previous', 'amberTolerance', 'greenTolerance',
];

export const ROLE_LABELS: Record<ColumnRole, string> = {
  ref: 'Ref',
  measure: 'Measure',
  actual: 'Actual',
  target: 'Target',
  polarity: 'Polarity',
  previous: 'Previous period',
  amberTolerance: 'Amber tolerance',
  greenTolerance: 'Green tolerance',
};

/** Column index within the table (0 = its first column) for each role, or null when absent. */
export type ColumnMapping = Record<ColumnRole, number | null>;

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
   * target's operator decides (`>11%` is High) and otherwise the row is Context.
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

export type RowStatus =
  | { kind: 'rated'; rag: RagResult; direction: Direction | null }
  | { kind: 'skipped'; reason: string }
  | { kind: 'error'; message: string };

/** One measure as the pane shows it and as Apply will write it. */
export interface MeasureRow {
  /** Body row index within the table. */
  index: number;
  ref: string;
  name: string;
  actual: CellValue;
  previous: CellValue;
  /** The target, polarity and tolerances in force (sheet value, or the user's edit, or the default). */
  target: CellValue;
  polarity: string;
  amberTolerance: string;
  greenTolerance: string;
  /** Formatted as a percentage (or written with %): tolerances default to points. */
  isPercent: boolean;
  status: RowStatus;
}

/** Header words that identify each role, tried in this order; a column takes one role at most. */
const HEADER_PATTERNS: readonly [ColumnRole, RegExp][] = [
  ['amberTolerance', /\bamber\b.*\btol/],
  ['greenTolerance', /\bgreen\b.*\btol/],
  ['ref', /^(ref|reference|code|id|indicator ref|kpi ref)\b/],
  ['target', /^target\b|\btarget$/],
  ['polarity', /^(polarity|aim|good is|direction of improvement|higher or lower)\b/],
  ['previous', /^(previous|last year|prior|baseline|last period)|\bprevious\b|last year/],
  ['actual', /^(actual|performance|outturn|latest|current|result|value)\b/],
  ['measure', /^(measure|indicator|description|name|kpi|title)\b/],
];

function headerWords(header: string): string {
  return header.toLowerCase().replace(/[_\s]+/g, ' ').replace(/['’]/g, '').trim();
}

/**
 * Maps columns to roles by their header words, as councils head them (`Measure`,
 * `Indicator`, `Outturn`, `Aim`, `last year's figure`). `ignore` holds columns the
 * add-in wrote itself (RAG, DoT, helper columns), which are never inputs.
 */
export function guessMapping(headers: readonly string[], ignore: ReadonlySet<number> = new Set()): ColumnMapping {
  const mapping = Object.fromEntries(COLUMN_ROLES.map((role) => [role, null])) as ColumnMapping;
  for (const [role, pattern] of HEADER_PATTERNS) {
    const index = headers.findIndex(
      (header, i) => !ignore.has(i) && !Object.values(mapping).includes(i) && pattern.test(headerWords(header)),
    );
    if (index >= 0) mapping[role] = index;
  }
  return mapping;
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
  const formatted = (column: number | null) => column !== null && /%/.test(table.numberFormats[row]?.[column] ?? '');
  return isPercentageRow(cellAt(table, row, mapping.actual), target, formatted(mapping.actual) || formatted(mapping.target));
}

/** Why a row is not rated at all, or null when it is a measure. */
function skipReason(table: TableSnapshot, row: number, mapping: ColumnMapping): string | null {
  const values = table.values[row] ?? [];
  if (values.every((cell) => isBlank(cell))) return 'Empty row.';
  if (isBlank(cellAt(table, row, mapping.actual)) && isBlank(cellAt(table, row, mapping.target)) && isBlank(cellAt(table, row, mapping.measure))) {
    return 'No measure, actual or target: looks like a heading or note row.';
  }
  return null;
}

/** The mapping with the add-in's own input columns standing in for the roles the user left unmapped. */
export function inputMapping(mapping: ColumnMapping, owned: OwnedInputs | null): ColumnMapping {
  const inputs = { ...mapping };
  for (const role of INPUT_ROLES) inputs[role] = mapping[role] ?? owned?.columns[role] ?? null;
  return inputs;
}

/**
 * Every body row as the pane lists it: the rule in force (the user's edit, else the sheet,
 * else the table default) and what the engine makes of it.
 */
export function buildMeasureRows(
  table: TableSnapshot,
  mapping: ColumnMapping,
  defaults: TableDefaults,
  edits: ReadonlyMap<number, RowEdit> = new Map(),
  owned: OwnedInputs | null = null,
): MeasureRow[] {
  const inputs = inputMapping(mapping, owned);
  return table.values.map((_, index) => {
    const edit = edits.get(index) ?? {};
    const fromSheet = (column: number | null) => textOf(cellAt(table, index, column));
    const filled = owned?.filledWith;
    // In the add-in's own column, the default Apply filled in reads as blank, so that row takes today's default.
    const inputText = (role: InputRole, filledWith: string | null | undefined) => {
      const text = fromSheet(inputs[role]);
      return filled !== undefined && mapping[role] === null && text === (filledWith ?? '') ? '' : text;
    };
    const target = edit.target ?? cellAt(table, index, inputs.target);
    const isPercent = looksLikePercentage(table, index, inputs, target);
    const polarity = edit.polarity ?? (inputText('polarity', filled?.polarity) || (defaults.polarity ?? ''));
    const amberTolerance =
      edit.amberTolerance ??
      (inputText('amberTolerance', isPercent ? filled?.percentAmber : filled?.otherAmber) ||
        (isPercent ? defaults.percentAmber : defaults.otherAmber));
    const greenTolerance =
      edit.greenTolerance ??
      (inputText('greenTolerance', isPercent ? filled?.percentGreen : filled?.otherGreen) ||
        (isPercent ? defaults.percentGreen : defaults.otherGreen));
    const actual = cellAt(table, index, mapping.actual);
    const previous = cellAt(table, index, mapping.previous);
    const row: MeasureRow = {
      index,
      ref: fromSheet(mapping.ref),
      name: fromSheet(mapping.measure) || fromSheet(mapping.ref) || `Row ${table.location.headerRow + index + 2}`,
      actual,
      previous,
      target,
      polarity,
      amberTolerance,
      greenTolerance,
      isPercent,
      status: { kind: 'skipped', reason: '' },
    };
    row.status = rowStatus(table, inputs, row);
    return row;
  });
}

function rowStatus(table: TableSnapshot, mapping: ColumnMapping, row: MeasureRow): RowStatus {
  if (mapping.actual === null) return { kind: 'skipped', reason: 'No column is mapped to Actual.' };
  const skip = skipReason(table, row.index, mapping);
  if (skip) return { kind: 'skipped', reason: skip };
  try {
    const rag = ragFor({
      actual: row.actual,
      target: row.target,
      polarity: row.polarity,
      amberTolerance: row.amberTolerance,
      greenTolerance: row.greenTolerance,
    });
    const direction =
      mapping.previous === null
        ? null
        : directionOfTravel({ current: row.actual, previous: row.previous, polarity: row.polarity, target: row.target });
    return { kind: 'rated', rag, direction };
  } catch (error) {
    if (error instanceof KpiInputError) return { kind: 'error', message: error.message };
    throw error;
  }
}
