/**
 * Planning an Apply: everything the add-in will write, worked out before anything is
 * written, so that a table is never left half-applied. No row stops the others: a row that
 * cannot be rated is written as a word the summary does not count ("Not rated", "Check")
 * and listed with its reason. The plan stops to ask before writing over any non-empty cell
 * the add-in did not write itself, naming the cells.
 *
 * `planApply` runs named phases, each a small pure function: read the rows, check them,
 * place and fill the input columns, then the output columns (and Portable's helpers), then
 * the dropdown and the settings.
 */
import { isSameTable } from './same-table';
import { type CellValue } from '../kpi/cell';
import { POLARITIES } from '../kpi/polarity';
import { ColumnLayout, headerAt } from './column-layout';
import { type PortableColumnFormula, writeOutputs } from './output-columns';
import { type FixedRow } from './portable-rows';
import { type PolaritySuggestion } from '../kpi/polarity-suggestion';
import { isListed, listedWord } from './row-status';
import {
  type AddedColumn,
  type AddedColumnKind,
  type AddedValidation,
  type KpiSettings,
  PORTABLE_HELPER_KINDS,
  type PortableHelperKind,
  SETTINGS_VERSION,
  serializeSettings,
} from './settings';
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
import { planPageSetup } from './page-setup-plan';
import { ownedSheets, sameSheetName, withoutOwnedSheets } from './owned-sheets';
import { TOLERANCE_KINDS, groupsOf, isToleranceKind } from './column-groups';
import { typedOverCells } from './typed-over';
import {
  type CellWrite,
  type ColumnGroupWrite,
  type ColumnValidation,
  type ListValidationWrite,
  type TableSnapshot,
  type WorkbookChanges,
  type WorkbookRemoval,
} from '../excel/workbook-host';

export type { FixedRow } from './portable-rows';

export const COLUMN_HEADERS: Record<AddedColumnKind, string> = {
  rag: 'RAG',
  direction: 'DoT',
  longDirection: 'DoT on last year',
  target: 'Target',
  polarity: 'Polarity',
  amberTolerance: 'Amber tolerance',
  greenTolerance: 'Green tolerance',
  judgedAs: 'Judged as',
  targetFrom: 'Target from',
  targetTo: 'Target to',
  greenFrom: 'Green from',
  greenTo: 'Green to',
  amberFrom: 'Amber from',
  amberTo: 'Amber to',
  greenUnits: 'Green tolerance in units',
  greenShare: 'Green tolerance, share of target',
  amberUnits: 'Amber tolerance in units',
  amberShare: 'Amber tolerance, share of target',
  wholePercentAbove: 'Whole percent from',
  fixedAtApply: 'Fixed at Apply',
  variation: 'Variation',
  assurance: 'Assurance',
};

const isHelperKind = (kind: AddedColumnKind): kind is PortableHelperKind => (PORTABLE_HELPER_KINDS as readonly string[]).includes(kind);
const isPortableOnly = (kind: AddedColumnKind) => isHelperKind(kind) || kind === 'fixedAtApply';
const KNOWN_KINDS = Object.keys(COLUMN_HEADERS);

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
      /** Each Portable column's one formula, in R1C1: a host may write a column with it at once. */
      portableFormulas: PortableColumnFormula[];
      /** Rows written as "Not rated" or "Check", with their reasons: shown in one place. */
      listed: ListedRow[];
      /** Rows with a target but no polarity: the pane asks for their polarity (a subset of `listed`). */
      needsPolarity: PolarityQuestion[];
      settings: KpiSettings;
    };

/** The settings are this table's: two tables side by side on one header row are not the same. */
function samePlace(table: TableSnapshot, previous: KpiSettings | null): previous is KpiSettings {
  return previous !== null && isSameTable(previous.location, table.location);
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

function cellText(value: CellValue): string {
  return value == null ? '' : String(value);
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

/** Phase 1: the rows as the pane shows them, and the add-in's columns still in place. */
function readRows(request: ApplyRequest): { rows: MeasureRow[]; owned: AddedColumn[] } {
  const { table, previous } = request;
  return {
    rows: buildMeasureRows(table, request.mapping, request.defaults, request.edits, ownedInputs(table, previous)),
    owned: ownedColumns(table, previous),
  };
}

/** Phase 2: nothing is written while the actual is unmapped; a row that cannot be rated is listed, never blocking. */
function blockingProblems(mapping: ColumnMapping): ApplyPlan | null {
  if (mapping.actual !== null) return null;
  return { kind: 'blocked', problems: [{ index: -1, name: 'Columns', message: 'Choose which column holds the actual figures.' }] };
}

interface InputColumns {
  columns: Record<InputRole, number>;
  /** The target cell as it will be after Apply. */
  targetInSheet: (index: number) => CellValue;
}

/**
 * Phase 3: the rule's columns. The user's get only their edits (and blanks filled); missing
 * ones are created, and the add-in's own, read as inputs, get each row's rule where it has changed.
 */
function writeInputs(request: ApplyRequest, rows: MeasureRow[], owned: AddedColumn[], layout: ColumnLayout): InputColumns {
  const { table, mapping } = request;
  const { firstColumn } = table.location;
  const columns: Record<InputRole, number> = { target: 0, polarity: 0, amberTolerance: 0, greenTolerance: 0 };
  const sheetText = (row: MeasureRow, column: number) => cellText(cellAt(table, row.index, column - firstColumn));
  let targetCells: (CellWrite | null)[] = [];
  for (const kind of INPUT_ROLES) {
    const mapped = mapping[kind];
    const ownColumn = mapped === null ? owned.find((added) => added.kind === kind)?.column : undefined;
    const cells = rows.map((row): CellWrite | null => {
      // A listed row's rule is written too, so that a target edited in the pane reaches the sheet.
      if (row.status.kind === 'skipped') return null;
      const value = inputValue(row, kind);
      if (mapped === null) return ownColumn !== undefined && value === sheetText(row, ownColumn) ? null : inputWrite(kind, value);
      const sheet = sheetText(row, firstColumn + mapped);
      const edited = request.edits.get(row.index)?.[kind] !== undefined;
      // A target pasted as text ("1,050") goes back as the number it is, so Portable's formulas can read it.
      const numberAsText = kind === 'target' && !edited && typeof cellAt(table, row.index, mapped) === 'string' && PLAIN_NUMBER.test(sheet.trim());
      return (edited && value !== sheet) || (sheet.trim() === '' && value !== '') || numberAsText ? inputWrite(kind, value) : null;
    });
    if (kind === 'target') targetCells = cells;
    if (mapped === null) columns[kind] = layout.add(kind, cells);
    else {
      columns[kind] = firstColumn + mapped;
      if (cells.some((cell) => cell !== null)) layout.writes.push({ column: columns[kind], header: table.headers[mapped], isNew: false, cells, numberFormat: null });
    }
  }
  const targetInSheet = (index: number): CellValue => {
    const written = targetCells[index];
    return written && 'value' in written ? written.value : cellAt(table, index, columns.target - firstColumn);
  };
  return { columns, targetInSheet };
}

/**
 * Phase 5: the polarity dropdown goes on the add-in's own column, and on the user's only
 * where it had no validation (or the add-in's, from an earlier Apply): a rule of theirs is kept.
 */
function planDropdown(request: ApplyRequest, polarityColumn: number, owned: AddedColumn[]): { validations: ListValidationWrite[]; addedValidations: AddedValidation[] } {
  const { table, mapping } = request;
  const existingWords = table.values
    .map((values) => (mapping.polarity === null ? '' : cellText(values[mapping.polarity]).trim()))
    .filter((word) => word !== '' && !word.includes(','));
  const words = dropdownWords([...POLARITIES, ...existingWords]);
  const usersPolarity = mapping.polarity !== null && !owned.some((added) => added.column === polarityColumn);
  const earlier = ownedValidations(table, request.previous);
  const dropdown = !usersPolarity || earlier.some((added) => added.column === polarityColumn) || validationAt(table, polarityColumn).kind === 'none';
  return {
    // An information alert, not Excel's Stop: a word the add-in reads but the list lacks ("Higher is better") is kept.
    validations: dropdown ? [{ column: polarityColumn, words, errorAlert: 'information' }] : [],
    addedValidations: [
      ...earlier.filter((added) => added.column !== polarityColumn),
      ...(usersPolarity && dropdown ? [{ column: polarityColumn, header: table.headers[mapping.polarity!], source: words.join(',') }] : []),
    ],
  };
}

/** Columns an earlier Apply made that this one does not use: Portable's outside Portable, and kinds of an older add-in. */
function staleColumns(request: ApplyRequest, owned: AddedColumn[]): AddedColumn[] {
  return owned.filter((added) => (isPortableOnly(added.kind) && request.mode !== 'portable') || !KNOWN_KINDS.includes(added.kind));
}

function staleRemoval(request: ApplyRequest, stale: AddedColumn[]): WorkbookRemoval | null {
  if (!stale.length) return null;
  const columns = stale.map((added) => added.column).sort((a, b) => a - b);
  const { previous } = request;
  return {
    location: request.table.location,
    columns,
    clearValidations: [],
    groups: ownedGroups(stale),
    sheets: [],
    settings: previous ? serializeSettings({ ...previous, addedColumns: previous.addedColumns.filter((a) => !stale.includes(a)) }) : null,
    basis: request.table,
  };
}

/** The tolerance columns the add-in placed because the user mapped none: grouped and collapsed in every mode. */
function addedToleranceGroups(mapping: ColumnMapping, layout: ColumnLayout): ColumnGroupWrite[] {
  return groupsOf(TOLERANCE_KINDS.flatMap((kind) => (mapping[kind] === null && layout.placed.has(kind) ? [layout.placed.get(kind)!] : [])));
}

/** The groups Remove undoes: the add-in's tolerance columns, and Portable's helpers as Apply grouped them (one span). */
function ownedGroups(owned: readonly AddedColumn[]): ColumnGroupWrite[] {
  const helpers = owned.filter((added) => isHelperKind(added.kind)).map((added) => added.column);
  const tolerances = groupsOf(owned.filter((added) => isToleranceKind(added.kind)).map((added) => added.column));
  return [...tolerances, ...(helpers.length ? [{ firstColumn: Math.min(...helpers), lastColumn: Math.max(...helpers) }] : [])];
}

/** Phase 6: what the workbook remembers of this Apply. */
function settingsFor(request: ApplyRequest, owned: AddedColumn[], stale: AddedColumn[], layout: ColumnLayout, addedValidations: AddedValidation[]): KpiSettings {
  return {
    version: SETTINGS_VERSION,
    location: request.table.location,
    mapping: request.mapping,
    defaults: request.defaults,
    mode: request.mode,
    palette: 'standard',
    addedColumns: [...owned.filter((added) => !layout.placed.has(added.kind) && !stale.includes(added)), ...layout.created].sort((a, b) => a.column - b.column),
    addedValidations,
    summarySheet: request.previous?.summarySheet ?? null,
    chartSheets: request.previous?.chartSheets ?? [],
    ...(request.previous?.overTime ? { overTime: request.previous.overTime } : {}),
  };
}

/** Phase 4, after the outputs: the add-in's own word cells, typed over in the sheet, that this Apply would write over. */
function typedOverWrites(request: ApplyRequest, owned: AddedColumn[], layout: ColumnLayout): string[] {
  if (request.previous === null) return [];
  const writes = new Map(layout.writes.map((write) => [write.column, write.cells]));
  return typedOverCells(request.table, request.previous, owned, (column, row) => (writes.get(column)?.[row] ?? null) !== null);
}

export function planApply(request: ApplyRequest): ApplyPlan {
  const { table, mapping } = request;
  const { rows, owned } = readRows(request);
  const blocked = blockingProblems(mapping);
  if (blocked) return blocked;
  const layout = new ColumnLayout(table, owned.filter((added) => !isInputRole(added.kind) || mapping[added.kind] === null), COLUMN_HEADERS);
  const inputs = writeInputs(request, rows, owned, layout);
  const { firstColumn } = table.location;
  const outputs = writeOutputs(
    {
      table,
      mode: request.mode,
      rows,
      actual: firstColumn + mapping.actual!,
      previous: mapping.previous === null ? null : firstColumn + mapping.previous,
      lastYear: mapping.lastYear === null ? null : firstColumn + mapping.lastYear,
      inputs: inputs.columns,
      targetInSheet: inputs.targetInSheet,
    },
    layout,
  );
  const asked = [...layout.conflicts.map((address) => `${table.location.sheet}!${address}`), ...typedOverWrites(request, owned, layout)];
  if (asked.length && !request.overwrite) return { kind: 'confirm', cells: asked };
  const { validations, addedValidations } = planDropdown(request, inputs.columns.polarity, owned);
  const stale = staleColumns(request, owned);
  const settings = settingsFor(request, owned, stale, layout, addedValidations);
  const changes: WorkbookChanges = {
    location: table.location,
    columns: layout.writes,
    wordFormats: outputs.wordFormats,
    validations,
    groups: [...addedToleranceGroups(mapping, layout), ...outputs.groups],
    settings: serializeSettings(settings),
    basis: table,
  };
  changes.pageSetup = planPageSetup(changes, mapping.measure);
  return {
    kind: 'ready',
    changes,
    staleColumns: staleRemoval(request, stale),
    rows,
    fixedRows: outputs.fixedRows,
    portableFormulas: outputs.portableFormulas,
    ...listedRows(rows),
    settings,
  };
}

/** What Remove is told of the add-in's sheets: which to delete, given the workbook's sheet names now. */
export interface SheetDeletion {
  /** `host.sheetNames()`: a recorded sheet not among them was renamed or deleted, and is not looked for. */
  present: readonly string[];
  /** The owned sheets (recorded names) the user chose to delete; the others stay the add-in's. */
  chosen: readonly string[];
}

/** An owned sheet Remove leaves, and why, for the pane to say. */
export interface KeptSheet {
  sheet: string;
  reason: string;
}

/** The owned sheets to delete: those still under their recorded name, never the table's own sheet. */
function sheetsToDelete(table: TableSnapshot, settings: KpiSettings, deletion: SheetDeletion): { sheets: string[]; keptSheets: KeptSheet[] } {
  const sheets: string[] = [];
  const keptSheets: KeptSheet[] = [];
  for (const sheet of ownedSheets(settings).filter((owned) => deletion.chosen.includes(owned))) {
    const present = deletion.present.find((name) => sameSheetName(name, sheet));
    if (present === undefined) keptSheets.push({ sheet, reason: 'not found under that name (renamed or deleted), so left as it is' });
    else if (sameSheetName(present, table.location.sheet)) keptSheets.push({ sheet: present, reason: 'it holds the KPI table, so it is kept' });
    else sheets.push(present);
  }
  return { sheets, keptSheets };
}

/**
 * Remove: exactly the columns the add-in created and can still find, the dropdowns it put
 * on the user's columns that are still its own, and its settings. The sheets it wrote
 * (`ownedSheets`) are deleted only when chosen (`deletion.chosen`), and only those still under their
 * recorded name; the settings then forget them. Kept, their names are kept to be replaced next time.
 * `typedOver`: cells of its word columns typed over in the sheet, which Remove would delete (the pane asks).
 */
export function planRemoval(
  table: TableSnapshot,
  settings: KpiSettings,
  deletion: SheetDeletion | null = null,
): { removal: WorkbookRemoval; missing: string[]; keptSheets: KeptSheet[]; kept: KpiSettings | null; typedOver: string[] } {
  const owned = ownedColumns(table, settings);
  const columns = owned.map((added) => added.column).sort((a, b) => a - b);
  const { sheets, keptSheets } = deletion ? sheetsToDelete(table, settings, deletion) : { sheets: [], keptSheets: [] };
  const left = deletion ? withoutOwnedSheets(settings, deletion.chosen) : settings;
  const kept = ownedSheets(left).length === 0 ? null : { ...left, addedColumns: [], addedValidations: [] };
  return {
    removal: {
      location: table.location,
      columns,
      clearValidations: ownedValidations(table, settings)
        .map((added) => added.column)
        .filter((column) => !columns.includes(column)),
      groups: ownedGroups(owned),
      sheets,
      settings: kept && serializeSettings(kept),
      basis: table,
    },
    missing: settings.addedColumns.filter((added) => !owned.includes(added)).map((added) => added.header),
    keptSheets,
    kept,
    typedOver: typedOverCells(table, settings, owned),
  };
}
