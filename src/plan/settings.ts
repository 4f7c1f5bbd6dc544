/**
 * The add-in's settings, saved in the workbook so that reopening the file, or a colleague
 * opening it, restores the table, its column mapping, defaults, output mode and palette.
 * Read defensively: settings that are corrupt or from another version give a warning and
 * the defaults, and nothing is written until the user applies again.
 */
import { POLARITIES, type Polarity } from '../kpi/polarity';
import { COLUMN_ROLES, type ColumnMapping, LATER_ROLES } from './column-roles';
import { DEFAULTS, type OutputMode, type TableDefaults } from './table-model';
import { type TableLocation } from '../excel/workbook-host';
import { type OverTimeSettings } from './over-time';

export const SETTINGS_VERSION = 1;

/** The columns the add-in creates, by what they hold. */
export type AddedColumnKind =
  | 'rag'
  | 'direction'
  /** The long-term direction of travel, against the same period last year. */
  | 'longDirection'
  | 'target'
  | 'polarity'
  | 'amberTolerance'
  | 'greenTolerance'
  | 'fixedAtApply'
  /** The "Over time" step's words (Making Data Count), values as at the run that wrote them. */
  | 'variation'
  | 'assurance'
  | PortableHelperKind;

/**
 * Portable output's helper columns, in the order they are placed (grouped and collapsed).
 * Portable also adds 'fixedAtApply', left visible beside the words it marks.
 */
export const PORTABLE_HELPER_KINDS = [
  'judgedAs', 'targetFrom', 'targetTo', 'greenFrom', 'greenTo', 'amberFrom', 'amberTo',
  'greenUnits', 'greenShare', 'amberUnits', 'amberShare', 'wholePercentAbove',
] as const;
export type PortableHelperKind = (typeof PORTABLE_HELPER_KINDS)[number];

export interface AddedColumn {
  kind: AddedColumnKind;
  header: string;
  /** Absolute column on the sheet when it was written. */
  column: number;
}

/**
 * A dropdown the add-in put on a column it did not create (the user's own polarity
 * column), so that Remove can take it off again. Apply adds one only where the column
 * had no validation of its own; Remove clears it only while the column, under this
 * header, still carries exactly this list.
 */
export interface AddedValidation {
  /** Absolute column on the sheet when it was written. */
  column: number;
  header: string;
  /** The list's words, comma-separated, as written. */
  source: string;
}

export interface KpiSettings {
  version: typeof SETTINGS_VERSION;
  location: TableLocation;
  mapping: ColumnMapping;
  defaults: TableDefaults;
  mode: OutputMode;
  palette: 'standard';
  addedColumns: AddedColumn[];
  /** Missing from settings saved before the add-in recorded its dropdowns: read as none. */
  addedValidations: AddedValidation[];
  /**
   * The sheet the last Insert summary wrote, which the next one replaces rather than
   * adding another; null when there is none. Missing from older settings: read as null.
   */
  summarySheet: string | null;
  /** The XmR chart sheets the "Over time" step wrote, which its next run replaces; absent: none. */
  chartSheets?: string[];
  /** The method options of the last "Over time" run, so reopening shows what its words were judged by; absent: the defaults. */
  overTime?: OverTimeSettings;
}

export type SettingsRead =
  | { kind: 'none' }
  | { kind: 'ok'; settings: KpiSettings }
  | { kind: 'unusable'; warning: string };

export function serializeSettings(settings: KpiSettings): string {
  return JSON.stringify(settings);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isLocation(value: unknown): value is TableLocation {
  return (
    isObject(value) &&
    typeof value.sheet === 'string' &&
    (value.tableName === null || typeof value.tableName === 'string') &&
    isCount(value.headerRow) &&
    isCount(value.firstColumn) &&
    isCount(value.columnCount) &&
    isCount(value.rowCount)
  );
}

function isMapping(value: unknown): value is ColumnMapping {
  return (
    isObject(value) &&
    COLUMN_ROLES.every((role) => value[role] === null || isCount(value[role]) || (LATER_ROLES.includes(role) && value[role] === undefined))
  );
}

function isDefaults(value: unknown): value is TableDefaults {
  return (
    isObject(value) &&
    (value.polarity === null || POLARITIES.includes(value.polarity as Polarity)) &&
    ['percentAmber', 'percentGreen', 'otherAmber', 'otherGreen'].every((key) => typeof value[key] === 'string')
  );
}

function isAddedColumn(value: unknown): value is AddedColumn {
  return isObject(value) && typeof value.kind === 'string' && typeof value.header === 'string' && isCount(value.column);
}

/** Options the method accepts: a baseline of at least 2 points (or none), a rule length of at least 2. */
function isOverTimeSettings(value: unknown): value is OverTimeSettings {
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 2;
  return isObject(value) && (value.baselinePoints === null || whole(value.baselinePoints)) && typeof value.screenOutliers === 'boolean' && whole(value.ruleLength);
}

function isAddedValidation(value: unknown): value is AddedValidation {
  return isObject(value) && isCount(value.column) && typeof value.header === 'string' && typeof value.source === 'string';
}

export function parseSettings(json: string | null): SettingsRead {
  if (json === null || json === '') return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { kind: 'unusable', warning: 'The KPI settings saved in this workbook are damaged, so the defaults are shown. Nothing changes in the sheet until you apply again.' };
  }
  if (isObject(value) && value.version !== SETTINGS_VERSION) {
    return {
      kind: 'unusable',
      warning: `The KPI settings in this workbook are from another version of the add-in (${String(value.version)}), so the defaults are shown. Nothing changes in the sheet until you apply again.`,
    };
  }
  if (
    !isObject(value) ||
    !isLocation(value.location) ||
    !isMapping(value.mapping) ||
    !isDefaults(value.defaults) ||
    !['live', 'portable', 'values'].includes(value.mode as string) ||
    !Array.isArray(value.addedColumns) ||
    !value.addedColumns.every(isAddedColumn) ||
    !(value.addedValidations === undefined || (Array.isArray(value.addedValidations) && value.addedValidations.every(isAddedValidation))) ||
    !(value.summarySheet === undefined || value.summarySheet === null || typeof value.summarySheet === 'string') ||
    !(value.chartSheets === undefined || (Array.isArray(value.chartSheets) && value.chartSheets.every((name) => typeof name === 'string'))) ||
    !(value.overTime === undefined || isOverTimeSettings(value.overTime))
  ) {
    return { kind: 'unusable', warning: 'The KPI settings saved in this workbook are incomplete, so the defaults are shown. Nothing changes in the sheet until you apply again.' };
  }
  return {
    kind: 'ok',
    settings: {
      ...(value as unknown as KpiSettings),
      palette: 'standard',
      mapping: { ...Object.fromEntries(LATER_ROLES.map((role) => [role, null])), ...(value.mapping as ColumnMapping) },
      defaults: { ...DEFAULTS, ...(value.defaults as TableDefaults) },
      addedValidations: (value.addedValidations as AddedValidation[] | undefined) ?? [],
      summarySheet: (value.summarySheet as string | null | undefined) ?? null,
      chartSheets: (value.chartSheets as string[] | undefined) ?? [],
    },
  };
}
