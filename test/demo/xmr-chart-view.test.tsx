/** @jest-environment jsdom */
/** The demo's drawing of an XmR chart sheet: lines and markers from the sheet's cells, and a text alternative that says what they show. */
import { render, screen } from '@testing-library/react';
import { XmrChartView } from '../../src/demo/XmrChartView';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { type LineChartRecord } from '../../src/excel/memory-host';
import { DEFAULT_OVER_TIME } from '../../src/plan/over-time';
import { judgeSeries } from '../../src/plan/time-series';
import { planXmrCharts } from '../../src/plan/xmr-chart-plan';

const LABELS = ['Apr 2024', 'May 2024', 'Jun 2024', 'Jul 2024', 'Aug 2024', 'Sep 2024', 'Oct 2024', 'Nov 2024', 'Dec 2024', 'Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025'];
const DELAYS = [18, 19, 17, 20, 18, null, 21, 18, 17, 19, 20, 18, 31];

it('draws the chart sheet’s series and says in words where the special causes are', async () => {
  const series = { row: 0, labels: LABELS, measure: { name: 'Delayed discharges', periods: DELAYS, polarity: 'Low', target: '<20' }, numberFormat: '0', problem: null };
  const host = new MemoryWorkbookHost({ sheets: [{ name: 'KPIs', cells: [['x']] }], tables: [], selection: 'KPIs!A1' });
  await host.writeXmrCharts(planXmrCharts([{ series, judgement: judgeSeries(series, DEFAULT_OVER_TIME) }], ['XmR Delayed discharges'], new Date()), '{}');
  const sheet = host.snapshot().sheets.find((s) => s.name === 'XmR Delayed discharges')!;
  const { container } = render(<XmrChartView sheet={sheet} chart={sheet.chart as LineChartRecord} />);
  expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Delayed discharges: XmR chart: 13 periods from Apr 2024 to Apr 2025\. Mean .*Special causes: Concern at Apr 2025 \(31\)\.$/);
  // The missing September breaks the value line in two; the limits are dashed, the target dotted; one marker, Concern's square.
  const lines = [...container.querySelectorAll('figure > svg polyline')];
  expect(lines.filter((l) => l.getAttribute('stroke-width') === '2')).toHaveLength(2);
  expect(lines.filter((l) => l.getAttribute('stroke-dasharray') === '6 4')).toHaveLength(2);
  expect(lines.filter((l) => l.getAttribute('stroke-dasharray') === '2 3')).toHaveLength(1);
  expect(container.querySelectorAll('figure > svg rect:not(:first-child)')).toHaveLength(1);
  expect(container.querySelectorAll('figure > svg circle, figure > svg polygon')).toHaveLength(0);
  expect(screen.getByRole('list', { name: 'Series' }).textContent).toBe('ValueMeanLower limitUpper limitTargetImprovementConcernNeutral');
});
