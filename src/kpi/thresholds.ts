/**
 * RAG as ranges of the actual: Green when the actual lies in the green range, Amber in the
 * amber range, otherwise Red. This is the shortfall rule turned inside out — a shortfall
 * within a tolerance is the same as an actual within that tolerance of the target — and it
 * lets ordinary spreadsheet formulas (`Portable` output) compare against the very same
 * numbers the engine uses, so both give the same word for every row.
 *
 * The ranges are widened by a ten-billionth of the figures' scale, so that a shortfall
 * exactly on a tolerance counts as within it despite binary floating point
 * (0.90 − 0.85 is 0.05000000000000004).
 */
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

const SLACK = 1e-10;

/** The target's own edges: the actual must be at least `low` and at most `high` (null: no edge). */
export function targetEdges(polarity: Polarity, target: RatedTarget): { low: number | null; high: number | null } {
  return { low: lowEdge(polarity, target), high: highEdge(polarity, target) };
}

// Band: both edges; High: only a lower edge; Low: only an upper one; Target (or a Band with
// one value): both edges at the target, so either side counts.
function lowEdge(polarity: Polarity, target: RatedTarget): number | null {
  if (target.kind === 'band') return target.low;
  return polarity === 'Low' ? null : target.value;
}

function highEdge(polarity: Polarity, target: RatedTarget): number | null {
  if (target.kind === 'band') return target.high;
  return polarity === 'High' ? null : target.value;
}

function widenedBelow(edge: number, tolerance: Tolerance): number {
  const bound = edge - toleranceInUnits(tolerance, edge);
  return bound - SLACK * Math.max(Math.abs(edge), Math.abs(bound));
}

function widenedAbove(edge: number, tolerance: Tolerance): number {
  const bound = edge + toleranceInUnits(tolerance, edge);
  return bound + SLACK * Math.max(Math.abs(edge), Math.abs(bound));
}

function widened(low: number | null, high: number | null, tolerance: Tolerance): ActualRange {
  return { from: low === null ? null : widenedBelow(low, tolerance), to: high === null ? null : widenedAbove(high, tolerance) };
}

export function ragRanges(polarity: Polarity, target: RatedTarget, amber: Tolerance, green: Tolerance): RagRanges {
  const low = lowEdge(polarity, target);
  const high = highEdge(polarity, target);
  return { green: widened(low, high, green), amber: widened(low, high, amber) };
}

/**
 * Whether the actual lies in the range `ragRanges` gives for this tolerance, computed with
 * the same arithmetic but without building the range: this runs once per row of a column.
 */
export function isWithinTolerance(actual: number, polarity: Polarity, target: RatedTarget, tolerance: Tolerance): boolean {
  const low = lowEdge(polarity, target);
  if (low !== null && actual < widenedBelow(low, tolerance)) return false;
  const high = highEdge(polarity, target);
  return high === null || actual <= widenedAbove(high, tolerance);
}
