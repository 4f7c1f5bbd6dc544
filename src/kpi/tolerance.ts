/**
 * Tolerances: how far short of target still counts as Green or Amber.
 *
 * Written three ways: a number is in the measure's own units (0.05 on a percentage is
 * 5 points); `5pp` or `5 pts` is percentage points; `5%` is relative, 5% of the target
 * (for a band, of the bound that was missed).
 */
import { type CellValue, isBlank } from './cell';
import { KpiInputError, quote } from './errors';
import { memoizeText } from './memo';

export type Tolerance = { kind: 'units'; amount: number } | { kind: 'relative'; fraction: number };

export const DEFAULT_GREEN_TOLERANCE: Tolerance = { kind: 'units', amount: 0 };
export const DEFAULT_AMBER_TOLERANCE: Tolerance = { kind: 'relative', fraction: 0.05 };

const TOLERANCE_TEXT =
  /^([+]?(?:\d+(?:\.\d*)?|\.\d+))\s*(pp|pts?|points?|percentage\s+points?|%)?$/i;

function parseToleranceText(text: string): Tolerance {
  const match = TOLERANCE_TEXT.exec(text.trim());
  if (!match) throw new KpiInputError(`not understood: ${quote(text)}`);
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '%') return { kind: 'relative', fraction: amount / 100 };
  if (unit === '') return { kind: 'units', amount };
  return { kind: 'units', amount: amount / 100 }; // percentage points
}

const parseToleranceTextOnce = memoizeText(parseToleranceText);

/**
 * Reads a tolerance cell; a blank takes the fallback. `name` (e.g. "Amber tolerance")
 * starts the error message so the analyst knows which argument to fix.
 */
export function parseTolerance(cell: CellValue, fallback: Tolerance, name: string): Tolerance {
  if (isBlank(cell)) return fallback;
  const howToWrite =
    "Write a number in the measure's units (0.05), percentage points ('5pp') or a share of the target ('5%').";
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) {
      throw new KpiInputError(`${name} must be zero or more; got ${cell}. ${howToWrite}`);
    }
    return { kind: 'units', amount: cell };
  }
  if (typeof cell === 'boolean') {
    throw new KpiInputError(`${name} ${cell ? 'TRUE' : 'FALSE'} is not a tolerance. ${howToWrite}`);
  }
  try {
    return parseToleranceTextOnce(cell);
  } catch {
    throw new KpiInputError(`${name} ${quote(cell)} is not understood. ${howToWrite}`);
  }
}

/** The tolerance in the measure's units; a relative one is a share of the bound that was missed. */
export function toleranceInUnits(tolerance: Tolerance, bound: number): number {
  return tolerance.kind === 'units' ? tolerance.amount : tolerance.fraction * Math.abs(bound);
}
