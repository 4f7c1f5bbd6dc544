/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { RAG_PALETTE } from '../../src/plan/rag-palette';
import { choose, leicestershireHost, measure, openMeasure, openPane, retype, useSelectedTable } from '../support/task-pane';

async function paneWithTable() {
  const host = leicestershireHost();
  const { user } = await openPane(host);
  await useSelectedTable(user);
  return { host, user };
}

/** The RAG word a measure shows, with the colours it is shown in. */
function ragBadge(group: HTMLElement): HTMLElement {
  const label = within(group).getByText('RAG');
  return label.nextElementSibling as HTMLElement;
}

describe('each measure previews its rating', () => {
  it('shows the figures, the rule in force and the RAG word in its palette colours', async () => {
    const { user } = await paneWithTable();
    const lals = await openMeasure(user, 'LALS Success Rate');
    expect(lals).toHaveAccessibleName('Local: LALS Success Rate');
    expect(lals).toHaveTextContent('Actual 84% · Target 86% · Previous 96%');
    expect(within(lals).getByRole('textbox', { name: 'Target' })).toHaveValue('86%');
    expect(within(lals).getByRole('combobox', { name: 'Polarity' })).toHaveDisplayValue('H (read as High)');
    expect(within(lals).getByRole('textbox', { name: 'Amber tolerance' })).toHaveValue('5pp');
    expect(within(lals).getByRole('textbox', { name: 'Green tolerance' })).toHaveValue('0pp');
    const amber = RAG_PALETTE.find((style) => style.word === 'Amber')!;
    expect(ragBadge(lals)).toHaveTextContent('Amber');
    expect(ragBadge(lals)).toHaveStyle({ backgroundColor: amber.fill, color: amber.font });
    expect(lals).toHaveTextContent('DoT Deteriorated');
  });

  it('changing the polarity changes the preview: 84% against 86% is Amber when high is good, Green when low is', async () => {
    const { host, user } = await paneWithTable();
    const polarity = within(await openMeasure(user, 'LALS Success Rate')).getByRole('combobox', { name: 'Polarity' });
    await choose(user, polarity, 'Low');
    expect(ragBadge(measure(/LALS Success Rate/))).toHaveTextContent('Green');
    expect(measure(/LALS Success Rate/)).toHaveTextContent('DoT Improved');
    expect(host.calls.apply).toBe(0);
  });

  it('a tolerance typed as points changes the preview as the engine reads it', async () => {
    const { user } = await paneWithTable();
    await openMeasure(user, 'Carers receiving self-directed support');
    const carers = () => measure(/Carers receiving self-directed support/);
    expect(ragBadge(carers())).toHaveTextContent('Amber'); // 99.8% against 100%, no green tolerance
    await retype(user, within(carers()).getByRole('textbox', { name: 'Green tolerance' }), '0.5pp');
    expect(ragBadge(carers())).toHaveTextContent('Green');
  });

  it('a tolerance the engine cannot read shows the engine’s own message on that row', async () => {
    const { user } = await paneWithTable();
    await retype(user, within(await openMeasure(user, 'LALS Success Rate')).getByRole('textbox', { name: 'Amber tolerance' }), 'lots');
    const lals = measure(/LALS Success Rate/);
    expect(within(lals).queryByText('RAG')).toBeNull();
    expect(lals).toHaveAccessibleDescription(/Amber tolerance 'lots' is not understood/);
    expect(screen.getByText(/30 measures, 1 with a problem to fix before applying/)).toBeInTheDocument();
  });

  it('the table-wide defaults apply to every row without its own tolerance', async () => {
    const { user } = await paneWithTable();
    await retype(user, screen.getByRole('textbox', { name: 'Green tolerance, percentage rows' }), '0.5pp');
    const carers = await openMeasure(user, 'Carers receiving self-directed support');
    expect(within(carers).getByRole('textbox', { name: 'Green tolerance' })).toHaveValue('0.5pp');
    expect(ragBadge(carers)).toHaveTextContent('Green');
    // A count is not a percentage row: it keeps the other rows' default.
    const admissions = await openMeasure(user, 'Permanent admissions to care (aged 65+)');
    expect(within(admissions).getByRole('textbox', { name: 'Green tolerance' })).toHaveValue('0%');
  });
});
