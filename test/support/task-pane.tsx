/**
 * Opening the task pane on an in-memory workbook holding Leicestershire's 2020/21 dashboard
 * (Ref, Measure, Aim, Target, Actual, Previous in A:F, rows 2–31), and driving it as a
 * user would: by role and label, with the keyboard or the mouse.
 */
import './fluent-jsdom';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { FluentProvider, RendererProvider, createDOMRenderer, webLightTheme } from '@fluentui/react-components';
import { type SeedMeasure, type SeedWorkbookOptions, seedWorkbook } from '../../src/demo/seed-tables';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { App } from '../../src/taskpane/App';
import { type SuggestPolarity } from '../../src/taskpane/state/needs-polarity';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';

/**
 * Fluent's CSS goes to a document of its own: jsdom answers each getComputedStyle (which
 * every query by role and name makes, per element) by scanning every rule in the page, and
 * Griffel's thousands of atomic rules make that seconds per query. Colours the tests check
 * (the RAG palette) are inline styles, so nothing is lost.
 */
const STYLE_SINK = document.implementation.createHTMLDocument('styles');

export interface SeedHostOptions extends SeedWorkbookOptions {
  settings?: string;
  /** Some of the dashboard's measures; all 30 by default. */
  measures?: readonly SeedMeasure[];
}

export function leicestershireHost(options: SeedHostOptions = {}): MemoryWorkbookHost {
  const { measures = LEICESTERSHIRE_2020_21, settings = null } = options;
  return new MemoryWorkbookHost({ ...seedWorkbook(measures, options), settings });
}

/** Renders the pane and waits until it has read the workbook's settings. */
export async function openPane(host: MemoryWorkbookHost, suggestPolarity?: SuggestPolarity) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <RendererProvider renderer={createDOMRenderer(STYLE_SINK)}>
      <FluentProvider theme={webLightTheme}>
        <App host={host} suggestPolarity={suggestPolarity} />
      </FluentProvider>
    </RendererProvider>,
  );
  await screen.findByRole('button', { name: 'Use selected table' });
  return { user, ...view };
}

/** The status line, which announces each result. */
export function status(): HTMLElement {
  return screen.getByRole('status');
}

/** Presses "Use selected table" and waits for the table to be read. */
export async function useSelectedTable(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Use selected table' }));
  await screen.findByRole('region', { name: '2. Check the columns' });
}

/** A step of the pane, by its heading. */
export function step(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

/** The measure opened for editing, by its name. */
export function measure(name: string | RegExp): HTMLElement {
  return within(step('3. Check each measure')).getByRole('group', { name });
}

/** The list of measures, one line each. */
export function measureLines(): HTMLElement {
  return within(step('3. Check each measure')).getByRole('listbox', { name: 'Measures' });
}

/** Types into "Find by name", pasted: each keystroke would filter again. */
export async function findMeasures(user: UserEvent, text: string): Promise<void> {
  const box = within(step('3. Check each measure')).getByRole('searchbox', { name: 'Find by name' });
  await user.clear(box);
  if (text) await user.paste(text);
}

/** Finds a measure by name, as a user of a long table would, and opens its line for editing. */
export async function openMeasure(user: UserEvent, name: string): Promise<HTMLElement> {
  await findMeasures(user, name);
  const lines = within(measureLines()).getAllByRole('option');
  const line = lines.find((option) => option.getAttribute('title')?.endsWith(name)) ?? lines[0];
  await user.click(line);
  await findMeasures(user, '');
  return measure(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

/** Picks an option from a dropdown (a native select). */
export async function choose(user: UserEvent, dropdown: HTMLElement, option: string): Promise<void> {
  await user.selectOptions(dropdown, option);
}

/** Replaces what a text box holds. */
export async function retype(user: UserEvent, box: HTMLElement, text: string): Promise<void> {
  await user.clear(box);
  await user.type(box, text);
}

/**
 * Sets the percentage-row tolerances the council's report used, green 0.5 points and amber
 * 5 points, pasted in: each keystroke would re-rate every row, which jsdom makes slow.
 */
export async function useReportTolerances(user: UserEvent): Promise<void> {
  const defaults = within(step('3. Check each measure')).getByRole('group', { name: 'Defaults for the whole table' });
  for (const [name, text] of [['Green tolerance, percentage rows', '0.5pp'], ['Amber tolerance, percentage rows', '5pp']]) {
    await user.clear(within(defaults).getByRole('textbox', { name }));
    await user.paste(text);
  }
}
