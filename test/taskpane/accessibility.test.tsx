/** @jest-environment jsdom */
import axe from 'axe-core';
import { act, screen, waitFor, within } from '@testing-library/react';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { leicestershireHost, measure, openPane, status, step, useSelectedTable } from '../support/task-pane';

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

  it('works from the keyboard alone, in reading order: find the table, change a polarity, apply', async () => {
    // Three measures, LALS among them, keep the walk through every control short.
    const host = leicestershireHost({ measures: LEICESTERSHIRE_2020_21.slice(10, 13) });
    const { user } = await openPane(host);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Use selected table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: '2. Check the columns' });

    const summaryButton = screen.getByRole('button', { name: 'Insert summary' });
    const visited: Element[] = [];
    while (document.activeElement !== summaryButton && visited.length < 100) {
      await user.tab();
      visited.push(document.activeElement!);
    }
    const lalsPolarity = within(measure(/LALS Success Rate/)).getByRole('combobox', { name: 'Polarity' });
    const inReadingOrder = [
      within(step('2. Check the columns')).getByRole('combobox', { name: 'Ref' }),
      within(step('2. Check the columns')).getByRole('combobox', { name: 'Green tolerance' }),
      screen.getByRole('combobox', { name: 'Polarity for blank cells' }),
      screen.getByRole('textbox', { name: 'Green tolerance, other rows' }),
      lalsPolarity,
      within(measure(/LALS Success Rate/)).getByRole('textbox', { name: 'Green tolerance' }),
      screen.getByRole('radio', { name: 'Portable' }),
      screen.getByRole('button', { name: 'Apply' }),
      summaryButton,
    ].map((control) => visited.indexOf(control));
    expect(inReadingOrder.every((at, i) => at >= 0 && (i === 0 || at > inReadingOrder[i - 1]))).toBe(true);

    // Change LALS's polarity with the keyboard: open the list, go to Low, choose it.
    act(() => lalsPolarity.focus());
    await user.keyboard('{Enter}');
    await user.keyboard('{End}{ArrowUp}{ArrowUp}{ArrowUp}{Enter}');
    expect(lalsPolarity).toHaveTextContent('Low');
    expect(measure(/LALS Success Rate/)).toHaveTextContent('RAG Green');

    act(() => screen.getByRole('button', { name: 'Apply' }).focus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status()).toHaveTextContent(/^Applied/));
    expect(host.cell('KPIs!C3').value).toBe('Low');
  });
});
