/**
 * The default tolerances, one rule for the functions and the task pane, so that a formula
 * typed by hand and the pane give the same word for the same row.
 *
 * | row                | green | amber                 |
 * |--------------------|-------|-----------------------|
 * | percentage         | 0     | 5 percentage points   |
 * | any other          | 0     | 5% of the target      |
 *
 * A row is a percentage row when its target or its actual is written as a percentage
 * (`86%`, `45pc`, `45 per cent`), or, where the caller can see formats (the pane), when
 * either cell is formatted as %. Points suit percentages (86% less 5 points is 81%);
 * counts and rates have no points, so a share of the target suits them.
 */
import { type CellValue } from './cell';
import { readRelativeTarget } from './relative-target';
import { type Tolerance, parseTolerance } from './tolerance';

/** The defaults as the pane writes them into a tolerance cell. */
export const DEFAULT_TOLERANCE_TEXT = {
  percent: { amber: '5pp', green: '0pp' },
  other: { amber: '5%', green: '0%' },
} as const;

const WRITTEN_AS_PERCENT = /%|\d\s*pc(?![a-z])|\d\s*per\s*cent(?![a-z])/i;

/** Written with %, pc or per cent: the text of a percentage. */
export function writtenAsPercent(cell: CellValue): boolean {
  return typeof cell === 'string' && WRITTEN_AS_PERCENT.test(cell);
}

/** A target written as a percentage; "10% reduction" is a change on a base, not a percentage measure. */
function percentTarget(target: CellValue): boolean {
  return writtenAsPercent(target) && readRelativeTarget(String(target)) === null;
}

/** Whether a row takes the percentage defaults. `formattedAsPercent`: either cell has a % number format. */
export function isPercentageRow(actual: CellValue, target: CellValue, formattedAsPercent = false): boolean {
  return formattedAsPercent || writtenAsPercent(actual) || percentTarget(target);
}

/** The default tolerances' text for a row. */
export function defaultToleranceText(isPercent: boolean): { amber: string; green: string } {
  return isPercent ? DEFAULT_TOLERANCE_TEXT.percent : DEFAULT_TOLERANCE_TEXT.other;
}

/** The default tolerances for a row, read. */
export function defaultTolerances(isPercent: boolean): { amber: Tolerance; green: Tolerance } {
  const text = defaultToleranceText(isPercent);
  return {
    amber: parseTolerance(text.amber, { kind: 'units', amount: 0 }, 'Amber tolerance'),
    green: parseTolerance(text.green, { kind: 'units', amount: 0 }, 'Green tolerance'),
  };
}
