/**
 * Targets as councils write them: `86%`, `>11%`, `<553 (800 Adm's)`, `56-61%`,
 * `5% Or Less`, `10 Days`, `£17.2m`, or a word meaning there is none (`N/A`, `TBC`,
 * `Monitor`, `Baseline year`). Bounds are inclusive: 11.0% meets `>11%`.
 */
import { type CellValue, isBlank } from './cell';
import { KpiInputError, quote } from './errors';
import { refuseExcelError } from './excel-errors';
import { memoizeText } from './memo';
import { type ReadNumber, bandEnd, scanNumber, withoutBracketedNotes } from './numbers';
import { readRatingWord } from './rating';
import { readRelativeTarget } from './relative-target';

/**
 * A target of free text with no number in it that is not a no-target word ("Due to
 * pandemic – data is to be delayed", "Improve", "Top quartile"): its row is not rated, with
 * this message as the reason, and in a table it never stops the other rows.
 */
export class FreeTextTargetError extends KpiInputError {}

/** A change on a base ("+5%", "10% reduction") read without the base it needs. */
export class RelativeTargetError extends KpiInputError {}

export type Bound = 'atLeast' | 'atMost';

export type Target =
  | { kind: 'none' }
  | { kind: 'value'; value: number; bound: Bound | null; isPercent: boolean }
  | { kind: 'band'; low: number; high: number; isPercent: boolean };

export const NO_TARGET: Target = { kind: 'none' };

const NO_TARGET_WORDS = new Set([
  'n/a', 'na', 'monitor', 'context', 'context only', 'tbc', 'tba', 'to be confirmed', 'not set',
  'none', 'no target', 'not applicable', '-', '–', '—',
]);
const NO_TARGET_OPENINGS = ['baseline', 'new measure', 'no target', 'monitor'];

const LEADING_OPERATORS: readonly [RegExp, Bound][] = [
  [/^(?:>=?|≥|=>|at least|min(?:imum|\.)?|no less than|not less than|more than|above|over)\s*/i, 'atLeast'],
  [/^(?:<=?|≤|=<|at most|max(?:imum|\.)?|no more than|not more than|less than|below|under)\s*/i, 'atMost'],
];
const TRAILING_OPERATORS: readonly [RegExp, Bound][] = [
  [/\bor\s+(?:more|higher|above|over|greater|better)\b/i, 'atLeast'],
  [/\bor\s+(?:less|lower|below|under|fewer)\b/i, 'atMost'],
];

function isNoTargetWord(text: string): boolean {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.…]+$/, '');
  return (
    NO_TARGET_WORDS.has(words) ||
    NO_TARGET_OPENINGS.some((opening) => words.startsWith(opening)) ||
    readRatingWord(words) !== null // a milestone's target (`Green`) is judged, not computed
  );
}

const PLUS_MINUS = /^\s*(?:±|\+\s*\/\s*-|\+\s*-)\s*/;
const POINTS = /^\s*(?:pp|pts?|points?|percentage points?)(?![a-z])/i;

/**
 * `100 ± 5` (or `+/-`) is the band 95 to 105; on a percentage, `50% ± 2pp` is 48% to 52%.
 * A spread that could be read two ways is refused: `50% ± 2%` is 48–52% to some and 49–51%
 * (2% of the target) to others, and `50% ± 2` beside a percentage is points or a fraction.
 */
function plusMinusBand(text: string, centre: ReadNumber, rest: string): Target | null {
  const sign = PLUS_MINUS.exec(rest);
  if (!sign) return null;
  const spread = scanNumber(rest.slice(sign[0].length));
  if (spread.kind !== 'figure') throw new KpiInputError(`Target ${quote(text)} has a ± with no figure after it. Write the band, e.g. 95-105.`);
  const points = POINTS.test(spread.figure.rest);
  const clear = centre.isPercent ? points && !spread.figure.isPercent : !points && !spread.figure.isPercent;
  if (!clear) {
    throw new KpiInputError(
      `Target ${quote(text)} can be read two ways (points, or a share of the target). Write the band itself, e.g. ${centre.isPercent ? '48-52%' : '95-105'}, ` +
        `or ${centre.isPercent ? 'the spread in points (50% ± 2pp)' : 'the spread in the measure’s units (100 ± 5)'}.`,
    );
  }
  const half = centre.isPercent ? spread.figure.value / 100 : spread.figure.value;
  return { kind: 'band', low: centre.value - Math.abs(half), high: centre.value + Math.abs(half), isPercent: centre.isPercent };
}

function parseTargetText(text: string): Target {
  if (isNoTargetWord(text)) return NO_TARGET;
  if (readRelativeTarget(text)) {
    throw new RelativeTargetError(
      `Target ${quote(text)} is a change on a baseline or the previous figure, which it does not have here. ` +
        `Map a Baseline or Previous column, or write the figure to reach.`,
    );
  }
  let rest = withoutBracketedNotes(text).trim();
  let bound: Bound | null = null;
  for (const [pattern, operator] of LEADING_OPERATORS) {
    const match = pattern.exec(rest);
    if (match) {
      bound = operator;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const scan = scanNumber(rest);
  if (scan.kind === 'refused') {
    throw new KpiInputError(`Target ${quote(text)} ${scan.why}. Write a figure such as 86%, >11%, <553 or 56-61%.`);
  }
  if (scan.kind === 'none') {
    throw new FreeTextTargetError(
      `Target ${quote(text)} has no number to rate against. Write a figure such as 86%, >11%, ` +
        `<553 or 56-61%, or N/A, TBC or Monitor when there is no target.`,
    );
  }
  const first = scan.figure;
  const afterFirst = first.rest;
  const spread = plusMinusBand(text, first, afterFirst);
  if (spread) {
    if (bound) throw new KpiInputError(`Target ${quote(text)} mixes a band (±) with ${bound === 'atLeast' ? '>' : '<'}. Write either a band or a bound.`);
    return spread;
  }
  const second = bandEnd(afterFirst);
  if (second) {
    if (bound) {
      throw new KpiInputError(`Target ${quote(text)} mixes a band with ${bound === 'atLeast' ? '>' : '<'}. Write either a band (56-61%) or a bound (>56%).`);
    }
    const isPercent = first.isPercent || second.isPercent;
    // `56-61%`: the % written once applies to both ends.
    const low = isPercent && !first.isPercent ? first.value / 100 : first.value;
    const high = isPercent && !second.isPercent ? second.value / 100 : second.value;
    return { kind: 'band', low: Math.min(low, high), high: Math.max(low, high), isPercent };
  }
  for (const [pattern, operator] of TRAILING_OPERATORS) {
    if (pattern.test(afterFirst)) {
      if (bound && bound !== operator) {
        throw new KpiInputError(`Target ${quote(text)} says both "at least" and "at most". Keep one.`);
      }
      bound = operator;
    }
  }
  return { kind: 'value', value: first.value, bound, isPercent: first.isPercent };
}

const parseTargetTextOnce = memoizeText(parseTargetText);

/** Reads one target cell. Text is parsed once and remembered; numbers are taken as they are. */
export function parseTarget(cell: CellValue): Target {
  if (isBlank(cell)) return NO_TARGET;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new KpiInputError('Target is not a finite number.');
    return { kind: 'value', value: cell, bound: null, isPercent: false };
  }
  if (typeof cell === 'boolean') {
    throw new KpiInputError(`Target ${cell ? 'TRUE' : 'FALSE'} is a logical value. Enter a figure such as 86% or >11%.`);
  }
  // An error is a broken formula to fix, not free text to leave unrated.
  refuseExcelError(cell, 'target');
  return parseTargetTextOnce(cell);
}

/** How a target reads in a message: `>11%`, `56-61%`, `553`. */
export function describeTarget(target: Target): string {
  if (target.kind === 'none') return 'no target';
  const figure = (value: number) => `${+(target.isPercent ? value * 100 : value).toPrecision(12)}`;
  const unit = target.isPercent ? '%' : '';
  if (target.kind === 'band') return `${figure(target.low)}-${figure(target.high)}${unit}`;
  const operator = target.bound === 'atLeast' ? '>' : target.bound === 'atMost' ? '<' : '';
  return `${operator}${figure(target.value)}${unit}`;
}
