/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { type SeedMeasure } from '../../src/demo/seed-tables';
import { type SuggestPolarity } from '../../src/taskpane/state/needs-polarity';
import {
  choose,
  findMeasures,
  leicestershireHost,
  measure,
  measureLines,
  openMeasure,
  openPane,
  retype,
  status,
  step,
  useReportTolerances,
  useSelectedTable,
} from '../support/task-pane';

const lineNames = () => within(measureLines()).queryAllByRole('option').map((line) => line.getAttribute('title'));
const showing = () => within(step('3. Check each measure')).getByText(/^Showing /);

/** Rows as a council adds them without saying which way is good: a target, no polarity. */
const UNJUDGED: SeedMeasure[] = [
  { ref: 'N1', measure: 'Reduce the number of delayed transfers of care', aim: '', target: '40', actual: '46', previous: '' },
  { ref: 'N2', measure: 'Satisfaction with home care', aim: '', target: '80%', actual: '84%', previous: '' },
  { ref: 'N3', measure: 'Reviews completed on time', aim: '', target: '90%', actual: '86%', previous: '' },
];

/** A stand-in for the engine's wording rule, which the pane takes as an input. */
const suggest: SuggestPolarity = (name) =>
  /reduce/i.test(name) ? { polarity: 'Low', because: 'it says "reduce"' } : /satisfaction/i.test(name) ? { polarity: 'High', because: 'it says "satisfaction"' } : null;

async function paneWithTable(measures: readonly SeedMeasure[] = LEICESTERSHIRE_2020_21) {
  const host = leicestershireHost({ measures });
  const { user } = await openPane(host, suggest);
  await useSelectedTable(user);
  return { host, user };
}

describe('the list of measures', () => {
  it('shows one line per measure, with its figures, polarity and RAG, and only the lines in view are in the page', async () => {
    await paneWithTable();
    const lines = within(measureLines()).getAllByRole('option');
    expect(lines.length).toBeLessThan(LEICESTERSHIRE_2020_21.length);
    expect(lines[0]).toHaveAttribute('aria-setsize', String(LEICESTERSHIRE_2020_21.length));
    expect(lines[0]).toHaveAccessibleName("Local: % of sequels that 'Prevent Need' Actual 54% · Target 56-61% · Polarity Target Band Width Amber");
    expect(showing()).toHaveTextContent('Showing all 30.');
  });

  it('filters by RAG word and by name, and says how many of how many it shows', async () => {
    const { user } = await paneWithTable();
    await useReportTolerances(user);
    const filter = within(step('3. Check each measure')).getByRole('combobox', { name: 'Show' });
    const reported = (word: string) => LEICESTERSHIRE_2020_21.filter((row) => row.reportedRag === word).map((row) => `${row.ref}: ${row.measure}`);
    await choose(user, filter, `Red (${reported('R').length})`);
    expect(lineNames()).toEqual(reported('R'));
    expect(showing()).toHaveTextContent(`Showing ${reported('R').length} of 30.`);
    await choose(user, filter, `All measures (30)`);
    await findMeasures(user, 'carers');
    expect(lineNames()).toEqual(LEICESTERSHIRE_2020_21.filter((row) => /carers/i.test(row.measure)).map((row) => `${row.ref}: ${row.measure}`));
    await findMeasures(user, 'nothing of the sort');
    expect(lineNames()).toEqual([]);
    expect(showing()).toHaveTextContent('Showing 0 of 30.');
  });

  it('problems are one notice per kind, naming the rows, and the filter shows just those rows', async () => {
    const { host, user } = await paneWithTable();
    host.setCell('KPIs!C13', 'Sideways'); // LALS
    host.setCell('KPIs!C14', 'Upwards'); // the measure after it
    await useSelectedTable(user);
    const measures = within(step('3. Check each measure'));
    const notice = measures.getByRole('note', { name: /^2 measures: Polarity is not recognised/ });
    expect(notice).toHaveTextContent(/LALS Success Rate; /);
    expect(measures.getAllByText(/is not recognised/)).toHaveLength(1);
    await user.click(within(notice.parentElement!).getByRole('button', { name: 'Show problems only' }));
    expect(lineNames()).toHaveLength(2);
    expect(measures.getByRole('combobox', { name: 'Show' })).toHaveDisplayValue('Problems (2)');
  });

  it('editing a target in the pane re-rates the row, and Apply writes it to the sheet’s target column', async () => {
    const { host, user } = await paneWithTable();
    const lals = await openMeasure(user, 'LALS Success Rate');
    expect(lals).toHaveTextContent('RAG Amber'); // 84% against 86%
    await retype(user, within(lals).getByRole('textbox', { name: 'Target' }), '80%');
    expect(measure(/LALS Success Rate/)).toHaveTextContent('RAG Green');
    expect(host.cell('KPIs!D13').value).not.toBe('80%');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(host.cell('KPIs!D13').value).toBe('80%');
    const ragColumn = host.snapshot().sheets[0].cells[0].findIndex((cell) => cell.value === 'RAG');
    expect(host.snapshot().sheets[0].cells[12][ragColumn].value).toBe('Green');
  });

  it('a free-text target fixed in the pane lets the row be applied', async () => {
    const { host, user } = await paneWithTable(LEICESTERSHIRE_2020_21.slice(10, 13));
    host.setCell('KPIs!D3', 'Due to pandemic – data is to be delayed');
    await useSelectedTable(user);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    // The other rows are written; this one is listed, and its RAG cell says so.
    await screen.findByText('1 measure not rated.');
    expect(host.calls.apply).toBe(1);
    const ragColumn = host.snapshot().sheets[0].cells[0].findIndex((cell) => cell.value === 'RAG');
    expect(host.cell(`KPIs!${String.fromCharCode(65 + ragColumn)}3`).value).toBe('Not rated');
    await retype(user, within(await openMeasure(user, 'LALS Success Rate')).getByRole('textbox', { name: 'Target' }), '86%');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(host.cell('KPIs!D3').value).toBe('86%');
    expect(host.cell(`KPIs!${String.fromCharCode(65 + ragColumn)}3`).value).not.toBe('Not rated');
  });

  it('bulk edit sets the polarity and tolerances of the selected rows only, and Apply writes them', async () => {
    const { host, user } = await paneWithTable();
    await findMeasures(user, 'carers');
    await user.click(screen.getByRole('button', { name: /^Select all \d+ shown$/ }));
    const carers = LEICESTERSHIRE_2020_21.flatMap((row, i) => (/carers/i.test(row.measure) ? [i] : []));
    expect(screen.getByText(`${carers.length} measures selected.`)).toBeInTheDocument();
    const bulk = within(screen.getByRole('group', { name: 'Edit the selected measures together' }));
    await choose(user, bulk.getByRole('combobox', { name: 'Polarity for selected' }), 'Low');
    await retype(user, bulk.getByRole('textbox', { name: 'Amber tolerance for selected' }), '2pp');
    await user.click(bulk.getByRole('button', { name: `Set for ${carers.length} selected measures` }));
    await findMeasures(user, '');
    expect(within(await openMeasure(user, 'Carers receiving direct payments')).getByRole('textbox', { name: 'Amber tolerance' })).toHaveValue('2pp');
    expect(within(await openMeasure(user, 'LALS Success Rate')).getByRole('textbox', { name: 'Amber tolerance' })).toHaveValue('5pp');

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    LEICESTERSHIRE_2020_21.forEach((row, i) => {
      expect(host.cell(`KPIs!C${i + 2}`).value).toBe(carers.includes(i) ? 'Low' : row.aim);
      if (!carers.includes(i)) expect(host.cell(`KPIs!G${i + 2}`).value).not.toBe('2pp');
    });
    expect(carers.map((i) => host.cell(`KPIs!G${i + 2}`).value)).toEqual(carers.map(() => '2pp'));
  });
});

describe('rows with a target but no polarity', () => {
  const table = [...LEICESTERSHIRE_2020_21.slice(10, 13), ...UNJUDGED];

  it('the pane says how many, suggests from the wording, and nothing changes until a suggestion is accepted', async () => {
    const { host, user } = await paneWithTable(table);
    const notice = screen.getByRole('note', { name: /^3 measures have a target but no polarity/ });
    expect(notice).toHaveTextContent('Reduce the number of delayed transfers of care; Satisfaction with home care; Reviews completed on time');
    const reduce = await openMeasure(user, 'Reduce the number of delayed transfers of care');
    expect(reduce).toHaveTextContent('Suggested polarity: Low, because it says "reduce".');
    expect(reduce).toHaveTextContent('Needs polarity');
    expect(within(reduce).getByRole('combobox', { name: 'Polarity' })).toHaveDisplayValue('(blank: the target decides)');
    await user.click(within(reduce).getByRole('button', { name: 'Use Low' }));
    expect(within(measure(/Reduce the number/)).getByRole('combobox', { name: 'Polarity' })).toHaveDisplayValue('Low');
    expect(measure(/Reduce the number/)).toHaveTextContent('RAG Red'); // 46 against 40, low is good
    expect(screen.getByRole('note', { name: /^2 measures have a target but no polarity/ })).toBeInTheDocument();
    expect(host.calls.apply).toBe(0);
  });

  it('Accept for all takes every suggestion there is, and leaves the rows it has none for', async () => {
    const { user } = await paneWithTable(table);
    await user.click(screen.getByRole('button', { name: 'Accept 2 suggested polarities' }));
    expect(screen.getByRole('note', { name: /^1 measure has a target but no polarity/ })).toHaveTextContent(/^Reviews completed on time$/);
  });

  it('Apply asks for their polarity instead of writing N/A; Choose shows them, and "Apply, marking them Check" writes Check', async () => {
    const { host, user } = await paneWithTable(table);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const question = await screen.findByRole('dialog', { name: 'Which way is good for 3 measures?' });
    expect(question).toHaveTextContent('Satisfaction with home care');
    expect(host.calls.apply).toBe(0);
    await user.click(within(question).getByRole('button', { name: 'Choose their polarity' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lineNames()).toEqual(UNJUDGED.map((row) => `${row.ref}: ${row.measure}`));

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Apply, marking them "Check"' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    const ragColumn = host.snapshot().sheets[0].cells[0].findIndex((cell) => cell.value === 'RAG');
    expect(UNJUDGED.map((_, i) => host.cell(`KPIs!${String.fromCharCode(65 + ragColumn)}${5 + i}`).value)).toEqual(['Check', 'Check', 'Check']);
  });
});
