/**
 * The task pane's model of a KPI table: which column holds what, how each measure is
 * judged, and what each row will show. Pure: it reads a `TableSnapshot` and the user's
 * choices, and calls `src/kpi` for every rating, so the pane's live preview and the
 * formulas written to the sheet can never disagree.
 */
import { type CellValue, isBlank } from '../kpi/cell';
import { type Direction, directionOfTravel } from '../kpi/direction';
import { KpiInputError } from '../kpi/errors';
import { type Polarity } from '../kpi/polarity';
import { ragFor } from '../kpi/rag';
import { type RagResult } from '../kpi/rating';
import { type TableSnapshot } from './workbook-host';

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

export const DEFAULTS: TableDefaults = {
  polarity: null,
  percentAmber: '5pp',
  percentGreen: '0pp',
  otherAmber: '5%',
  otherGreen: '0%',
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

function cellAt(table: TableSnapshot, row: number, column: number | null): CellValue {
  return column === null ? null : (table.values[row]?.[column] ?? null);
}

/** Formatted as % in Excel, or written with a % sign: such rows take tolerances in points. */
function looksLikePercentage(table: TableSnapshot, row: number, mapping: ColumnMapping, target: CellValue): boolean {
  const formatted = (column: number | null) => column !== null && /%/.test(table.numberFormats[row]?.[column] ?? '');
  return (
    formatted(mapping.actual) ||
    formatted(mapping.target) ||
    /%/.test(textOf(cellAt(table, row, mapping.actual))) ||
    /%/.test(textOf(target))
  );
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

/**
 * Every body row as the pane lists it: the rule in force (the user's edit, else the sheet,
 * else the table default) and what the engine makes of it.
 */
export function buildMeasureRows(
  table: TableSnapshot,
  mapping: ColumnMapping,
  defaults: TableDefaults,
  edits: ReadonlyMap<number, RowEdit> = new Map(),
): MeasureRow[] {
  return table.values.map((_, index) => {
    const edit = edits.get(index) ?? {};
    const target = edit.target ?? cellAt(table, index, mapping.target);
    const isPercent = looksLikePercentage(table, index, mapping, target);
    const sheetPolarity = textOf(cellAt(table, index, mapping.polarity));
    const polarity = edit.polarity ?? (sheetPolarity || (defaults.polarity ?? ''));
    const fromSheet = (column: number | null) => textOf(cellAt(table, index, column));
    const amberTolerance =
      edit.amberTolerance ?? (fromSheet(mapping.amberTolerance) || (isPercent ? defaults.percentAmber : defaults.otherAmber));
    const greenTolerance =
      edit.greenTolerance ?? (fromSheet(mapping.greenTolerance) || (isPercent ? defaults.percentGreen : defaults.otherGreen));
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
    row.status = rowStatus(table, mapping, row);
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
