/**
 * The periods of a KPI table, as an analyst reads them: which periods have figure
 * columns, the latest that has figures (the one to rate), its target or the nearest later
 * one (saying which), the previous period for the short-term direction of travel, and
 * the same period a year before for the long-term one.
 *
 * Periods are ordered on the financial year (April to March): Q1 is April to June, a
 * year alone stands at its end (March), so "2020/21" comes after "Q3 2020/21" and before
 * "Q1 2021/22". A period written without a year ("Q3 target", "Year-end target") is in
 * the latest year the table names.
 */
import { type Period } from './header-reading';

/** Months from the start of the financial year (0 = April) at which each kind of period ends. */
function monthsIn(period: Period): number {
  if (period.month !== null) return (period.month + 8) % 12;
  if (period.quarter !== null) return period.quarter * 3 - 1;
  return 11;
}

/** A sortable position: the month the period ends, counted from April of year 0. */
export function periodOrder(period: Period, currentYear: number): number {
  return (period.fiscalYear ?? currentYear) * 12 + monthsIn(period);
}

/** How long the period is, so that "the same period last year" is the same kind of period. */
export function periodKind(period: Period): 'month' | 'quarter' | 'year' {
  if (period.month !== null) return 'month';
  return period.quarter !== null ? 'quarter' : 'year';
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** How the pane names a period: "2020/21", "Q3 2024/25", "Apr 2024", "Year-end 2024/25". */
export function periodLabel(period: Period, currentYear: number | null): string {
  const year = period.fiscalYear ?? currentYear;
  if (period.month !== null) {
    const calendarYear = year === null ? '' : ` ${period.month >= 4 ? year : year + 1}`;
    return `${MONTH_NAMES[period.month - 1]}${calendarYear}`;
  }
  const yearText = year === null ? '' : yearLabel(year);
  if (period.quarter !== null) return `Q${period.quarter}${yearText ? ` ${yearText}` : ''}`;
  return period.yearEnd ? `Year-end${yearText ? ` ${yearText}` : ''}` : yearText;
}

/** A column of the table tagged with a period. */
export interface DatedColumn {
  column: number;
  period: Period;
}

/** The year an undated period is taken to be in: the latest the table names. */
export function currentYearOf(columns: readonly DatedColumn[]): number {
  const years = columns.map((dated) => dated.period.fiscalYear).filter((year): year is number => year !== null);
  return years.length ? Math.max(...years) : 0;
}

export interface PeriodChoice {
  actual: DatedColumn;
  target: DatedColumn | null;
  /** The target is for a later period than the one rated. */
  targetIsLater: boolean;
  previous: DatedColumn | null;
  lastYear: DatedColumn | null;
}

/**
 * For the figure column `chosen`: the target for the same period, else the nearest later
 * one; the previous period's figures; and the figures for the same period a year before
 * (only for a quarter or a month: for a year, the previous period is already last year).
 */
export function choosePeriodColumns(
  chosen: DatedColumn,
  figures: readonly DatedColumn[],
  targets: readonly DatedColumn[],
  currentYear: number,
): PeriodChoice {
  const at = (dated: DatedColumn) => periodOrder(dated.period, currentYear);
  const when = at(chosen);
  const byOrder = (a: DatedColumn, b: DatedColumn) => at(a) - at(b);
  const sameTarget = targets.find((dated) => at(dated) === when) ?? null;
  const laterTarget = [...targets].sort(byOrder).find((dated) => at(dated) > when) ?? null;
  const earlier = figures.filter((dated) => at(dated) < when).sort(byOrder);
  const kind = periodKind(chosen.period);
  const lastYear =
    kind === 'year' ? null : (figures.find((dated) => periodKind(dated.period) === kind && at(dated) === when - 12) ?? null);
  const previous = [...earlier].reverse().find((dated) => periodKind(dated.period) === kind) ?? earlier[earlier.length - 1] ?? null;
  return {
    actual: chosen,
    target: sameTarget ?? laterTarget,
    targetIsLater: sameTarget === null && laterTarget !== null,
    previous,
    lastYear: lastYear === previous ? null : lastYear,
  };
}

/** The latest figure column that has any figure in it, else the latest of all. */
export function latestWithFigures(figures: readonly DatedColumn[], hasFigures: (column: number) => boolean, currentYear: number): DatedColumn | null {
  const newestFirst = [...figures].sort((a, b) => periodOrder(b.period, currentYear) - periodOrder(a.period, currentYear));
  return newestFirst.find((dated) => hasFigures(dated.column)) ?? newestFirst[0] ?? null;
}

/** The period `order` months after April of year 0 (as `periodOrder` counts), of the same kind as `like`. */
function periodAt(order: number, like: Period): Period {
  const fiscalYear = Math.floor(order / 12);
  const fromApril = order - fiscalYear * 12;
  if (like.month !== null) return { fiscalYear, quarter: null, month: ((fromApril + 3) % 12) + 1, yearEnd: false };
  if (like.quarter !== null) return { fiscalYear, quarter: (fromApril + 1) / 3, month: null, yearEnd: false };
  return { fiscalYear, quarter: null, month: null, yearEnd: like.yearEnd };
}

const STEP = { month: 1, quarter: 3, year: 12 } as const;

/**
 * Every period from the earliest to the latest of `orders` (positions from `periodOrder`, of
 * one kind like `like`), oldest first, with its label: a period between them that the table
 * has no figures for is a missing point of the series, not a step skipped.
 */
export function periodSpan(orders: readonly number[], like: Period): { order: number; label: string }[] {
  const sorted = [...orders].sort((a, b) => a - b);
  const step = STEP[periodKind(like)];
  const count = Math.round((sorted[sorted.length - 1] - sorted[0]) / step) + 1;
  return Array.from({ length: count }, (_, i) => {
    const order = sorted[0] + i * step;
    return { order, label: periodLabel(periodAt(order, like), null) };
  });
}
