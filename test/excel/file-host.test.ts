/**
 * `XlsxWorkbookHost`: the .xlsx file adapter, checked through exceljs alone (the
 * LibreOffice round trip is in libreoffice-recalc.test.ts).
 */
import { Workbook } from 'exceljs';
import { planApply, planRemoval } from '../../src/plan/apply-plan';
import { SETTINGS_SHEET, XlsxWorkbookHost } from '../../src/excel/file-host';
import { NO_TABLE_REASONS, headerlessTableReason, missingSheetReason } from '../../src/excel/table-finding';
import { RAG_PALETTE } from '../../src/plan/rag-palette';
import { parseSettings } from '../../src/plan/settings';
import { DEFAULTS, type OutputMode, guessMapping } from '../../src/plan/table-model';
import { type TableSnapshot, type WorkbookChanges } from '../../src/excel/workbook-host';
import { SUMMARY_WRITE } from '../support/summary-write';

const HEADERS = ['Ref', 'Measure', 'Polarity', 'Target', 'Actual', 'Previous'];
const ROWS = [
  ['K1', 'Reablement', 'High', 0.86, 0.84, 0.8],
  ['K2', 'Admissions', 'Low', '<553', 462, 616.3],
  ['K3', 'Sequels', 'Band', '56-61%', 0.54, 0.609],
  ['K4', 'Visits', 'Context', 'N/A', '84.5k', 1000],
];

function kpiHost(options: { tableName?: string; origin?: { row: number; column: number } } = {}): XlsxWorkbookHost {
  return XlsxWorkbookHost.fromGrid({
    sheet: 'KPIs',
    rows: [HEADERS, ...ROWS],
    numberFormats: [HEADERS.map(() => null), ...ROWS.map((row) => row.map((_, c) => (c >= 3 && typeof row[3] === 'number' ? '0.0%' : null)))],
    ...options,
  });
}

async function readTable(host: XlsxWorkbookHost): Promise<TableSnapshot> {
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(read.reason);
  return read.table;
}

async function applied(host: XlsxWorkbookHost, mode: OutputMode) {
  const table = await readTable(host);
  const plan = planApply({ table, mapping: guessMapping(table.headers), defaults: DEFAULTS, edits: new Map(), mode, previous: null, overwrite: false });
  if (plan.kind !== 'ready') throw new Error(`plan is ${plan.kind}`);
  await host.apply(plan.changes);
  return { host, table, plan };
}

async function reopened(host: XlsxWorkbookHost): Promise<XlsxWorkbookHost> {
  return XlsxWorkbookHost.fromBuffer(await host.toBuffer());
}

type Formats = { ref: string; rules: { type: string; operator?: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb: string } }; font?: { color?: { argb: string } } } }[] }[];
const formatsOf = (book: Workbook, sheet = 'KPIs') => (book.getWorksheet(sheet) as unknown as { conditionalFormattings: Formats }).conditionalFormattings;

describe('reading the table around the selected cell', () => {
  it('a plain block anywhere on the sheet, with values, formulas, number formats and the cells beyond it', async () => {
    const host = kpiHost({ origin: { row: 2, column: 1 } });
    host.workbook.getWorksheet('KPIs')!.getCell('F5').value = { formula: '0.4*2', result: 0.8 } as never;
    host.workbook.getWorksheet('KPIs')!.getCell('I3').value = 'Notes';
    host.select('KPIs', 'D5');
    const table = await readTable(host);
    expect(table.location).toEqual({ sheet: 'KPIs', tableName: null, headerRow: 2, firstColumn: 1, columnCount: 6, rowCount: 4 });
    expect(table.headers).toEqual(HEADERS);
    expect(table.values[1]).toEqual(['K2', 'Admissions', 'Low', '<553', 0.8, 616.3]); // F5 shows its formula's result
    expect(table.formulas[1]).toEqual([null, null, null, null, '=0.4*2', null]);
    expect(table.values[3][4]).toBe('84.5k');
    expect(table.numberFormats[0][3]).toBe('0.0%');
    expect(table.numberFormats[1][0]).toBe('General');
    expect(table.beyond).toHaveLength(5);
    expect(table.beyond[0][1]).toBe('Notes');
  });

  it('says why there is no table: an empty cell, a lone cell, a single row', async () => {
    const host = kpiHost();
    const sheet = host.workbook.getWorksheet('KPIs')!;
    sheet.getCell('Z40').value = 'alone';
    sheet.getCell('Z50').value = 'one';
    sheet.getCell('AA50').value = 'row';
    const reasons: string[] = [];
    for (const address of ['Z30', 'Z40', 'Z50']) {
      host.select('KPIs', address);
      const read = await host.readSelectedTable();
      reasons.push(read.kind === 'none' ? read.reason : 'table');
    }
    expect(reasons).toEqual([NO_TABLE_REASONS.emptyCell, NO_TABLE_REASONS.loneCell, NO_TABLE_REASONS.oneRow]);
  });

  it('an Excel table is read as the table, and a missing sheet is named', async () => {
    const host = kpiHost({ tableName: 'KpiTable', origin: { row: 1, column: 2 } });
    const back = await reopened(host); // the selection was saved with the file
    const table = await readTable(back);
    expect(table.location).toEqual({ sheet: 'KPIs', tableName: 'KpiTable', headerRow: 1, firstColumn: 2, columnCount: 6, rowCount: 4 });
    expect(await host.readTable({ ...table.location, sheet: 'Gone', tableName: null })).toEqual({ kind: 'none', reason: missingSheetReason('Gone') });
  });

  it('a table with its header row turned off is refused, naming it', async () => {
    const host = kpiHost();
    host.workbook.getWorksheet('KPIs')!.addTable({ name: 'NoHeaders', ref: 'K1', headerRow: false, columns: [{ name: 'A' }, { name: 'B' }], rows: [[1, 2]] });
    host.select('KPIs', 'K1');
    expect(await host.readSelectedTable()).toEqual({ kind: 'none', reason: headerlessTableReason('NoHeaders') });
  });
});

describe('applying', () => {
  it('Portable: formulas with the engine’s word cached, text kept as text, equals rules, dropdown, collapsed helpers, settings', async () => {
    const host = kpiHost();
    const { plan } = await applied(host, 'portable');
    const back = await reopened(host);
    const sheet = back.workbook.getWorksheet('KPIs')!;
    const column = (kind: string) => plan.settings.addedColumns.find((added) => added.kind === kind)!.column + 1;

    const rag = sheet.getCell(2, column('rag'));
    expect(rag.formula).toMatch(/^IF\(ISNUMBER\(\$E2\)/);
    expect(rag.result).toBe('Amber');
    // "84.5k" is text: a Context row's RAG stays a formula (N/A whatever the figure); its DoT (84,500 from 1,000) is fixed.
    expect(sheet.getCell(5, column('rag')).result).toBe('N/A');
    expect(sheet.getCell(5, column('direction')).value).toBe('Increased');
    expect(sheet.getCell(1, column('amberTolerance')).value).toBe('Amber tolerance');
    expect(sheet.getCell(3, column('amberTolerance')).value).toBe('5%'); // text, not 0.05
    expect(host.workbook.calcProperties.fullCalcOnLoad).toBe(true); // Excel recalculates on opening

    const rules = formatsOf(back.workbook).filter((format) => format.ref === `${sheet.getColumn(column('rag')).letter}2:${sheet.getColumn(column('rag')).letter}5`);
    expect(rules).toHaveLength(1);
    expect(rules[0].rules.map((rule) => [rule.type, rule.operator, rule.formulae?.[0], rule.style?.fill?.bgColor?.argb, rule.style?.font?.color?.argb])).toEqual(
      RAG_PALETTE.map((style) => ['cellIs', 'equal', `"${style.word}"`, `FF${style.fill.slice(1)}`, `FF${style.font.slice(1)}`]),
    );

    const validation = sheet.getCell('C3').dataValidation;
    expect(validation).toEqual(expect.objectContaining({ type: 'list', formulae: ['"High,Low,Band,Target,Context"'] }));

    const helpers = plan.changes.groups[0];
    for (let c = helpers.firstColumn; c <= helpers.lastColumn; c++) {
      expect(sheet.getColumn(c + 1).outlineLevel).toBe(1);
      expect(sheet.getColumn(c + 1).hidden).toBe(true);
    }
    expect(sheet.getColumn(column('rag')).hidden).toBe(false);

    expect(back.workbook.getWorksheet(SETTINGS_SHEET)!.state).toBe('hidden');
    expect(parseSettings(await back.readSettings())).toEqual({ kind: 'ok', settings: plan.settings });
    expect(await back.sheetNames()).toEqual(['KPIs', SETTINGS_SHEET]);
  });

  it('applying again replaces the word rules and dropdown instead of adding more', async () => {
    const host = kpiHost();
    await applied(host, 'values');
    const shape = (book: Workbook) => formatsOf(book).map((format) => [format.ref, format.rules.map((rule) => rule.formulae?.[0])]);
    const first = shape(host.workbook);
    const table = await readTable(host);
    const settings = parseSettings(await host.readSettings());
    if (settings.kind !== 'ok') throw new Error('no settings');
    const again = planApply({ table, mapping: settings.settings.mapping, defaults: DEFAULTS, edits: new Map(), mode: 'values', previous: settings.settings, overwrite: false });
    if (again.kind !== 'ready') throw new Error(`plan is ${again.kind}`);
    await host.apply(again.changes);
    expect(first).toHaveLength(2); // RAG and DoT
    expect(shape(host.workbook)).toEqual(first);
    const back = await reopened(host);
    expect(shape(back.workbook)).toEqual(first);
    expect(back.workbook.worksheets.filter((sheet) => sheet.name === SETTINGS_SHEET)).toHaveLength(1);
  });

  it('next to an Excel table, the table grows to take the new columns', async () => {
    const host = kpiHost({ tableName: 'KpiTable' });
    const { plan } = await applied(host, 'values');
    const back = await reopened(host);
    const last = Math.max(...plan.settings.addedColumns.map((added) => added.column));
    const table = await readTable(back);
    expect(table.location).toEqual(expect.objectContaining({ tableName: 'KpiTable', columnCount: last + 1, rowCount: 4 }));
    expect(table.headers.slice(6)).toEqual(plan.settings.addedColumns.map((added) => added.header));
  });

  it('refuses a dropdown source Excel would refuse', async () => {
    const host = kpiHost();
    const table = await readTable(host);
    const changes: WorkbookChanges = {
      location: table.location,
      columns: [],
      wordFormats: [],
      validations: [{ column: 2, words: ['High, or not'] }],
      groups: [],
      settings: '{}',
    };
    await expect(host.apply(changes)).rejects.toThrow(/contains a comma/);
    await expect(host.apply({ ...changes, validations: [{ column: 2, words: Array.from({ length: 60 }, (_, i) => `Word${i}`) }] })).rejects.toThrow(/Excel allows 255/);
  });
});

describe('removing and the summary', () => {
  it('Remove takes away exactly the added columns, their rules, dropdowns, groups and the settings', async () => {
    const host = kpiHost();
    const { plan } = await applied(host, 'portable');
    const table = await readTable(host);
    const { removal, missing } = planRemoval(table, plan.settings);
    expect(missing).toEqual([]);
    await host.remove(removal);
    const back = await reopened(host);
    const sheet = back.workbook.getWorksheet('KPIs')!;
    for (const column of removal.columns) {
      expect(sheet.getCell(1, column + 1).value).toBeNull();
      expect(sheet.getCell(2, column + 1).value).toBeNull();
      expect(sheet.getColumn(column + 1).hidden).toBe(false);
    }
    expect(formatsOf(back.workbook)).toEqual([]);
    expect(sheet.getCell('E2').value).toBe(0.84);
    expect(await back.readSettings()).toBeNull();
    expect(await back.sheetNames()).toEqual(['KPIs']);
    expect((await readTable(back)).location.columnCount).toBe(6);
  });

  it('Remove takes the dropdown it added off the user’s polarity column, after a save, and leaves the words in it', async () => {
    const host = await reopened((await applied(kpiHost(), 'values')).host);
    const table = await readTable(host);
    expect(table.validations[2]).toEqual({ kind: 'list', source: 'High,Low,Band,Target,Context' });
    const settings = parseSettings(await host.readSettings());
    if (settings.kind !== 'ok') throw new Error(settings.kind);
    const { removal } = planRemoval(table, settings.settings);
    expect(removal.clearValidations).toEqual([2]);
    await host.remove(removal);
    const sheet = (await reopened(host)).workbook.getWorksheet('KPIs')!;
    expect(['C2', 'C3', 'C4', 'C5'].map((address) => [sheet.getCell(address).value, sheet.getCell(address).dataValidation])).toEqual([
      ['High', undefined],
      ['Low', undefined],
      ['Band', undefined],
      ['Context', undefined],
    ]);
  });

  it('a dropdown of the user’s own on the polarity column is left as it is by Apply and by Remove', async () => {
    const host = kpiHost();
    const theirs = { type: 'list', allowBlank: true, formulae: ['"High,Low,Band,Context"'] };
    for (const address of ['C2', 'C3', 'C4', 'C5']) host.workbook.getWorksheet('KPIs')!.getCell(address).dataValidation = theirs as never;
    const { plan } = await applied(host, 'values');
    expect(plan.changes.validations).toEqual([]);
    expect(plan.settings.addedValidations).toEqual([]);
    const { removal } = planRemoval(await readTable(host), plan.settings);
    expect(removal.clearValidations).toEqual([]);
    await host.remove(removal);
    const sheet = (await reopened(host)).workbook.getWorksheet('KPIs')!;
    expect(sheet.getCell('C4').dataValidation).toEqual(expect.objectContaining({ type: 'list', formulae: ['"High,Low,Band,Context"'] }));
  });

  it('Remove from an Excel table shrinks the table back', async () => {
    const host = kpiHost({ tableName: 'KpiTable' });
    const { plan } = await applied(host, 'values');
    const { removal } = planRemoval(await readTable(host), plan.settings);
    await host.remove(removal);
    const table = await readTable(await reopened(host));
    expect(table.location).toEqual(expect.objectContaining({ tableName: 'KpiTable', columnCount: 6 }));
    expect(table.headers).toEqual(HEADERS);
  });

  it('writes the summary sheet (formulas with their results, shares as percentages) and the settings naming it, and replaces the sheet when written again', async () => {
    const host = kpiHost();
    const settings = '{"version":1,"summarySheet":"RAG summary"}';
    await host.writeSummary({ ...SUMMARY_WRITE, sheetName: 'RAG summary', settings });
    await host.writeSummary({ ...SUMMARY_WRITE, sheetName: 'rag SUMMARY', cells: SUMMARY_WRITE.cells.slice(0, 4), settings });
    const back = await reopened(host);
    expect(await back.sheetNames()).toEqual(['KPIs', 'RAG summary', SETTINGS_SHEET]);
    expect(await back.readSettings()).toBe(settings);
    const sheet = back.workbook.getWorksheet('RAG summary')!;
    expect(sheet.getCell('A4').value).toBe('Green');
    expect(sheet.getCell('B4').value).toEqual({ formula: 'COUNTIF(KPIs!$F$2:$F$4,"Green")', result: 2 });
    expect(sheet.getCell('C4').numFmt).toBe('0%');
    expect(sheet.getCell('A5').value).toBeNull();
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A3').font?.bold).toBe(true);
  });
});
