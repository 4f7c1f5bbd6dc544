/** @jest-environment jsdom */
import axe from 'axe-core';
import { act, screen, waitFor, within } from '@testing-library/react';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { leicestershireHost, measure, measureLines, openPane, status, step, useSelectedTable } from '../support/task-pane';

describe('accessibility', () => {
  it('has no axe violations in any step (contrast is checked in a browser, not here)', async () => {
    const { user, container } = await openPane(leicestershireHost());
    await useSelectedTable(user);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('the steps are headings in order, under the pane’s title', async () => {
    const { user } = await openPane(leicestershireHost());
    await useSelectedTable(user);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['KPI RAG ratings']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '1. Choose your KPI table',
      '2. Check the columns',
      '3. Check each measure',
      '4. Write to the sheet',
      '5. Summary',
    ]);
  });

  it('works from the keyboard alone, in reading order: find the table, open a measure from the list, change its polarity, apply', async () => {
    // Three measures, LALS the second, keep the walk through every control short.
    const host = leicestershireHost({ measures: LEICESTERSHIRE_2020_21.slice(10, 13) });
    const { user } = await openPane(host);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Use selected table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: '2. Check the columns' });

    // Apply sits in the footer, after every step, so it is the last stop of the walk.
    const applyButton = screen.getByRole('button', { name: 'Apply' });
    const visited: Element[] = [];
    while (document.activeElement !== applyButton && visited.length < 100) {
      await user.tab();
      visited.push(document.activeElement!);
    }
    const inReadingOrder = [
      within(step('2. Check the columns')).getByRole('combobox', { name: 'Ref' }),
      within(step('2. Check the columns')).getByRole('combobox', { name: 'Green tolerance' }),
      screen.getByRole('combobox', { name: 'Polarity for blank cells' }),
      screen.getByRole('textbox', { name: 'Green tolerance, other rows' }),
      screen.getByRole('combobox', { name: 'Show' }),
      screen.getByRole('searchbox', { name: 'Find by name' }),
      measureLines(),
      screen.getByRole('radio', { name: 'Portable' }),
      screen.getByRole('button', { name: 'Insert summary' }),
      applyButton,
    ].map((control) => visited.indexOf(control));
    expect(inReadingOrder.every((at, i) => at >= 0 && (i === 0 || at > inReadingOrder[i - 1]))).toBe(true);

    // The list is one stop: the arrow keys move through it, Enter opens the line, Tab goes on into the open measure.
    act(() => measureLines().focus());
    await user.keyboard('{ArrowDown}');
    const current = () => document.getElementById(measureLines().getAttribute('aria-activedescendant') ?? '');
    expect(current()).toHaveAccessibleName('Local: LALS Success Rate Actual 84% · Target 86% · Polarity H Amber');
    await user.keyboard('{Enter}');
    await user.tab();
    expect(within(measure(/LALS Success Rate/)).getByRole('textbox', { name: 'Target' })).toHaveFocus();
    await user.tab();
    const lalsPolarity = within(measure(/LALS Success Rate/)).getByRole('combobox', { name: 'Polarity' });
    expect(lalsPolarity).toHaveFocus();
    // A native select: the browser's own keys choose in it (the Chromium test presses them); jsdom has none, so choose directly.
    await user.selectOptions(lalsPolarity, 'Low');
    expect(measure(/LALS Success Rate/)).toHaveTextContent('RAG Green');

    act(() => applyButton.focus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(host.cell('KPIs!C3').value).toBe('Low');
  });

  it('selects lines for editing together with Space, from the keyboard', async () => {
    const host = leicestershireHost({ measures: LEICESTERSHIRE_2020_21.slice(10, 13) });
    const { user } = await openPane(host);
    await useSelectedTable(user);
    act(() => measureLines().focus());
    await user.keyboard(' {ArrowDown} ');
    const lines = within(measureLines()).getAllByRole('option');
    expect(lines.map((line) => line.getAttribute('aria-selected'))).toEqual(['true', 'true', 'false']);
    expect(screen.getByText('2 measures selected.')).toBeInTheDocument();
  });
});
