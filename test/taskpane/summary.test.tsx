/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';
import { seedWorkbook } from '../../src/demo/seed-tables';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { parseSettings } from '../../src/plan/settings';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { leicestershireHost, openPane, status, step, useReportTolerances, useSelectedTable } from '../support/task-pane';

const reported = (rag: string) => LEICESTERSHIRE_2020_21.filter((row) => row.reportedRag === rag).length;
const [GREEN, AMBER, RED] = [reported('G'), reported('A'), reported('R')];
const RATED = GREEN + AMBER + RED;

async function paneWithSummary(host: MemoryWorkbookHost = leicestershireHost()) {
  const { user, unmount } = await openPane(host);
  await useSelectedTable(user);
  await useReportTolerances(user);
  return { host, user, unmount };
}

async function apply(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Apply' }));
  await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
}

async function insertSummary(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Insert summary' }));
  await waitFor(() => expect(status()).toHaveTextContent(/^The summary is on the sheet/));
}

const percent = (share: number) => `${Math.round(100 * share)}%`;

describe('the RAG summary', () => {
  it('counts each word and gives shares of the rated measures, as the council’s report does', async () => {
    await paneWithSummary();
    const table = within(step('5. Summary')).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    const notRated = LEICESTERSHIRE_2020_21.length - RATED;
    expect(rows.slice(0, 5)).toEqual([
      ['Category', 'Count', 'Share'],
      ['Green', String(GREEN), percent(GREEN / RATED)],
      ['Amber', String(AMBER), percent(AMBER / RATED)],
      ['Red', String(RED), percent(RED / RATED)],
      ['Green & Amber', String(GREEN + AMBER), percent((GREEN + AMBER) / RATED)],
    ]);
    const [na, noData] = rows.slice(5).map((row) => Number(row[1]));
    expect(na + noData).toBe(notRated);
    expect(rows.slice(5).map((row) => [row[0], row[2]])).toEqual([
      ['N/A', '–'],
      ['No data', '–'],
    ]);
  });

  it('draws a bar per word with the word and count written beside it, and names the chart for screen readers', async () => {
    await paneWithSummary();
    const chart = within(step('5. Summary')).getByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringContaining(`Green ${GREEN}, Amber ${AMBER}, Red ${RED}`));
    expect(chart).toHaveTextContent(`Green${GREEN}`);
  });

  it('Insert summary is offered only once Apply has written the RAG column it counts', async () => {
    const { host, user } = await paneWithSummary();
    const insert = screen.getByRole('button', { name: 'Insert summary' });
    expect(insert).toHaveAttribute('aria-disabled', 'true');
    expect(step('5. Summary')).toHaveTextContent('Apply first');
    await user.click(insert);
    await expect(host.sheetNames()).resolves.toEqual(['KPIs']);
    await apply(user);
    expect(screen.getByRole('button', { name: 'Insert summary' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('Insert summary writes COUNTIF formulas over the RAG column to a new “KPI summary” sheet, titled, charting the parts only, and replaces that sheet the next time', async () => {
    const { host, user } = await paneWithSummary();
    await apply(user);
    await insertSummary(user);
    const sheet = host.snapshot().sheets.find((s) => s.name === 'KPI summary')!;
    expect(sheet.cells[0][0].value).toMatch(/^RAG summary of KPIs!A1:[A-Z]+31$/);
    expect(sheet.cells[1][0].value).toMatch(/^Inserted \d{1,2} [A-Z][a-z]+ 20\d\d\. Counts the RAG words in KPIs!([A-Z]+)2:\1 ?31/);
    expect(sheet.cells.slice(3, 7).map((row) => row.slice(0, 3).map((cell) => cell.value))).toEqual([
      ['Category', 'Count', 'Share of rated'],
      ['Green', GREEN, GREEN / RATED],
      ['Amber', AMBER, AMBER / RATED],
      ['Red', RED, RED / RATED],
    ]);
    expect(sheet.cells[4][1].formula).toMatch(/^=COUNTIF\(KPIs!\$[A-Z]+\$2:\$[A-Z]+\$31,"Green"\)$/);
    expect(sheet.cells[9].map((cell) => cell.value)).toEqual(['Green & Amber', GREEN + AMBER, (GREEN + AMBER) / RATED]);
    // Green, Amber, Red, N/A, No data: the subtotal in row 10 is not in the chart.
    expect(sheet.chart).toEqual({ type: 'ColumnClustered', title: 'Measures by RAG rating', source: 'A5:B9' });
    await insertSummary(user);
    await expect(host.sheetNames()).resolves.toEqual(['KPIs', 'KPI summary']);
  });

  it('never writes over a sheet of the user’s that has the name already', async () => {
    const seed = seedWorkbook(LEICESTERSHIRE_2020_21);
    const host = new MemoryWorkbookHost({ ...seed, sheets: [...seed.sheets, { name: 'KPI summary', cells: [['My own notes']] }] });
    const { user } = await paneWithSummary(host);
    await apply(user);
    await insertSummary(user);
    expect(status()).toHaveTextContent('The summary is on the sheet "KPI summary 2".');
    expect(host.cell("'KPI summary'!A1").value).toBe('My own notes');
    await insertSummary(user);
    await expect(host.sheetNames()).resolves.toEqual(['KPIs', 'KPI summary', 'KPI summary 2']);
  });

  it('names its sheet in the workbook’s settings, so after reopening the workbook it replaces that sheet instead of adding another', async () => {
    const host = leicestershireHost();
    const first = await paneWithSummary(host);
    await apply(first.user);
    await insertSummary(first.user);
    first.unmount();

    const { user } = await openPane(host);
    await useSelectedTable(user);
    await insertSummary(user);
    expect(status()).toHaveTextContent('The summary is on the sheet "KPI summary".');
    await expect(host.sheetNames()).resolves.toEqual(['KPIs', 'KPI summary']);
  });

  async function removeWith(user: UserEvent, deleteSheets: boolean): Promise<HTMLElement> {
    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' });
    const box = within(dialog).getByRole('checkbox', { name: 'Also delete the sheet the add-in wrote: "KPI summary"' });
    // Ticked at first: with the RAG column gone, the summary left behind would count nothing true.
    expect(box).toBeChecked();
    if (!deleteSheets) await user.click(box);
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Removed/));
    return dialog;
  }

  it('Remove offers to delete the summary sheet, ticked: it is deleted and the settings forget it', async () => {
    const host = leicestershireHost();
    const { user } = await paneWithSummary(host);
    await apply(user);
    await insertSummary(user);
    await removeWith(user, true);
    expect(status()).toHaveTextContent('Deleted the sheet "KPI summary".');
    await expect(host.sheetNames()).resolves.toEqual(['KPIs']);
    expect(host.snapshot().settings).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove added columns' })).toBeDisabled();
  });

  it('unticked, the sheet and its name are kept through Apply again and Remove, which take away only columns', async () => {
    const host = leicestershireHost();
    const { user } = await paneWithSummary(host);
    await apply(user);
    await insertSummary(user);
    await apply(user);
    const applied = parseSettings(host.snapshot().settings);
    expect(applied.kind === 'ok' && applied.settings.summarySheet).toBe('KPI summary');
    await removeWith(user, false);
    await expect(host.sheetNames()).resolves.toEqual(['KPIs', 'KPI summary']);
    const removed = parseSettings(host.snapshot().settings);
    expect(removed.kind === 'ok' && [removed.settings.summarySheet, removed.settings.addedColumns]).toEqual(['KPI summary', []]);
    // With the RAG column gone there is nothing to count until the next Apply.
    expect(screen.getByRole('button', { name: 'Insert summary' })).toHaveAttribute('aria-disabled', 'true');
    // Remove again, with no columns left: the question and the status say what is left to remove, not "0 columns".
    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove what the add-in wrote?' });
    expect(within(dialog).queryByRole('list')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent('Deleted the sheet "KPI summary".'));
    await expect(host.sheetNames()).resolves.toEqual(['KPIs']);
  });

  it('a summary sheet the user renamed is theirs now: Remove does not delete it, and says so', async () => {
    const host = leicestershireHost();
    const { user } = await paneWithSummary(host);
    await apply(user);
    await insertSummary(user);
    host.renameSheet('KPI summary', 'Board pack');
    await removeWith(user, true);
    await expect(host.sheetNames()).resolves.toEqual(['KPIs', 'Board pack']);
    expect(screen.getByText(/Sheet "KPI summary": not found under that name \(renamed or deleted\)/)).toBeInTheDocument();
    expect(host.snapshot().settings).toBeNull();
  });
});
