/**
 * The "Over time" step in real headless Chromium, on the built demo page's monthly report
 * (six measures × 24 months): from the keyboard, pick a measure for a chart, write the two
 * word columns, then the XmR chart sheet, and see it drawn. The words must be the ones the
 * engine (src/kpi, which KPI.VARIATION and KPI.ASSURANCE call) gives for the same cells;
 * axe-core finds nothing serious or critical at the new step, nor on the chart sheet.
 */
import { type Page } from 'playwright-core';
import { MONTHLY_2023_25, MONTHLY_HEADERS } from '../../src/demo/data/monthly-2023-25';
import { DEMO_SHEETS } from '../../src/demo/demo-workbook';
import { seedCellFromText } from '../../src/demo/seed-tables';
import { assuranceOf } from '../../src/kpi/assurance';
import { type CellValue } from '../../src/kpi/cell';
import { readMeasureRule } from '../../src/kpi/rule';
import { readSeries } from '../../src/kpi/series';
import { latestVariation } from '../../src/kpi/variation';
import { DEFAULT_RULE_LENGTH, chartValues, xmrChart } from '../../src/kpi/xmr-chart';
import { parseSettings } from '../../src/plan/settings';
import { axeFindings, blocking, describeWithBrowser, expectText, isFocused, screenshot, tabUntil } from '../support/browser';
import { demoWorkbookIn, openDemoPage } from '../support/demo-page';

jest.setTimeout(60_000);

/** A month's cell as the demo stores it: "82.1%" is the number 0.821, "" an empty cell. */
const stored = (typed: string | number): CellValue => {
  if (typeof typed === 'number') return typed;
  if (typed === '') return null;
  const cell = seedCellFromText(typed);
  return typeof cell === 'string' ? cell : (cell as { value: CellValue }).value;
};

/** The engine's variation and assurance for a measure, with the step's defaults (screened, rule length 7, every point). */
function engineWords(row: (typeof MONTHLY_2023_25)[number]): [string, string] {
  const rule = readMeasureRule(row.goodIs, row.target);
  const chart = xmrChart(readSeries(row.months.map(stored), row.measure), { polarity: rule.polarity, baselinePoints: null, screenOutliers: true, ruleLength: DEFAULT_RULE_LENGTH });
  return [latestVariation(chart), assuranceOf(chart.limits, rule.target, rule.polarity, chartValues(chart))];
}

const WORD_COLUMN = MONTHLY_HEADERS.length;
const CHARTED = MONTHLY_2023_25.find((row) => row.ref === 'BCF 3')!;
const AWAITED = MONTHLY_2023_25.find((row) => row.months.includes('AD'))!;

const workbook = demoWorkbookIn;

describeWithBrowser('the demo page in Chromium: a monthly report judged over time, with an XmR chart', () => {
  const session = openDemoPage();
  let page: Page;
  const { pageErrors } = session;
  beforeAll(() => {
    page = session.page;
  });

  it('offers the Over time step for the monthly report, listing every measure in words, and axe finds nothing serious', async () => {
    await page.getByRole('tab', { name: DEMO_SHEETS.monthly }).click();
    const grid = page.getByRole('grid', { name: `Sheet ${DEMO_SHEETS.monthly}` });
    await grid.getByRole('gridcell').filter({ hasText: /^ASCOF 2A\(2\)$/ }).click();
    await page.getByRole('button', { name: 'Use selected table' }).click();
    const step = page.getByRole('region', { name: '6. Over time' });
    await expectText(step, 'Read as a time series: 24 months across the columns, Apr 2023 to Mar 2025.');
    for (const row of MONTHLY_2023_25) {
      const line = step.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${row.measure.replace(/[()+]/g, '\\$&')}`) }) });
      const [variation, assurance] = row === AWAITED ? ['Not rated', 'Not rated'] : engineWords(row);
      expect(await line.getByRole('cell').allTextContents()).toEqual(['', `Variation:${variation}Assurance:${assurance}`]);
    }
    await step.scrollIntoViewIfNeeded();
    await screenshot(page, 'over-time-1-step');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('from the keyboard: picks a measure for a chart, writes the two columns, and they hold the engine’s words', async () => {
    const step = page.getByRole('region', { name: '6. Over time' });
    const pick = step.getByRole('checkbox', { name: `XmR chart of ${CHARTED.measure}` });
    await pick.focus();
    await page.keyboard.press('Space');
    expect(await pick.isChecked()).toBe(true);
    const write = step.getByRole('button', { name: 'Write over time' });
    await tabUntil(page, isFocused(write), '"Write over time"', 20);
    await page.keyboard.press('Enter');
    await expectText(page.getByRole('status'), /^Wrote variation and assurance for 5 measures, as at .*write over time again to refresh them\.$/);

    const sheet = (await workbook(page)).sheets.find((s) => s.name === DEMO_SHEETS.monthly)!;
    expect(sheet.cells[0][WORD_COLUMN].value).toMatch(/^Variation as at \d+ \w+ \d{4}$/);
    MONTHLY_2023_25.forEach((row, i) => {
      const written = sheet.cells[i + 1].slice(WORD_COLUMN, WORD_COLUMN + 2).map((cell) => cell.value);
      expect([row.ref, written]).toEqual([row.ref, row === AWAITED ? ['Not rated', 'Not rated'] : engineWords(row)]);
      expect(sheet.cells[i + 1][WORD_COLUMN].formula).toBeNull();
    });
    expect(sheet.wordFormats.map((format) => format.column)).toEqual([WORD_COLUMN, WORD_COLUMN + 1]);
    await screenshot(page, 'over-time-2-columns');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('writes the XmR chart on a sheet of its own, recorded as the add-in’s, and the demo draws it', async () => {
    const step = page.getByRole('region', { name: '6. Over time' });
    const charts = step.getByRole('button', { name: 'Write an XmR chart' });
    await charts.focus();
    await page.keyboard.press('Enter');
    await expectText(page.getByRole('status'), /^Wrote 1 XmR chart, each on its own sheet: "XmR /);

    const book = await workbook(page);
    const settings = parseSettings(book.settings);
    if (settings.kind !== 'ok') throw new Error(settings.kind);
    const [name] = settings.settings.chartSheets!;
    const chartSheet = book.sheets.find((s) => s.name === name)!;
    expect(chartSheet.chart).toMatchObject({ type: 'Line', title: `${CHARTED.measure}: XmR chart` });
    if (chartSheet.chart?.type !== 'Line') throw new Error('not a line chart');
    expect(chartSheet.chart.series.map((s) => [s.name, s.draw])).toEqual([
      ['Value', 'line'], ['Mean', 'line'], ['Lower limit', 'dashed'], ['Upper limit', 'dashed'], ['Target', 'dotted'],
      ['Improvement', 'markers'], ['Concern', 'markers'], ['Neutral', 'markers'],
    ]);

    await page.getByRole('tab', { name }).click();
    const drawn = page.getByRole('img', { name: new RegExp(`^${CHARTED.measure}: XmR chart: 24 periods from Apr 2023 to Mar 2025\\..*Concern at Mar 2025 \\(31\\)`) });
    await drawn.scrollIntoViewIfNeeded();
    await screenshot(page, 'over-time-3-chart-sheet');
    expect(blocking(await axeFindings(page))).toEqual([]);
  });

  it('applied and summarised, the summary sheet’s variation × assurance matrix counts the two columns', async () => {
    await page.getByRole('tab', { name: DEMO_SHEETS.monthly }).click();
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expectText(page.getByRole('status'), /^Applied/);
    const insert = page.getByRole('region', { name: '5. Summary' }).getByRole('button', { name: 'Insert summary' });
    await insert.focus();
    await page.keyboard.press('Enter');
    await expectText(page.getByRole('status'), /^The summary is on the sheet "KPI summary/);

    const book = await workbook(page);
    const words = book.sheets.find((s) => s.name === DEMO_SHEETS.monthly)!.cells.slice(1, 1 + MONTHLY_2023_25.length).map((row) => row.slice(WORD_COLUMN, WORD_COLUMN + 2).map((cell) => String(cell.value)));
    const summary = book.sheets.find((s) => s.name.startsWith('KPI summary'))!;
    const top = summary.cells.findIndex((row) => row.some((cell) => cell.value === 'Variation by assurance'));
    expect(top).toBeGreaterThanOrEqual(0);
    const left = summary.cells[top].findIndex((cell) => cell.value === 'Variation by assurance');
    const header = summary.cells[top].slice(left + 1).map((cell) => String(cell.value));
    const assurances = header.slice(0, header.indexOf('Total'));
    let checked = 0;
    for (const row of summary.cells.slice(top + 1)) {
      const label = row[left]?.value;
      if (typeof label !== 'string' || label === 'Total') break;
      assurances.forEach((assurance, a) => {
        // Counted here from the words, independently of the summary's own formulas: (high) and (low) count together.
        const expected = words.filter(([v, w]) => v.startsWith(label) && w === assurance).length;
        expect([label, assurance, row[left + 1 + a].value]).toEqual([label, assurance, expected]);
        expect(row[left + 1 + a].formula).toMatch(/^=COUNTIFS\(/);
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('logged no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
