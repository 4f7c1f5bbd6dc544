/**
 * Relative targets: a change on a baseline or the previous period's figure, as councils
 * write them: "+5%", "5% increase", "10% reduction", "reduce by 10%", "389 fewer",
 * "+50". A rise is a target to reach at least; a fall, one to stay at most. On its own such
 * a target has nothing to be relative to, so it is read only with its base; the target
 * actually used is shown, "+5% on 660 = 693", so a scrutiny reader can check it.
 *
 * On a percentage figure "+5%" could mean five points or five per cent of the figure: it
 * is refused, and "+5pp" (points) says which.
 */
import { KpiInputError, quote } from './errors';
import { type Bound } from './target';

export interface RelativeTarget {
  /** The change as written: a share of the base (0.05 for 5%), points (0.05 for 5pp) or the measure's own units. */
  change: { kind: 'share'; fraction: number } | { kind: 'points'; amount: number } | { kind: 'units'; amount: number };
  direction: 'rise' | 'fall';
}

const NUMBER = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)`;
const UNIT = String.raw`(%|pp|pts?|points?|percentage points?)`;
const AMOUNT = String.raw`${NUMBER}\s*${UNIT}?`;
const RISE = 'increase|increased|rise|higher|more|additional|extra|up|growth';
const FALL = 'reduction|reduce|reduced|decrease|decreased|fall|lower|fewer|less|down|cut|drop';

const PLUS = new RegExp(String.raw`^\+\s*${AMOUNT}$`, 'i');
// A minus sign alone could be a negative figure to reach; with % or points it is a fall.
const MINUS = new RegExp(String.raw`^[-\u2212]\s*${NUMBER}\s*${UNIT}$`, 'i');
const AMOUNT_THEN_WORD = new RegExp(String.raw`^${AMOUNT}\s+(${RISE}|${FALL})(?:\s+(?:on|than|from|against)\b.*)?$`, 'i');
const WORD_THEN_AMOUNT = new RegExp(String.raw`^(${RISE}|${FALL})(?:\s+(?:by|of))?\s+${AMOUNT}$`, 'i');

function changeOf(digits: string, unit: string | undefined): RelativeTarget['change'] {
  const amount = Number(digits.replace(/,/g, ''));
  if (unit === undefined) return { kind: 'units', amount };
  return unit === '%' ? { kind: 'share', fraction: amount / 100 } : { kind: 'points', amount: amount / 100 };
}

const isFall = (word: string) => new RegExp(`^(?:${FALL})$`, 'i').test(word);

/** The relative target `text` writes, or null when it is not one ("5% Or Less" is a bound, not a change). */
export function readRelativeTarget(text: string): RelativeTarget | null {
  const words = text.trim().replace(/\s+/g, ' ');
  const plus = PLUS.exec(words) ?? MINUS.exec(words);
  if (plus) return { change: changeOf(plus[1], plus[2]), direction: words.startsWith('+') ? 'rise' : 'fall' };
  const after = AMOUNT_THEN_WORD.exec(words);
  if (after) return { change: changeOf(after[1], after[2]), direction: isFall(after[3]) ? 'fall' : 'rise' };
  const before = WORD_THEN_AMOUNT.exec(words);
  if (before) return { change: changeOf(before[2], before[3]), direction: isFall(before[1]) ? 'fall' : 'rise' };
  return null;
}

export interface ResolvedTarget {
  value: number;
  bound: Bound;
  /** Target text the engine reads as this target (">=693", ">=47.25%"), for formulas and the rating. */
  cellText: string;
  /** What was used, for the reader: "+5% on 660 = 693". */
  shown: string;
}

/** Plain decimal text, never an exponent, as long as the figure needs: 693, 0.4725. */
function figureText(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
}

function shownFigure(value: number, isPercent: boolean): string {
  const shown = (figure: number) => figure.toLocaleString('en-US', { maximumSignificantDigits: 12 });
  return isPercent ? `${shown(value * 100)}%` : shown(value);
}

/**
 * The target `relative` makes of a base figure. `baseIsPercent`: the base is a percentage,
 * where a change in "%" could mean points or a share and is refused for that reason.
 */
export function resolveRelativeTarget(text: string, relative: RelativeTarget, base: number, baseIsPercent: boolean): ResolvedTarget {
  const { change, direction } = relative;
  if (change.kind === 'share' && baseIsPercent) {
    throw new KpiInputError(
      `Target ${quote(text)} is a change in % on a percentage: it could mean points or a share of the figure. Write it in points (${direction === 'rise' ? '+' : '-'}${change.fraction * 100}pp), or as the figure to reach.`,
    );
  }
  const step = change.kind === 'share' ? Math.abs(base) * change.fraction : change.amount;
  const value = base + (direction === 'rise' ? step : -step);
  const bound: Bound = direction === 'rise' ? 'atLeast' : 'atMost';
  const isPercent = baseIsPercent || change.kind === 'points';
  const cellText = `${bound === 'atLeast' ? '>=' : '<='}${isPercent ? `${figureText(value * 100)}%` : figureText(value)}`;
  return { value, bound, cellText, shown: `${text.trim()} on ${shownFigure(base, isPercent)} = ${shownFigure(value, isPercent)}` };
}
