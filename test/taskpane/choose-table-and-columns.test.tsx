/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { NO_TABLE_REASONS } from '../../src/excel/table-finding';
import { choose, leicestershireHost, openMeasure, openPane, status, step, useSelectedTable } from '../support/task-pane';

describe('choosing the table', () => {
  it('with an empty cell selected, the pane says what to select and reads nothing else', async () => {
    const host = leicestershireHost();
    host.select('KPIs!K40');
    const { user } = await openPane(host);
    await user.click(screen.getByRole('button', { name: 'Use selected table' }));
    const warning = await screen.findByText(NO_TABLE_REASONS.emptyCell);
    expect(warning.closest('[role="group"]')).toHaveTextContent('No KPI table at the selected cell');
    expect(screen.queryByRole('region', { name: '2. Check the columns' })).toBeNull();
    expect(host.calls).toMatchObject({ readSelectedTable: 1, apply: 0 });
  });

  it('says which sheet and range it found, and announces it', async () => {
    const { user } = await openPane(leicestershireHost());
    await useSelectedTable(user);
    expect(step('1. Choose your KPI table')).toHaveTextContent("Using the cells KPIs!A1:F31: 30 rows under the header row.");
    expect(status()).toHaveAttribute('aria-live', 'polite');
    expect(status()).toHaveTextContent('Found the cells KPIs!A1:F31: 30 rows under the header row, 30 measures to rate.');
  });

  it('names an Excel table as such', async () => {
    const { user } = await openPane(leicestershireHost({ tableName: 'Dashboard' }));
    await useSelectedTable(user);
    expect(step('1. Choose your KPI table')).toHaveTextContent('Using the Excel table "Dashboard" (KPIs!A1:F31)');
  });
});

describe('mapping the columns', () => {
  it('guesses each role from the header words, Aim included as the polarity', async () => {
    const { user } = await openPane(leicestershireHost());
    await useSelectedTable(user);
    const columns = within(step('2. Check the columns'));
    const shown = (label: string) => columns.getByRole('combobox', { name: label });
    expect(shown('Ref')).toHaveDisplayValue('A: Ref');
    expect(shown('Measure')).toHaveDisplayValue('B: Measure');
    expect(shown('Polarity')).toHaveDisplayValue('C: Aim');
    expect(shown('Target')).toHaveDisplayValue('D: Target');
    expect(shown('Actual')).toHaveDisplayValue('E: Actual');
    expect(shown('Previous period')).toHaveDisplayValue('F: Previous');
    expect(shown('Amber tolerance')).toHaveDisplayValue('(none)');
    expect(shown('Green tolerance')).toHaveDisplayValue('(none)');
    expect(columns.getByText(/will rate 30 rows/)).toBeInTheDocument();
  });

  it('changing a column updates the rows: with no Actual column every row is skipped, with the reason', async () => {
    const { user } = await openPane(leicestershireHost());
    await useSelectedTable(user);
    const columns = within(step('2. Check the columns'));
    await choose(user, columns.getByRole('combobox', { name: 'Actual' }), '(none)');
    expect(columns.getByText(/will rate 0 rows/)).toBeInTheDocument();
    // One notice for the one reason, naming every row, never a sentence per row.
    expect(columns.getByText('30 rows are skipped: No column is mapped to Actual.')).toBeInTheDocument();
    expect(columns.getAllByText(/No column is mapped to Actual/)).toHaveLength(1);
    expect(columns.getByRole('note', { name: '30 rows are skipped: No column is mapped to Actual.' })).toHaveTextContent(/^Row 2; Row 3; .*; Row 31$/);
    expect(within(step('3. Check each measure')).getByText('0 measures.')).toBeInTheDocument();
  });

  it('without a Previous column there is no direction of travel to preview', async () => {
    const { user } = await openPane(leicestershireHost());
    await useSelectedTable(user);
    await openMeasure(user, 'LALS Success Rate');
    const lals = () => within(step('3. Check each measure')).getByRole('group', { name: /LALS Success Rate/ });
    expect(lals()).toHaveTextContent('DoT');
    await choose(user, within(step('2. Check the columns')).getByRole('combobox', { name: 'Previous period' }), '(none)');
    expect(lals()).not.toHaveTextContent('DoT');
  });
});
