/**
 * RAG as ranges of the actual: Green when the actual lies in the green range, Amber in the
 * amber range, otherwise Red. This is the shortfall rule turned inside out — a shortfall
 * within a tolerance is the same as an actual within that tolerance of the target — and it
 * lets ordinary spreadsheet formulas (`Portable` output) compare against the very same
 * bounds the engine uses, so both give the same word for every row.
 *
 * A bound is the true figure (target − tolerance); the comparison with it allows a
 * ten-billionth of the figures' scale, so that a shortfall exactly on a tolerance counts as
 * within it despite binary floating point (0.90 − 0.85 is 0.05000000000000004).
 */
import { FLOAT_SLACK } from './approx';
import { type Polarity } from './polarity';
import { type Target } from './target';
import { type Tolerance, toleranceInUnits } from './tolerance';

/** Inclusive range; null means unbounded on that side. */
export interface ActualRange {
  from: number | null;
  to: number | null;
}

export interface RagRanges {
  green: ActualRange;
  amber: ActualRange;
}

type RatedTarget = Exclude<Target, { kind: 'none' }>;

/**
 * Which edges of a single-figure target a polarity judges by: High needs the actual at least
 * the target, Low at most; Target (and Band, or Context, given one figure) both, so either side counts.
 * A band always has both edges.
 */
export const EDGES_BY_POLARITY: Record<Polarity, { low: boolean; high: boolean }> = {
  High: { low: true, high: false },
  Low: { low: false, high: true },
  Band: { low: true, high: true },
  Target: { low: true, high: true },
  Context: { low: true, high: true },
};

/** The target's own edges: the actual must be at least `low` and at most `high` (null: no edge). */
export function targetEdges(polarity: Polarity, target: RatedTarget): { low: number | null; high: number | null } {
  if (target.kind === 'band') return { low: target.low, high: target.high };
  const edges = EDGES_BY_POLARITY[polarity];
  return { low: edges.low ? target.value : null, high: edges.high ? target.value : null };
}

/** The lowest actual within the tolerance of a lower edge: edge − tolerance. */
export function boundBelow(edge: number, tolerance: Tolerance): number {
  return edge - toleranceInUnits(tolerance, edge);
}

/** The highest actual within the tolerance of an upper edge: edge + tolerance. */
export function boundAbove(edge: number, tolerance: Tolerance): number {
  return edge + toleranceInUnits(tolerance, edge);
}

/** `actual ≥ bound`, with the slack for floating point scaled by the edge and the bound. */
export function isAtLeastBound(actual: number, bound: number, edge: number): boolean {
  return actual >= bound - FLOAT_SLACK * Math.max(Math.abs(edge), Math.abs(bound));
}

/** `actual ≤ bound`, with the same slack. */
export function isAtMostBound(actual: number, bound: number, edge: number): boolean {
  return actual <= bound + FLOAT_SLACK * Math.max(Math.abs(edge), Math.abs(bound));
}

function range(low: number | null, high: number | null, tolerance: Tolerance): ActualRange {
  return { from: low === null ? null : boundBelow(low, tolerance), to: high === null ? null : boundAbove(high, tolerance) };
}

/** The true bounds of the green and amber ranges (compare with `isAtLeastBound` and `isAtMostBound`). */
export function ragRanges(polarity: Polarity, target: RatedTarget, amber: Tolerance, green: Tolerance): RagRanges {
  const { low, high } = targetEdges(polarity, target);
  return { green: range(low, high, green), amber: range(low, high, amber) };
}

/**
 * Whether the actual lies in the range `ragRanges` gives for this tolerance, computed with
 * the same arithmetic but without building the range: this runs once per row of a column.
 */
export function isWithinTolerance(actual: number, polarity: Polarity, target: RatedTarget, tolerance: Tolerance): boolean {
  const { low, high } = targetEdges(polarity, target);
  if (low !== null && !isAtLeastBound(actual, boundBelow(low, tolerance), low)) return false;
  return high === null || isAtMostBound(actual, boundAbove(high, tolerance), high);
}
