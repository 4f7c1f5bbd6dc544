/**
 * A row that has a target but nothing that says which way is good: no polarity in its cell
 * or the defaults, and no operator in the target. The engine rates it N/A (Context); the
 * pane asks for its polarity rather than let Apply write N/A unremarked.
 * (The plan layer is gaining its own list of such rows; this reads the same rule from the
 * engine until then, so there is one place to swap.)
 */
import { readRagRule } from '../../kpi/rag';
import { type MeasureRow } from '../../plan/table-model';

export function needsPolarity(row: MeasureRow): boolean {
  if (row.status.kind !== 'rated' || row.polarity.trim() !== '') return false;
  const { rule } = readRagRule(row);
  return rule.polarity === 'Context' && rule.target.kind !== 'none';
}

/** What the engine's wording rule suggests for a measure; supplied to the pane, never applied without a click. */
export interface PolaritySuggestion {
  polarity: 'High' | 'Low';
  /** The words in the name it goes by, for the user to judge. */
  because: string;
}

export type SuggestPolarity = (measureName: string) => PolaritySuggestion | null;
