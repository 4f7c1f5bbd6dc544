/**
 * Reading the number at the start of a cell copied from a report.
 *
 * Report tables mix figures with notes: `84.5k`, `£5,343 (2019/20)`,
 * `462.0 (669 Adm's) (Full-year Forecast)`, `1.04% (25 out of 1,406)`. The figure is
 * always the leading number; whatever follows it is commentary. Text with no leading
 * number (`AD`, `No return due to COVID-19`) has no figure at all, which callers treat
 * as "no data" rather than as an error.
 */

import { KpiInputError } from './errors';

export interface ReadNumber {
  /** The figure in Excel's convention: `54%` is 0.54. */
  value: number;
  /** Written with a `%` sign, so a fraction of one. */
  isPercent: boolean;
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };

// sign, currency, sign again (both `-£5` and `£-5` occur), digits with optional thousands
// commas, then an optional %, or a k/m/bn multiplier glued to the digits.
const LEADING_NUMBER =
  /^\s*([-+\u2212]?)\s*[£$€]?\s*([-+\u2212]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:\s*(%)|(k|m|bn)(?![a-z]))?/i;

/** The leading number of `text`, or null when the text does not start with one. */
export function readNumber(text: string): ReadNumber | null {
  const match = LEADING_NUMBER.exec(text);
  if (!match) return null;
  const [, sign1, sign2, digits, percent, scale] = match;
  const negative = (sign1 === '-' || sign1 === '\u2212') !== (sign2 === '-' || sign2 === '\u2212');
  let value = Number(digits.replace(/,/g, ''));
  if (percent) value /= 100;
  if (scale) value *= SCALE[scale.toLowerCase()];
  if (!Number.isFinite(value)) return null;
  return { value: negative ? -value : value, isPercent: Boolean(percent) };
}

/** Removes bracketed notes, `<553 (800 Adm's)` → `<553`, so they cannot be read as figures. */
export function withoutBracketedNotes(text: string): string {
  return text.replace(/\([^()]*\)|\[[^\]]*\]/g, ' ');
}

/**
 * A figure from a cell: a number as it is, the leading number of text, or null for a
 * blank or text with no number (no data). `name` starts the message for a logical.
 */
export function readFigure(cell: number | string | boolean | null | undefined, name: string): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new KpiInputError(`${name} is not a finite number.`);
    return cell;
  }
  if (typeof cell === 'boolean') {
    throw new KpiInputError(`${name} ${cell ? 'TRUE' : 'FALSE'} is a logical value, not a number.`);
  }
  if (cell == null) return null;
  return readNumber(cell)?.value ?? null;
}
