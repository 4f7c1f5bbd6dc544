/**
 * Tolerances: how far short of target still counts as Green or Amber.
 *
 * Written three ways: a number is in the measure's own units (0.05 on a percentage is
 * 5 points); `5pp` or `5 pts` is percentage points; `5%` is relative, 5% of the target
 * (for a band, of the bound that was missed).
 */
import { type CellValue, isBlank } from './cell';
import { KpiInputError, quote } from './errors';
import { refuseExcelError } from './excel-errors';
import { memoizeText } from './memo';

/** `points` marks a tolerance written in percentage points (`5pp`), which only a percentage can take. */
export type Tolerance = { kind: 'units'; amount: number; points?: boolean } | { kind: 'relative'; fraction: number };

/** Zero, and 5% of the target: the defaults of a row that is not a percentage (see `default-tolerances`). */
export const DEFAULT_GREEN_TOLERANCE: Tolerance = { kind: 'units', amount: 0 };
export const DEFAULT_AMBER_TOLERANCE: Tolerance = { kind: 'relative', fraction: 0.05 };

const TOLERANCE_TEXT =
  /^([-+\u2212]?(?:\d+(?:\.\d*)?|\.\d+))\s*(pp|pts?|points?|percentage\s+points?|%)?$/i;

function parseToleranceText(text: string): Tolerance {
  const match = TOLERANCE_TEXT.exec(text.trim());
  if (!match) throw new KpiInputError(`not understood: ${quote(text)}`);
  const amount = Number(match[1].replace('\u2212', '-'));
  if (amount < 0) throw new KpiInputError('negative');
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '%') return { kind: 'relative', fraction: amount / 100 };
  if (unit === '') return { kind: 'units', amount };
  return { kind: 'units', amount: amount / 100, points: true };
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
  refuseExcelError(cell, name.toLowerCase());
  try {
    return parseToleranceTextOnce(cell);
  } catch (error) {
    const problem = error instanceof KpiInputError && error.message === 'negative' ? 'must be zero or more' : 'is not understood';
    throw new KpiInputError(`${name} ${quote(cell)} ${problem}. ${howToWrite}`);
  }
}

/** How a tolerance reads in a message: `5pp`, `5%`, `0.05`. */
export function describeTolerance(tolerance: Tolerance): string {
  const shown = (value: number) => `${+value.toPrecision(12)}`;
  if (tolerance.kind === 'relative') return `${shown(tolerance.fraction * 100)}%`;
  return tolerance.points ? `${shown(tolerance.amount * 100)}pp` : shown(tolerance.amount);
}

/** The tolerance in the measure's units; a relative one is a share of the bound that was missed. */
export function toleranceInUnits(tolerance: Tolerance, bound: number): number {
  return tolerance.kind === 'units' ? tolerance.amount : tolerance.fraction * Math.abs(bound);
}
