/**
 * A row that has a target but nothing that says which way is good: no polarity in its cell
 * or the defaults, and no operator in the target. The plan lists it (written "Check"); the
 * pane asks for its polarity at Apply rather than let it go unremarked.
 */
import { type PolaritySuggestion } from '../../kpi/polarity-suggestion';
import { type MeasureRow } from '../../plan/table-model';

export type { PolaritySuggestion };

export function needsPolarity(row: MeasureRow): boolean {
  return row.status.kind === 'needsPolarity';
}

/** What the engine's wording rule suggests for a measure; shown in the pane, never applied without a click. */
export type SuggestPolarity = (measureName: string) => PolaritySuggestion | null;
