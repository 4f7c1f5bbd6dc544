/**
 * Two-row headers: a top row of roles ("Actual | Actual | Latest | Target | Target") over
 * a row of periods ("2018/19 | 2019/20 | 2020/21 | 2020/21 | 2021/22"). A merged or blank
 * top cell carries the role of the cell to its left across, as the merge shows it.
 *
 * A top row can also date what is under it: a financial year ("2024/25") over months named
 * alone ("Apr", "May", …) or quarters ("Q1"…), or a calendar year ("2024") over months.
 *
 * The top row reaches the plan two ways: above an Excel table's header row
 * (`TableSnapshot.headerAbove`), or, in a plain range, as the header row itself with the
 * periods in the first body row, which is then a header row and not a measure.
 */
import { type CellValue, isBlank } from '../kpi/cell';
import { type TableSnapshot } from '../excel/workbook-host';
import { type HeaderReading, type HeaderRole, type Period, bareMonth, bareQuarter, namesYearPair, readHeader } from './header-reading';

/** Roles a top cell can give the period cells under it. */
const PERIOD_ROLES: ReadonlySet<HeaderRole> = new Set(['actual', 'target', 'previous', 'baseline', 'lastYear']);

function text(cell: CellValue): string {
  return cell == null ? '' : String(cell).trim();
}

/** A period with no role word of its own ("2019/20", "Q3"): a cell a top row can name. */
function isBarePeriod(reading: HeaderReading): boolean {
  return reading.period !== null && reading.role === null;
}

/** A cell a top row can name or date: a period with no role word, a month named alone, or a quarter as its months. */
function isBareCell(header: string): boolean {
  return isBarePeriod(readHeader(header)) || bareMonth(header) !== null || bareQuarter(header) !== null;
}

/** The top row with each blank cell carrying its left neighbour's text across, as a merge shows it. */
function carriedAcross(top: readonly string[], periods: readonly string[]): string[] {
  const carried: string[] = [];
  top.forEach((cell, i) => {
    const left = i > 0 ? carried[i - 1] : '';
    carried.push(cell !== '' || !isBareCell(periods[i]) ? cell : left);
  });
  return carried;
}

/**
 * The period a year above gives a cell that names no year of its own: a month under a
 * financial year (Apr–Dec in its first calendar year, Jan–Mar in its second) or under a
 * calendar year, or a quarter ("Q3", "Oct-Dec") under a financial year. Null when the top
 * cell dates nothing.
 */
function datedByYearAbove(topText: string, top: HeaderReading, header: string, reading: HeaderReading): Period | null {
  const year = top.role === null && top.period && top.period.quarter === null && top.period.month === null && !top.period.yearEnd ? top.period.fiscalYear : null;
  if (year === null) return null;
  const pair = namesYearPair(topText);
  const month = bareMonth(header);
  // A calendar year's January is in the financial year before; a financial year's is in its own.
  if (month !== null) return { fiscalYear: pair || month >= 4 ? year : year - 1, quarter: null, month, yearEnd: false };
  if (pair && reading.period?.quarter != null && reading.period.fiscalYear === null) return { ...reading.period, fiscalYear: year };
  const quarter = pair ? bareQuarter(header) : null;
  return quarter === null ? null : { fiscalYear: year, quarter, month: null, yearEnd: false };
}

/** Each period cell under a role takes the role; a cell under a year takes its date; a blank cell under a role word takes the word. */
export function combineHeaderRows(top: readonly string[], periods: readonly string[]): HeaderReading[] {
  const under = periods.map(readHeader);
  const topTexts = carriedAcross(top, periods);
  const tops = topTexts.map(readHeader);
  return under.map((reading, i) => {
    const above = tops[i];
    const dated = above ? datedByYearAbove(topTexts[i], above, periods[i], reading) : null;
    // A month or a quarter's months has no reading of its own: dated, it is a period alone.
    if (dated) return { ...reading, period: dated, exact: reading.exact || reading.period === null };
    // The role word is above, the period below: exact when the word above is the role's word alone.
    if (isBarePeriod(reading) && above?.role && PERIOD_ROLES.has(above.role)) return { role: above.role, period: reading.period, exact: above.exact };
    if (periods[i].trim() === '' && above) return above;
    return reading;
  });
}

/** Is this row a row of periods only ("", "", "2018/19", "2019/20", or "Apr", "May"), with two periods at least? */
function isPeriodRow(row: readonly CellValue[]): boolean {
  const filled = row.filter((cell) => !isBlank(cell));
  return filled.length >= 2 && filled.every((cell) => typeof cell === 'string' && isBareCell(cell));
}

/** Does the header row name roles over periods (or date them), so that a top row is worth reading? */
function namesRolesOverPeriods(top: readonly string[], periods: readonly string[]): boolean {
  return combineHeaderRows(top, periods).some((reading, i) => reading.period !== null && isBareCell(periods[i]));
}

export interface TableHeader {
  /** Each column's role and period, read over one or two header rows. */
  readings: HeaderReading[];
  /** Body rows at the top of the table that are a second header row (periods), not measures: 1 or 0. */
  bodyRows: number;
}

/** Every column's header as the table writes it, over one or two rows. */
export function readTableHeader(table: Pick<TableSnapshot, 'headers' | 'values' | 'headerAbove'>): TableHeader {
  const first = table.values[0]?.map(text);
  if (first !== undefined && isPeriodRow(first) && namesRolesOverPeriods(table.headers, first)) {
    return { readings: combineHeaderRows(table.headers, first), bodyRows: 1 };
  }
  if (table.headerAbove && namesRolesOverPeriods(table.headerAbove, table.headers)) {
    return { readings: combineHeaderRows(table.headerAbove, table.headers), bodyRows: 0 };
  }
  return { readings: table.headers.map(readHeader), bodyRows: 0 };
}
