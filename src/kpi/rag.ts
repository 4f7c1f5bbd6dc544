/**
 * RAG rating. The shortfall is how far the actual is on the wrong side of its target:
 * Green if it is within the green tolerance, Amber if within the amber tolerance,
 * otherwise Red; both bounds inclusive (computed as ranges of the actual, see `thresholds`). No target or Context polarity gives N/A (not rated); an actual with no
 * figure gives No data; a hand-written rating passes through.
 */
import { type Actual, readActual } from './actual';
import { type CellValue } from './cell';
import { type RagResult } from './rating';
import { type MeasureRule, readMeasureRule } from './rule';
import { isWithinTolerance } from './thresholds';
import {
  DEFAULT_AMBER_TOLERANCE,
  DEFAULT_GREEN_TOLERANCE,
  type Tolerance,
  parseTolerance,
} from './tolerance';
import { checkUnitsAgree } from './units';

export interface RagInputs {
  actual: CellValue;
  target: CellValue;
  polarity?: string | null;
  amberTolerance?: CellValue;
  greenTolerance?: CellValue;
}

/** Rates an actual already read against a rule already read. */
export function rateMeasure(actual: Actual, rule: MeasureRule, amber: Tolerance, green: Tolerance): RagResult {
  if (actual.kind === 'rating') return actual.rating;
  const { polarity, target } = rule;
  if (polarity === 'Context' || target.kind === 'none') return 'N/A';
  if (actual.kind === 'none') return 'No data';
  checkUnitsAgree(actual, target);
  if (isWithinTolerance(actual.value, polarity, target, green)) return 'Green';
  if (isWithinTolerance(actual.value, polarity, target, amber)) return 'Amber';
  return 'Red';
}

export interface RagRule {
  rule: MeasureRule;
  amber: Tolerance;
  green: Tolerance;
}

/** Reads everything but the actual: the rule a RAG column applies to one row. */
export function readRagRule(inputs: Omit<RagInputs, 'actual'>): RagRule {
  return {
    rule: readMeasureRule(inputs.polarity, inputs.target),
    amber: parseTolerance(inputs.amberTolerance, DEFAULT_AMBER_TOLERANCE, 'Amber tolerance'),
    green: parseTolerance(inputs.greenTolerance, DEFAULT_GREEN_TOLERANCE, 'Green tolerance'),
  };
}

/** The RAG word for one measure, from cells as the analyst wrote them. */
export function ragFor(inputs: RagInputs): RagResult {
  const { rule, amber, green } = readRagRule(inputs);
  return rateMeasure(readActual(inputs.actual), rule, amber, green);
}
