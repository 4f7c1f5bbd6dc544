/**
 * Arguments of the functions that take a measure over time: the values as one column or
 * one row (oldest first), and settings that must be a single cell.
 */
import { type CellValue } from '../kpi/cell';
import { KpiInputError } from '../kpi/errors';
import { type Polarity, parsePolarity } from '../kpi/polarity';
import { pointsOf, readSeries } from '../kpi/series';
import { type LimitOptions, type XmrLimits, xmrLimits } from '../kpi/spc-limits';
import { type TrendInput } from '../kpi/trend';
import { DEFAULT_RULE_LENGTH, type XmrChart, xmrChart } from '../kpi/xmr-chart';
import { text } from './cell-conversions';
import { type ExcelMatrix, toCell } from './excel-arguments';

/** The cells of a one-column or one-row range, in time order. */
function seriesCells(argument: unknown[][], name: string): CellValue[] {
  const rows = argument.length;
  const columns = argument[0]?.length ?? 0;
  if (rows > 1 && columns > 1) {
    throw new KpiInputError(`${name} is ${rows}×${columns}; give one column or one row of values in time order, oldest first.`);
  }
  const cells = rows === 1 ? argument[0] : argument.map((row) => row[0]);
  return cells.map((cell) => toCell(cell, name));
}

/** A required series argument: its numbers, with null for blank cells. */
function seriesArgument(argument: ExcelMatrix, name: string): (number | null)[] {
  if (!Array.isArray(argument) || argument.length === 0 || !Array.isArray(argument[0])) {
    throw new KpiInputError(`${name} is missing: give a column or row of values in time order.`);
  }
  return readSeries(seriesCells(argument, name), name);
}

/** An optional series argument; null when omitted. */
function optionalSeriesArgument(argument: ExcelMatrix, name: string): (number | null)[] | null {
  return argument == null ? null : seriesArgument(argument, name);
}

/** A setting given as one cell; null when omitted or blank. */
export function settingCell(argument: ExcelMatrix, name: string): CellValue {
  if (argument == null) return null;
  if (!Array.isArray(argument)) return toCell(argument, name);
  if (argument.length !== 1 || !Array.isArray(argument[0]) || argument[0].length !== 1) {
    throw new KpiInputError(`${name} must be a single cell.`);
  }
  const cell = toCell(argument[0][0], name);
  return typeof cell === 'string' && cell.trim() === '' ? null : cell;
}

/**
 * What a setting cell of the wrong type holds, and how to fix it. Text that reads as what
 * was wanted ("6", "FALSE") is the commonest slip: a typed quote, or a cell formatted as
 * Text; "got 6" would look like the right value refused, so say it is text.
 */
function gotInstead(cell: CellValue, wanted: 'number' | 'logical', example: string): string {
  if (typeof cell !== 'string') return `got ${String(cell).toUpperCase()}.`;
  const typed = cell.trim();
  const meant = wanted === 'number' ? Number.isFinite(Number(typed)) : /^(true|false)$/i.test(typed);
  const shown = wanted === 'number' ? `the number ${Number(typed)}` : typed.toUpperCase();
  return meant ? `got the text "${typed}": enter ${shown} without quotes.` : `got the text "${typed}". Enter ${example}.`;
}

/** A whole-number setting such as rule_length; null when blank. */
function optionalCount(argument: ExcelMatrix, name: string): number | null {
  const cell = settingCell(argument, name);
  if (cell == null) return null;
  if (typeof cell !== 'number') throw new KpiInputError(`${name} must be a whole number; ${gotInstead(cell, 'number', 'a number such as 7')}`);
  if (!Number.isInteger(cell) || cell < 0) throw new KpiInputError(`${name} must be a whole number, not negative; got ${cell}.`);
  return cell;
}

/** A TRUE/FALSE setting, with its default when blank. */
function optionalLogical(argument: ExcelMatrix, name: string, fallback: boolean): boolean {
  const cell = settingCell(argument, name);
  if (cell == null) return fallback;
  if (typeof cell !== 'boolean') throw new KpiInputError(`${name} must be TRUE or FALSE; ${gotInstead(cell, 'logical', 'TRUE or FALSE, without quotes')}`);
  return cell;
}

function limitOptions(baselinePoints: ExcelMatrix, screenOutliers: ExcelMatrix): LimitOptions {
  return {
    baselinePoints: optionalCount(baselinePoints, 'baseline_points'),
    screenOutliers: optionalLogical(screenOutliers, 'screen_outliers', true),
  };
}

/** The XmR chart the SPC functions' arguments describe. */
export function chartFromArguments(
  values: ExcelMatrix,
  polarity: ExcelMatrix,
  baselinePoints: ExcelMatrix,
  screenOutliers: ExcelMatrix,
  ruleLength: ExcelMatrix,
): XmrChart {
  return xmrChart(seriesArgument(values, 'Values'), {
    polarity: polarityArgument(polarity),
    ...limitOptions(baselinePoints, screenOutliers),
    ruleLength: optionalCount(ruleLength, 'rule_length') ?? DEFAULT_RULE_LENGTH,
  });
}

/** The values and their process limits, for ASSURANCE. */
export function limitsFromArguments(
  values: ExcelMatrix,
  baselinePoints: ExcelMatrix,
  screenOutliers: ExcelMatrix,
): { limits: XmrLimits; values: number[] } {
  const points = pointsOf(seriesArgument(values, 'Values')).values;
  return { limits: xmrLimits(points, limitOptions(baselinePoints, screenOutliers)), values: points };
}

/** The trend functions' series: values, and the intervals or counts that were given. */
export function trendArguments(
  values: ExcelMatrix,
  lower: ExcelMatrix,
  upper: ExcelMatrix,
  count: ExcelMatrix,
  denominator: ExcelMatrix,
): TrendInput {
  return {
    values: seriesArgument(values, 'Values'),
    lower: optionalSeriesArgument(lower, 'Lower'),
    upper: optionalSeriesArgument(upper, 'Upper'),
    counts: optionalSeriesArgument(count, 'Count'),
    denominators: optionalSeriesArgument(denominator, 'Denominator'),
  };
}

/** A polarity word given as one cell; null when blank. */
export function polarityArgument(argument: ExcelMatrix): Polarity | null {
  return parsePolarity(text(settingCell(argument, 'Polarity'), 'Polarity'));
}
