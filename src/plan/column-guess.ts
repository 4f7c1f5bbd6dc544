/**
 * Proposing the column mapping the way an analyst reads a council's table: role words
 * in the headers (over one or two rows), Measure as the column of longer, varied text and
 * Ref as the column of short codes, and, when the table has several periods, the latest
 * period with figures rated against its own target (or the nearest later one, said so),
 * with the previous period and the same period last year for the directions of travel.
 * Commentary, Comments and Notes are kept and never read as inputs.
 */
import { isBlank } from '../kpi/cell';
import { readNumber } from '../kpi/numbers';
import { type TableSnapshot } from '../excel/workbook-host';
import { type HeaderReading, type HeaderRole, readHeader } from './header-reading';
import { readTableHeader } from './header-rows';
import { type DatedColumn, choosePeriodColumns, currentYearOf, latestWithFigures, periodLabel, periodOrder } from './periods';
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from './column-roles';

/** A period the table has figures for, as the pane lists them. */
export interface TablePeriod {
  /** "2020/21", "Q3 2024/25", "Apr 2024": also what `proposeMapping`'s `period` option takes. */
  label: string;
  /** The figure column for it, from the table's first column. */
  column: number;
  /** At least one row has a figure in it. */
  hasFigures: boolean;
}

export interface MappingProposal {
  mapping: ColumnMapping;
  /** Periods with a figure column, oldest first; empty when the table has one undated Actual. */
  periods: TablePeriod[];
  /** The period rated (its label), or null when the table's figures carry no period. */
  period: string | null;
  /** The period whose target it is rated against (a later one when the rated period has none), or null when undated or none. */
  targetPeriod: string | null;
  /** What was chosen and why, for the pane to show: "No target for 2020/21: rated against Target 2021/22." */
  notes: string[];
  /** Columns kept as they are and never read as inputs (Commentary, Comments, Notes). */
  keptColumns: number[];
}

export interface ProposalOptions {
  /** Columns the add-in wrote itself (RAG, DoT, helpers): never inputs. */
  ignore?: ReadonlySet<number>;
  /** Rate this period (a `TablePeriod.label`) instead of the latest with figures. */
  period?: string | null;
}

interface BodyFacts {
  /** Some body cell holds a figure (a date is not one). */
  hasFigures(column: number): boolean;
  /** Mean length of the column's text cells; 0 when it has none. */
  meanLength(column: number): number;
  /** Some body cell is a number formatted as a date or a time. */
  hasDates(column: number): boolean;
}

const NO_BODY: BodyFacts = { hasFigures: () => true, meanLength: () => 0, hasDates: () => false };

/**
 * A number format that shows a date or a time ("dd/mm/yyyy", "mmm-yy", "h:mm"): day, month,
 * year or hour codes outside quoted text, [colour] or [$-locale] sections and escaped characters.
 */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || /^general$/i.test(format)) return false;
  return /[dmyh]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, ''));
}

function bodyFacts(table: TableSnapshot, skipRows: number): BodyFacts {
  const rows = table.values.slice(skipRows);
  const isDate = (row: number, i: number) => typeof rows[row][i] === 'number' && isDateFormat(table.numberFormats[row + skipRows]?.[i]);
  const cells = (i: number) => rows.map((row, r) => ({ cell: row[i], date: isDate(r, i) }));
  return {
    hasFigures: (i) =>
      cells(i).some(({ cell, date }) => (typeof cell === 'number' && !date) || (typeof cell === 'string' && readNumber(cell) !== null)),
    meanLength: (i) => {
      const texts = cells(i).map(({ cell }) => cell).filter((cell): cell is string => typeof cell === 'string' && !isBlank(cell));
      return texts.length ? texts.reduce((sum, cell) => sum + cell.trim().length, 0) / texts.length : 0;
    },
    hasDates: (i) => cells(i).some(({ date }) => date),
  };
}

/** Header roles that take the measure's own figures; null with a period is a figure column ("2024/25"). */
const FIGURE_ROLES: ReadonlySet<HeaderRole | null> = new Set<HeaderRole | null>(['actual', 'previous', 'lastYear', 'baseline', null]);

const NOT_READ: HeaderReading = { role: null, period: null, exact: false };

/**
 * Whether a column headed as the measure's figures holds them. One with no figure but dates
 * ("Last updated") never does; one of words alone (names, "Yes") does only when its header is
 * the role's word alone ("Actual" over rows still awaiting data), as that header cannot mean
 * anything else. A blank column is a period not yet reported.
 */
function holdsFigures(column: number, reading: HeaderReading, body: BodyFacts): boolean {
  if (body.hasFigures(column)) return true;
  if (body.hasDates(column)) return false;
  return reading.exact || body.meanLength(column) === 0;
}

/** The readings with columns whose body contradicts a figure header left unread. */
function checkedAgainstBody(readings: readonly HeaderReading[], body: BodyFacts): HeaderReading[] {
  return readings.map((reading, column) => {
    const asFigures = FIGURE_ROLES.has(reading.role) && (reading.role !== null || reading.period !== null);
    return asFigures && !holdsFigures(column, reading, body) ? NOT_READ : reading;
  });
}

/** Codes are short: "ASCOF 1C Aii", "NI133", "CF5AC". */
const CODE_LENGTH = 16;

const emptyMapping = (): ColumnMapping => Object.fromEntries(COLUMN_ROLES.map((role) => [role, null])) as ColumnMapping;

/** The columns that pass `test`: a header that is its role's word alone first ("Actual" before "Current performance"), then left to right. */
function columnsWith(readings: readonly HeaderReading[], ignore: ReadonlySet<number>, test: (reading: HeaderReading) => boolean): number[] {
  return readings
    .flatMap((reading, i) => (!ignore.has(i) && test(reading) ? [i] : []))
    .sort((a, b) => Number(readings[b].exact) - Number(readings[a].exact));
}

/** Measure: the longest text of the columns headed as measures; a short-coded one of them is the Ref. */
function mapMeasureAndRef(mapping: ColumnMapping, readings: readonly HeaderReading[], ignore: ReadonlySet<number>, body: BodyFacts): void {
  const refs = columnsWith(readings, ignore, (r) => r.role === 'ref');
  const measures = columnsWith(readings, ignore, (r) => r.role === 'measure').sort((a, b) => body.meanLength(b) - body.meanLength(a));
  mapping.measure = measures[0] ?? null;
  mapping.ref = refs[0] ?? measures.slice(1).find((i) => body.meanLength(i) > 0 && body.meanLength(i) <= CODE_LENGTH) ?? null;
  // A "Ref" column of long text next to a "Measure" column of codes: the headers are the wrong way round.
  if (mapping.measure !== null && mapping.ref !== null && body.meanLength(mapping.ref) > CODE_LENGTH && body.meanLength(mapping.measure) <= CODE_LENGTH) {
    [mapping.measure, mapping.ref] = [mapping.ref, mapping.measure];
  }
}

const SIMPLE_ROLES: readonly [ColumnRole, HeaderRole][] = [
  ['polarity', 'polarity'],
  ['amberTolerance', 'amberTolerance'],
  ['greenTolerance', 'greenTolerance'],
  ['amberTolerance', 'tolerance'],
  ['baseline', 'baseline'],
];

/** The first column for each role that has no period to choose between. */
function mapSimpleRoles(mapping: ColumnMapping, readings: readonly HeaderReading[], ignore: ReadonlySet<number>): void {
  for (const [role, headed] of SIMPLE_ROLES) {
    if (mapping[role] === null) mapping[role] = columnsWith(readings, ignore, (r) => r.role === headed)[0] ?? null;
  }
}

type PeriodOutcome = Pick<MappingProposal, 'periods' | 'period' | 'targetPeriod' | 'notes'>;

/** Actual, Target, Previous and Same period last year, by period where the headers give periods. */
function mapPeriods(
  mapping: ColumnMapping,
  readings: readonly HeaderReading[],
  ignore: ReadonlySet<number>,
  body: BodyFacts,
  wanted: string | null,
): PeriodOutcome {
  const undated = (role: HeaderRole) => columnsWith(readings, ignore, (r) => r.role === role && r.period === null)[0] ?? null;
  const dated = (roles: readonly (HeaderRole | null)[]): DatedColumn[] =>
    columnsWith(readings, ignore, (r) => r.period !== null && roles.includes(r.role)).map((column) => ({ column, period: readings[column].period! }));
  const figures = dated(['actual', null]);
  const targets = dated(['target']);
  const year = currentYearOf([...figures, ...targets]);
  mapping.previous = undated('previous');
  mapping.lastYear = undated('lastYear');
  mapping.target = undated('target');
  mapping.actual = undated('actual');
  const periods = [...figures]
    .sort((a, b) => periodOrder(a.period, year) - periodOrder(b.period, year))
    .map((f) => ({ label: periodLabel(f.period, year || null), column: f.column, hasFigures: body.hasFigures(f.column) }));
  if (mapping.actual !== null || figures.length === 0) {
    if (mapping.target === null && targets.length === 1) mapping.target = targets[0].column;
    return { periods, period: null, targetPeriod: null, notes: [] };
  }
  const chosen = figures.find((f) => periodLabel(f.period, year || null) === wanted) ?? latestWithFigures(figures, body.hasFigures, year)!;
  const choice = choosePeriodColumns(chosen, figures, targets, year);
  const label = (f: DatedColumn) => periodLabel(f.period, year || null);
  mapping.actual = chosen.column;
  mapping.previous ??= choice.previous?.column ?? null;
  mapping.lastYear ??= choice.lastYear?.column ?? null;
  const notes = [`Rating ${label(chosen)}${wanted === null ? ', the latest period with figures' : ''}.`];
  const targetPeriod = mapping.target === null && choice.target ? label(choice.target) : null;
  if (mapping.target === null && choice.target) {
    mapping.target = choice.target.column;
    if (choice.targetIsLater) notes.push(`No target for ${label(chosen)}: rated against the target for ${label(choice.target)}.`);
  } else if (mapping.target === null) notes.push(`No target for ${label(chosen)} or a later period.`);
  return { periods, period: label(chosen), targetPeriod, notes };
}

function propose(headerReadings: readonly HeaderReading[], body: BodyFacts, options: ProposalOptions): MappingProposal {
  const ignore = options.ignore ?? new Set<number>();
  const readings = checkedAgainstBody(headerReadings, body);
  const mapping = emptyMapping();
  mapMeasureAndRef(mapping, readings, ignore, body);
  mapSimpleRoles(mapping, readings, ignore);
  const outcome = mapPeriods(mapping, readings, ignore, body, options.period ?? null);
  return { mapping, ...outcome, keptColumns: columnsWith(readings, ignore, (r) => r.role === 'commentary') };
}

/** The proposal for a table as read: headers over one or two rows, and what its columns hold. */
export function proposeMapping(table: TableSnapshot, options: ProposalOptions = {}): MappingProposal {
  const header = readTableHeader(table);
  return propose(header.readings, bodyFacts(table, header.bodyRows), options);
}

/** The mapping from one row of headers alone, when there is no body to look at. */
export function guessMapping(headers: readonly string[], ignore: ReadonlySet<number> = new Set()): ColumnMapping {
  return propose(headers.map(readHeader), NO_BODY, { ignore }).mapping;
}
