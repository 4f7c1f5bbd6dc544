/**
 * Tolerances that cannot be meant. Each would otherwise give a plausible word for the
 * wrong reason, so each is an error that says what was probably meant:
 * - a plain number above 1 on a percentage measure: 2 against 86% is 200 points (did you mean 2pp?);
 * - points on a measure that is plainly not a percentage: 5pp on a count of 553;
 * - a green tolerance wider than the amber one, which leaves no room for Amber.
 * (A negative tolerance is refused when it is read: see `tolerance`.)
 */
import { KpiInputError } from './errors';
import { type Target } from './target';
import { type Tolerance, describeTolerance, toleranceInUnits } from './tolerance';

type RatedTarget = Exclude<Target, { kind: 'none' }>;

export interface ToleranceCheck {
  actual: { value: number; isPercent: boolean };
  target: RatedTarget;
  amber: Tolerance;
  green: Tolerance;
}

function bounds(target: RatedTarget): number[] {
  return target.kind === 'band' ? [target.low, target.high] : [target.value];
}

function checkScale(tolerance: Tolerance, name: string, row: ToleranceCheck): void {
  const isPercentRow = row.target.isPercent || row.actual.isPercent;
  if (tolerance.kind === 'units' && !tolerance.points && isPercentRow && tolerance.amount > 1) {
    const amount = describeTolerance(tolerance);
    throw new KpiInputError(
      `${name} ${amount} is ${+(tolerance.amount * 100).toPrecision(12)} percentage points on a percentage measure, more than the whole scale. ` +
        `Did you mean '${amount}pp' (${amount} points) or '${amount}%' (${amount}% of the target)?`,
    );
  }
  const plainlyNotPercent =
    !isPercentRow && Math.abs(row.actual.value) > 1 && bounds(row.target).every((bound) => Math.abs(bound) > 1);
  if (tolerance.kind === 'units' && tolerance.points && plainlyNotPercent) {
    throw new KpiInputError(
      `${name} ${describeTolerance(tolerance)} is in percentage points, but the actual ${row.actual.value} and the target are not percentages. ` +
        `Write the tolerance in the measure's own units (e.g. ${+(bounds(row.target)[0] * 0.05).toPrecision(3)}) or as a share of the target ('5%').`,
    );
  }
}

/** Throws when a tolerance cannot be meant for this row. */
export function checkTolerances(row: ToleranceCheck): void {
  checkScale(row.amber, 'Amber tolerance', row);
  checkScale(row.green, 'Green tolerance', row);
  for (const bound of bounds(row.target)) {
    const amber = toleranceInUnits(row.amber, bound);
    const green = toleranceInUnits(row.green, bound);
    if (green > amber + 1e-10 * Math.max(Math.abs(bound), amber)) {
      throw new KpiInputError(
        `Green tolerance ${describeTolerance(row.green)} is wider than the amber tolerance ${describeTolerance(row.amber)}, which leaves no room for Amber. ` +
          'Make the green tolerance the smaller one (or swap the two).',
      );
    }
  }
}
