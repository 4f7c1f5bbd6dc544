/** @jest-environment jsdom */
/**
 * The "Over time" step on the demo's monthly report: offered for a time series (and not for
 * a table of one period), it lists each measure's words as the functions give them, marks
 * the not rated with the reason, writes the two columns and the settings that make them the
 * add-in's own, and one XmR chart sheet per measure picked, in one batch.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { DEMO_SHEETS, demoWorkbook } from '../../src/demo/demo-workbook';
import { MONTHLY_2023_25 } from '../../src/demo/data/monthly-2023-25';
import { assurance, variation } from '../../src/functions/functions';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { parseSettings } from '../../src/plan/settings';
import { DEFAULT_OVER_TIME } from '../../src/plan/over-time';
import { ownedSheets } from '../../src/plan/owned-sheets';
import { withCustomFunctionsRuntime } from '../support/custom-functions';
import { leicestershireHost, openPane, status, step, useSelectedTable } from '../support/task-pane';

withCustomFunctionsRuntime();

const monthlyHost = () => new MemoryWorkbookHost({ ...demoWorkbook(), selection: `${DEMO_SHEETS.monthly}!B2` });
const asCells = (months: readonly (string | number)[]) =>
  months.map((m) => [typeof m === 'string' && m.endsWith('%') ? Number(m.slice(0, -1)) / 100 : m === '' ? null : m]);
const wordsOf = (m: (typeof MONTHLY_2023_25)[number]) => [
  variation(asCells(m.months), [[m.goodIs]])[0][0] as string,
  assurance(asCells(m.months), [[m.target]], [[m.goodIs]])[0][0] as string,
];
const REABLEMENT = MONTHLY_2023_25[1];
const SMOKING = MONTHLY_2023_25.find((m) => m.months.includes('AD'))!;

describe('the Over time step', () => {
  it('is offered for the monthly report, not for a table of one period', async () => {
    const { user, unmount } = await openPane(leicestershireHost());
    await useSelectedTable(user);
    expect(screen.queryByRole('region', { name: '6. Over time' })).toBeNull();
    unmount();
    const monthly = await openPane(monthlyHost());
    await useSelectedTable(monthly.user);
    expect(within(step('6. Over time')).getByText('Read as a time series: 24 months across the columns, Apr 2023 to Mar 2025.')).toBeInTheDocument();
  });

  it('lists each measure’s words as KPI.VARIATION and KPI.ASSURANCE give them, and the not rated with the month', async () => {
    const { user } = await openPane(monthlyHost());
    await useSelectedTable(user);
    const rows = within(within(step('6. Over time')).getByRole('table')).getAllByRole('row').slice(1);
    MONTHLY_2023_25.forEach((m, i) => {
      const [variationWord, assuranceWord] = m === SMOKING ? ['Not rated', 'Not rated'] : wordsOf(m);
      expect(within(rows[i]).getAllByRole('cell')[1]).toHaveTextContent(`Variation:${variationWord}Assurance:${assuranceWord}`);
    });
    expect(within(rows[MONTHLY_2023_25.indexOf(SMOKING)]).getByRole('rowheader')).toHaveTextContent(/Not rated: Jun 2023 holds 'AD'/);
  });

  it('a target in words beside a polarity: the variation is rated, and the note says why the assurance is not', async () => {
    const months = ['Apr-24', 'May-24', 'Jun-24', 'Jul-24', 'Aug-24', 'Sep-24', 'Oct-24', 'Nov-24', 'Dec-24', 'Jan-25', 'Feb-25', 'Mar-25', 'Apr-25'];
    const figures = [612, 598, 605, 620, 601, 597, 610, 603, 615, 600, 606, 599, 540];
    const host = new MemoryWorkbookHost({
      sheets: [{ name: 'ASC', cells: [['Measure', 'Polarity', 'Target', ...months], ['Care home admissions per 100k', 'Low', 'Reduce', ...figures]] }],
      selection: 'ASC!A2',
    });
    const { user } = await openPane(host);
    await useSelectedTable(user);
    const row = within(within(step('6. Over time')).getByRole('table')).getAllByRole('row')[1];
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(`Variation:${variation(asCells(figures), [['Low']])[0][0] as string}Assurance:Not rated`);
    expect(within(row).getByRole('rowheader')).toHaveTextContent(/Assurance not rated: Target 'Reduce' has no number/);
  });

  it('marks trial limits when a baseline fixes them on fewer than 12 points', async () => {
    const { user } = await openPane(monthlyHost());
    await useSelectedTable(user);
    const overTime = within(step('6. Over time'));
    await user.type(overTime.getByRole('spinbutton', { name: /Baseline points/ }), '8');
    expect(overTime.getAllByText('Trial limits: from 8 points (12 or more make them firm).').length).toBe(MONTHLY_2023_25.length - 1);
  });

  it('while an option holds a number the method cannot use, says so and writes nothing', async () => {
    const { user } = await openPane(monthlyHost());
    await useSelectedTable(user);
    const overTime = within(step('6. Over time'));
    const length = overTime.getByRole('spinbutton', { name: /Rule length/ });
    await user.clear(length);
    await user.type(length, '1');
    expect(overTime.getByText('Enter a whole number, 2 or more.')).toBeInTheDocument();
    expect(overTime.getByRole('button', { name: 'Write over time' })).toHaveAttribute('aria-disabled', 'true');
    await user.clear(length);
    await user.type(length, '6');
    expect(overTime.getByRole('button', { name: 'Write over time' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps the method options with the words: reopened, the pane shows the options they were judged by', async () => {
    const host = monthlyHost();
    const first = await openPane(host);
    await useSelectedTable(first.user);
    const options = within(step('6. Over time'));
    await first.user.type(options.getByRole('spinbutton', { name: /Baseline points/ }), '8');
    await first.user.click(options.getByRole('checkbox', { name: /Screen moving ranges/ }));
    await first.user.click(options.getByRole('button', { name: 'Write over time' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Wrote variation and assurance/));
    first.unmount();

    const { user } = await openPane(host);
    await useSelectedTable(user);
    const reopened = within(step('6. Over time'));
    expect(reopened.getByRole('spinbutton', { name: /Baseline points/ })).toHaveValue(8);
    expect(reopened.getByRole('checkbox', { name: /Screen moving ranges/ })).not.toBeChecked();
  });

  it('writing a chart after changing an option keeps the options the words in the sheet were judged by', async () => {
    const host = monthlyHost();
    const first = await openPane(host);
    await useSelectedTable(first.user);
    const options = within(step('6. Over time'));
    await first.user.click(options.getByRole('button', { name: 'Write over time' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Wrote variation and assurance/));
    await first.user.type(options.getByRole('spinbutton', { name: /Baseline points/ }), '8');
    await first.user.click(options.getByRole('checkbox', { name: `XmR chart of ${REABLEMENT.measure}` }));
    await first.user.click(options.getByRole('button', { name: 'Write an XmR chart' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Wrote 1 XmR chart/));
    const saved = parseSettings(host.snapshot().settings);
    expect(saved.kind === 'ok' && saved.settings.overTime).toEqual(DEFAULT_OVER_TIME);
  });

  it('writes the two columns and their settings, then one chart sheet per measure picked', async () => {
    const host = monthlyHost();
    const { user } = await openPane(host);
    await useSelectedTable(user);
    const overTime = within(step('6. Over time'));
    await user.click(overTime.getByRole('button', { name: 'Write over time' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Wrote variation and assurance for 5 measures, as at .*write over time again to refresh them/));
    const sheet = host.snapshot().sheets.find((s) => s.name === DEMO_SHEETS.monthly)!;
    expect(sheet.cells[2].slice(28, 30).map((c) => c.value)).toEqual(wordsOf(REABLEMENT));
    const settings = parseSettings(host.snapshot().settings);
    if (settings.kind !== 'ok') throw new Error(settings.kind);
    expect(settings.settings.addedColumns.map((a) => a.kind)).toEqual(['variation', 'assurance']);

    expect(overTime.queryByRole('checkbox', { name: `XmR chart of ${SMOKING.measure}` })).toBeNull();
    await user.click(overTime.getByRole('checkbox', { name: `XmR chart of ${REABLEMENT.measure}` }));
    await user.click(overTime.getByRole('button', { name: 'Write an XmR chart' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Wrote 1 XmR chart/));
    const written = parseSettings(host.snapshot().settings);
    if (written.kind !== 'ok') throw new Error(written.kind);
    const [chartSheet] = written.settings.chartSheets!;
    expect(ownedSheets(written.settings)).toEqual([chartSheet]);
    const chart = host.snapshot().sheets.find((s) => s.name === chartSheet)!.chart;
    expect(chart).toMatchObject({ type: 'Line', title: `${REABLEMENT.measure}: XmR chart` });
    expect(host.calls.writeXmrCharts).toBe(1);
  });

  it('Remove offers each chart sheet on its own, ticked: one unticked is kept, and stays the add-in’s', async () => {
    const host = monthlyHost();
    const { user } = await openPane(host);
    await useSelectedTable(user);
    const overTime = within(step('6. Over time'));
    const picked = MONTHLY_2023_25.filter((m) => m !== SMOKING).slice(0, 2);
    for (const m of picked) await user.click(overTime.getByRole('checkbox', { name: `XmR chart of ${m.measure}` }));
    await user.click(overTime.getByRole('button', { name: 'Write 2 XmR charts' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Wrote 2 XmR charts/));
    const [keep, drop] = (parseSettings(host.snapshot().settings) as { kind: 'ok'; settings: { chartSheets: string[] } }).settings.chartSheets;

    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove what the add-in wrote?' });
    const group = within(dialog).getByRole('group', { name: 'Also delete the sheets the add-in wrote:' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('aria-checked') ?? String((box as HTMLInputElement).checked))).toEqual(['true', 'true']);
    await user.click(within(group).getByRole('checkbox', { name: `"${keep}"` }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent(`Deleted the sheet "${drop}".`));
    const names = await host.sheetNames();
    expect(names).toContain(keep);
    expect(names).not.toContain(drop);
    const left = parseSettings(host.snapshot().settings);
    expect(left.kind === 'ok' && ownedSheets(left.settings)).toEqual([keep]);
  });
});
