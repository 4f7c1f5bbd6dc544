/**
 * One pass of what a user does in the task pane, on the sync-counting fake Excel: Use
 * selected table, Apply, Apply again, switch output mode, Remove, through the real `OfficeWorkbookHost` and
 * the real planner, the way `useKpiTable` calls them. It returns what each step cost;
 * bench/run.mjs prints the figures. Times are of the host, the planner and the fake, not
 * of Excel: they show how cost grows with rows, not what a user waits for.
 */
import { performance } from 'node:perf_hooks';
import { planApply, planRemoval } from '../src/plan/apply-plan';
import { OfficeWorkbookHost } from '../src/excel/office-host';
import { runApply } from '../src/plan/run-apply';
import { type KpiSettings } from '../src/plan/settings';
import { SUMMARY_SHEET_NAME } from '../src/plan/summary-plan';
import { DEFAULTS, type OutputMode, guessMapping } from '../src/plan/table-model';
import { type ReadTableResult, type TableSnapshot } from '../src/excel/workbook-host';
import { kpiWorkbook } from '../test/support/sync-counting-excel';

/** What a user does, each a step: Use selected table, the first Apply's plan, Apply, Apply again, switching output mode and applying, Remove. */
type Step = 'read' | 'plan' | 'apply' | 'applyAgain' | 'switchMode' | 'remove';

/** What one press sent and received, from the fake's estimate of each sync's JSON. */
export interface PressBytes {
  /** All requests and all responses of the press, summed. */
  sent: number;
  received: number;
  /** The largest single request and the largest single response. */
  largestRequest: number;
  largestResponse: number;
}

export interface ApplyFigures {
  /**
   * `context.sync()` calls per press of a button, everything it sends to Excel included
   * (none for `plan`, which never touches the workbook): Apply is one batch that also reads
   * the table back; switching mode first removes the columns the new mode does not use;
   * Remove reads the table as it is now and the sheet names, then removes (deleting the summary sheet).
   */
  syncs: Record<Step, number>;
  bytes: Record<Step, PressBytes>;
  ms: Record<Step, number>;
  /** Conditional-format rules in the workbook after the first Apply, after Apply again, after Remove. */
  rules: { applied: number; again: number; removed: number };
  validations: { applied: number; again: number; removed: number };
  /** Columns given word colours by the first Apply. */
  colouredColumns: number;
}

function tableOf(result: ReadTableResult): TableSnapshot {
  if (result.kind !== 'table') throw new Error(`the bench table was not read: ${result.reason}`);
  return result.table;
}

const OTHER_MODE: Record<OutputMode, OutputMode> = { portable: 'live', live: 'portable', values: 'portable' };

export async function applyFigures(rows: number, asTable: boolean, mode: OutputMode): Promise<ApplyFigures> {
  const { excel } = kpiWorkbook({ rows, asTable });
  const host = new OfficeWorkbookHost(excel.run, () => true);
  const syncs = {} as Record<Step, number>;
  const bytes = {} as Record<Step, PressBytes>;
  const ms = {} as Record<Step, number>;
  const step = async <T>(name: Step, work: () => Promise<T> | T): Promise<T> => {
    excel.resetCounters();
    const start = performance.now();
    const result = await work();
    ms[name] = performance.now() - start;
    syncs[name] = excel.syncCount;
    const { payloads } = excel;
    bytes[name] = {
      sent: payloads.reduce((n, p) => n + p.request, 0),
      received: payloads.reduce((n, p) => n + p.response, 0),
      largestRequest: Math.max(0, ...payloads.map((p) => p.request)),
      largestResponse: Math.max(0, ...payloads.map((p) => p.response)),
    };
    return result;
  };
  const validationCount = () => excel.sheets.reduce((n, sheet) => n + sheet.validations.length, 0);

  // A fresh workbook: no saved settings, no edits, the mapping guessed from the headers.
  const table = tableOf(await step('read', () => host.readSelectedTable()));
  const mapping = guessMapping(table.headers);
  const planFor = (snapshot: TableSnapshot, previous: KpiSettings | null, inMode: OutputMode) => {
    const result = planApply({ table: snapshot, mapping, defaults: DEFAULTS, edits: new Map(), mode: inMode, previous, overwrite: false });
    if (result.kind !== 'ready') throw new Error(`the bench plan is ${result.kind}, not ready`);
    return result;
  };
  // One press of Apply, as the pane makes it.
  const press = async (snapshot: TableSnapshot, previous: KpiSettings | null, inMode: OutputMode) => {
    const run = await runApply(host, { table: snapshot, mapping, defaults: DEFAULTS, edits: new Map(), mode: inMode, previous, overwrite: false });
    if (run.plan.kind !== 'ready' || run.changed.length > 0) throw new Error(`the bench Apply did not write (${run.plan.kind}, ${run.changed.length} cells changed)`);
    return { plan: run.plan, table: run.table };
  };

  await step('plan', () => planFor(table, null, mode));
  const first = await step('apply', () => press(table, null, mode));
  const rules = { applied: excel.ruleCount, again: 0, removed: 0 };
  const validations = { applied: validationCount(), again: 0, removed: 0 };

  const again = await step('applyAgain', () => press(first.table, first.plan.settings, mode));
  rules.again = excel.ruleCount;
  validations.again = validationCount();

  const switched = await step('switchMode', () => press(again.table, again.plan.settings, OTHER_MODE[mode]));

  // Remove as the pane makes it with "Also delete the sheet" ticked: a summary sheet to delete, its name checked first.
  excel.addSheet(SUMMARY_SHEET_NAME);
  const owning: KpiSettings = { ...switched.plan.settings, summarySheet: SUMMARY_SHEET_NAME };
  await step('remove', async () => {
    const current = tableOf(await host.readTable(switched.table.location, switched.table));
    const removal = planRemoval(current, owning, { present: await host.sheetNames(), chosen: [SUMMARY_SHEET_NAME] }).removal;
    if (removal.sheets.length !== 1) throw new Error('the bench Remove was to delete the summary sheet');
    return host.remove(removal);
  });
  rules.removed = excel.ruleCount;
  validations.removed = validationCount();
  return { syncs, bytes, ms, rules, validations, colouredColumns: first.plan.changes.wordFormats.length };
}
