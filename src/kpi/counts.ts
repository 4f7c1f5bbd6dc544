/**
 * A count (the events of a rate, the numerator of a proportion) is how many: never a share.
 * A share reaches a count's cell two ways: as text with a % (`5%`, `70.4%`), or as a plain
 * fraction of one from a %-formatted cell (0.704 beside a denominator of 169; Excel passes
 * 70.4% as 0.704). Either gives a plausible rate or interval of the wrong thing (`5%` of 100
 * would be a rate of 50 per 100,000), so both are refused, with the count to give instead.
 * Counts need not be whole (averages over several years occur), but an average under one
 * event beside a whole above 1 is far rarer than a %-formatted cell, and its interval is
 * better taken from the total over the years; so such a fraction of one is refused too.
 */
import { KpiInputError } from './errors';
import { readFigureCell } from './numbers';
import { type CellValue } from './cell';

/** Which count, for messages: its argument's name and what it counts. */
export interface CountRole {
  name: string;
  counts: string;
}

export const EVENTS: CountRole = { name: 'Count', counts: 'how many events there were' };
export const NUMERATOR: CountRole = { name: 'Numerator', counts: 'how many met the condition' };

function shown(value: number): string {
  return `${+value.toPrecision(4)}`;
}

/** Throws when `count` looks like a share of `whole` rather than how many. */
export function checkIsCount(count: number, whole: number, role: CountRole, writtenAsPercent = false): void {
  if (!writtenAsPercent && !(count > 0 && count < 1 && whole > 1)) return;
  const how = writtenAsPercent ? `${shown(count * 100)}% is written as a percentage` : `${count} looks like a proportion`;
  throw new KpiInputError(
    `${role.name} ${how}, not a count: the ${role.name.toLowerCase()} is ${role.counts}. ` +
      `Give the count (for ${shown(count * 100)}% of ${whole}, about ${Math.round(count * whole)}).`,
  );
}

/**
 * A count and its whole read from their cells (a figure, or text holding one), the count
 * refused if it is a share; null when either has no figure (no data).
 */
export function readCountOf(
  countCell: CellValue,
  wholeCell: CellValue,
  role: CountRole,
  wholeName: string,
): { count: number; whole: number } | null {
  const count = readFigureCell(countCell, role.name);
  const whole = readFigureCell(wholeCell, wholeName);
  if (count === null || whole === null) return null;
  checkIsCount(count.value, whole.value, role, count.isPercent);
  return { count: count.value, whole: whole.value };
}
