/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { seedWorkbook } from '../../src/demo/seed-tables';
import { DIRECTION_PALETTE, RAG_PALETTE } from '../../src/plan/rag-palette';
import { parseSettings } from '../../src/plan/settings';
import { POLARITIES } from '../../src/kpi/polarity';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import {
  choose,
  leicestershireHost,
  openPane,
  status,
  step,
  useReportTolerances,
  useSelectedTable,
} from '../support/task-pane';

const FIRST_ROW = 2;
const REPORTED = { G: 'Green', A: 'Amber', R: 'Red' } as const;

async function paneWithTable(host: MemoryWorkbookHost = leicestershireHost()) {
  const { user, unmount } = await openPane(host);
  await useSelectedTable(user);
  await useReportTolerances(user);
  return { host, user, unmount };
}

async function pickMode(user: UserEvent, mode: 'Live' | 'Portable' | 'Values'): Promise<void> {
  await user.click(within(step('4. Write to the sheet')).getByRole('radio', { name: mode }));
}

async function apply(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Apply' }));
}

async function applied(user: UserEvent): Promise<void> {
  await apply(user);
  await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
}

function column(host: MemoryWorkbookHost, letter: string) {
  return LEICESTERSHIRE_2020_21.map((_, i) => host.cell(`KPIs!${letter}${FIRST_ROW + i}`));
}

describe('Apply, Live', () => {
  it('warns that readers without the add-in see #NAME?', async () => {
    const { user } = await paneWithTable();
    expect(screen.queryByText(/#NAME\?/)).toBeNull();
    await pickMode(user, 'Live');
    expect(within(step('4. Write to the sheet')).getByText('Readers without the add-in see #NAME?')).toBeInTheDocument();
  });

  it('writes KPI.RAG formulas showing the words the council reported, a DoT column, word formats, a polarity dropdown and the settings', async () => {
    const { host, user } = await paneWithTable();
    await pickMode(user, 'Live');
    await applied(user);

    expect(['G1', 'H1', 'I1', 'J1'].map((cell) => host.cell(`KPIs!${cell}`).value)).toEqual(['Amber tolerance', 'Green tolerance', 'RAG', 'DoT']);
    const rag = column(host, 'I');
    rag.forEach((cell, i) => {
      const row = FIRST_ROW + i;
      expect(cell.formula).toBe(`=KPI.RAG(E${row},D${row},C${row},G${row},H${row})`);
      const reported = LEICESTERSHIRE_2020_21[i].reportedRag;
      if (reported === 'N/A') expect(['N/A', 'No data']).toContain(cell.value);
      else expect(cell.value).toBe(REPORTED[reported]);
    });
    expect(host.cell('KPIs!J2')).toMatchObject({ formula: '=KPI.DIRECTION(E2,F2,C2,,D2)', value: 'Deteriorated' });
    expect(column(host, 'H').map((cell) => cell.value)).toContain('0.5pp');

    const sheet = host.snapshot().sheets[0];
    expect(sheet.wordFormats).toEqual([
      { column: 8, firstRow: 1, rowCount: 30, styles: [...RAG_PALETTE] },
      { column: 9, firstRow: 1, rowCount: 30, styles: [...DIRECTION_PALETTE] },
    ]);
    expect(sheet.validations).toHaveLength(1);
    expect(sheet.validations[0]).toMatchObject({ column: 2, firstRow: 1, rowCount: 30 });
    expect(sheet.validations[0].words).toEqual(expect.arrayContaining([...POLARITIES, 'Target Band Width', 'H', 'L']));

    const saved = parseSettings(host.snapshot().settings);
    if (saved.kind !== 'ok') throw new Error(saved.kind);
    expect(saved.settings).toMatchObject({
      mode: 'live',
      location: { sheet: 'KPIs', tableName: null, headerRow: 0, firstColumn: 0, columnCount: 6, rowCount: 30 },
      mapping: { ref: 0, measure: 1, polarity: 2, target: 3, actual: 4, previous: 5, amberTolerance: null, greenTolerance: null },
      defaults: { percentGreen: '0.5pp', percentAmber: '5pp' },
    });
    expect(saved.settings.addedColumns.map((added) => [added.kind, added.column])).toEqual([
      ['amberTolerance', 6],
      ['greenTolerance', 7],
      ['rag', 8],
      ['direction', 9],
    ]);
    expect(status()).toHaveTextContent('Applied (Live): wrote ratings for 30 measures in the cells KPIs!A1:F31.');
  });

  it('applying twice adds no columns and no rules', async () => {
    const { host, user } = await paneWithTable();
    await pickMode(user, 'Live');
    await applied(user);
    const once = host.snapshot();
    await applied(user);
    const twice = host.snapshot();
    expect(twice.sheets[0].cells[0].length).toBe(10);
    expect(twice.sheets[0].wordFormats).toEqual(once.sheets[0].wordFormats);
    expect(twice.sheets[0].validations).toEqual(once.sheets[0].validations);
    expect(twice.sheets[0].cells).toEqual(once.sheets[0].cells);
    expect(host.calls.apply).toBe(2);
  });

  it('in an Excel table the new columns join the table', async () => {
    const { host, user } = await paneWithTable(leicestershireHost({ tableName: 'Dashboard' }));
    await applied(user);
    // 6 columns, 2 tolerances, RAG, DoT, the fixed-value mark and 12 helpers.
    expect(host.snapshot().tables[0]).toMatchObject({ name: 'Dashboard', columnCount: 23 });
  });
});

describe('changing the output mode', () => {
  it('Portable, then Live with the previous period mapped: the helpers go, and the new DoT column joins the table at its edge', async () => {
    const host = leicestershireHost({ tableName: 'Dashboard' });
    const { user } = await paneWithTable(host);
    const previous = within(step('2. Check the columns')).getByRole('combobox', { name: 'Previous period' });
    await choose(user, previous, '(none)');
    await applied(user);
    const table = () => host.snapshot().tables[0];
    const headers = () => host.snapshot().sheets[0].cells[0].slice(0, table().columnCount).map((cell) => cell.value);
    expect(headers()).toContain('Green from');

    await choose(user, previous, 'F: Previous');
    await pickMode(user, 'Live');
    await applied(user);
    expect(headers()).toEqual(['Ref', 'Measure', 'Aim', 'Target', 'Actual', 'Previous', 'Amber tolerance', 'Green tolerance', 'RAG', 'DoT']);
    expect(host.cell('KPIs!J13').formula).toMatch(/^=KPI\.DIRECTION\(/);
    expect(host.snapshot().sheets[0].cells[0].length).toBe(10); // nothing written past the table

    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' })).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Removed 4 columns/));
    expect(headers()).toEqual(['Ref', 'Measure', 'Aim', 'Target', 'Actual', 'Previous']);
  });
});

describe('the workbook calls one press makes', () => {
  it('Apply is one apply call, which returns the table as written: no re-read, so Excel pays one batch', async () => {
    const { host, user } = await paneWithTable();
    const before = { ...host.calls };
    await applied(user);
    expect(host.calls.apply - before.apply).toBe(1);
    expect(host.calls.readTable - before.readTable).toBe(0);
    expect(host.calls.remove - before.remove).toBe(0);
    // The pane shows the table as the write left it: applying again plans from the new columns.
    await applied(user);
    expect(host.calls.apply - before.apply).toBe(2);
    expect(host.snapshot().sheets[0].cells[0].filter((cell) => cell.value === 'RAG')).toHaveLength(1);
  });
});

describe('Apply, Portable', () => {
  it('lists the rows written as fixed values, and why, before anything is written; then writes plain formulas and groups the helpers', async () => {
    const { host, user } = await paneWithTable();
    const writeStep = within(step('4. Write to the sheet'));
    expect(writeStep.getByRole('radio', { name: 'Portable' })).toBeChecked();
    // One notice per reason, naming the rows it applies to: text actuals of unrated rows keep a RAG formula, rated ones are fixed.
    const notices = writeStep.getAllByRole('note', { name: /written as a fixed value rather than a formula\. The actual .*is text; ordinary formulas cannot read a number from text/ });
    expect(notices.map((notice) => notice.getAttribute('aria-description'))).toEqual(['8 rows', '2 rows']);
    expect(notices[0]).toHaveTextContent(/Heritage visits/);
    await applied(user);
    expect(host.cell('KPIs!I2').formula).toMatch(/^=IF\(ISNUMBER\(\$E2\)/);
    expect(host.cell('KPIs!I2').value).toBe('Amber');
    // "84.5k" with no target: N/A whatever the figure, so the RAG stays a formula; a rated text actual is fixed.
    const heritage = 1 + LEICESTERSHIRE_2020_21.findIndex((row) => row.measure === 'Heritage visits');
    expect(host.cell(`KPIs!I${heritage + 1}`)).toMatchObject({ formula: expect.stringMatching(/^=IF\(/), value: 'N/A' });
    const admissions = 1 + LEICESTERSHIRE_2020_21.findIndex((row) => row.actual.startsWith("3.1 (13 Adm's)"));
    expect(host.cell(`KPIs!I${admissions + 1}`)).toMatchObject({ formula: null, value: 'Green' });
    // The add-in's two tolerance columns (G:H), then the helpers.
    expect(host.snapshot().sheets[0].groups).toEqual([{ firstColumn: 6, lastColumn: 7 }, expect.objectContaining({ firstColumn: 11 })]);
  });
});

describe('changing the output mode', () => {
  it('from Portable to Live takes away the helper columns Portable needed, then writes live formulas where the RAG was', async () => {
    const { host, user } = await paneWithTable();
    await applied(user);
    expect(host.cell('KPIs!K1').value).toBe('Fixed at Apply');
    expect(host.cell('KPIs!L1').value).toBe('Judged as');
    await pickMode(user, 'Live');
    await applied(user);
    expect(host.calls.remove).toBe(1);
    const sheet = host.snapshot().sheets[0];
    expect(sheet.cells[0].slice(6).map((cell) => cell.value)).toEqual(['Amber tolerance', 'Green tolerance', 'RAG', 'DoT']);
    // The helpers' group went with them; the add-in's tolerance columns stay grouped in Live.
    expect(sheet.groups).toEqual([{ firstColumn: 6, lastColumn: 7 }]);
    expect(host.cell('KPIs!I2').formula).toBe('=KPI.RAG(E2,D2,C2,G2,H2)');
  });
});

describe('cells in the way', () => {
  function hostWithNote(): MemoryWorkbookHost {
    const host = leicestershireHost();
    host.setCell('KPIs!H13', 'Call Sam about this'); // where LALS's green tolerance will go; G stays empty
    return host;
  }

  it('asks before writing over a cell it did not write, naming it; Cancel writes nothing', async () => {
    const { host, user } = await paneWithTable(hostWithNote());
    await apply(user);
    const dialog = await screen.findByRole('dialog', { name: 'Write over these cells?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('KPIs!H13');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.calls.apply).toBe(0);
    expect(host.cell('KPIs!H13').value).toBe('Call Sam about this');
    expect(host.cell('KPIs!G1').value).toBeNull();
    // Fluent's focus manager gives the page back to screen readers a moment after the dialog closes.
    await waitFor(() => expect(status()).toHaveTextContent('Nothing was written.'));
  });

  it('a cell typed into the sheet after the pane read it is not written over: Apply stops, names it, and asks next time', async () => {
    const { host, user } = await paneWithTable();
    host.setCell('KPIs!H13', 'Typed just now');
    await apply(user);
    const bar = await screen.findByText('Nothing was written: the sheet changed.');
    expect(bar.closest('[role="group"], .fui-MessageBar') ?? bar.parentElement).toHaveTextContent('KPIs!H13');
    expect(host.cell('KPIs!H13').value).toBe('Typed just now');
    expect(host.cell('KPIs!G1').value).toBeNull();
    expect(host.snapshot().settings).toBeNull();

    // The pane now holds the sheet as it is, so the next Apply asks about the cell.
    await apply(user);
    const dialog = await screen.findByRole('dialog', { name: 'Write over these cells?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('KPIs!H13');
  });

  it('Overwrite writes, over the cell', async () => {
    const { host, user } = await paneWithTable(hostWithNote());
    await apply(user);
    const dialog = await screen.findByRole('dialog', { name: 'Write over these cells?' });
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(host.cell('KPIs!H13').value).toBe('0.5pp');
  });
});

describe('Remove', () => {
  it('on a plain range chosen again with its added columns, leaves no gap: the next Apply writes at the table’s edge', async () => {
    const host = leicestershireHost();
    const first = await paneWithTable(host);
    await pickMode(first.user, 'Live');
    await applied(first.user);
    first.unmount();

    // Chosen again, the block around the cell takes in the columns the add-in added beside it.
    const { user } = await openPane(host);
    await useSelectedTable(user);
    expect(screen.getByText(/Using the cells KPIs!A1:J31/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' })).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Removed 4 columns/));

    await applied(user);
    expect(['G1', 'H1', 'I1', 'J1'].map((cell) => host.cell(`KPIs!${cell}`).value)).toEqual(['Amber tolerance', 'Green tolerance', 'RAG', 'DoT']);
  });

  it('asks first, then takes away exactly the columns the add-in added, leaving the table as it was', async () => {
    const host = leicestershireHost();
    const original = host.snapshot().sheets[0].cells;
    const { user } = await paneWithTable(host);
    const remove = screen.getByRole('button', { name: 'Remove added columns' });
    expect(remove).toBeDisabled();
    await pickMode(user, 'Live');
    await applied(user);

    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' });
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'G: Amber tolerance',
      'H: Green tolerance',
      'I: RAG',
      'J: DoT',
    ]);
    // Focus starts on Cancel: Enter on a question that removes columns must not remove them.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent('Removed 4 columns the add-in had added. Took the dropdown it had added off Aim.'));

    const after = host.snapshot().sheets[0];
    expect(after.cells.map((row) => row.slice(0, 6))).toEqual(original);
    expect(after.cells.every((row) => row.slice(6).every((cell) => cell.value === null && cell.formula === null))).toBe(true);
    expect(after.wordFormats).toEqual([]);
    expect(after.validations).toEqual([]); // the polarity dropdown Apply put on the user's own Aim column
    expect(host.snapshot().settings).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove added columns' })).toBeDisabled();
  });

  async function removeAll(user: UserEvent): Promise<void> {
    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Removed/));
  }

  const THEIRS = { column: 2, firstRow: 1, rowCount: LEICESTERSHIRE_2020_21.length, words: ['High', 'Low', 'Band'] };

  it('leaves a dropdown the user had on their polarity column: Apply does not replace it, Remove does not take it off', async () => {
    const host = new MemoryWorkbookHost({ ...seedWorkbook(LEICESTERSHIRE_2020_21), validations: [{ range: `KPIs!C2:C${FIRST_ROW + LEICESTERSHIRE_2020_21.length - 1}`, words: THEIRS.words }] });
    const { user } = await paneWithTable(host);
    await applied(user);
    expect(host.snapshot().sheets[0].validations).toEqual([THEIRS]);
    await removeAll(user);
    expect(status()).not.toHaveTextContent('dropdown');
    expect(host.snapshot().sheets[0].validations).toEqual([THEIRS]);
  });

  it('leaves a dropdown the user put on their polarity column in place of the add-in’s after Apply', async () => {
    const { host, user } = await paneWithTable();
    await applied(user);
    host.setValidation(`KPIs!C2:C${FIRST_ROW + LEICESTERSHIRE_2020_21.length - 1}`, THEIRS.words);
    await removeAll(user);
    expect(host.snapshot().sheets[0].validations).toEqual([THEIRS]);
  });

  it('Cancel removes nothing', async () => {
    const { host, user } = await paneWithTable();
    await applied(user);
    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(host.calls.remove).toBe(0);
  });
});

describe('a colleague’s typing over the add-in’s ratings', () => {
  async function liveWithTyping() {
    const { host, user } = await paneWithTable();
    await pickMode(user, 'Live');
    await applied(user);
    const reads = host.calls.readTable;
    host.setCell('KPIs!I5', 'Amber - agreed at DMT');
    // The pane follows the sheet once typing pauses, so its questions name the cell.
    await waitFor(() => expect(host.calls.readTable).toBeGreaterThan(reads));
    return { host, user };
  }

  it('Apply again asks before writing over the typed cell; Cancel keeps it', async () => {
    const { host, user } = await liveWithTyping();
    await apply(user);
    const dialog = await screen.findByRole('dialog', { name: 'Write over these cells?' });
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['KPIs!I5']);
    expect(dialog).toHaveTextContent('its own ratings typed over in the sheet');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(host.cell('KPIs!I5').value).toBe('Amber - agreed at DMT');
  });

  it('Remove names the typed cell in its question before deleting it with its column', async () => {
    const { host, user } = await liveWithTyping();
    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' });
    expect(dialog).toHaveTextContent('These cells in those columns were typed into in the sheet');
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toContain('KPIs!I5');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Removed 4 columns/));
    expect(host.cell('KPIs!I5').value).toBeNull();
  });

  it('a cell typed after Remove asked is not deleted: nothing is removed, and the cell is named', async () => {
    const { host, user } = await liveWithTyping();
    await user.click(screen.getByRole('button', { name: 'Remove added columns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the columns the add-in added?' });
    host.setCell('KPIs!I6', 'Red (manual)');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    const bar = await screen.findByText('Nothing was removed: the sheet changed.');
    expect(bar.closest('.fui-MessageBar') ?? bar.parentElement).toHaveTextContent('KPIs!I6');
    expect(host.calls.remove).toBe(0);
    expect(host.cell('KPIs!I6').value).toBe('Red (manual)');
  });
});

describe('measures with problems', () => {
  it('do not stop Apply: the other rows are written, and the problem is listed by measure', async () => {
    const host = leicestershireHost();
    host.setCell('KPIs!C13', 'Sideways');
    const { user } = await paneWithTable(host);
    await apply(user);
    const bar = await screen.findByText('1 measure not rated.');
    expect(bar.closest('[role="group"]')).toHaveTextContent(/LALS Success Rate: Polarity 'Sideways' is not recognised/);
    expect(host.calls.apply).toBe(1);
    expect(host.cell('KPIs!I13').value).toBe('Check');
    expect(host.cell('KPIs!I17').value).toBe('Green');
  });
});
