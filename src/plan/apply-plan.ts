/**
 * Planning an Apply: everything the add-in will write, worked out before anything is
 * written, so that a table is never left half-applied. No row stops the others: a row that
 * cannot be rated is written as a word the summary does not count ("Not rated", "Check")
 * and listed with its reason. The plan stops to ask before writing over any non-empty cell
 * the add-in did not write itself, naming the cells.
 */
import { type CellValue, isBlank } from '../kpi/cell';
import { POLARITIES } from '../kpi/polarity';
import { readRagRule } from '../kpi/rag';
import { readNumber } from '../kpi/numbers';
import { readRatingWord } from '../kpi/rating';
import { ragRanges, targetEdges } from '../kpi/thresholds';
import { cellAddress } from '../excel/a1';
import {
  type DirectionJudgement,
  liveDirectionFormula,
  liveRagFormula,
  portableDirectionFormula,
  portableNotRatedFormula,
  portableRagFormula,
} from './formulas';
import { DIRECTION_PALETTE, RAG_PALETTE } from './rag-palette';
import { type AddedColumn, type AddedColumnKind, type AddedValidation, type KpiSettings, SETTINGS_VERSION, serializeSettings } from './settings';
import {
  type ColumnMapping,
  INPUT_ROLES,
  type InputRole,
  type MeasureRow,
  type OutputMode,
  type OwnedInputs,
  type RowEdit,
  type TableDefaults,
  buildMeasureRows,
  cellAt,
} from './table-model';
import { type PolaritySuggestion } from '../kpi/polarity-suggestion';
import { isListed, listedWord } from './row-status';
import { planPageSetup } from './page-setup-plan';
import {
  type CellWrite,
  type ColumnGroupWrite,
  type ColumnValidation,
  type ColumnWrite,
  type TableSnapshot,
  type WorkbookChanges,
  type WorkbookRemoval,
} from '../excel/workbook-host';

export const COLUMN_HEADERS: Record<AddedColumnKind, string> = {
  rag: 'RAG',
  direction: 'DoT',
  longDirection: 'DoT on last year',
  target: 'Target',
  polarity: 'Polarity',
  amberTolerance: 'Amber tolerance',
  greenTolerance: 'Green tolerance',
  aimFrom: 'Aim from (helper)',
  aimTo: 'Aim to (helper)',
  greenFrom: 'Green from (helper)',
  greenTo: 'Green to (helper)',
  amberFrom: 'Amber from (helper)',
  amberTo: 'Amber to (helper)',
};

const HELPER_KINDS: readonly AddedColumnKind[] = ['greenFrom', 'greenTo', 'amberFrom', 'amberTo', 'aimFrom', 'aimTo'];

export interface ApplyRequest {
  table: TableSnapshot;
  mapping: ColumnMapping;
  defaults: TableDefaults;
  edits: ReadonlyMap<number, RowEdit>;
  mode: OutputMode;
  /** Settings from an earlier Apply: the columns the add-in owns. */
  previous: KpiSettings | null;
  /** The user has agreed to overwrite the cells a previous plan asked about. */
  overwrite: boolean;
}

/** A row Portable output writes as a fixed value, and why. */
export interface FixedRow {
  index: number;
  name: string;
  reason: string;
}

/** A row written as "Not rated" or "Check" instead of a rating, and why. */
export interface ListedRow {
  index: number;
  name: string;
  /** What the RAG cell gets: "Not rated" or "Check". */
  word: string;
  reason: string;
}

/** A row with a target but no polarity: the pane asks for it, offering the suggestion when there is one. */
export interface PolarityQuestion {
  index: number;
  name: string;
  suggestion: PolaritySuggestion | null;
}

/** Rows the plan lists rather than rates, and the polarity questions among them. */
function listedRows(rows: readonly MeasureRow[]): { listed: ListedRow[]; needsPolarity: PolarityQuestion[] } {
  const listed = rows.flatMap(({ index, name, status }) =>
    isListed(status) ? [{ index, name, word: listedWord(status)!, reason: status.kind === 'error' ? status.message : status.reason }] : [],
  );
  const needsPolarity = rows.flatMap(({ index, name, status }) => (status.kind === 'needsPolarity' ? [{ index, name, suggestion: status.suggestion }] : []));
  return { listed, needsPolarity };
}

/** The rule a row's formulas apply: a relative target as made absolute on the row's base. */
const ruleOf = (row: MeasureRow) => readRagRule({ ...row, target: row.targetUsed });

export type ApplyPlan =
  | { kind: 'blocked'; problems: { index: number; name: string; message: string }[] }
  | { kind: 'confirm'; cells: string[] }
  | {
      kind: 'ready';
      changes: WorkbookChanges;
      /** Helper columns of an earlier Portable Apply that this mode no longer needs: remove first. */
      staleColumns: WorkbookRemoval | null;
      rows: MeasureRow[];
      fixedRows: FixedRow[];
      /** Rows written as "Not rated" or "Check", with their reasons: shown in one place. */
      listed: ListedRow[];
      /** Rows with a target but no polarity: the pane asks for their polarity (a subset of `listed`). */
      needsPolarity: PolarityQuestion[];
      settings: KpiSettings;
    };

/** The header text at an absolute column, whether inside the table or just right of it. */
function headerAt(table: TableSnapshot, column: number): string | null {
  const { firstColumn, columnCount } = table.location;
  if (column >= firstColumn && column < firstColumn + columnCount) return String(table.headers[column - firstColumn] ?? '');
  const beyond = column - firstColumn - columnCount;
  return beyond >= 0 && beyond < (table.beyond[0]?.length ?? 0) ? table.beyond[0][beyond] : null;
}

function samePlace(table: TableSnapshot, previous: KpiSettings | null): previous is KpiSettings {
  return previous !== null && previous.location.sheet === table.location.sheet && previous.location.headerRow === table.location.headerRow;
}

/** Columns an earlier Apply created that are still where it left them, under the header it gave them. */
export function ownedColumns(table: TableSnapshot, previous: KpiSettings | null): AddedColumn[] {
  if (!samePlace(table, previous)) return [];
  return previous.addedColumns.filter((added) => headerAt(table, added.column) === added.header);
}

const isInputRole = (kind: AddedColumnKind): kind is InputRole => (INPUT_ROLES as readonly string[]).includes(kind);

/** The input columns an earlier Apply created that are still its own, read as inputs where the user mapped none. */
export function ownedInputs(table: TableSnapshot, previous: KpiSettings | null): OwnedInputs | null {
  const inputs = ownedColumns(table, previous).filter((added) => isInputRole(added.kind));
  if (previous === null || inputs.length === 0) return null;
  return {
    columns: Object.fromEntries(inputs.map((added) => [added.kind, added.column - table.location.firstColumn])),
    filledWith: previous.defaults,
  };
}

function validationAt(table: TableSnapshot, column: number): ColumnValidation {
  return table.validations[column - table.location.firstColumn] ?? { kind: 'none' };
}

/**
 * Dropdowns an earlier Apply put on the user's columns that are still recognisably the
 * add-in's: the same column under the same header, every body cell carrying exactly the
 * list it wrote. One the user has changed since, even in part, is theirs now.
 */
function ownedValidations(table: TableSnapshot, previous: KpiSettings | null): AddedValidation[] {
  if (!samePlace(table, previous)) return [];
  return previous.addedValidations.filter((added) => {
    const now = validationAt(table, added.column);
    return headerAt(table, added.column) === added.header && now.kind === 'list' && now.source === added.source;
  });
}

/** Is this table cell (body row, absolute column) empty? Cells right of the table come from `beyond`. */
function isEmptyCell(table: TableSnapshot, row: number, column: number): boolean {
  const { firstColumn, columnCount } = table.location;
  if (column < firstColumn + columnCount) return isBlank(table.values[row]?.[column - firstColumn]);
  return (table.beyond[row + 1]?.[column - firstColumn - columnCount] ?? '') === '';
}

function cellText(value: CellValue): string {
  return value == null ? '' : String(value);
}

/** Ordinary formulas can read numbers and blanks, and text that holds no number; not "84.5k". */
function unreadableByFormulas(cell: CellValue): boolean {
  return typeof cell === 'string' && readNumber(cell) !== null;
}

/**
 * A rating word the engine reads but spreadsheet TRIM cannot: TRIM takes off spaces only,
 * the engine also tabs, line breaks and non-breaking spaces ("Green\u00A0" copied from a web page).
 */
function ratingWordFormulasMiss(cell: CellValue): boolean {
  return typeof cell === 'string' && readRatingWord(cell) !== null && !/^ *(?:green|amber|red|g|a|r) *$/i.test(cell);
}

function fixedReason(row: MeasureRow, hasPrevious: boolean, hasLastYear: boolean): string | null {
  if (ratingWordFormulasMiss(row.actual)) {
    return `The actual "${cellText(row.actual).trim()}" has a tab, line break or non-breaking space around the rating word, which ordinary formulas cannot take off. Retype it to keep this row live.`;
  }
  if (unreadableByFormulas(row.actual)) {
    return `The actual "${cellText(row.actual)}" is text; ordinary formulas cannot read a number from text. Enter it as a number to keep this row live.`;
  }
  if (hasPrevious && unreadableByFormulas(row.previous)) {
    return `The previous figure "${cellText(row.previous)}" is text; ordinary formulas cannot read a number from text. Enter it as a number to keep this row live.`;
  }
  if (hasLastYear && unreadableByFormulas(row.lastYear)) {
    return `Last year's figure "${cellText(row.lastYear)}" is text; ordinary formulas cannot read a number from text. Enter it as a number to keep this row live.`;
  }
  return null;
}

class ColumnPlanner {
  readonly columns = new Map<AddedColumnKind, number>();
  readonly created: AddedColumn[] = [];
  private next: number;

  constructor(private readonly owned: AddedColumn[], table: TableSnapshot) {
    const tableEnd = table.location.firstColumn + table.location.columnCount;
    this.next = Math.max(tableEnd, ...owned.map((added) => added.column + 1));
  }

  /** The column for `kind`: where an earlier Apply put it, or the next free column right of the table. */
  place(kind: AddedColumnKind): { column: number; isOwned: boolean } {
    const owned = this.owned.find((added) => added.kind === kind);
    const column = owned ? owned.column : this.next++;
    this.columns.set(kind, column);
    this.created.push({ kind, header: COLUMN_HEADERS[kind], column });
    return { column, isOwned: Boolean(owned) };
  }
}

/** Text that is only a number: "50", "-2.5", "1,156". A % sign, units or words keep a target as text. */
const PLAIN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * What a rule's cell is given. A target that is only a number goes as a number, as it would
 * if typed, so the sheet's own sums and formats count it; the rest is text and stays text
 * ("5%" is a tolerance of 5% of the target, not 0.05).
 */
function inputWrite(kind: InputRole, text: string): CellWrite {
  const plain = kind === 'target' && PLAIN_NUMBER.test(text.trim());
  return { value: plain ? Number(text.trim().replace(/,/g, '')) : text };
}

function inputValue(row: MeasureRow, kind: InputRole): string {
  if (kind === 'target') return cellText(row.target);
  if (kind === 'polarity') return row.polarity;
  return kind === 'amberTolerance' ? row.amberTolerance : row.greenTolerance;
}

/** Excel refuses a list validation whose comma-separated source is longer than this. */
const LIST_SOURCE_LIMIT = 255;

/** Distinct words, in order, as many as fit in a list validation's source (the canonical words come first). */
function dropdownWords(words: readonly string[]): string[] {
  const kept: string[] = [];
  let length = -1;
  for (const word of new Set(words)) {
    if (length + 1 + word.length > LIST_SOURCE_LIMIT) continue;
    kept.push(word);
    length += 1 + word.length;
  }
  return kept;
}

export function planApply(request: ApplyRequest): ApplyPlan {
  const { table, mapping, mode } = request;
  const { location } = table;
  const owned = ownedColumns(table, request.previous);
  const rows = buildMeasureRows(table, mapping, request.defaults, request.edits, ownedInputs(table, request.previous));
  if (mapping.actual === null) {
    return { kind: 'blocked', problems: [{ index: -1, name: 'Columns', message: 'Choose which column holds the actual figures.' }] };
  }

  const planner = new ColumnPlanner(
    owned.filter((added) => !isInputRole(added.kind) || mapping[added.kind] === null),
    table,
  );
  const rated = (row: MeasureRow) => row.status.kind === 'rated';
  // A listed row's rule is written too, so that a target edited in the pane reaches the sheet.
  const isMeasure = (row: MeasureRow) => row.status.kind !== 'skipped';
  const bodyRow = (index: number) => location.headerRow + 1 + index;
  const writes: ColumnWrite[] = [];
  const conflicts: string[] = [];

  const newColumn = (kind: AddedColumnKind, cells: (CellWrite | null)[], numberFormat: string | null = null): number => {
    const { column, isOwned } = planner.place(kind);
    if (!isOwned) {
      if (headerAt(table, column) !== '' && headerAt(table, column) !== null) conflicts.push(cellAddress(location.headerRow, column));
      rows.forEach((row) => {
        if (!isEmptyCell(table, row.index, column)) conflicts.push(cellAddress(bodyRow(row.index), column));
      });
    }
    writes.push({ column, header: COLUMN_HEADERS[kind], isNew: !isOwned, cells, numberFormat });
    return column;
  };

  // The rules: the user's columns get only their edits (and blanks filled); missing ones are
  // created, and the add-in's own, read as inputs, get each row's rule where it has changed.
  const inputColumn: Record<InputRole, number> = { target: 0, polarity: 0, amberTolerance: 0, greenTolerance: 0 };
  const sheetText = (row: MeasureRow, column: number) => cellText(cellAt(table, row.index, column - location.firstColumn));
  for (const kind of INPUT_ROLES) {
    const mapped = mapping[kind];
    if (mapped !== null) {
      const column = location.firstColumn + mapped;
      inputColumn[kind] = column;
      const cells = rows.map((row): CellWrite | null => {
        if (!isMeasure(row)) return null;
        const value = inputValue(row, kind);
        const edited = request.edits.get(row.index)?.[kind] !== undefined;
        const sheet = sheetText(row, column);
        return (edited && value !== sheet) || (sheet.trim() === '' && value !== '') ? inputWrite(kind, value) : null;
      });
      if (cells.some((cell) => cell !== null)) writes.push({ column, header: table.headers[mapped], isNew: false, cells, numberFormat: null });
    } else {
      const ownColumn = owned.find((added) => added.kind === kind)?.column;
      inputColumn[kind] = newColumn(
        kind,
        rows.map((row) => {
          if (!isMeasure(row)) return null;
          const value = inputValue(row, kind);
          return ownColumn !== undefined && value === sheetText(row, ownColumn) ? null : inputWrite(kind, value);
        }),
      );
    }
  }

  const refs = (row: MeasureRow) => ({
    actual: cellAddress(bodyRow(row.index), location.firstColumn + mapping.actual!),
    // A relative target ("+5%") goes to the formula as the target it was made into (">=693").
    target: row.targetShown === null ? cellAddress(bodyRow(row.index), inputColumn.target) : `"${cellText(row.targetUsed)}"`,
    polarity: cellAddress(bodyRow(row.index), inputColumn.polarity),
    amber: cellAddress(bodyRow(row.index), inputColumn.amberTolerance),
    green: cellAddress(bodyRow(row.index), inputColumn.greenTolerance),
    previous: mapping.previous === null ? '' : cellAddress(bodyRow(row.index), location.firstColumn + mapping.previous),
    lastYear: mapping.lastYear === null ? '' : cellAddress(bodyRow(row.index), location.firstColumn + mapping.lastYear),
  });

  const hasPrevious = mapping.previous !== null;
  const hasLastYear = mapping.lastYear !== null;
  const fixedRows: FixedRow[] = [];
  const portableRows = new Set<number>();
  if (mode === 'portable') {
    for (const row of rows.filter(rated)) {
      const reason = fixedReason(row, hasPrevious, hasLastYear);
      if (reason) fixedRows.push({ index: row.index, name: row.name, reason });
      else portableRows.add(row.index);
    }
  }

  // Helper ranges for Portable rows, straight from the engine's own rule.
  const helperValues = new Map<AddedColumnKind, (CellWrite | null)[]>(HELPER_KINDS.map((kind) => [kind, rows.map(() => null)]));
  const helperRefs = new Map<AddedColumnKind, number>();
  if (mode === 'portable') {
    for (const row of rows) {
      if (!portableRows.has(row.index)) continue;
      const { rule, amber, green } = ruleOf(row);
      if (rule.target.kind === 'none' || rule.polarity === 'Context') continue;
      const ranges = ragRanges(rule.polarity, rule.target, amber, green);
      const edges = targetEdges(rule.polarity, rule.target);
      const put = (kind: AddedColumnKind, value: number | null) => {
        helperValues.get(kind)![row.index] = { value };
      };
      put('greenFrom', ranges.green.from);
      put('greenTo', ranges.green.to);
      put('amberFrom', ranges.amber.from);
      put('amberTo', ranges.amber.to);
      put('aimFrom', edges.low);
      put('aimTo', edges.high);
    }
  }

  const ragCell = (row: MeasureRow): CellWrite | null => {
    if (row.status.kind !== 'rated') return isListed(row.status) ? { value: listedWord(row.status) } : null;
    const shows = row.status.rag;
    if (mode === 'values' || (mode === 'portable' && !portableRows.has(row.index))) return { value: shows };
    const r = refs(row);
    if (mode === 'live') return { formula: liveRagFormula(r), shows };
    const { rule } = ruleOf(row);
    if (rule.target.kind === 'none' || rule.polarity === 'Context') return { formula: portableNotRatedFormula(r.actual), shows };
    const at = (kind: AddedColumnKind) => cellAddress(bodyRow(row.index), helperRefs.get(kind)!);
    const percentBound =
      rule.target.isPercent
        ? rule.target.kind === 'band'
          ? Math.max(Math.abs(rule.target.low), Math.abs(rule.target.high))
          : Math.abs(rule.target.value)
        : null;
    return {
      formula: portableRagFormula(
        { actual: r.actual, greenFrom: at('greenFrom'), greenTo: at('greenTo'), amberFrom: at('amberFrom'), amberTo: at('amberTo') },
        percentBound,
      ),
      shows,
    };
  };

  // The short-term direction is against the previous period; the long-term one against the same period last year.
  const directionCell = (row: MeasureRow, which: 'direction' | 'longDirection'): CellWrite | null => {
    if (row.status.kind !== 'rated' || row.status[which] === null) return null;
    const shows = row.status[which];
    if (mode === 'values' || (mode === 'portable' && !portableRows.has(row.index))) return { value: shows };
    const all = refs(row);
    const r = { ...all, previous: which === 'direction' ? all.previous : all.lastYear };
    if (mode === 'live') return { formula: liveDirectionFormula({ current: r.actual, previous: r.previous, polarity: r.polarity, target: r.target }), shows };
    const { rule } = ruleOf(row);
    const closeness = rule.polarity === 'Band' || rule.polarity === 'Target';
    if (closeness && rule.target.kind === 'none') return { value: shows };
    const judgement: DirectionJudgement = closeness ? 'Closeness' : (rule.polarity as DirectionJudgement);
    const at = (kind: AddedColumnKind) => cellAddress(bodyRow(row.index), helperRefs.get(kind)!);
    return { formula: portableDirectionFormula({ current: r.actual, previous: r.previous, aimFrom: at('aimFrom'), aimTo: at('aimTo') }, judgement), shows };
  };

  // Output columns first (RAG, DoT), then helpers; helper addresses are needed by the formulas.
  const ragColumnCells = rows.map(() => null as CellWrite | null);
  const directionColumnCells = rows.map(() => null as CellWrite | null);
  const longDirectionCells = rows.map(() => null as CellWrite | null);
  const ragColumn = newColumn('rag', ragColumnCells);
  const directionColumn = hasPrevious ? newColumn('direction', directionColumnCells) : null;
  const longDirectionColumn = hasLastYear ? newColumn('longDirection', longDirectionCells) : null;
  const groups: ColumnGroupWrite[] = [];
  if (mode === 'portable') {
    for (const kind of HELPER_KINDS) helperRefs.set(kind, newColumn(kind, helperValues.get(kind)!));
    const helperColumns = [...helperRefs.values()];
    groups.push({ firstColumn: Math.min(...helperColumns), lastColumn: Math.max(...helperColumns) });
  }
  rows.forEach((row) => {
    ragColumnCells[row.index] = ragCell(row);
    directionColumnCells[row.index] = directionCell(row, 'direction');
    longDirectionCells[row.index] = directionCell(row, 'longDirection');
  });

  if (conflicts.length && !request.overwrite) return { kind: 'confirm', cells: conflicts.map((address) => `${location.sheet}!${address}`) };

  const existingPolarityWords = table.values
    .map((values) => (mapping.polarity === null ? '' : cellText(values[mapping.polarity]).trim()))
    .filter((word) => word !== '' && !word.includes(','));
  const polarityWords = dropdownWords([...POLARITIES, ...existingPolarityWords]);
  // The polarity dropdown goes on the add-in's own column, and on the user's only where it
  // had no validation (or the add-in's, from an earlier Apply): a rule of theirs is kept.
  const polarityColumn = inputColumn.polarity;
  const usersPolarity = mapping.polarity !== null && !owned.some((added) => added.column === polarityColumn);
  const earlierDropdowns = ownedValidations(table, request.previous);
  const dropdown =
    !usersPolarity || earlierDropdowns.some((added) => added.column === polarityColumn) || validationAt(table, polarityColumn).kind === 'none';
  const addedValidations: AddedValidation[] = [
    ...earlierDropdowns.filter((added) => added.column !== polarityColumn),
    ...(usersPolarity && dropdown ? [{ column: polarityColumn, header: table.headers[mapping.polarity!], source: polarityWords.join(',') }] : []),
  ];

  const stale = owned.filter((added) => HELPER_KINDS.includes(added.kind) && mode !== 'portable');
  const settings: KpiSettings = {
    version: SETTINGS_VERSION,
    location,
    mapping,
    defaults: request.defaults,
    mode,
    palette: 'standard',
    addedColumns: [
      ...owned.filter((added) => !planner.columns.has(added.kind) && !stale.includes(added)),
      ...planner.created,
    ].sort((a, b) => a.column - b.column),
    addedValidations,
    summarySheet: request.previous?.summarySheet ?? null,
  };
  const changes: WorkbookChanges = {
    location,
    columns: writes,
    wordFormats: [
      { column: ragColumn, styles: [...RAG_PALETTE] },
      ...[directionColumn, longDirectionColumn].flatMap((column) => (column === null ? [] : [{ column, styles: [...DIRECTION_PALETTE] }])),
    ],
    // An information alert, not Excel's Stop: a word the add-in reads but the list lacks ("Higher is better") is kept.
    validations: dropdown ? [{ column: polarityColumn, words: polarityWords, errorAlert: 'information' }] : [],
    groups,
    settings: serializeSettings(settings),
    basis: table,
  };
  changes.pageSetup = planPageSetup(changes, mapping.measure);
  const staleColumns: WorkbookRemoval | null = stale.length
    ? {
        location,
        columns: stale.map((added) => added.column).sort((a, b) => a - b),
        clearValidations: [],
        groups: [{ firstColumn: Math.min(...stale.map((a) => a.column)), lastColumn: Math.max(...stale.map((a) => a.column)) }],
        settings: request.previous ? serializeSettings({ ...request.previous, addedColumns: request.previous.addedColumns.filter((a) => !stale.includes(a)) }) : null,
      }
    : null;
  return { kind: 'ready', changes, staleColumns, rows, fixedRows, ...listedRows(rows), settings };
}

/**
 * Remove: exactly the columns the add-in created and can still find, the dropdowns it put
 * on the user's columns that are still its own, and its settings. The summary sheet stays
 * (it is a sheet, not a column of the table), so its name is kept to be replaced next time.
 */
export function planRemoval(
  table: TableSnapshot,
  settings: KpiSettings,
): { removal: WorkbookRemoval; missing: string[]; kept: KpiSettings | null } {
  const owned = ownedColumns(table, settings);
  const helpers = owned.filter((added) => HELPER_KINDS.includes(added.kind)).map((added) => added.column);
  const columns = owned.map((added) => added.column).sort((a, b) => a - b);
  const kept = settings.summarySheet === null ? null : { ...settings, addedColumns: [], addedValidations: [] };
  return {
    removal: {
      location: table.location,
      columns,
      clearValidations: ownedValidations(table, settings)
        .map((added) => added.column)
        .filter((column) => !columns.includes(column)),
      groups: helpers.length ? [{ firstColumn: Math.min(...helpers), lastColumn: Math.max(...helpers) }] : [],
      settings: kept && serializeSettings(kept),
    },
    missing: settings.addedColumns.filter((added) => !owned.includes(added)).map((added) => added.header),
    kept,
  };
}
