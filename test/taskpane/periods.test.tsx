/** @jest-environment jsdom */
import { within } from '@testing-library/react';
import { DEMO_SHEETS, demoWorkbook } from '../../src/demo/demo-workbook';
import { QUARTERLY_HEADERS } from '../../src/demo/data/quarterly-2024-25';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { choose, openPane, step, useSelectedTable } from '../support/task-pane';

/** The demo's quarterly scorecard, selected: a column per quarter, the quarter's target and the year-end one. */
function quarterlyHost(): MemoryWorkbookHost {
  return new MemoryWorkbookHost({ ...demoWorkbook(), selection: `${DEMO_SHEETS.quarterly}!B2` });
}

const letterOf = (header: (typeof QUARTERLY_HEADERS)[number]) => String.fromCharCode(65 + QUARTERLY_HEADERS.indexOf(header));
const shown = (header: (typeof QUARTERLY_HEADERS)[number]) => `${letterOf(header)}: ${header}`;

describe('the periods of a table with a column per quarter', () => {
  it('lists the quarters, rates the latest with figures and says so', async () => {
    const { user } = await openPane(quarterlyHost());
    await useSelectedTable(user);
    const columns = within(step('2. Check the columns'));
    const picker = columns.getByRole('combobox', { name: 'Period to rate' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25']);
    expect(picker).toHaveDisplayValue('Q3 2024/25');
    expect(columns.getByRole('combobox', { name: 'Actual' })).toHaveDisplayValue(shown('Q3 2024/25'));
    expect(columns.getByRole('combobox', { name: 'Previous period' })).toHaveDisplayValue(shown('Q2 2024/25'));
    expect(columns.getByText(/Rating Q3 2024\/25, the latest period with figures/)).toBeInTheDocument();
  });

  it('choosing an earlier quarter maps its figures to Actual, the one before to Previous, and says which target it used', async () => {
    const { user } = await openPane(quarterlyHost());
    await useSelectedTable(user);
    const columns = within(step('2. Check the columns'));
    await choose(user, columns.getByRole('combobox', { name: 'Period to rate' }), 'Q2 2024/25');
    expect(columns.getByRole('combobox', { name: 'Actual' })).toHaveDisplayValue(shown('Q2 2024/25'));
    expect(columns.getByRole('combobox', { name: 'Previous period' })).toHaveDisplayValue(shown('Q1 2024/25'));
    expect(columns.getByRole('combobox', { name: 'Target' })).toHaveDisplayValue(shown('Q3 target'));
    expect(columns.getByText('No target for Q2 2024/25: rated against the target for Q3 2024/25.')).toBeInTheDocument();
    expect(columns.queryByText(/the latest period with figures/)).toBeNull();
  });

  it('every mapped column stays changeable: choosing Actual by hand moves the period and drops the notes', async () => {
    const { user } = await openPane(quarterlyHost());
    await useSelectedTable(user);
    const columns = within(step('2. Check the columns'));
    await choose(user, columns.getByRole('combobox', { name: 'Actual' }), shown('Q1 2024/25'));
    expect(columns.getByRole('combobox', { name: 'Period to rate' })).toHaveDisplayValue('Q1 2024/25');
    expect(columns.queryByText(/Rating /)).toBeNull();
  });

  it('a table of one undated Actual shows no period control', async () => {
    const { user } = await openPane(new MemoryWorkbookHost(demoWorkbook()));
    await useSelectedTable(user);
    expect(within(step('2. Check the columns')).queryByRole('combobox', { name: 'Period to rate' })).toBeNull();
  });
});
