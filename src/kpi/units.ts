/**
 * Units must agree wherever two figures are compared: an actual and its target, this
 * period and the last, a value and its benchmark or limits, a value and its comparators.
 * Excel stores 84% as 0.84, so 84 beside 86% is almost certainly 84 percent written as a
 * whole number; rating it would say Green for a shortfall.
 *
 * One side is a fraction (written with %, or, where figures can only be plain numbers, as
 * for benchmarks and comparators, plain figures no larger than 1) and the other plain
 * figures above 1. The plain side is flagged only when reading it as whole percent
 * puts it much nearer the other side than reading it as it is: nearness is a ratio, not a
 * difference, and "much" is at least four times nearer. So 84 beside 86% is flagged (as it
 * is, 98 times too big; as 84%, almost equal), while 1.04 beside >50.8% is 104% and is
 * rated: real measures exceed 100% (occupancy, spend against budget).
 */
import { KpiInputError } from './errors';

/** One side of a comparison: a name for messages, its figures, and whether written with %. */
export interface UnitsSide {
  name: string;
  values: readonly number[];
  isPercent: boolean;
  /** The name is plural ("The comparators"), so the message says "look like … numbers". */
  plural?: boolean;
}

function magnitudes(side: UnitsSide): number[] {
  return side.values.map(Math.abs).filter((value) => value > 0 && Number.isFinite(value));
}

/**
 * The smallest plain figure that reads as whole percent beside fractions `lo`..`hi`
 * (magnitudes): reading it as percent puts it at least four times nearer, by ratio, than
 * reading it as it is. Worked out from the ratios: a figure p above the fractions is
 * ln(p/hi) away as it is and ln(100·lo/p) away as percent, and the gap reaches ln 4 at
 * p = 20·√(lo·hi); when the fractions span more than 25-fold, p/100 falls inside them
 * first, and the gap is ln(p/hi), reaching ln 4 at 4·hi. 84 beside 86% is over 17.2,
 * so flagged; 1.04 beside 50.8% is under 10.16, so rated.
 */
export function wholePercentFrom(lo: number, hi: number): number {
  return hi <= 25 * lo ? 20 * Math.sqrt(lo * hi) : 4 * hi;
}

/**
 * For a percentage target, the rule as data for spreadsheet formulas: an actual at or
 * beyond this figure (at or above when positive, at or below when negative), and beyond 1
 * in size, is whole percent. Null when the target has no non-zero figure or mixes signs.
 */
export function wholePercentActualFrom(bounds: readonly number[]): number | null {
  const sizes = magnitudes({ name: '', values: bounds, isPercent: true });
  const positive = bounds.every((bound) => bound >= 0);
  if (sizes.length === 0 || !(positive || bounds.every((bound) => bound <= 0))) return null;
  const from = wholePercentFrom(Math.min(...sizes), Math.max(...sizes));
  return positive ? from : -from;
}

function shown(value: number): string {
  return `${+value.toPrecision(12)}`;
}

function describeSide(side: UnitsSide): string {
  const [low, high] = [Math.min(...side.values), Math.max(...side.values)];
  const figure = (value: number) => (side.isPercent ? `${shown(value * 100)}%` : shown(value));
  return low === high ? figure(low) : `${figure(low)} to ${figure(high)}`;
}

/**
 * Which side, if either, is plain whole figures beside a fraction: the one to judge. Plain
 * figures up to 1 count as a fraction only when `plainFractions` (the inputs cannot carry a
 * %, so 0.627 beside 64.2 is the only sign); elsewhere a plain 0.5 beside 2 to 50 is
 * ambiguous and left alone.
 */
function plainBesideFraction(a: UnitsSide, b: UnitsSide, plainFractions: boolean): [UnitsSide, UnitsSide] | null {
  const above1 = (side: UnitsSide) => !side.isPercent && side.values.every((value) => Math.abs(value) > 1);
  const fraction = (side: UnitsSide) => side.isPercent || (plainFractions && side.values.every((value) => Math.abs(value) <= 1));
  if (above1(a) && fraction(b)) return [a, b];
  if (above1(b) && fraction(a)) return [b, a];
  return null;
}

/**
 * Throws when one side looks like whole percent beside the other, with both readings of it
 * and how to enter each. Sides with no non-zero figure cannot disagree.
 */
export function checkUnitsAgree(a: UnitsSide, b: UnitsSide, plainFractions = false): void {
  if (magnitudes(a).length === 0 || magnitudes(b).length === 0) return;
  // Figures of opposite signs have no ratio to judge by (a change of -0.5 beside 10 is no mix-up of units).
  const all = [...a.values, ...b.values];
  if (!(all.every((value) => value >= 0) || all.every((value) => value <= 0))) return;
  const pair = plainBesideFraction(a, b, plainFractions);
  if (!pair) return;
  const [plain, fraction] = pair;
  // The plain figure nearest the fractions decides: all of the plain side must read as whole percent.
  const sizes = magnitudes(fraction);
  const nearest = Math.min(...magnitudes(plain));
  if (nearest < wholePercentFrom(Math.min(...sizes), Math.max(...sizes))) return;
  const figure = plain.values.find((value) => Math.abs(value) === nearest) ?? plain.values[0];
  throw new KpiInputError(
    `${plain.name} ${describeSide(plain)} ${plain.plural ? 'look like whole numbers' : 'looks like a whole number'} of percent beside ${fraction.name.toLowerCase()} ` +
      `${describeSide(fraction)}${fraction.isPercent ? '' : ' (a fraction of one)'}. ` +
      `If you meant ${shown(figure)}%, enter ${shown(figure / 100)} formatted as % (or the text "${shown(figure)}%"); ` +
      `if you meant ${shown(figure)} as it is, that is ${shown(figure * 100)}%: enter the text "${shown(figure * 100)}%".`,
  );
}

/** The same check over every pair, for comparisons of more than two figures. */
export function checkAllUnitsAgree(sides: readonly UnitsSide[], plainFractions = false): void {
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) checkUnitsAgree(sides[i], sides[j], plainFractions);
  }
}
