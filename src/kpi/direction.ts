/**
 * Direction of travel: the current figure against the previous one, judged by polarity.
 * High: up is Improved; Low: down is Improved; Band and Target: closer to the target is
 * Improved. Context makes no judgement: Increased or Decreased. A change within the
 * tolerance (default 0; a relative one is a share of the previous figure) is Unchanged.
 * A missing figure, or a Band or Target measure with no target, is N/A. The current and
 * previous figures and the target must be in the same units (see `units`).
 */
import { readActual } from './actual';
import { isAtMost } from './approx';
import { type CellValue } from './cell';
import { readMeasureRule } from './rule';
import { shortfallFrom } from './shortfall';
import { type Target } from './target';
import { parseTolerance, toleranceInUnits } from './tolerance';
import { type UnitsSide, checkAllUnitsAgree } from './units';

export type Direction = 'Improved' | 'Deteriorated' | 'Unchanged' | 'Increased' | 'Decreased' | 'N/A';

export const DIRECTIONS: readonly Direction[] = ['Improved', 'Deteriorated', 'Unchanged', 'Increased', 'Decreased', 'N/A'];

export interface DirectionInputs {
  current: CellValue;
  previous: CellValue;
  polarity?: string | null;
  tolerance?: CellValue;
  target?: CellValue;
}

export function directionOfTravel(inputs: DirectionInputs): Direction {
  const { polarity, target } = readMeasureRule(inputs.polarity, inputs.target);
  const tolerance = parseTolerance(inputs.tolerance, { kind: 'units', amount: 0 }, 'Tolerance');
  const current = readActual(inputs.current, 'Current');
  const previous = readActual(inputs.previous, 'Previous');
  if (current.kind !== 'value' || previous.kind !== 'value') return 'N/A';
  checkAllUnitsAgree([
    { name: 'Current', values: [current.value], isPercent: current.isPercent },
    { name: 'Previous', values: [previous.value], isPercent: previous.isPercent },
    ...targetSide(target),
  ]);
  // Closer to a band or target can only be judged against one: none (blank, TBC) is N/A, as for RAG.
  if ((polarity === 'Band' || polarity === 'Target') && target.kind === 'none') return 'N/A';

  const change = current.value - previous.value;
  let improvement: number;
  if (polarity === 'High') improvement = change;
  else if (polarity === 'Low') improvement = -change;
  else if (target.kind !== 'none' && polarity !== 'Context') {
    improvement =
      shortfallFrom(previous.value, polarity, target).amount - shortfallFrom(current.value, polarity, target).amount;
  } else improvement = change;

  const scale = Math.max(Math.abs(current.value), Math.abs(previous.value));
  if (isAtMost(Math.abs(improvement), toleranceInUnits(tolerance, previous.value), scale)) return 'Unchanged';
  if (polarity === 'Context') return improvement > 0 ? 'Increased' : 'Decreased';
  return improvement > 0 ? 'Improved' : 'Deteriorated';
}

function targetSide(target: Target): UnitsSide[] {
  if (target.kind === 'none') return [];
  const values = target.kind === 'band' ? [target.low, target.high] : [target.value];
  return [{ name: 'The target', values, isPercent: target.isPercent }];
}
