/**
 * The RAG summary as the pane shows it and writes it to a sheet: counts of each word, and
 * shares of the rated measures (Green, Amber, Red, Green & Amber) as councils report them.
 * N/A and No data are counted but have no share: they are not rated.
 */
import { type RagSummary } from '../kpi/summary';
import { type RagResult } from '../kpi/rating';

export interface SummaryCategory {
  label: string;
  /** The RAG word, for its colour; null for "Green & Amber". */
  word: RagResult | null;
  count: number;
  share: number | null;
}

export const SUMMARY_SHEET_NAME = 'KPI summary';
export const SUMMARY_CHART_TITLE = 'Measures by RAG rating';

export function summaryCategories(summary: RagSummary): SummaryCategory[] {
  const { counts, shares } = summary;
  return [
    { label: 'Green', word: 'Green', count: counts.Green, share: shares?.Green ?? null },
    { label: 'Amber', word: 'Amber', count: counts.Amber, share: shares?.Amber ?? null },
    { label: 'Red', word: 'Red', count: counts.Red, share: shares?.Red ?? null },
    { label: 'Green & Amber', word: null, count: counts.Green + counts.Amber, share: shares?.GreenAndAmber ?? null },
    { label: 'N/A', word: 'N/A', count: counts['N/A'], share: null },
    { label: 'No data', word: 'No data', count: counts['No data'], share: null },
  ];
}

/** Header row then [category, count, share]; a category with no share leaves its cell empty. */
export function summarySheetRows(categories: readonly SummaryCategory[]): (string | number)[][] {
  return [['Category', 'Count', 'Share'], ...categories.map((c) => [c.label, c.count, c.share ?? ''])];
}

/** "KPI summary", or "KPI summary 2", 3… when taken; sheet names compare without case, as in Excel. */
export function freeSheetName(taken: readonly string[], base = SUMMARY_SHEET_NAME): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}
