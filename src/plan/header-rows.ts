/**
 * Two-row headers: a top row of roles ("Actual | Actual | Latest | Target | Target") over
 * a row of periods ("2018/19 | 2019/20 | 2020/21 | 2020/21 | 2021/22"). A merged or blank
 * top cell carries the role of the cell to its left across, as the merge shows it.
 *
 * The top row reaches the plan two ways: above an Excel table's header row
 * (`TableSnapshot.headerAbove`), or, in a plain range, as the header row itself with the
 * periods in the first body row, which is then a header row and not a measure.
 */
import { type CellValue, isBlank } from '../kpi/cell';
import { type TableSnapshot } from '../excel/workbook-host';
import { type HeaderReading, type HeaderRole, readHeader } from './header-reading';

/** Roles a top cell can give the period cells under it. */
const PERIOD_ROLES: ReadonlySet<HeaderRole> = new Set(['actual', 'target', 'previous', 'baseline', 'lastYear']);

function text(cell: CellValue): string {
  return cell == null ? '' : String(cell).trim();
}

/** A period with no role word of its own ("2019/20", "Q3"): a cell a top row can name. */
function isBarePeriod(reading: HeaderReading): boolean {
  return reading.period !== null && reading.role === null;
}

/** The top row with each blank cell carrying its left neighbour's text across, as a merge shows it. */
function carriedAcross(top: readonly string[], under: readonly HeaderReading[]): string[] {
  const carried: string[] = [];
  top.forEach((cell, i) => {
    const left = i > 0 ? carried[i - 1] : '';
    carried.push(cell !== '' || !isBarePeriod(under[i]) ? cell : left);
  });
  return carried;
}

/** Each period cell under a role takes the role; a blank cell under a role word takes the word. */
export function combineHeaderRows(top: readonly string[], periods: readonly string[]): HeaderReading[] {
  const under = periods.map(readHeader);
  const tops = carriedAcross(top, under).map(readHeader);
  return under.map((reading, i) => {
    const above = tops[i];
    if (isBarePeriod(reading) && above?.role && PERIOD_ROLES.has(above.role)) return { role: above.role, period: reading.period };
    if (periods[i].trim() === '' && above) return above;
    return reading;
  });
}

/** Is this row a row of periods only ("", "", "2018/19", "2019/20"), with two periods at least? */
function isPeriodRow(row: readonly CellValue[]): boolean {
  const filled = row.filter((cell) => !isBlank(cell));
  return filled.length >= 2 && filled.every((cell) => typeof cell === 'string' && isBarePeriod(readHeader(cell)));
}

/** Does the header row name roles over periods, so that a top row of roles is worth reading? */
function namesRolesOverPeriods(top: readonly string[], periods: readonly string[]): boolean {
  return combineHeaderRows(top, periods).some((reading, i) => reading.period !== null && isBarePeriod(readHeader(periods[i])));
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
