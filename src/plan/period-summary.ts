/**
 * The summary by period, as Bedford's quarterly report shows it: for each period the table
 * has figures for, the share Green, Amber and Red. Only the rated period has a RAG column in
 * the sheet to count with formulas; every other period is rated here, by the same rules as
 * Apply (its own figures against its own target, or the nearest later one, as the period
 * rules say, with the table's polarity and tolerances), and its counts are values fixed when
 * the summary is inserted. A period with no target it can be rated against is not rated,
 * and says so: never a count that only looks right.
 */
import { type RagResult } from '../kpi/rating';
import { type TableSnapshot } from '../excel/workbook-host';
import { ownedColumns, ownedInputs } from './apply-plan';
import { proposeMapping } from './column-guess';
import { type KpiSettings } from './settings';
import { buildMeasureRows } from './table-model';

/** One period's column of the summary. */
export interface PeriodColumn {
  label: string;
  /** The period Apply rated, whose RAG column the sheet counts with formulas. */
  rated: boolean;
  /** The target it is rated against ("target for Q3 2024/25", or the column's header when undated); null when it has none (and is not rated). */
  target: string | null;
  /** That target is a later period's: the period has none of its own. */
  laterTarget: boolean;
  /** Rows of each word, by the engine; null for the rated period (counted from its RAG column) and for a period not rated. */
  counts: Record<RagResult, number> | null;
}

const RESULTS: readonly RagResult[] = ['Green', 'Amber', 'Red', 'N/A', 'No data'];

/** How many rows the engine gives each word for the period's figures; listed rows ("Not rated", "Check") are not counted. */
function countsFor(table: TableSnapshot, settings: KpiSettings, mapping: KpiSettings['mapping']): Record<RagResult, number> {
  const counts = Object.fromEntries(RESULTS.map((word) => [word, 0])) as Record<RagResult, number>;
  for (const row of buildMeasureRows(table, mapping, settings.defaults, new Map(), ownedInputs(table, settings))) {
    if (row.status.kind === 'rated') counts[row.status.rag] += 1;
  }
  return counts;
}

/**
 * The periods with figures, oldest first, each rated as Apply would rate it; empty when the
 * table has fewer than two (the summary's one table is then the whole story).
 */
export function periodColumns(table: TableSnapshot, settings: KpiSettings): PeriodColumn[] {
  const ignore = new Set(ownedColumns(table, settings).map((added) => added.column - table.location.firstColumn));
  const periods = proposeMapping(table, { ignore }).periods.filter((period) => period.hasFigures);
  if (periods.length < 2) return [];
  return periods.map(({ label, column }): PeriodColumn => {
    const rated = column === settings.mapping.actual;
    const proposal = proposeMapping(table, { ignore, period: label });
    const target = rated ? settings.mapping.target : proposal.mapping.target;
    // The period rules' own choice is named by its period; a column chosen by hand, or undated, by its header.
    const ruled = target !== null && target === proposal.mapping.target && proposal.targetPeriod !== null;
    const laterTarget = ruled && proposal.targetPeriod !== label;
    const named = target === null ? null : ruled ? `target for ${proposal.targetPeriod}` : table.headers[target];
    const about = { label, rated, target: named, laterTarget };
    if (rated || target === null) return { ...about, counts: null };
    const { actual, previous, lastYear } = proposal.mapping;
    return { ...about, counts: countsFor(table, settings, { ...settings.mapping, actual, target, previous, lastYear }) };
  });
}
