/**
 * A RAG summary as councils report it: counts of each word, and each rated category's
 * share of the rated rows (Green, Amber, Red), plus "Green & Amber" — Bedford's quarterly
 * table reads Green 79%, Amber 0%, Red 21%, Green & Amber 79%.
 */
import { RAG_RESULTS, type RagResult } from './rating';

export interface RagSummary {
  counts: Record<RagResult, number>;
  /** Green + Amber + Red: the rows that were rated. */
  rated: number;
  /** Cells that held no RAG word at all (an error, or text typed over the column). */
  unrecognised: number;
  /** Shares of the rated rows, 0 to 1; null when nothing was rated. */
  shares: { Green: number; Amber: number; Red: number; GreenAndAmber: number } | null;
}

export function summariseRatings(cells: Iterable<unknown>): RagSummary {
  const counts = Object.fromEntries(RAG_RESULTS.map((word) => [word, 0])) as Record<RagResult, number>;
  let unrecognised = 0;
  for (const cell of cells) {
    const word = typeof cell === 'string' ? (RAG_RESULTS.find((w) => w === cell.trim()) ?? null) : null;
    if (word) counts[word] += 1;
    else unrecognised += 1;
  }
  const rated = counts.Green + counts.Amber + counts.Red;
  const shares =
    rated === 0
      ? null
      : {
          Green: counts.Green / rated,
          Amber: counts.Amber / rated,
          Red: counts.Red / rated,
          GreenAndAmber: (counts.Green + counts.Amber) / rated,
        };
  return { counts, rated, unrecognised, shares };
}
