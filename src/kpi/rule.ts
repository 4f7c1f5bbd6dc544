/**
 * A measure's rule: its polarity and target read together. A blank polarity takes the
 * target's operator (`>11%` is High, `<553` is Low, `56-61%` is Band); with no target it
 * is Context (nothing to rate). A blank polarity beside a plain target (`86%`) is a
 * question, not Context: guessing either way would rate the row silently wrong, so it is
 * an error that asks for the polarity. An operator that contradicts the polarity (`<553`
 * with High) is an error too, because rating it either way would mislead.
 */
import { type CellValue } from './cell';
import { KpiInputError } from './errors';
import { type Polarity, parsePolarity } from './polarity';
import { type Target, describeTarget, parseTarget } from './target';

export interface MeasureRule {
  polarity: Polarity;
  target: Target;
}

function polarityFromTarget(target: Target): Polarity {
  if (target.kind === 'band') return 'Band';
  if (target.kind === 'value' && target.bound === 'atLeast') return 'High';
  if (target.kind === 'value' && target.bound === 'atMost') return 'Low';
  if (target.kind === 'value') {
    throw new KpiInputError(
      `Polarity is blank and the target ${describeTarget(target)} has no operator, so which way is good is not known. ` +
        'Enter High, Low, Band or Target as the polarity (or Context to leave the row unrated), ' +
        `or write the target with an operator such as >${describeTarget(target)}.`,
    );
  }
  return 'Context';
}

function contradiction(polarity: Polarity, target: Target): string | null {
  const shown = () => describeTarget(target); // only built for a message: this runs once per row
  if (target.kind === 'band') {
    return polarity === 'High' || polarity === 'Low'
      ? `Target ${shown()} is a band, but polarity is ${polarity}. Use Band polarity, or a single target such as ${describeTarget(polarity === 'High' ? { ...target, kind: 'value', value: target.low, bound: 'atLeast' } : { ...target, kind: 'value', value: target.high, bound: 'atMost' })}.`
      : null;
  }
  if (target.kind !== 'value' || target.bound === null) return null;
  if (polarity === 'High' && target.bound === 'atMost') {
    return `Target ${shown()} means "at most", but polarity is High (higher is better). Use Low polarity, or write the target without <.`;
  }
  if (polarity === 'Low' && target.bound === 'atLeast') {
    return `Target ${shown()} means "at least", but polarity is Low (lower is better). Use High polarity, or write the target without >.`;
  }
  if (polarity === 'Band' || polarity === 'Target') {
    return `Target ${shown()} is a one-sided bound, but polarity is ${polarity}. Use High or Low polarity, or write a band such as 56-61%.`;
  }
  return null;
}

/** Reads a polarity word and a target cell into one consistent rule. */
export function readMeasureRule(polarityWord: string | null | undefined, targetCell: CellValue): MeasureRule {
  const target = parseTarget(targetCell);
  const polarity = parsePolarity(polarityWord) ?? polarityFromTarget(target);
  const problem = contradiction(polarity, target);
  if (problem) throw new KpiInputError(problem);
  return { polarity, target };
}
