/**
 * The "Over time" step: the table read as measures over time, each judged with the step's
 * options, and its two buttons: Write over time (the two word columns, through `apply`) and
 * Write XmR charts (one sheet per measure picked, all in one `writeXmrCharts` batch).
 */
import { type Dispatch, type RefObject, useMemo } from 'react';
import { type JudgedSeries, type OverTimeColumns } from '../../plan/over-time-columns';
import { planOverTime, tableSettings } from '../../plan/over-time-plan';
import { type KpiSettings, serializeSettings } from '../../plan/settings';
import { judgeSeries, readTimeSeries } from '../../plan/time-series';
import { asAtText } from '../../plan/xmr-chart-data';
import { chartSheetNames, planXmrCharts } from '../../plan/xmr-chart-plan';
import { type WorkbookHost } from '../../excel/workbook-host';
import { type PaneMessage } from '../pane-message';
import { type KpiAction, type KpiState } from '../state/kpi-reducer';
import { groupReasons } from '../state/notice-groups';
import { runAction } from './run-action';
import { plural } from '../plural';

/** One notice for the measures written Not rated (or with only their assurance Not rated), grouped by reason. */
function notRatedMessage(notRated: OverTimeColumns['notRated']): PaneMessage | null {
  if (notRated.length === 0) return null;
  const whole = notRated.filter((entry) => !entry.assuranceOnly).length;
  const title = whole === notRated.length ? `${plural(whole, 'measure')} not rated over time.` : `${plural(notRated.length, 'measure')} not rated over time, or rated without assurance.`;
  return {
    intent: 'warning',
    title,
    text: 'What cannot be judged is written as "Not rated". Fix it, then write over time again:',
    details: groupReasons(notRated.map(({ row, name, reason, assuranceOnly }) => ({ index: row, name, reason: assuranceOnly ? `Assurance not rated: ${reason}` : reason }))).map(
      (group) => `${group.rows.map((r) => r.name).join(', ')}: ${group.reason}`,
    ),
  };
}

/** The table's series, judged; null when the table has no time series. */
export function useOverTimeSeries(state: KpiState, owned: ReadonlySet<number>) {
  const { table, overTime } = state;
  const read = useMemo(() => (table ? readTimeSeries(table, owned) : null), [table, owned]);
  const judged: JudgedSeries[] = useMemo(
    () => (read ? read.series.map((series) => ({ series, judgement: judgeSeries(series, overTime) })) : []),
    [read, overTime],
  );
  return { timeSeries: read && { description: read.description, judged } };
}

export function useOverTimeActions(host: WorkbookHost, state: KpiState, dispatch: Dispatch<KpiAction>, judged: readonly JudgedSeries[], working: RefObject<boolean>) {
  const { table, saved, mapping, defaults, mode } = state;
  const run = runAction(state, dispatch, working);
  const fresh = { mapping, defaults, mode };

  const writeOverTime = () =>
    run('overTime', async () => {
      if (!table) return;
      const asAt = new Date();
      const plan = planOverTime({ table, judged, previous: saved, fresh, options: state.overTime, asAt });
      if (plan.kind === 'occupied') {
        const text = 'The two columns go right of the table, and these cells there are not empty. Clear them, or move what is in them, then write over time again:';
        dispatch({ type: 'failed', message: { intent: 'warning', title: 'Nothing was written: the cells beside the table are in use.', text, details: plan.cells.slice(0, 12) } });
        return;
      }
      const result = await host.apply(plan.changes);
      if (result.kind !== 'written') {
        const current = result.kind === 'stale' ? result.table : table;
        const message: PaneMessage = {
          intent: 'warning',
          title: 'Nothing was written: the sheet changed.',
          text: 'These cells changed after the pane read the table. The pane now shows the sheet as it is: check the measures, then write over time again:',
          details: result.cells.slice(0, 12),
        };
        dispatch({ type: 'appliedNothing', table: current, settings: saved, message, overwriteCells: null });
        return;
      }
      const rated = judged.length - plan.notRated.filter((entry) => !entry.assuranceOnly).length;
      const status = `Wrote variation and assurance for ${plural(rated, 'measure')}, as at ${asAtText(asAt)}. They are values: write over time again to refresh them.`;
      dispatch({ type: 'overTimeWritten', table: result.table, settings: plan.settings, status, message: notRatedMessage(plan.notRated) });
    });

  const writeCharts = () =>
    run('charts', async () => {
      if (!table) return;
      const picked = judged.filter(({ series, judgement }) => judgement.rated && state.chartPicks.has(series.row));
      if (picked.length === 0) return;
      const base = tableSettings(table, saved, fresh);
      const names = chartSheetNames(picked.map(({ series }) => series.measure.name), await host.sheetNames(), base.chartSheets ?? []);
      const settings: KpiSettings = { ...base, chartSheets: [...new Set([...(base.chartSheets ?? []), ...names])], ...(base.overTime ? { overTime: base.overTime } : {}) };
      await host.writeXmrCharts(planXmrCharts(picked, names, new Date()), serializeSettings(settings));
      const status = `Wrote ${plural(names.length, 'XmR chart')}, each on its own sheet: ${names.map((name) => `"${name}"`).join(', ')}.`;
      dispatch({ type: 'chartsWritten', settings, status });
    });

  return { writeOverTime, writeCharts };
}
