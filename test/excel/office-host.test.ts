import { equalsWordFormula } from '../../src/excel/word-rule';
import { OUTLINE_SETTINGS_KEY, OfficeWorkbookHost, type RequirementCheck, cellRuns, toExcelValue } from '../../src/excel/office-host';
import { NO_TABLE_REASONS, headerlessTableReason, missingSheetReason } from '../../src/excel/table-finding';
import { RAG_PALETTE } from '../../src/plan/rag-palette';
import { COLUMNS_READ_BEYOND_TABLE, SETTINGS_KEY, type TableLocation, type TableSnapshot, type WorkbookChanges, type XmrChartWrite } from '../../src/excel/workbook-host';
import { SUMMARY_WRITE } from '../support/summary-write';
import { type FakeCall, FakeExcel, FakeOfficeError, kpiChanges, kpiWorkbook, typedIntoExcel } from '../support/sync-counting-excel';

const ALL_SETS = () => true;
const BEFORE_1_10 = (set: string, version: string) => !(set === 'ExcelApi' && Number(version.split('.')[1]) >= 10);

function hostFor(excel: FakeExcel, supports: RequirementCheck = ALL_SETS): OfficeWorkbookHost {
  return new OfficeWorkbookHost(excel.run, supports);
}

function show(call: FakeCall): string {
  if (call.args === undefined) return `${call.object}.${call.member} = ${JSON.stringify(call.value)}`;
  return `${call.object}.${call.member}(${call.args.map((arg) => JSON.stringify(arg) ?? 'undefined').join(', ')})`;
}

/** The commands sent to Excel, leaving out `getRangeByIndexes` (each range's label shows its address). */
function commands(excel: FakeExcel): string[] {
  return excel.calls.filter((call) => call.member !== 'getRangeByIndexes').map(show);
}

async function readTable(excel: FakeExcel): Promise<TableSnapshot> {
  const result = await hostFor(excel).readSelectedTable();
  if (result.kind !== 'table') throw new Error(`expected a table, got: ${result.reason}`);
  return result.table;
}

describe('reading the table around the selected cell', () => {
  it('a plain block: the first row is the header and the rest are measures, in two round trips', async () => {
    const { excel } = kpiWorkbook({ rows: 3, headerRow: 2, firstColumn: 1 });
    const table = await readTable(excel);
    expect(table.location).toEqual({ sheet: 'KPIs', tableName: null, headerRow: 2, firstColumn: 1, columnCount: 5, rowCount: 3 });
    expect(table.headers).toEqual(['Ref', 'Measure', 'Actual', 'Target', 'Polarity']);
    expect(table.values).toEqual([
      ['K1', 'Measure 1', 42, 50, 'High'],
      ['K2', 'Measure 2', 41, 50, 'Low'],
      ['K3', 'Measure 3', 0.8200000000000001, 0.9, 'High'],
    ]);
    expect(table.formulas).toEqual([
      [null, null, '=40+2', null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ]);
    expect(table.numberFormats[2]).toEqual(['General', 'General', '0.0%', '0%', 'General']);
    expect(table.beyond).toHaveLength(4);
    expect(table.beyond.every((row) => row.length === COLUMNS_READ_BEYOND_TABLE && row.every((cell) => cell === ''))).toBe(true);
    expect(excel.syncCount).toBe(2);
    expect(commands(excel)).toEqual([
      'workbook.getActiveCell()',
      'Range(KPIs!C4).load("values")',
      'Worksheet(KPIs).load("name")',
      'Range(KPIs!C4).getTables(false)',
      'Range(KPIs!C4).getTables(false).load("items/name, items/showHeaders")',
      'Range(KPIs!C4).getSurroundingRegion()',
      'Range(Range(KPIs!C4).getSurroundingRegion()).load("rowIndex, columnIndex, rowCount, columnCount")',
      'context.sync()',
      'worksheets.getItem("KPIs")',
      'Range(KPIs!B3:F3).load("values")',
      'Range(KPIs!B2:F2).load("values")',
      'Range(KPIs!G3:AD3).load("formulas")',
      'Range(KPIs!B4:B6).dataValidation.load("type, rule")',
      'Range(KPIs!C4:C6).dataValidation.load("type, rule")',
      'Range(KPIs!D4:D6).dataValidation.load("type, rule")',
      'Range(KPIs!E4:E6).dataValidation.load("type, rule")',
      'Range(KPIs!F4:F6).dataValidation.load("type, rule")',
      'Range(KPIs!B4:F6).load("values, formulas, numberFormat")',
      'Range(KPIs!G4:AD6).load("formulas")',
      'context.sync()',
    ]);
  });

  it('an empty cell in the body reads as null, and text that looks like a formula is not one', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    excel.sheet('KPIs').fill(2, 3, [[null]]);
    excel.sheet('KPIs').fill(3, 1, [['Rate = 5']]);
    const table = await readTable(excel);
    expect(table.values[1][3]).toBeNull();
    expect(table.values[2][1]).toBe('Rate = 5');
    expect(table.formulas[2][1]).toBeNull();
  });

  it('an Excel table is read through its header row and body, not the data around it, in three round trips', async () => {
    const { excel } = kpiWorkbook({ rows: 3, asTable: true });
    // A totals line typed straight under the table belongs to the region, not to the table.
    excel.sheet('KPIs').fill(4, 0, [['Total', '', 123]]);
    const table = await readTable(excel);
    expect(table.location).toEqual({ sheet: 'KPIs', tableName: 'KpiTable', headerRow: 0, firstColumn: 0, columnCount: 5, rowCount: 3 });
    expect(table.values).toHaveLength(3);
    expect(excel.syncCount).toBe(3);
    expect(commands(excel)).toEqual(
      expect.arrayContaining([
        'Table(KpiTable).getHeaderRowRange()',
        'Range(Table(KpiTable).getHeaderRowRange()).load("rowIndex, columnIndex, columnCount")',
        'Table(KpiTable).getDataBodyRange()',
        'Range(Table(KpiTable).getDataBodyRange()).load("rowCount")',
      ]),
    );
  });

  it('reads the columns right of the table as formulas text, so new columns never land on data unasked', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    excel.sheet('KPIs').fill(0, 6, [['Notes']]);
    excel.sheet('KPIs').fill(2, 7, [['=SUM(C2:C4)', 7]]);
    const table = await readTable(excel);
    // The note in G1 is next to the blank F column, so the region stops at E.
    expect(table.location.columnCount).toBe(5);
    expect(table.beyond[0].slice(0, 3)).toEqual(['', 'Notes', '']);
    expect(table.beyond[2].slice(0, 4)).toEqual(['', '', '=SUM(C2:C4)', '7']);
  });

  it('near the right edge of the sheet it reads only the columns that exist', async () => {
    const { excel } = kpiWorkbook({ rows: 2, firstColumn: 16384 - 5 - 3 });
    const table = await readTable(excel);
    expect(table.beyond.map((row) => row.length)).toEqual([3, 3, 3]);
  });

  it('a table at the very edge reads nothing beyond it', async () => {
    const { excel } = kpiWorkbook({ rows: 2, firstColumn: 16384 - 5 });
    const table = await readTable(excel);
    expect(table.beyond).toEqual([[], [], []]);
    expect(excel.syncCount).toBe(2);
  });

  it('an empty cell with nothing around it is not a table, and says so', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    excel.select('KPIs', 20, 20);
    await expect(hostFor(excel).readSelectedTable()).resolves.toEqual({ kind: 'none', reason: NO_TABLE_REASONS.emptyCell });
    expect(excel.syncCount).toBe(1);
  });

  it('a filled cell on its own is not a table', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    excel.sheet('KPIs').fill(20, 20, [['Lonely']]);
    excel.select('KPIs', 20, 20);
    await expect(hostFor(excel).readSelectedTable()).resolves.toEqual({ kind: 'none', reason: NO_TABLE_REASONS.loneCell });
  });

  it('a single row of headings, with no measures under it, is not a table', async () => {
    const { excel } = kpiWorkbook({ rows: 0 });
    excel.select('KPIs', 0, 1);
    await expect(hostFor(excel).readSelectedTable()).resolves.toEqual({ kind: 'none', reason: NO_TABLE_REASONS.oneRow });
  });

  it('reads each column’s dropdown: none, an in-cell list with its words, or anything else (another rule, or a rule on only some cells)', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    const sheet = excel.sheet('KPIs');
    const list = (source: string): Excel.DataValidationRule => ({ list: { inCellDropDown: true, source } });
    sheet.validations.push(
      { block: { row: 1, column: 4, rowCount: 3, columnCount: 1 }, rule: list('High,Low') },
      { block: { row: 1, column: 3, rowCount: 3, columnCount: 1 }, rule: { decimal: { formula1: 0, operator: 'GreaterThan' } } },
      { block: { row: 2, column: 1, rowCount: 1, columnCount: 1 }, rule: list('Mine') },
    );
    const table = await readTable(excel);
    expect(table.validations).toEqual([{ kind: 'none' }, { kind: 'other' }, { kind: 'none' }, { kind: 'other' }, { kind: 'list', source: 'High,Low' }]);
    expect(excel.syncCount).toBe(2);
  });

  it('a table with its header row turned off is refused, naming the table', async () => {
    const { excel } = kpiWorkbook({ rows: 3, asTable: true });
    excel.table('KpiTable')!.showHeaders = false;
    await expect(hostFor(excel).readSelectedTable()).resolves.toEqual({ kind: 'none', reason: headerlessTableReason('KpiTable') });
  });
});

describe('reading a saved location', () => {
  it('an Excel table that has grown since is read as it is now', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable: true });
    excel.sheet('KPIs').fill(4, 0, [['K4', 'Measure 4', 10, 20, 'Low']]);
    excel.table('KpiTable')!.rowCount = 4;
    const result = await hostFor(excel).readTable(location);
    expect(result.kind === 'table' && result.table.location.rowCount).toBe(4);
    expect(excel.syncCount).toBe(3);
  });

  it('a table renamed sheet is found through the table', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable: true });
    excel.sheet('KPIs').name = 'KPIs 2021';
    excel.table('KpiTable')!.sheet = 'KPIs 2021';
    const result = await hostFor(excel).readTable(location);
    expect(result.kind === 'table' && result.table.location.sheet).toBe('KPIs 2021');
  });

  it('when the table is gone the saved address is read as a plain range', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable: true });
    excel.tables.length = 0;
    const result = await hostFor(excel).readTable(location);
    expect(result.kind === 'table' && result.table.location).toEqual({ ...location, tableName: null });
    expect(excel.syncCount).toBe(2);
  });

  it('when the sheet is gone there is no table, and the reason names the sheet', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    excel.sheets.length = 0;
    excel.addSheet('Other');
    await expect(hostFor(excel).readTable(location)).resolves.toEqual({ kind: 'none', reason: missingSheetReason('KPIs') });
    expect(excel.syncCount).toBe(1);
  });
});

/** One new RAG column with two word styles, a dropdown, one group and the settings. */
/** The loads that read back the 3-row table in A1:E4 (and the columns beyond it) after a write, in the same round trip. */
const READ_BACK_A1_E4 = [
  'worksheets.getItem("KPIs")',
  'Range(KPIs!A1:E1).load("values")',
  'Range(KPIs!F1:AC1).load("formulas")',
  ...['A', 'B', 'C', 'D', 'E'].map((c) => `Range(KPIs!${c}2:${c}4).dataValidation.load("type, rule")`),
  'Range(KPIs!A2:E4).load("values, formulas, numberFormat")',
  'Range(KPIs!F2:AC4).load("formulas")',
];

function smallChanges(location: TableLocation): WorkbookChanges {
  return {
    location,
    columns: [
      {
        column: 5,
        header: 'RAG',
        isNew: true,
        cells: [
          { formula: '=KPI.RAG(C2,D2,E2,"5%","0%")', shows: 'Red' },
          { formula: '=KPI.RAG(C3,D3,E3,"5%","0%")', shows: 'Green' },
          { formula: '=KPI.RAG(C4,D4,E4,"5%","0%")', shows: 'Red' },
        ],
        numberFormat: '@',
      },
    ],
    wordFormats: [{ column: 5, styles: RAG_PALETTE.filter((style) => style.word === 'Green' || style.word === 'Red') }],
    validations: [{ column: 4, words: ['High', 'Low'] }],
    groups: [{ firstColumn: 6, lastColumn: 7 }],
    settings: '{"version":1}',
  };
}

describe('apply', () => {
  it('sends exactly these commands for a new column on a plain range, in two round trips', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    await hostFor(excel).apply(smallChanges(location));
    expect(commands(excel)).toEqual([
      `settings.getItemOrNullObject("${OUTLINE_SETTINGS_KEY}")`,
      `Setting(${OUTLINE_SETTINGS_KEY}).load("value")`,
      'context.sync()',
      'worksheets.getItem("KPIs")',
      'Range(KPIs!F1).values = [["RAG"]]',
      'Range(KPIs!F2:F4).numberFormat = [["@"],["@"],["@"]]',
      'Range(KPIs!F2:F4).formulas = [["=KPI.RAG(C2,D2,E2,\\"5%\\",\\"0%\\")"],["=KPI.RAG(C3,D3,E3,\\"5%\\",\\"0%\\")"],["=KPI.RAG(C4,D4,E4,\\"5%\\",\\"0%\\")"]]',
      'Range(KPIs!F2:F4).conditionalFormats.clearAll()',
      'Range(KPIs!F2:F4).conditionalFormats.add("CellValue")',
      'Range(KPIs!F2:F4).conditionalFormats[0].cellValue.format.fill.color = "#B8E0C2"',
      'Range(KPIs!F2:F4).conditionalFormats[0].cellValue.format.font.color = "#0B3B1C"',
      'Range(KPIs!F2:F4).conditionalFormats[0].cellValue.rule = {"formula1":"=\\"Green\\"","operator":"EqualTo"}',
      'Range(KPIs!F2:F4).conditionalFormats.add("CellValue")',
      'Range(KPIs!F2:F4).conditionalFormats[1].cellValue.format.fill.color = "#F2A7A7"',
      'Range(KPIs!F2:F4).conditionalFormats[1].cellValue.format.font.color = "#5C0A0A"',
      'Range(KPIs!F2:F4).conditionalFormats[1].cellValue.rule = {"formula1":"=\\"Red\\"","operator":"EqualTo"}',
      'Range(KPIs!E2:E4).dataValidation.clear()',
      'Range(KPIs!E2:E4).dataValidation.rule = {"list":{"inCellDropDown":true,"source":"High,Low"}}',
      'Worksheet(KPIs).getRange("G:H")',
      'Range(KPIs!G:H).group("ByColumns")',
      'Range(KPIs!G:H).hideGroupDetails("ByColumns")',
      `settings.add("${OUTLINE_SETTINGS_KEY}", "[{\\"sheet\\":\\"KPIs\\",\\"firstColumn\\":6,\\"lastColumn\\":7}]")`,
      `settings.add("${SETTINGS_KEY}", "{\\"version\\":1}")`,
      // The table read back in the same round trip, after the writes.
      ...READ_BACK_A1_E4,
      'context.sync()',
    ]);
    expect(excel.syncCount).toBe(2);
    const sheet = excel.sheet('KPIs');
    expect(sheet.readFormulas('F1:F4')).toEqual([['RAG'], ['=KPI.RAG(C2,D2,E2,"5%","0%")'], ['=KPI.RAG(C3,D3,E3,"5%","0%")'], ['=KPI.RAG(C4,D4,E4,"5%","0%")']]);
    expect(excel.settings.get(SETTINGS_KEY)).toBe('{"version":1}');
  });

  it('a new column of an Excel table is added through the table, so the table grows to take it', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable: true });
    await hostFor(excel).apply(kpiChanges(location));
    expect(excel.callsTo('add').filter((call) => call.object === 'Table(KpiTable).columns').map(show)).toEqual([
      'Table(KpiTable).columns.add(-1, undefined, "RAG")',
      'Table(KpiTable).columns.add(-1, undefined, "Green from (helper)")',
      'Table(KpiTable).columns.add(-1, undefined, "Green to (helper)")',
    ]);
    expect(excel.table('KpiTable')!.columnCount).toBe(8);
    expect(excel.sheet('KPIs').read('F1:H1')).toEqual([['RAG', 'Green from (helper)', 'Green to (helper)']]);
    expect(excel.sheet('KPIs').readNumberFormats('G2:H4')).toEqual([['0.00', '0.00'], ['0.00', '0.00'], ['0.00', '0.00']]);
    // The header goes in through the table only, never as a cell write over it.
    expect(excel.callsTo('values').some((call) => call.object.includes('F1'))).toBe(false);
  });

  it('a new column that would leave a gap after an Excel table is written as plain cells beside it', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable: true });
    const changes: WorkbookChanges = {
      ...smallChanges(location),
      columns: [{ ...smallChanges(location).columns[0], column: 6 }],
      wordFormats: [],
      validations: [],
      groups: [],
    };
    await hostFor(excel).apply(changes);
    expect(excel.callsTo('add')).toHaveLength(1); // settings.add only
    expect(excel.table('KpiTable')!.columnCount).toBe(5);
    expect(excel.sheet('KPIs').read('G1')).toEqual([['RAG']]);
  });

  it('an existing column gets only its non-null cells, in runs, and the cells left alone keep what they hold', async () => {
    const { excel, location } = kpiWorkbook({ rows: 6 });
    const changes: WorkbookChanges = {
      ...smallChanges(location),
      columns: [
        {
          column: 3,
          header: 'Target',
          isNew: false,
          cells: [{ value: 60 }, null, { value: '95%' }, { value: null }, null, { formula: '=D2*2', shows: 120 }],
          numberFormat: '0%', // ignored: only new columns take a format
        },
      ],
      wordFormats: [],
      validations: [],
      groups: [],
    };
    await hostFor(excel).apply(changes);
    expect(excel.calls.filter((call) => call.member === 'values' || call.member === 'formulas' || call.member === 'numberFormat').map(show)).toEqual([
      'Range(KPIs!D2).values = [[60]]',
      // Text Excel would read as a number goes with an apostrophe, so "95%" stays the text written.
      'Range(KPIs!D4:D5).values = [["\'95%"],[""]]',
      'Range(KPIs!D7).formulas = [["=D2*2"]]',
    ]);
    expect(excel.sheet('KPIs').readFormulas('D1:D7')).toEqual([['Target'], [60], [50], ['95%'], [''], [50], ['=D2*2']]);
    expect(excel.syncCount).toBe(1);
  });

  it('word formats are "cell value equals" rules, one per word, with the palette colours', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    await hostFor(excel).apply(kpiChanges(location));
    expect(excel.sheet('KPIs').rulesAt('F2:F4').map(({ type, operator, formula1, fill, font }) => ({ type, operator, formula1, fill, font }))).toEqual(
      RAG_PALETTE.map((style) => ({ type: 'CellValue', operator: 'EqualTo', formula1: `="${style.word}"`, fill: style.fill, font: style.font })),
    );
    expect(excel.calls.some((call) => call.args?.includes('ContainsText'))).toBe(false);
  });

  it('applying again replaces the word formats and the dropdown instead of adding duplicates', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    const host = hostFor(excel);
    await host.apply(kpiChanges(location));
    await host.apply(kpiChanges(location, true));
    expect(excel.sheet('KPIs').rules).toHaveLength(RAG_PALETTE.length);
    expect(excel.sheet('KPIs').validations).toHaveLength(1);
  });

  it('quotes inside a word are doubled in the rule formula', () => {
    expect(equalsWordFormula('Say "no"')).toBe('="Say ""no"""');
    expect(equalsWordFormula('N/A')).toBe('="N/A"');
  });

  it('the dropdown is an in-cell list of the words, on the body of the column', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    await hostFor(excel).apply(kpiChanges(location));
    expect(excel.sheet('KPIs').validations).toEqual([
      { block: { row: 1, column: 4, rowCount: 3, columnCount: 1 }, rule: { list: { inCellDropDown: true, source: 'High,Low,Band,Target,Context' } } },
    ]);
  });

  it('an information alert, when asked for, keeps a typed word the list lacks instead of Excel’s Stop', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    const changes = kpiChanges(location);
    await hostFor(excel).apply({ ...changes, validations: changes.validations.map((v) => ({ ...v, errorAlert: 'information' as const })) });
    expect(excel.sheet('KPIs').validations[0].errorAlert).toMatchObject({ showAlert: true, style: 'Information' });
  });

  it('a dropdown word with a comma is refused before anything is written', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    const changes = { ...kpiChanges(location), validations: [{ column: 4, words: ['High', 'Low, mostly'] }] };
    await expect(hostFor(excel).apply(changes)).rejects.toThrow('"Low, mostly" contains a comma');
    expect(excel.batchCount).toBe(0);
  });

  it('helper columns are grouped and collapsed once; applying again does not nest another outline level', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    const host = hostFor(excel);
    await host.apply(kpiChanges(location));
    expect([...excel.sheet('KPIs').outline]).toEqual([[6, 1], [7, 1]]);
    expect([...excel.sheet('KPIs').hiddenColumns]).toEqual([6, 7]);
    excel.sheet('KPIs').hiddenColumns.clear(); // the user expands the group
    excel.resetCounters();
    await host.apply(kpiChanges(location, true));
    expect(excel.callsTo('group')).toHaveLength(0);
    expect([...excel.sheet('KPIs').outline]).toEqual([[6, 1], [7, 1]]);
    expect([...excel.sheet('KPIs').hiddenColumns]).toEqual([6, 7]);
  });

  it('without ExcelApi 1.10 the columns are left ungrouped and everything else is written in one round trip', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    await hostFor(excel, BEFORE_1_10).apply(kpiChanges(location));
    expect(excel.callsTo('group')).toHaveLength(0);
    expect(excel.callsTo('hideGroupDetails')).toHaveLength(0);
    expect(excel.sheet('KPIs').rules).toHaveLength(RAG_PALETTE.length);
    expect(excel.syncCount).toBe(1);
  });

  it("Excel's errors reach the caller: a table deleted since it was read", async () => {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable: true });
    excel.tables.length = 0;
    const failure = hostFor(excel).apply(kpiChanges(location));
    await expect(failure).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(failure).rejects.toThrow('ItemNotFound');
  });
});

describe('remove', () => {
  async function appliedWorkbook(asTable: boolean) {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable });
    excel.sheet('KPIs').fill(0, 9, [['Notes'], ['keep me']]);
    const host = hostFor(excel);
    await host.apply(kpiChanges(location));
    const reread = await host.readTable(location);
    if (reread.kind !== 'table') throw new Error(reread.reason);
    excel.resetCounters();
    return { excel, host, location: reread.table.location };
  }

  it('on a plain range it clears the created columns, header and body, without moving anything else', async () => {
    const { excel, host, location } = await appliedWorkbook(false);
    await host.remove({ location, columns: [5, 6, 7], clearValidations: [], groups: [{ firstColumn: 6, lastColumn: 7 }], sheets: [], settings: null });
    expect(commands(excel)).toEqual([
      `settings.getItemOrNullObject("${OUTLINE_SETTINGS_KEY}")`,
      `Setting(${OUTLINE_SETTINGS_KEY}).load("value")`,
      `settings.getItemOrNullObject("${SETTINGS_KEY}")`,
      `Setting(${SETTINGS_KEY}).load("value")`,
      'context.sync()',
      'worksheets.getItem("KPIs")',
      'Worksheet(KPIs).getRange("G:H")',
      'Range(KPIs!G:H).ungroup("ByColumns")',
      'Range(KPIs!G:H).columnHidden = false',
      `Setting(${OUTLINE_SETTINGS_KEY}).delete()`,
      'Range(KPIs!F1:H4).conditionalFormats.clearAll()',
      'Range(KPIs!F1:H4).dataValidation.clear()',
      'Range(KPIs!F1:H4).clear("All")',
      `Setting(${SETTINGS_KEY}).delete()`,
      // The table read back in the same round trip, after the writes.
      ...READ_BACK_A1_E4,
      'context.sync()',
    ]);
    const sheet = excel.sheet('KPIs');
    expect(sheet.read('F1:H4').flat().every((cell) => cell === '')).toBe(true);
    expect(sheet.readNumberFormats('G2:G4').flat()).toEqual(['General', 'General', 'General']);
    expect(sheet.read('J1:J2')).toEqual([['Notes'], ['keep me']]);
    expect(sheet.read('E1:E2')).toEqual([['Polarity'], ['High']]);
    expect(sheet.rules).toHaveLength(0);
    expect(sheet.outline.size).toBe(0);
    expect(sheet.hiddenColumns.size).toBe(0);
    expect(excel.settings.size).toBe(0);
    expect(excel.syncCount).toBe(2);
  });

  it('in an Excel table it deletes the table columns it created, right to left, after undoing the group', async () => {
    const { excel, host, location } = await appliedWorkbook(true);
    expect(location.columnCount).toBe(8);
    await host.remove({ location, columns: [5, 6, 7], clearValidations: [], groups: [{ firstColumn: 6, lastColumn: 7 }], sheets: [], settings: '{"version":1,"kept":true}' });
    expect(commands(excel).slice(3)).toEqual([
      'worksheets.getItem("KPIs")',
      'Worksheet(KPIs).getRange("G:H")',
      'Range(KPIs!G:H).ungroup("ByColumns")',
      'Range(KPIs!G:H).columnHidden = false',
      `Setting(${OUTLINE_SETTINGS_KEY}).delete()`,
      'tables.getItem("KpiTable")',
      'Table(KpiTable).columns.getItemAt(7)',
      'Table(KpiTable).columns.getItemAt(7).delete()',
      'Table(KpiTable).columns.getItemAt(6)',
      'Table(KpiTable).columns.getItemAt(6).delete()',
      'Table(KpiTable).columns.getItemAt(5)',
      'Table(KpiTable).columns.getItemAt(5).delete()',
      `settings.add("${SETTINGS_KEY}", "{\\"version\\":1,\\"kept\\":true}")`,
      // The table, three columns narrower, read back in the same round trip.
      ...READ_BACK_A1_E4,
      'context.sync()',
    ]);
    expect(excel.table('KpiTable')!.columnCount).toBe(5);
    expect(excel.sheet('KPIs').read('F1:H2').flat().every((cell) => cell === '')).toBe(true);
    expect(excel.sheet('KPIs').rules).toHaveLength(0);
    expect(excel.settings.get(SETTINGS_KEY)).toBe('{"version":1,"kept":true}');
    expect(excel.syncCount).toBe(2);
  });

  it('takes the dropdown it added off a column of the user’s, leaving the values, before deleting columns and without another round trip', async () => {
    const { excel, host, location } = await appliedWorkbook(true);
    await host.remove({ location, columns: [5, 6, 7], clearValidations: [4], groups: [{ firstColumn: 6, lastColumn: 7 }], sheets: [], settings: null });
    const sent = commands(excel);
    const cleared = sent.indexOf('Range(KPIs!E2:E4).dataValidation.clear()');
    expect(cleared).toBeGreaterThan(sent.indexOf('worksheets.getItem("KPIs")'));
    expect(cleared).toBeLessThan(sent.indexOf('Table(KpiTable).columns.getItemAt(7).delete()'));
    expect(excel.callsTo('clear').map(show)).toEqual(['Range(KPIs!E2:E4).dataValidation.clear()']);
    expect(excel.sheet('KPIs').validations).toEqual([]);
    expect(excel.sheet('KPIs').read('E1:E4')).toEqual([['Polarity'], ['High'], ['High'], ['High']]);
    expect(excel.syncCount).toBe(2);
  });

  it('keeping the settings and no groups to undo costs one round trip', async () => {
    const { excel, host, location } = await appliedWorkbook(false);
    await host.remove({ location, columns: [5], clearValidations: [], groups: [], sheets: [], settings: '{}' });
    expect(excel.syncCount).toBe(1);
  });

  it('deletes only the named sheets that exist, with names read in the round trip Remove makes anyway: Excel fails the sync on a missing one', async () => {
    const { excel, host, location } = await appliedWorkbook(false);
    excel.addSheet('KPI summary');
    excel.resetCounters();
    await host.remove({ location, columns: [5, 6, 7], clearValidations: [], groups: [{ firstColumn: 6, lastColumn: 7 }], sheets: ['kpi summary', 'Gone'], settings: null });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['KPIs']);
    expect(excel.callsTo('delete').map(show)).toContain('Worksheet(KPI summary).delete()');
    expect(excel.syncCount).toBe(2);
  });

  it('a hidden sheet is not a visible one left: Excel refuses to delete the last visible sheet, so the host leaves it', async () => {
    const { excel, host, location } = await appliedWorkbook(false);
    excel.addSheet('Notes').visibility = 'Hidden';
    excel.resetCounters();
    await host.remove({ location, columns: [], clearValidations: [], groups: [], sheets: ['KPIs', 'Notes'], settings: '{}' });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['KPIs']);
    expect(excel.syncCount).toBe(2);
  });

  it('never deletes the table’s own sheet, nor a very hidden one (Excel would fail the rest of Remove): the settings are still written', async () => {
    const { excel, host, location } = await appliedWorkbook(false);
    excel.addSheet('KPI summary').visibility = 'VeryHidden';
    excel.addSheet('Other');
    await host.remove({ location, columns: [], clearValidations: [], groups: [], sheets: ['KPIs', 'KPI summary'], settings: '{"kept":true}' });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['KPIs', 'KPI summary', 'Other']);
    expect(await host.readSettings()).toBe('{"kept":true}');
  });

  it('the fake refuses what Excel refuses: deleting a missing sheet, and the last visible one', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    const attempt = (name: string) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      });
    await expect(attempt('Gone')).rejects.toThrow('ItemNotFound');
    await expect(attempt('KPIs')).rejects.toThrow('last visible sheet');
  });
});

describe('settings, sheets and the summary', () => {
  it('the settings JSON comes back as saved, or null when there is none, in one round trip', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    const host = hostFor(excel);
    await expect(host.readSettings()).resolves.toBeNull();
    excel.settings.set(SETTINGS_KEY, '{"version":1}');
    await expect(host.readSettings()).resolves.toBe('{"version":1}');
    expect(excel.syncCount).toBe(2);
    expect(excel.batchCount).toBe(2);
  });

  it('lists the sheet names in one round trip', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    excel.addSheet('Summary');
    await expect(hostFor(excel).sheetNames()).resolves.toEqual(['KPIs', 'Summary']);
    expect(excel.syncCount).toBe(1);
  });

  const summary = SUMMARY_WRITE;

  it('writes the summary on a new sheet, formulas and all, with a clustered column chart of its parts only and the settings naming it, in 2 syncs', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    await hostFor(excel).writeSummary(summary);
    expect(excel.settings.get(SETTINGS_KEY)).toBe(summary.settings);
    const sheet = excel.sheet('KPI summary');
    expect(sheet.readFormulas('A3:C5')).toEqual([
      ['Category', 'Count', 'Share of rated'],
      ['Green', '=COUNTIF(KPIs!$F$2:$F$4,"Green")', '=IF(SUM($B$4:$B$5)=0,"",$B$4/SUM($B$4:$B$5))'],
      ['Red', '=COUNTIF(KPIs!$F$2:$F$4,"Red")', '=IF(SUM($B$4:$B$5)=0,"",$B$5/SUM($B$4:$B$5))'],
    ]);
    expect(sheet.readNumberFormats('C4:C5').flat()).toEqual(['0%', '0%']);
    // Green and Red only: "Green & Amber" in row 6 is outside the chart's source.
    expect(sheet.charts).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnClustered',
        source: 'A4:B5',
        seriesBy: 'Columns',
        title: 'Measures by RAG rating',
        legendVisible: false,
        position: 'E3',
        // Column A's words are the categories: one series, the counts.
        series: [{ name: 'Series1', values: 'B4:B5', xValues: 'A4:A5' }],
      },
    ]);
    expect(excel.syncCount).toBe(2);
  });

  it('a summary whose chart names no rows is refused before Excel is asked', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    await expect(hostFor(excel).writeSummary({ ...summary, chart: { ...summary.chart, rowCount: 0 } })).rejects.toThrow('summary.chart must name at least one row');
    expect(excel.batchCount).toBe(0);
  });

  it('writing it again clears the sheet it wrote (whatever the case of its name) and replaces the chart', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    const host = hostFor(excel);
    await host.writeSummary(summary);
    excel.sheet('KPI summary').fill(10, 0, [['stale']]);
    excel.resetCounters();
    await host.writeSummary({ ...summary, sheetName: 'kpi SUMMARY', cells: summary.cells.slice(0, 4), chart: { ...summary.chart, rowCount: 1 } });
    expect(excel.callsTo('add').filter((call) => call.object === 'worksheets')).toHaveLength(0);
    const sheet = excel.sheet('KPI summary');
    expect(sheet.read('A4:A6')).toEqual([['Green'], [''], ['']]);
    expect(sheet.read('A11')).toEqual([['']]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].source).toBe('A4:B4');
    expect(excel.syncCount).toBe(2);
  });
});

describe('round trips do not grow with the table', () => {
  async function syncsPerMethod(rows: number, asTable: boolean): Promise<Record<string, number>> {
    const { excel, location } = kpiWorkbook({ rows, asTable });
    const host = hostFor(excel);
    const counts: Record<string, number> = {};
    const measure = async (name: string, call: () => Promise<unknown>) => {
      excel.resetCounters();
      await call();
      counts[name] = excel.syncCount;
      expect(excel.batchCount).toBe(1);
    };
    await measure('readSelectedTable', () => host.readSelectedTable());
    await measure('readTable', () => host.readTable(location));
    await measure('apply', () => host.apply(kpiChanges(location)));
    const end = location.firstColumn + location.columnCount;
    const grown = { ...location, columnCount: asTable ? location.columnCount + 3 : location.columnCount };
    await measure('apply again', () => host.apply(kpiChanges(grown, true)));
    await measure('remove', () => host.remove({ location: grown, columns: [end, end + 1, end + 2], clearValidations: [], groups: [{ firstColumn: end + 1, lastColumn: end + 2 }], sheets: [], settings: null }));
    await measure('readSettings', () => host.readSettings());
    await measure('sheetNames', () => host.sheetNames());
    await measure('writeSummary', () => host.writeSummary(SUMMARY_WRITE));
    return counts;
  }

  it.each([
    ['a plain range', false, { readSelectedTable: 2, readTable: 2, apply: 2, 'apply again': 2, remove: 2, readSettings: 1, sheetNames: 1, writeSummary: 2 }],
    ['an Excel table', true, { readSelectedTable: 3, readTable: 3, apply: 2, 'apply again': 2, remove: 2, readSettings: 1, sheetNames: 1, writeSummary: 2 }],
  ])('%s of 3 rows and of 1,000 rows costs the same syncs per method', async (_name, asTable, expected) => {
    expect(await syncsPerMethod(3, asTable)).toEqual(expected);
    expect(await syncsPerMethod(1000, asTable)).toEqual(expected);
  });

  it('writes one XmR chart sheet or forty in the same two syncs', async () => {
    const chart = (index: number): XmrChartWrite => ({
      sheetName: `XmR ${index}`,
      title: `Measure ${index}`,
      cells: [['Period', 'Value', 'Mean'], ...Array.from({ length: 24 }, (_, month) => [`M${month + 1}`, month * index, 12 * index])],
      data: { headerRow: 0, rowCount: 24 },
      series: [
        { column: 1, draw: 'line', color: '#1F4E79' },
        { column: 2, draw: 'line', color: '#595959' },
      ],
      numberFormat: '0',
    });
    for (const count of [1, 40]) {
      const { excel } = kpiWorkbook({ rows: 3 });
      await hostFor(excel).writeXmrCharts(Array.from({ length: count }, (_, i) => chart(i + 1)), '{}');
      expect(excel.syncCount).toBe(2);
      expect(excel.sheet(`XmR ${count}`).charts).toHaveLength(1);
    }
  });

  it('splits XmR charts across syncs only when their cells would take a request over the web’s limit', async () => {
    // Twelve sheets of 10,000 weekly points: about 6 MB of cells, more than one request may carry.
    const long = (index: number): XmrChartWrite => ({
      sheetName: `XmR ${index}`,
      title: `Measure ${index}`,
      cells: [['Period', 'Value', 'Mean'], ...Array.from({ length: 10_000 }, (_, week) => [`Week ${week + 1}`, 1000 + week + index / 7, 1234.5678])],
      data: { headerRow: 0, rowCount: 10_000 },
      series: [{ column: 1, draw: 'line', color: '#1F4E79' }],
      numberFormat: '0',
    });
    const { excel } = kpiWorkbook({ rows: 3 });
    await hostFor(excel).writeXmrCharts(Array.from({ length: 12 }, (_, i) => long(i + 1)), '{}');
    expect(excel.syncCount).toBeGreaterThan(2);
    expect(Math.max(...excel.payloads.map((p) => p.request))).toBeLessThanOrEqual(4_000_000);
    expect(excel.sheet('XmR 12').read('B10001:B10001')).toEqual([[1000 + 9_999 + 12 / 7]]);
  });

  it('a 1,000-row column with cells left alone is still written in one round trip', async () => {
    const { excel, location } = kpiWorkbook({ rows: 1000 });
    const changes = kpiChanges(location);
    await hostFor(excel).apply({ ...changes, groups: [] });
    // "Green to (helper)" leaves every fourth cell alone: its header, then 250 runs, all in the same sync.
    const writes = excel.calls.filter((call) => call.object.startsWith('Range(KPIs!H') && call.member === 'values');
    expect(writes.map((call) => call.object).slice(0, 3)).toEqual(['Range(KPIs!H1)', 'Range(KPIs!H2:H4)', 'Range(KPIs!H6:H8)']);
    expect(writes).toHaveLength(1 + 250);
    expect(excel.syncCount).toBe(1);
  });
});

describe('cell runs', () => {
  it('splits a column at cells left alone and where formulas meet values', () => {
    expect(
      cellRuns([{ value: 1 }, { value: null }, { formula: '=A1', shows: 1 }, null, null, { value: true }, { formula: '=A2', shows: 2 }, { formula: '=A3', shows: 3 }]),
    ).toEqual([
      { start: 0, kind: 'values', cells: [[1], ['']] },
      { start: 2, kind: 'formulas', cells: [['=A1']] },
      { start: 5, kind: 'values', cells: [[true]] },
      { start: 6, kind: 'formulas', cells: [['=A2'], ['=A3']] },
    ]);
    expect(cellRuns([null, null])).toEqual([]);
  });
});

describe('the object model the code uses is the one Excel has', () => {
  it('the fake refuses members Excel does not have, reads without load, and commands never synced', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    await expect(
      excel.run(async (context) => {
        Reflect.get(context.workbook, 'getActiveCel');
      }),
    ).rejects.toThrow('Workbook.getActiveCel is not in the object model');
    await expect(
      excel.run(async (context) => {
        Reflect.set(context.workbook.getActiveCell(), 'formula', [['=1']]);
      }),
    ).rejects.toThrow('Range.formula cannot be set');
    await expect(
      excel.run(async (context) => {
        Reflect.set(context.workbook.getActiveCell(), 'rowCount', 4);
      }),
    ).rejects.toThrow('Range.rowCount cannot be set');
    await expect(
      excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake the fake must catch
        return cell.values;
      }),
    ).rejects.toThrow('was read without load("values")');
    await expect(
      excel.run(async (context) => {
        const cell = context.workbook.getActiveCell().load('values');
        const early: unknown = cell.values;
        await context.sync();
        return early;
      }),
    ).rejects.toThrow('read before context.sync()');
    await expect(
      excel.run(async (context) => {
        context.workbook.getActiveCell().values = [['x']];
      }),
    ).rejects.toThrow('never sent by context.sync()');
  });

});

describe('text that Excel would read as something else', () => {
  it('the fake reads text written through values as Excel does when it is typed', () => {
    expect(typedIntoExcel('5%')).toBe(0.05);
    expect(typedIntoExcel('1,156')).toBe(1156);
    expect(typedIntoExcel('-0.5')).toBe(-0.5);
    expect(typedIntoExcel('true')).toBe(true);
    expect(typedIntoExcel("'5%")).toBe('5%');
    expect(typedIntoExcel('56-61%')).toBe('56-61%');
    expect(typedIntoExcel('5pp')).toBe('5pp');
  });

  it('goes with an apostrophe, so the cell keeps the text; words go as they are', () => {
    for (const text of ['5%', '0.5pp', '1,156', '86', 'TRUE', 'false', '=A1', '+5', '-5%', "'quoted", ' 12 ']) {
      expect(toExcelValue(text)).toBe(`'${text}`);
      expect(typedIntoExcel(String(toExcelValue(text)))).toBe(text);
    }
    for (const word of ['Green', 'High', 'N/A', 'No data', 'Target Band Width']) expect(toExcelValue(word)).toBe(word);
    expect(toExcelValue(0.05)).toBe(0.05);
    expect(toExcelValue(null)).toBe('');
  });

  it('a relative tolerance written by Apply reads back as "5%", not as five hundredths', async () => {
    const { excel, location } = kpiWorkbook({ rows: 2 });
    const host = hostFor(excel);
    const result = await host.apply({
      ...smallChanges(location),
      columns: [{ column: 5, header: 'Amber tolerance', isNew: true, cells: [{ value: '5%' }, { value: '0.5pp' }], numberFormat: null }],
      wordFormats: [],
      validations: [],
      groups: [],
    });
    if (result.kind !== 'written') throw new Error('not written');
    expect(result.table.beyond.slice(1).map((row) => row[0])).toEqual(['5%', '0.5pp']);
    expect(excel.sheet('KPIs').read('F2:F3')).toEqual([['5%'], ['0.5pp']]);
  });
});

describe('apply and remove give back the table as they left it, read in their last round trip', () => {
  it.each([false, true])('Excel table: %s', async (asTable) => {
    const { excel, location } = kpiWorkbook({ rows: 4, asTable });
    const host = hostFor(excel);
    const changes = kpiChanges(location);
    const added = changes.columns.filter((column) => column.isNew).map((column) => column.column);
    const result = await host.apply(changes);
    if (result.kind !== 'written') throw new Error('not written');
    const applied = result.table;
    expect(await host.readTable(location)).toEqual({ kind: 'table', table: applied });
    // New columns join an Excel table; beside a plain range they are read with the cells beyond it.
    expect(applied.location.columnCount).toBe(5 + (asTable ? added.length : 0));

    const removed = await host.remove({ location: applied.location, columns: added, clearValidations: [], groups: [], sheets: [], settings: null });
    expect(await host.readTable(location)).toEqual({ kind: 'table', table: removed });
    expect(removed.location.columnCount).toBe(5);
  });
});

describe('apply checks first that the cells it writes are as the plan saw them', () => {
  async function planned(excel: FakeExcel, location: TableLocation) {
    const read = await hostFor(excel).readTable(location);
    if (read.kind !== 'table') throw new Error(read.reason);
    excel.resetCounters();
    return { ...smallChanges(location), groups: [], basis: read.table };
  }

  it('unchanged: the check is read in the first round trip and the writes go in the second', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    const changes = await planned(excel, location);
    expect(await hostFor(excel).apply(changes)).toMatchObject({ kind: 'written' });
    expect(excel.syncCount).toBe(2);
    expect(excel.sheet('KPIs').read('F1')).toEqual([['RAG']]);
  });

  it('a cell typed since the read: nothing is written, and the cell is named', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    const changes = await planned(excel, location);
    excel.sheet('KPIs').fill(2, 5, [['my note']]); // F3, where the RAG formula would go
    expect(await hostFor(excel).apply(changes)).toEqual({ kind: 'changed', cells: ['KPIs!F3'] });
    expect(excel.syncCount).toBe(1);
    expect(excel.calls.some((call) => ['values', 'formulas', 'numberFormat'].includes(call.member))).toBe(false);
    expect(excel.sheet('KPIs').read('F1:F3')).toEqual([[''], [''], ['my note']]);
    expect(excel.settings.has(SETTINGS_KEY)).toBe(false);
  });
});
