/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { missingSheetReason } from '../../src/excel/table-finding';
import { MemoryHostError } from '../../src/excel/memory-host';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { type MemoryWorkbookHost } from '../../src/excel/memory-host';
import { leicestershireHost, measure, openMeasure, openPane, retype, status, step, useReportTolerances, useSelectedTable } from '../support/task-pane';

/** The error or warning bar: Fluent's MessageBar is a group named by its title. */
function messageBar(title: string): HTMLElement {
  return screen.getByRole('group', { name: title });
}

describe('reopening a workbook', () => {
  it('restores the table, columns, defaults and output mode saved by the last Apply, without asking for the table again', async () => {
    const host = leicestershireHost();
    const first = await openPane(host);
    await useSelectedTable(first.user);
    await useReportTolerances(first.user);
    await first.user.click(within(step('4. Write to the sheet')).getByRole('radio', { name: 'Live' }));
    await first.user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    first.unmount();

    const { user } = await openPane(host);
    await screen.findByRole('region', { name: '2. Check the columns' });
    expect(status()).toHaveTextContent('Restored the KPI table saved with this workbook: the cells KPIs!A1:F31.');
    expect(within(step('2. Check the columns')).getByRole('combobox', { name: 'Actual' })).toHaveDisplayValue('E: Actual');
    expect(screen.getByRole('textbox', { name: 'Green tolerance, percentage rows' })).toHaveValue('0.5pp');
    expect(screen.getByRole('radio', { name: 'Live' })).toBeChecked();
    expect(await openMeasure(user, 'LALS Success Rate')).toHaveTextContent('RAG Amber');
    expect(screen.getByRole('button', { name: 'Remove added columns' })).toBeEnabled();
    expect(host.calls).toMatchObject({ readSelectedTable: 1, apply: 1 });
  });

  /** The sheet row of a measure of the dashboard, whose body starts on row 2. */
  const rowOf = (name: string) => 2 + LEICESTERSHIRE_2020_21.findIndex((row) => row.measure === name);
  const amberBox = (name: RegExp) => within(measure(name)).getByRole('textbox', { name: 'Amber tolerance' });

  /** Opens the pane, sets LALS's amber tolerance to 1 point (Red, not Amber), applies Live and closes the pane. */
  async function applyWithLalsAt1pp(host: MemoryWorkbookHost): Promise<void> {
    const first = await openPane(host);
    await useSelectedTable(first.user);
    await useReportTolerances(first.user);
    await openMeasure(first.user, 'LALS Success Rate');
    await retype(first.user, amberBox(/LALS Success Rate/), '1pp');
    await first.user.click(within(step('4. Write to the sheet')).getByRole('radio', { name: 'Live' }));
    await first.user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    first.unmount();
  }

  it.each([
    ['a plain range, whose added columns lie right of it', {}],
    ['an Excel table, which the added columns joined', { tableName: 'Dashboard' }],
  ])('in %s, reads the tolerances set per row back from the columns the add-in added, and applying again keeps them', async (_, options) => {
    const host = leicestershireHost(options);
    await applyWithLalsAt1pp(host);
    const lals = `KPIs!G${rowOf('LALS Success Rate')}`;
    expect(host.cell(lals).value).toBe('1pp');

    const { user } = await openPane(host);
    await screen.findByRole('region', { name: '3. Check each measure' });
    // Step 2 says where the tolerances come from, rather than "(none)".
    const columns = within(step('2. Check the columns'));
    expect(columns.getByRole('combobox', { name: 'Amber tolerance' })).toHaveDisplayValue("G: the add-in's column");
    expect(columns.getByRole('combobox', { name: 'Green tolerance' })).toHaveDisplayValue("H: the add-in's column");
    expect(columns.getByRole('combobox', { name: 'Actual' })).toHaveDisplayValue('E: Actual');
    await openMeasure(user, 'LALS Success Rate');
    expect(amberBox(/LALS Success Rate/)).toHaveValue('1pp');
    expect(measure(/LALS Success Rate/)).toHaveTextContent('RAG Red');
    await openMeasure(user, 'Carers receiving self-directed support');
    expect(amberBox(/Carers receiving self-directed support/)).toHaveValue('5pp');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(host.cell(lals).value).toBe('1pp');
    expect(host.calls.apply).toBe(2);
  });

  it('after reopening, a tolerance typed into the add-in’s column is read, and a changed default still reaches the rows left on the default', async () => {
    const host = leicestershireHost();
    await applyWithLalsAt1pp(host);
    host.setCell(`KPIs!G${rowOf('Carers receiving self-directed support')}`, '2pp');

    const { user } = await openPane(host);
    await screen.findByRole('region', { name: '3. Check each measure' });
    await user.clear(screen.getByRole('textbox', { name: 'Amber tolerance, percentage rows' }));
    await user.paste('4pp');
    const amberOf = async (name: string) => within(await openMeasure(user, name)).getByRole('textbox', { name: 'Amber tolerance' });
    expect(await amberOf('LALS Success Rate')).toHaveValue('1pp');
    expect(await amberOf('Carers receiving self-directed support')).toHaveValue('2pp');
    expect(await amberOf('Carers receiving direct payments')).toHaveValue('4pp');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(
      ['LALS Success Rate', 'Carers receiving self-directed support', 'Carers receiving direct payments'].map((name) => host.cell(`KPIs!G${rowOf(name)}`).value),
    ).toEqual(['1pp', '2pp', '4pp']);
  });

  it.each([
    ['damaged', '{"version":1,"location":', /are damaged, so the defaults are shown/],
    ['from another version', '{"version":7}', /from another version of the add-in \(7\)/],
    ['incomplete', '{"version":1,"mode":"live"}', /are incomplete, so the defaults are shown/],
  ])('settings that are %s give a warning and the defaults, and nothing is written', async (_, settings, warning) => {
    const host = leicestershireHost({ settings });
    const { user } = await openPane(host);
    expect(messageBar('Saved settings not used')).toHaveTextContent(warning);
    expect(messageBar('Saved settings not used')).toHaveTextContent('Nothing changes in the sheet until you apply again.');
    await useSelectedTable(user);
    expect(screen.getByRole('radio', { name: 'Portable' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Amber tolerance, percentage rows' })).toHaveValue('5pp');
    expect(host.calls).toMatchObject({ apply: 0, remove: 0, writeSummary: 0 });
    expect(host.snapshot().settings).toBe(settings);
  });

  it('when the saved table’s sheet is gone, it says so and waits for a table to be chosen', async () => {
    const host = leicestershireHost();
    const { user, unmount } = await openPane(host);
    await useSelectedTable(user);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    unmount();
    const moved = host.snapshot().settings!.replace('"sheet":"KPIs"', '"sheet":"Q1 KPIs"');
    const reopened = leicestershireHost({ settings: moved });
    await openPane(reopened);
    expect(messageBar('The saved KPI table was not found')).toHaveTextContent(missingSheetReason('Q1 KPIs'));
    expect(screen.queryByRole('region', { name: '2. Check the columns' })).toBeNull();
  });
});

describe('when Excel refuses', () => {
  it('a cell being edited: says to finish editing the cell, without Excel’s own words', async () => {
    const host = leicestershireHost();
    const { user } = await openPane(host);
    await useSelectedTable(user);
    host.failNext('apply', new MemoryHostError('EditModeCannotAcquireLock', 'RichApi.Error: The operation failed because Excel is in cell-edit mode.'));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const bar = await screen.findByRole('group', { name: 'The add-in could not write the RAG columns.' });
    expect(bar).toHaveTextContent('Finish editing the cell (press Enter or Esc), then try again.');
    expect(bar).not.toHaveTextContent(/RichApi|cell-edit mode/);
    expect(status()).toBeEmptyDOMElement();
    expect(host.snapshot().settings).toBeNull();
  });

  it('a protected sheet: says how to unprotect it', async () => {
    const host = leicestershireHost();
    const { user } = await openPane(host);
    host.failNext('readSelectedTable', new MemoryHostError('AccessDenied', 'Access denied'));
    await user.click(screen.getByRole('button', { name: 'Use selected table' }));
    expect(await screen.findByRole('group', { name: 'The add-in could not read the selected table.' })).toHaveTextContent(/Unprotect it \(Review tab\)/);
  });

  it('anything unexpected: a general, helpful sentence and never the exception’s text', async () => {
    const host = leicestershireHost();
    const { user } = await openPane(host);
    host.failNext('readSelectedTable', new TypeError("Cannot read properties of undefined (reading 'values')"));
    await user.click(screen.getByRole('button', { name: 'Use selected table' }));
    const bar = await screen.findByRole('group', { name: 'The add-in could not read the selected table.' });
    expect(bar).toHaveTextContent('Check that the workbook is open for editing and try again.');
    expect(document.body).not.toHaveTextContent(/Cannot read properties|TypeError/);
    // The pane recovers: the next try works.
    await useSelectedTable(user);
    expect(screen.queryByRole('group', { name: 'The add-in could not read the selected table.' })).toBeNull();
  });

  it('settings that cannot be read: the pane says so and carries on with the defaults', async () => {
    const host = leicestershireHost();
    host.failNext('readSettings', new MemoryHostError('GeneralException', 'boom'));
    const { user } = await openPane(host);
    expect(messageBar('The add-in could not read the settings saved in this workbook, so the defaults are shown.')).toBeInTheDocument();
    await useSelectedTable(user);
    expect(within(step('3. Check each measure')).getByText(`${LEICESTERSHIRE_2020_21.length} measures.`)).toBeInTheDocument();
  });
});
