/**
 * The whole flow in real headless Chromium, on the built demo page (dist/demo.html): the
 * task pane beside Leicestershire's 2020/21 dashboard on the in-memory workbook host.
 * A manager finds the table from the keyboard, checks the mapping, sets the table's green
 * tolerance to the report's 0.5 points, turns one measure's polarity round, applies and
 * inserts the summary; the test then reads the workbook the pane wrote. The words must be
 * the ones the council's report printed. Last, the quarterly scorecard is applied with the
 * mapping the pane proposed for its latest quarter. Screenshots go to test-artifacts/e2e/,
 * and axe-core (colour contrast included) checks the page at every step.
 */
import { type Locator, type Page } from 'playwright-core';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { QUARTERLY_2024_25, QUARTERLY_HEADERS } from '../../src/demo/data/quarterly-2024-25';
import { DEMO_SHEETS } from '../../src/demo/demo-workbook';
import { type WorkbookSnapshot } from '../../src/excel/memory-host';
import { DIRECTION_PALETTE, RAG_PALETTE } from '../../src/plan/rag-palette';
import { parseSettings } from '../../src/plan/settings';
import { parsePolarity } from '../../src/kpi/polarity';
import { axeFindings, blocking, describeWithBrowser, expectText, isFocused, screenshot, tabUntil } from '../support/browser';
import { demoWorkbookIn, openDemoPage } from '../support/demo-page';

jest.setTimeout(60_000);

const PRINTED: Record<string, string> = { G: 'Green', A: 'Amber', R: 'Red' };
const LALS = LEICESTERSHIRE_2020_21.findIndex((row) => row.measure === 'LALS Success Rate');


const workbook = demoWorkbookIn;

/** The text of the option a select shows. */
const shownIn = (select: Locator) => select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text ?? '');

/** Moves a focused select to `option` with the arrow keys, as a keyboard user does. */
async function chooseByKeyboard(page: Page, select: Locator, option: string): Promise<void> {
  await page.keyboard.press('Home');
  for (let presses = 0; (await shownIn(select)) !== option; presses++) {
    if (presses > 20) throw new Error(`"${option}" is not among the options of ${await select.getAttribute('aria-label')}.`);
    await page.keyboard.press('ArrowDown');
  }
}

/** Step 3's list of measures, one line each. */
const measureLines = (page: Page) => page.getByRole('listbox', { name: 'Measures' });

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds a measure by name and opens its line with the mouse; returns its editor. */
async function openMeasure(page: Page, name: string): Promise<Locator> {
  const search = page.getByRole('searchbox', { name: 'Find by name' });
  await search.fill(name);
  await measureLines(page).getByRole('option', { name: new RegExp(`^[^:]*: ${literally(name)} Actual`) }).first().click();
  await search.fill('');
  return page.getByRole('group', { name: new RegExp(`: ${literally(name)}$`) });
}

describeWithBrowser('the demo page in Chromium: from a raw table to RAG colours and a summary', () => {
  const session = openDemoPage();
  let page: Page;
  const { pageErrors } = session;
  beforeAll(() => {
    page = session.page;
  });

  // The steps run in order on one page, as one manager's session.

  it('opens on the sample workbook, with nothing written and nothing for axe to object to', async () => {
    await screenshot(page, '1-opened');
    expect(await page.getByRole('grid', { name: `Sheet ${DEMO_SHEETS.leicestershire}` }).isVisible()).toBe(true);
    expect((await workbook(page)).settings).toBeNull();
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('finds the table from the keyboard: Tab to the grid, arrow into the table, Tab to the button, Enter', async () => {
    const grid = page.getByRole('grid', { name: `Sheet ${DEMO_SHEETS.leicestershire}` });
    await tabUntil(page, isFocused(grid), 'the sample grid');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect((await workbook(page)).selection).toEqual({ sheet: DEMO_SHEETS.leicestershire, row: 2, column: 2 });
    expect(await page.getByRole('group', { name: 'Active cell' }).textContent()).toContain('Leicestershire!C3');

    const find = page.getByRole('button', { name: 'Use selected table' });
    await tabUntil(page, isFocused(find), '"Use selected table"');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: '2. Check the columns' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Found the Excel table "Dashboard" (Leicestershire!A1:F31): 30 rows');
    await screenshot(page, '2-table-found');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('maps the columns by their headers, and a mapping can be changed', async () => {
    const columns = page.getByRole('region', { name: '2. Check the columns' });
    const mapped = (role: string) => shownIn(columns.getByRole('combobox', { name: role }));
    expect(await mapped('Actual')).toBe('E: Actual');
    expect(await mapped('Target')).toBe('D: Target');
    expect(await mapped('Polarity')).toBe('C: Aim');
    expect(await mapped('Previous period')).toBe('F: Previous');

    const lals = await openMeasure(page, 'LALS Success Rate');
    expect(await lals.textContent()).toContain('DoT Deteriorated');
    await columns.getByRole('combobox', { name: 'Previous period' }).selectOption({ label: '(none)' });
    expect(await lals.textContent()).not.toContain('DoT');
    await columns.getByRole('combobox', { name: 'Previous period' }).selectOption({ label: 'F: Previous' });
    expect(await lals.textContent()).toContain('DoT Deteriorated');
  });

  it('sets the table’s green tolerance and turns one polarity round by keyboard; previews change, the sheet does not', async () => {
    const green = page.getByRole('textbox', { name: 'Green tolerance, percentage rows' });
    await tabUntil(page, isFocused(green), 'the default green tolerance');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0.5pp');
    const carers = await openMeasure(page, 'Carers receiving self-directed support');
    await expectText(carers, 'RAG Green'); // 99.8% against 100%, within half a point

    // From the keyboard: type in Find (where the search for Carers left the focus), Tab to the list, Enter opens the line, Tab to its polarity.
    const search = page.getByRole('searchbox', { name: 'Find by name' });
    expect(await isFocused(search)()).toBe(true);
    await page.keyboard.type('LALS');
    await tabUntil(page, isFocused(measureLines(page)), 'the list of measures');
    await page.keyboard.press('Enter');
    const lals = page.getByRole('group', { name: 'Local: LALS Success Rate' });
    const polarity = lals.getByRole('combobox', { name: 'Polarity' });
    await tabUntil(page, isFocused(polarity), 'the LALS polarity', 20);
    await chooseByKeyboard(page, polarity, 'Low');
    await expectText(lals, 'RAG Green');
    await expectText(lals, 'DoT Improved');
    expect((await workbook(page)).settings).toBeNull();
    await search.fill('');
    await lals.scrollIntoViewIfNeeded();
    // Everything fits the pane's width (350px here; Excel opens a task pane at about 320px).
    const overflowing = await page.getByRole('main').evaluate((main) =>
      [...main.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > main.getBoundingClientRect().right + 1).map((el) => el.className || el.tagName).slice(0, 5),
    );
    expect(overflowing).toEqual([]);
    await screenshot(page, '3-measures-edited');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('applies with the mouse: RAG and DoT columns with the report’s words, native colours, the edit written back', async () => {
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expectText(page.getByRole('status'), /^Applied \(Portable\): wrote ratings for 30 measures/);
    const book = await workbook(page);
    const sheet = book.sheets.find((s) => s.name === DEMO_SHEETS.leicestershire)!;
    const headers = sheet.cells[0].map((cell) => cell.value);
    const ragAt = headers.indexOf('RAG');
    const dotAt = headers.indexOf('DoT');
    expect(ragAt).toBeGreaterThan(5);
    expect(dotAt).toBeGreaterThan(5);

    const wrong: string[] = [];
    LEICESTERSHIRE_2020_21.forEach((row, i) => {
      const got = sheet.cells[i + 1][ragAt].value;
      const expected = i === LALS ? ['Green'] : row.reportedRag === 'N/A' ? ['N/A', 'No data'] : [PRINTED[row.reportedRag]];
      if (!expected.includes(String(got))) wrong.push(`${row.ref} ${row.measure}: ${got}, report ${row.reportedRag}`);
    });
    expect(wrong).toEqual([]);
    const dotOf = (measure: string) => sheet.cells[LEICESTERSHIRE_2020_21.findIndex((r) => r.measure === measure) + 1][dotAt].value;
    expect(dotOf('LALS Success Rate')).toBe('Improved'); // 84% from 96%, now that low is good
    expect(dotOf("% of people who had no need for ongoing services following reablement")).toBe('Deteriorated'); // 79.7% from 87.5%
    expect(dotOf('Living at home 91 days after hospital discharge and reablement')).toBe('Improved'); // 89.7% from 88.1%

    // The polarity edit is an ordinary cell of the sheet's own Aim column, with a dropdown.
    expect(parsePolarity(String(sheet.cells[LALS + 1][2].value))).toBe('Low');
    expect(sheet.validations.find((v) => v.column === 2)?.words).toEqual(expect.arrayContaining(['High', 'Low']));
    // The grid tells a screen reader about the dropdown, not only the ▾ it draws.
    expect(await page.locator('[role="gridcell"][aria-description^="Dropdown: High, Low"]').count()).toBe(30);
    // One rule per word on each output column, in the shared palette.
    expect(sheet.wordFormats.find((f) => f.column === ragAt)?.styles).toEqual([...RAG_PALETTE]);
    expect(sheet.wordFormats.find((f) => f.column === dotAt)?.styles.map((s) => s.word)).toEqual(expect.arrayContaining(DIRECTION_PALETTE.map((s) => s.word)));
    const saved = parseSettings(book.settings);
    expect(saved.kind).toBe('ok');
    if (saved.kind === 'ok') expect(saved.settings).toMatchObject({ mode: 'portable', location: { sheet: DEMO_SHEETS.leicestershire, tableName: 'Dashboard' } });

    // The grid shows the colour with the word: the cell's fill and font are the palette's.
    const red = RAG_PALETTE.find((s) => s.word === 'Red')!;
    const reablement = LEICESTERSHIRE_2020_21.findIndex((r) => r.reportedRag === 'R');
    const cell = page.getByRole('gridcell').filter({ hasText: /^Red$/ }).first();
    await cell.click(); // shows the RAG column, and its formula in the bar above the grid
    expect(await cell.textContent()).toBe('Red');
    expect(await page.getByRole('group', { name: 'Active cell' }).textContent()).toMatch(/=IF\(/);
    expect(await cell.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual([rgb(red.fill), rgb(red.font)]);
    expect(sheet.cells[reablement + 1][ragAt].value).toBe('Red');
    await screenshot(page, '4-applied');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('applying again updates in place: same columns, same rules', async () => {
    const before = await workbook(page);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expectText(page.getByRole('status'), /^Applied \(Portable\): wrote ratings for 30 measures/);
    const after = await workbook(page);
    const shape = (book: WorkbookSnapshot) => {
      const sheet = book.sheets.find((s) => s.name === DEMO_SHEETS.leicestershire)!;
      return { headers: sheet.cells[0].map((c) => c.value), rules: sheet.wordFormats.length, validations: sheet.validations.length, groups: sheet.groups };
    };
    expect(shape(after)).toEqual(shape(before));
  });

  it('filters the list by RAG word: the lines shown are the measures the sheet has Red', async () => {
    const book = await workbook(page);
    const sheet = book.sheets.find((s) => s.name === DEMO_SHEETS.leicestershire)!;
    const ragAt = sheet.cells[0].findIndex((c) => c.value === 'RAG');
    const red = sheet.cells.slice(1, 31).flatMap((row, i) => (row[ragAt].value === 'Red' ? [LEICESTERSHIRE_2020_21[i].measure] : []));
    const show = page.getByRole('combobox', { name: 'Show' });
    await show.selectOption({ label: `Red (${red.length})` });
    await expectText(page.getByText(/^Showing \d+ of 30\.$/), `Showing ${red.length} of 30.`);
    const shown = await measureLines(page).getByRole('option').evaluateAll((lines) => lines.map((line) => line.getAttribute('title')));
    expect(shown.map((title) => title?.replace(/^[^:]*: /, ''))).toEqual(red);
    await screenshot(page, '5-filtered-red');
    expect(blocking(await axeFindings(page))).toEqual([]);
    await show.selectOption({ label: 'All measures (30)' });
  });

  it('re-reading the table keeps an edit not yet applied, and the pane follows a figure changed in the sheet', async () => {
    const amber = (await openMeasure(page, 'Carers receiving direct payments')).getByRole('textbox', { name: 'Amber tolerance' });
    await amber.fill('1pp');
    await page.getByRole('grid', { name: `Sheet ${DEMO_SHEETS.leicestershire}` }).getByRole('gridcell').filter({ hasText: /^Carers receiving direct payments$/ }).click();
    await page.getByRole('button', { name: 'Use selected table' }).click();
    await expectText(page.getByRole('status'), 'Found the Excel table "Dashboard"');
    const carers = await openMeasure(page, 'Carers receiving direct payments');
    expect(await carers.getByRole('textbox', { name: 'Amber tolerance' }).inputValue()).toBe('1pp');

    // An edit in the sheet (as a user typing into Excel) reaches the pane without a press.
    const row = 2 + LEICESTERSHIRE_2020_21.findIndex((r) => r.measure === 'Carers receiving direct payments');
    await page.evaluate((address) => window.kpiDemo!.host.setCell(address, { value: 0.5, numberFormat: '0.0%' }), `${DEMO_SHEETS.leicestershire}!E${row}`);
    await expectText(carers, 'Actual 50%');
    await expectText(carers, 'RAG Red');
    expect(await carers.getByRole('textbox', { name: 'Amber tolerance' }).inputValue()).toBe('1pp');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expectText(page.getByRole('status'), /^Applied \(Portable\)/);
    const sheet = (await workbook(page)).sheets.find((s) => s.name === DEMO_SHEETS.leicestershire)!;
    expect(sheet.cells[row - 1][sheet.cells[0].findIndex((c) => c.value === 'RAG')].value).toBe('Red');
  });

  it('shows the summary with a chart, and Insert summary writes it to a sheet of its own, from the keyboard', async () => {
    const summary = page.getByRole('region', { name: '5. Summary' });
    const insert = summary.getByRole('button', { name: 'Insert summary' });
    await tabUntil(page, isFocused(insert), '"Insert summary"', 300);
    await page.keyboard.press('Enter');
    await expectText(page.getByRole('status'), 'The summary is on the sheet "KPI summary".');

    const book = await workbook(page);
    const sheet = book.sheets.find((s) => s.name === 'KPI summary')!;
    const leicestershire = book.sheets.find((s) => s.name === DEMO_SHEETS.leicestershire)!;
    const ragAt = leicestershire.cells[0].findIndex((c) => c.value === 'RAG');
    const count = (word: string) => leicestershire.cells.slice(1, 31).filter((row) => row[ragAt].value === word).length;
    const rows = Object.fromEntries(sheet.cells.slice(1).map((row) => [row[0].value, row[1].value]));
    for (const word of ['Green', 'Amber', 'Red']) expect(rows[word]).toBe(count(word));
    expect(rows['Green & Amber']).toBe(count('Green') + count('Amber'));
    expect(sheet.chart).toMatchObject({ type: 'ColumnClustered' });

    await page.getByRole('tab', { name: 'KPI summary' }).click();
    const sample = page.getByRole('region', { name: 'Sample workbook' });
    await sample.getByRole('img', { name: new RegExp(`Green ${count('Green')}`) }).waitFor();
    await screenshot(page, '6-summary-sheet');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('on the quarterly scorecard, the proposed mapping unchanged: Apply (asking only for the two missing polarities) rates every rateable row, lists the others and writes both directions of travel', async () => {
    await page.getByRole('tab', { name: DEMO_SHEETS.quarterly }).click();
    const grid = page.getByRole('grid', { name: `Sheet ${DEMO_SHEETS.quarterly}` });
    await grid.getByRole('gridcell').filter({ hasText: /^CS01$/ }).click();
    await page.getByRole('button', { name: 'Use selected table' }).click();
    await expectText(page.getByRole('status'), `${DEMO_SHEETS.quarterly}!A1:K${QUARTERLY_2024_25.length + 1}`);
    const columns = page.getByRole('region', { name: '2. Check the columns' });
    expect(await shownIn(columns.getByRole('combobox', { name: 'Period to rate' }))).toBe('Q3 2024/25');
    expect(await shownIn(columns.getByRole('combobox', { name: 'Actual' }))).toBe('G: Q3 2024/25');

    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    // Two measures have a target but no polarity, and nothing in the target says which way is good: the pane asks.
    const question = page.getByRole('dialog', { name: 'Which way is good for 2 measures?' });
    await expectText(question, 'Number of complaints received; Staff turnover rate (rolling 12 months)');
    await question.getByRole('button', { name: 'Apply, marking them "Check"' }).click();
    await expectText(page.getByRole('status'), /^Applied \(Portable\)/);

    const sheet = (await workbook(page)).sheets.find((s) => s.name === DEMO_SHEETS.quarterly)!;
    const headers = sheet.cells[0].map((cell) => cell.value);
    const byRef = (header: string) => {
      const at = headers.indexOf(header);
      expect(at).toBeGreaterThan(QUARTERLY_HEADERS.length - 1);
      return Object.fromEntries(QUARTERLY_2024_25.map((row, i) => [row.ref, sheet.cells[i + 1][at].value]));
    };
    const rag = byRef('RAG');
    // A figure, a number for a target (or one relative to the last quarter) and a polarity: rated.
    for (const ref of ['CS01', 'CS02', 'CS03', 'CS04', 'HR01', 'EN02', 'EN03', 'PL01']) expect([ref, ['Green', 'Amber', 'Red'].includes(String(rag[ref]))]).toEqual([ref, true]);
    expect(rag).toMatchObject({ CS02: 'Green', CS04: 'Red' }); // 85.2% over 84.0% with bigger better; 66.3% is 13.7 points under 80.0% with 5pp allowed
    expect(rag).toMatchObject({ CS05: 'Check', HR02: 'Check', HS01: 'Not rated', CO01: 'Not rated', CO02: 'Not rated', EN01: 'No data', HS02: 'No data', LE01: 'N/A' });
    // The rows written "Check" or "Not rated" are listed in one place, each with its reason.
    const listed = page.getByRole('group').filter({ hasText: '5 measures not rated.' });
    for (const ref of ['CS05', 'HR02', 'HS01', 'CO01', 'CO02']) await expectText(listed, QUARTERLY_2024_25.find((row) => row.ref === ref)!.indicator);
    await expectText(listed, 'has a target but no polarity');
    await expectText(listed, 'Target has no number to rate against');
    // Against the quarter before and the same quarter last year: HR01's 9.3 days is up from 8.9 but down from 9.8, lower being better.
    expect(byRef('DoT')).toMatchObject({ CS04: 'Deteriorated', HR01: 'Deteriorated' });
    expect(byRef('DoT on last year')).toMatchObject({ CS04: 'Deteriorated', HR01: 'Improved' });
    await screenshot(page, '7-quarterly-applied');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
