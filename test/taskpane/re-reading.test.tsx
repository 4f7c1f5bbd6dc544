/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { choose, leicestershireHost, measure, openMeasure, openPane, retype, status, step, useSelectedTable } from '../support/task-pane';

const LALS_ROW = 2 + LEICESTERSHIRE_2020_21.findIndex((row) => row.measure === 'LALS Success Rate');

async function paneWithEdits() {
  const host = leicestershireHost();
  const { user } = await openPane(host);
  await useSelectedTable(user);
  await choose(user, within(step('2. Check the columns')).getByRole('combobox', { name: 'Previous period' }), '(none)');
  await retype(user, within(await openMeasure(user, 'LALS Success Rate')).getByRole('textbox', { name: 'Amber tolerance' }), '1pp');
  return { host, user };
}

describe('reading the same table again', () => {
  it('"Use selected table" keeps the mapping and the edits not yet applied, and reads the figures afresh', async () => {
    const { host, user } = await paneWithEdits();
    expect(measure(/LALS Success Rate/)).toHaveTextContent('RAG Red'); // 84% against 86%, amber within 1 point
    host.setCell(`KPIs!E${LALS_ROW}`, { value: 0.855, numberFormat: '0.0%' });
    host.select('KPIs!B5');
    await useSelectedTable(user);
    expect(within(step('2. Check the columns')).getByRole('combobox', { name: 'Previous period' })).toHaveDisplayValue('(none)');
    const lals = await openMeasure(user, 'LALS Success Rate');
    expect(within(lals).getByRole('textbox', { name: 'Amber tolerance' })).toHaveValue('1pp');
    expect(lals).toHaveTextContent('Actual 85.5%');
    expect(lals).toHaveTextContent('RAG Amber');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(host.cell(`KPIs!G${LALS_ROW}`).value).toBe('1pp');
  });

  it('follows figures typed into the sheet while the pane is open, keeping what the user set', async () => {
    const { host, user } = await paneWithEdits();
    const readsBefore = host.calls.readTable;
    host.setCell(`KPIs!E${LALS_ROW}`, { value: 0.9, numberFormat: '0%' });
    await waitFor(() => expect(measure(/LALS Success Rate/)).toHaveTextContent('Actual 90%'));
    expect(measure(/LALS Success Rate/)).toHaveTextContent('RAG Green');
    expect(within(measure(/LALS Success Rate/)).getByRole('textbox', { name: 'Amber tolerance' })).toHaveValue('1pp');
    expect(within(step('2. Check the columns')).getByRole('combobox', { name: 'Previous period' })).toHaveDisplayValue('(none)');
    // One read for the change, however many renders it took.
    expect(host.calls.readTable - readsBefore).toBe(1);
    // Selecting a cell changes nothing, so nothing is read.
    host.select('KPIs!A1');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(host.calls.readTable - readsBefore).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
  });

  it('the status line counts the measures as they are now: fixing the mapping after the read corrects it', async () => {
    const host = leicestershireHost();
    const { user } = await openPane(host);
    await useSelectedTable(user);
    const actual = within(step('2. Check the columns')).getByRole('combobox', { name: 'Actual' });
    await choose(user, actual, '(none)');
    expect(status()).toHaveTextContent('0 measures to rate.');
    await choose(user, actual, 'E: Actual');
    expect(status()).toHaveTextContent('30 measures to rate.');
  });

  it('an error bar can be dismissed', async () => {
    const host = leicestershireHost();
    host.select('KPIs!K40');
    const { user } = await openPane(host);
    await user.click(screen.getByRole('button', { name: 'Use selected table' }));
    const bar = await screen.findByRole('group', { name: 'No KPI table at the selected cell' });
    await user.click(within(bar).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('group', { name: 'No KPI table at the selected cell' })).toBeNull();
  });
});
