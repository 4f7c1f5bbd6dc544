/**
 * Reading a figure from a cell copied from a report, as an analyst reads it.
 *
 * Report tables mix figures with notes: `84.5k`, `£5,343 (2019/20)`, `£ 17.8 m`,
 * `462.0 (669 Adm's) (Full-year Forecast)`, `1.04% (25 out of 1,406)`, `14.01 (End Dec 2020)`.
 * The figure is the leading number; whatever follows it is commentary. A period label in
 * front is not the figure (`2019/20: 45%` is 45%, `Q3 2020/21 55%` is 55%), and a run of
 * quarters (`Q1 126 Q2 134 Q3 155 Awaiting Q4`) gives the latest quarter given, with a note
 * saying so. Numbers are written `1,234`, `1 234`, `1e3`, `45%`, `45 %`, `45pc`.
 *
 * Some text holds digits that are not a figure at all: a fraction (`119/169`), a date
 * (`01/04/2021`), a period alone (`2019/20`). Reading its first digits would give a
 * plausible wrong answer, so such text is refused with a message saying what it looks
 * like. Text with no number (`AD`, `No return due to COVID-19`) has no figure, which
 * callers treat as "no data" rather than as an error.
 */

import { KpiInputError, quote } from './errors';

export interface ReadNumber {
  /** The figure in Excel's convention: `54%` is 0.54. */
  value: number;
  /** Written with a `%` sign (or `pc`, `per cent`), so a fraction of one. */
  isPercent: boolean;
  /** The text after the figure, for a reader that goes on (a target's band or operator). */
  rest: string;
  /** Set when the text gave several quarters and the latest was taken, e.g. "Q3". */
  latestOf?: string;
}

/** What a text holds: a figure, no figure (no data), or digits that must not be read as one. */
export type NumberScan =
  | { kind: 'figure'; figure: ReadNumber }
  | { kind: 'none' }
  | { kind: 'refused'; why: string };

const NONE: NumberScan = { kind: 'none' };
const PERIOD_ALONE: NumberScan = { kind: 'refused', why: 'is a period, not a figure' };

const SCALE_EXPONENT: Record<string, number> = {
  k: 3, thousand: 3, m: 6, mn: 6, million: 6, bn: 9, billion: 9,
};

// sign, currency, sign again (both `-£5` and `£-5` occur), digits with thousands commas or
// spaces, a decimal part, an exponent; then %, pc or per cent, or a k/m/bn multiplier.
const LEADING_NUMBER = new RegExp(
  String.raw`^\s*([-+\u2212]?)\s*([£$€])?\s*([-+\u2212]?)` +
    String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d+|(?=\.\d))` +
    String.raw`(\.\d*)?(?:e([-+]?\d{1,3})(?![a-z\d]))?`,
  'i',
);
const PERCENT_SUFFIX = /^\s*(?:%|pc(?![a-z])|per\s*cent(?![a-z])|percent(?![a-z]))/i;
const GLUED_SCALE = /^(k|mn|m|bn)(?![a-z])/i;
const SPACED_SCALE = /^\s+(k|mn|m|bn)(?![a-z])/i; // only after a currency sign: `£ 17.8 m`
const SCALE_WORD = /^\s*(thousand|million|billion)(?![a-z])/i;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';
// One period label at the start: a quarter, a financial year (2019/20, 2020-21, 20/21), a
// month (Apr-24, April 2024), or a year followed by a colon; then a separator. A dash with a
// space on each side (`2019/20 - 45%`, `Apr-24 – 93%`) separates as a colon does: read as a
// minus sign it would turn 45% into -45%. A dash glued to the figure (`2020/21 -5`) stays its
// sign. A year alone is a label only before a colon, so `2000 - 2500` stays a band.
const PERIOD_SEPARATOR = String.raw`(?:\s*[:,]|\s+[-\u2013\u2014](?=\s))?\s*`;
const PERIOD_LABEL = new RegExp(
  String.raw`^\s*(?:FY\s*)?(?:Q[1-4](?![a-z\d])|((?:19|20)\d{2})\s*[/\-–]\s*(\d{4}|\d{2})(?!\d)|(\d{2})/(\d{2})(?![\d/])|` +
    `${MONTH}[\\s\\-']*(?:\\d{4}|\\d{2})(?![\\d/])|(?:19|20)\\d{2}(?=\\s*:))${PERIOD_SEPARATOR}`,
  'i',
);
const DATE = new RegExp(
  String.raw`^\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?![a-z]))`,
  'i',
);
const FRACTION = /^\s*(\d[\d,]*(?:\.\d+)?)\s*(?:\/|\s(?:out\s+of|of)\s)\s*(\d[\d,]*(?:\.\d+)?)/i;
const QUARTER = /\bQ([1-4])(?![a-z\d])/gi;
const BAND_SEPARATOR = /^\s*(?:-|–|—|to)\s*/i;
// A comma or point straight after a whole number, then more digits (`1,2345`, `1.234,5`,
// `12,34`): the number read so far is only its first digits, so the text is no figure.
// A comma and a space after the number is commentary (`1,234, of which…`).
const MORE_DIGITS = /^[.,]\d/;
const BADLY_GROUPED: NumberScan = {
  kind: 'refused',
  why: 'has its digits grouped in a way no number is written: commas every three digits, a point before the decimals',
};

/** `2019/20`, `2020-2021`, `20/21`: the second year follows the first. */
function isYearPair(first: string, second: string): boolean {
  const year = Number(first);
  const next = Number(second);
  return second.length === 4 ? next === year + 1 : next === (year + 1) % 100;
}

/** The period labels at the start of the text taken off, or null when a label is not a year pair. */
function withoutPeriodLabels(text: string): { rest: string; labels: string } {
  let rest = text;
  let labels = '';
  for (let match = PERIOD_LABEL.exec(rest); match; match = PERIOD_LABEL.exec(rest)) {
    const [whole, fullYear, fullNext, shortYear, shortNext] = match;
    if (fullYear && !isYearPair(fullYear, fullNext)) break;
    if (shortYear && !isYearPair(shortYear, shortNext)) break;
    labels += whole;
    rest = rest.slice(whole.length);
  }
  return { rest, labels };
}

function figureText(value: number): string {
  return `${+value.toPrecision(3)}`;
}

/** Digits that are not a figure, with what they look like; null when the text is fine so far. */
function notAFigure(text: string): string | null {
  if (DATE.test(text)) return 'looks like a date, not a figure';
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [, part, whole] = fraction;
    const share = Number(part.replace(/,/g, '')) / Number(whole.replace(/,/g, ''));
    const asPercent = Number.isFinite(share) ? ` (${figureText(share * 100)}%)` : '';
    return `looks like a fraction, ${part} out of ${whole}${asPercent}, not a figure`;
  }
  return null;
}

/** The leading number of text with no labels in front: digits, multiplier or percent. */
function leadingNumber(text: string): NumberScan {
  const match = LEADING_NUMBER.exec(text);
  if (!match || (match[4] === '' && !match[5])) return NONE;
  const [whole, sign1, currency, sign2, digits, decimals = '', exponent = '0'] = match;
  let rest = text.slice(whole.length);
  if (MORE_DIGITS.test(rest)) return BADLY_GROUPED;
  let shift = 0;
  let isPercent = false;
  const suffix = PERCENT_SUFFIX.exec(rest);
  const scale = suffix ? null : (GLUED_SCALE.exec(rest) ?? (currency ? SPACED_SCALE.exec(rest) : null) ?? SCALE_WORD.exec(rest));
  if (suffix) {
    isPercent = true;
    shift = -2;
    rest = rest.slice(suffix[0].length);
  } else if (scale) {
    shift = SCALE_EXPONENT[scale[1].toLowerCase()];
    rest = rest.slice(scale[0].length);
  }
  const mantissa = `${digits.replace(/[, \u00A0\u202F]/g, '') || '0'}${decimals === '.' ? '' : decimals}`;
  const value = Number(`${mantissa}e${Number(exponent) + shift}`);
  if (!Number.isFinite(value)) return NONE;
  const negative = /[-\u2212]/.test(sign1) !== /[-\u2212]/.test(sign2);
  return { kind: 'figure', figure: { value: negative && value !== 0 ? -value : value, isPercent, rest } };
}

/** The number after a band separator (`56-61%`, `10 to 15`): none when there is no separator. */
function bandEndScan(rest: string): NumberScan {
  const separator = BAND_SEPARATOR.exec(rest);
  return separator ? leadingNumber(rest.slice(separator[0].length)) : NONE;
}

/**
 * A word or sign before a figure that makes it no single figure: an approximation (`c. 50`,
 * `approx 50`, `~50`) or a bound (`>90%`, `Above 90%`). As an actual it is neither no data
 * nor the figure: which figure to rate is the analyst's call. (A target's bound is read
 * before its figure is scanned, so `>90%` as a target is still a bound.)
 */
const HEDGE =
  /^\s*(?:c\.|ca\.|circa|approx(?:\.|imately)?|about|around|roughly|est(?:\.|imated)?|~|≈|>=?|<=?|≥|≤|above|below|over|under|more than|less than|at least|at most)\s*/i;
const HEDGED: NumberScan = { kind: 'refused', why: 'has a word or sign before its figure (an approximation such as c. or ~, or a bound such as >), so it is not one figure to rate' };

/** One reading of text that may start with period labels. */
function scanLabelled(text: string): NumberScan {
  const { rest, labels } = withoutPeriodLabels(text);
  const refused = notAFigure(rest);
  if (refused) return { kind: 'refused', why: refused };
  const figure = leadingNumber(rest);
  // A band's second end is refused as its first would be, so `56-61,5%` is not read as 56.
  if (figure.kind === 'figure' && bandEndScan(figure.figure.rest).kind === 'refused') return BADLY_GROUPED;
  if (figure.kind !== 'none') return figure;
  if (labels.trim() !== '' && rest.trim() === '') return PERIOD_ALONE;
  const hedge = HEDGE.exec(rest);
  const hedged = hedge ? leadingNumber(rest.slice(hedge[0].length)) : NONE;
  // "Over 65s", "Under 18s: 45%" name an age group, not a bound on a figure.
  if (hedged.kind === 'figure' && !/^[a-z]/i.test(hedged.figure.rest)) return HEDGED;
  return NONE;
}

/**
 * `Q1 126 Q2 134 Q3 155 Awaiting Q4`: each quarter with its figure, the latest one given
 * taken. Null when the text is not such a run (one quarter label is just a label).
 */
function latestQuarter(text: string): NumberScan | null {
  const starts = [...text.matchAll(QUARTER)].map((match) => match.index ?? 0);
  if (starts.length < 2 || text.slice(0, starts[0]).trim() !== '') return null;
  const given: { quarter: string; scan: NumberScan }[] = starts.map((start, i) => ({
    quarter: text.slice(start, start + 2).toUpperCase(),
    scan: scanLabelled(text.slice(start, starts[i + 1] ?? text.length)),
  }));
  const withFigures = given.filter((entry) => entry.scan.kind === 'figure');
  if (withFigures.length < 2) return null;
  // Digits after the latest figure that are no figure (`Q3 1,55`) would make the quarter before
  // look like the latest; a quarter with nothing yet (`Awaiting Q4`) is just not given.
  const later = given.slice(given.indexOf(withFigures[withFigures.length - 1]));
  const refused = later.find((entry) => entry.scan.kind === 'refused' && entry.scan !== PERIOD_ALONE);
  if (refused) return refused.scan;
  const latest = withFigures[withFigures.length - 1];
  if (latest.scan.kind !== 'figure') return null;
  return { kind: 'figure', figure: { ...latest.scan.figure, latestOf: latest.quarter } };
}

/** What `text` holds: its figure, nothing, or digits that are not a figure. Never throws. */
export function scanNumber(text: string): NumberScan {
  return latestQuarter(text) ?? scanLabelled(text);
}

/** The figure of `text`, or null when it has none or holds digits that are not a figure. */
export function readNumber(text: string): ReadNumber | null {
  const scan = scanNumber(text);
  return scan.kind === 'figure' ? scan.figure : null;
}

/** A second number after a band separator (`56-61%`, `10 to 15`), or null. */
export function bandEnd(rest: string): ReadNumber | null {
  const end = bandEndScan(rest);
  return end.kind === 'figure' ? end.figure : null;
}

/**
 * The single figure in text, for actuals, counts and KPI.VALUE: null for no data, an error
 * for a fraction, a date, a period alone or a band, each named for what it looks like.
 */
export function readFigureText(text: string, name: string): ReadNumber | null {
  const scan = scanNumber(withoutBracketedNotes(text));
  if (scan.kind === 'none') return null;
  if (scan.kind === 'refused') {
    throw new KpiInputError(`${name} ${quote(text)} ${scan.why}. Enter the figure itself, e.g. 45% or 1,234.`);
  }
  const end = bandEnd(scan.figure.rest);
  if (end) {
    throw new KpiInputError(
      `${name} ${quote(text)} is a band (a range of two figures), not a single figure. ` +
        'Enter the one figure to use; a band belongs in the target.',
    );
  }
  return scan.figure;
}

/** Removes bracketed notes, `<553 (800 Adm's)` → `<553`, so they cannot be read as figures. */
export function withoutBracketedNotes(text: string): string {
  return text.replace(/\([^()]*\)|\[[^\]]*\]/g, ' ');
}

/**
 * A figure from a cell: a number as it is, the figure of text, or null for a blank or
 * text with no number (no data). `name` starts the message for a logical or a non-figure.
 */
export function readFigure(cell: number | string | boolean | null | undefined, name: string): number | null {
  return readFigureCell(cell, name)?.value ?? null;
}

/** `readFigure`, keeping whether the figure was written as a percentage. */
export function readFigureCell(
  cell: number | string | boolean | null | undefined,
  name: string,
): { value: number; isPercent: boolean } | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new KpiInputError(`${name} is not a finite number.`);
    return { value: cell, isPercent: false };
  }
  if (typeof cell === 'boolean') {
    throw new KpiInputError(`${name} ${cell ? 'TRUE' : 'FALSE'} is a logical value, not a number.`);
  }
  if (cell == null) return null;
  return readFigureText(cell, name);
}
