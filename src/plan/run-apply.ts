/**
 * One press of Apply, against any workbook host: plan, and when the chosen output mode no
 * longer uses some helper columns, remove those first and plan again on the table they leave
 * (planned beside them, a new column would land past the table's end). Then write, unless the
 * plan stops for problems to fix or cells to confirm, or the host finds that cells it would
 * write have changed since the table was read.
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
}

export async function runApply(host: WorkbookHost, request: ApplyRequest): Promise<ApplyRun> {
  let { table, previous } = request;
  let plan = planApply(request);
  const stale = plan.kind === 'ready' ? plan.staleColumns : null;
  if (stale) {
    table = await host.remove(stale);
    previous = previous && { ...previous, addedColumns: previous.addedColumns.filter((added) => !stale.columns.includes(added.column)) };
    plan = planApply({ ...request, table, previous });
  }
  if (plan.kind !== 'ready') return { plan, table, settings: previous, changed: [] };
  const result = await host.apply(plan.changes);
  if (result.kind === 'changed') return { plan, table, settings: previous, changed: result.cells };
  return { plan, table: result.table, settings: plan.settings, changed: [] };
}
