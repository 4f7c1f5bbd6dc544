/**
 * Finding measures in a long table: by the kind of row (problems, not rated, a RAG word)
 * and by words in the name or ref. Skipped rows (headings, blanks) are never measures.
 */
import { type RagResult } from '../../kpi/rating';
import { type MeasureRow } from '../../plan/table-model';
import { needsPolarity } from './needs-polarity';

export const ROW_FILTERS = ['all', 'problems', 'notRated', 'Green', 'Amber', 'Red'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

export const FILTER_NAMES: Record<RowFilter, string> = {
  all: 'All measures',
  problems: 'Problems',
  notRated: 'Not rated',
  Green: 'Green',
  Amber: 'Amber',
  Red: 'Red',
};

const NOT_RATED: readonly RagResult[] = ['N/A', 'No data'];

export function isMeasure(row: MeasureRow): boolean {
  return row.status.kind !== 'skipped';
}

/** Rows to fix before (or at) Apply: the engine's errors, and rows whose polarity Apply will ask for. */
export function isProblem(row: MeasureRow): boolean {
  return row.status.kind === 'error' || needsPolarity(row);
}

function passes(row: MeasureRow, filter: RowFilter): boolean {
  const { status } = row;
  if (filter === 'all') return true;
  if (filter === 'problems') return isProblem(row);
  if (status.kind === 'notRated') return filter === 'notRated';
  if (status.kind !== 'rated') return false;
  return filter === 'notRated' ? NOT_RATED.includes(status.rag) : status.rag === filter;
}

/** The measures a filter and a search keep, in table order. */
export function filterRows(rows: readonly MeasureRow[], filter: RowFilter, search: string): MeasureRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (!isMeasure(row) || !passes(row, filter)) return false;
    const name = `${row.ref} ${row.name}`.toLowerCase();
    return words.every((word) => name.includes(word));
  });
}

/** How many measures each filter keeps, for the filter's labels. */
export function filterCounts(rows: readonly MeasureRow[]): Record<RowFilter, number> {
  const measures = rows.filter(isMeasure);
  return Object.fromEntries(ROW_FILTERS.map((filter) => [filter, measures.filter((row) => passes(row, filter)).length])) as Record<RowFilter, number>;
}
