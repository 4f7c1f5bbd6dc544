/**
 * One press of Apply, against any workbook host: plan, and when the chosen output mode no
 * longer uses some helper columns, remove those first and plan again on the table they leave
 * (planned beside them, a new column would land past the table's end). Then write, unless the
 * plan stops for problems to fix or cells to confirm, or the host finds that the sheet has
 * changed since the table was read:
 * - cells Apply would write hold something else now: nothing is written, and they are named;
 * - a figure, target, polarity, tolerance or anything else the plan read has changed: the
 *   host gives the table as it is now, Apply plans again from it and writes that plan (or
 *   stops, as any plan does, for problems or cells to confirm). So a word is never written
 *   for a figure the sheet no longer holds. On Excel this costs one more round trip.
 */
import { type ApplyPlan, type ApplyRequest, planApply } from './apply-plan';
import { type KpiSettings } from './settings';
import { type TableSnapshot, type WorkbookHost } from '../excel/workbook-host';

export interface ApplyRun {
  /** The plan carried out, or the one that stopped Apply ('blocked' or 'confirm'). */
  plan: ApplyPlan;
  /** The table as it now is. */
  table: TableSnapshot;
  /** The settings the workbook now holds. */
  settings: KpiSettings | null;
  /** Cells that changed in the sheet since the plan was made, so nothing was written; empty when written. */
  changed: string[];
  /** Input cells that had changed since the pane read the table, so Apply planned again from the sheet as it now is. */
  replanned: string[];
}

/** How many times Apply plans again when the sheet keeps changing under it, before it gives up and says so. */
const REPLANS = 1;

export async function runApply(host: WorkbookHost, request: ApplyRequest): Promise<ApplyRun> {
  let { table, previous } = request;
  let plan = planApply(request);
  const stale = plan.kind === 'ready' ? plan.staleColumns : null;
  if (stale) {
    table = await host.remove(stale);
    previous = previous && { ...previous, addedColumns: previous.addedColumns.filter((added) => !stale.columns.includes(added.column)) };
    plan = planApply({ ...request, table, previous });
  }
  const replanned: string[] = [];
  for (let attempt = 0; ; attempt++) {
    if (plan.kind !== 'ready') return { plan, table, settings: previous, changed: [], replanned };
    const result = await host.apply(plan.changes);
    if (result.kind === 'written') return { plan, table: result.table, settings: plan.settings, changed: [], replanned };
    if (result.kind === 'changed' || attempt === REPLANS) return { plan, table: result.kind === 'stale' ? result.table : table, settings: previous, changed: result.cells, replanned };
    // Edits the user made in the pane stay; what they were made against is now the sheet's.
    replanned.push(...result.cells);
    table = result.table;
    plan = planApply({ ...request, table, previous });
  }
}
