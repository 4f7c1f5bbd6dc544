import { cellAddress } from '../../src/excel/a1';
import { planApply } from '../../src/plan/apply-plan';
import { MemoryHostError, MemoryWorkbookHost, type SeedCell } from '../../src/excel/memory-host';
import { NO_TABLE_REASONS, missingSheetReason } from '../../src/excel/table-finding';
import { RAG_PALETTE } from '../../src/plan/rag-palette';
import { DEFAULTS, guessMapping } from '../../src/plan/table-model';
import { COLUMNS_READ_BEYOND_TABLE, type TableLocation, type TableSnapshot, type WorkbookChanges } from '../../src/excel/workbook-host';
import { SUMMARY_WRITE } from '../support/summary-write';

const KPI_CELLS: SeedCell[][] = [
  ['Ref', 'Measure', 'Actual', 'Target', 'Polarity'],
  ['K1', 'Measure 1', 42, 50, 'High'],
  ['K2', 'Measure 2', { formula: '=40+1', shows: 41 }, 50, 'Low'],
  ['K3', 'Measure 3', { value: 0.82, numberFormat: '0.0%' }, { value: 0.9, numberFormat: '0%' }, 'High'],
];

function kpiHost(options: { asTable?: boolean; at?: string; selection?: string } = {}): MemoryWorkbookHost {
  const at = options.at ?? 'A1';
  return new MemoryWorkbookHost({
    sheets: [{ name: 'KPIs', cells: KPI_CELLS, at }, { name: 'Notes', cells: [['Read me']] }],
    tables: options.asTable ? [{ name: 'KpiTable', sheet: 'KPIs', range: 'A1:E4' }] : [],
    selection: options.selection ?? `KPIs!${at}`,
  });
}

async function tableOf(result: Promise<{ kind: 'table'; table: TableSnapshot } | { kind: 'none'; reason: string }>): Promise<TableSnapshot> {
  const read = await result;
  if (read.kind !== 'table') throw new Error(`expected a table, got: ${read.reason}`);
  return read.table;
}

/** RAG in F (new) and the polarity column E given a dropdown, as Apply sends them. */
function changes(location: TableLocation, overrides: Partial<WorkbookChanges> = {}): WorkbookChanges {
  return {
    location,
    columns: [
      {
        column: 5,
        header: 'RAG',
        isNew: true,
        cells: [{ formula: '=KPI.RAG(C2,D2,E2)', shows: 'Red' }, null, { value: 'Amber' }],
        numberFormat: '@',
      },
    ],
    wordFormats: [{ column: 5, styles: [...RAG_PALETTE] }],
    validations: [{ column: 4, words: ['High', 'Low'] }],
    groups: [],
    settings: '{"version":1}',
    ...overrides,
  };
}

describe('reading the table around the selected cell', () => {
  it('a plain block: the first row is the header, the rest are measures, with values as Excel shows them', async () => {
    const table = await tableOf(kpiHost({ at: 'B3', selection: 'KPIs!D5' }).readSelectedTable());
    expect(table.location).toEqual({ sheet: 'KPIs', tableName: null, headerRow: 2, firstColumn: 1, columnCount: 5, rowCount: 3 });
    expect(table.headers).toEqual(['Ref', 'Measure', 'Actual', 'Target', 'Polarity']);
    expect(table.values).toEqual([
      ['K1', 'Measure 1', 42, 50, 'High'],
      ['K2', 'Measure 2', 41, 50, 'Low'],
      ['K3', 'Measure 3', 0.82, 0.9, 'High'],
    ]);
    expect(table.formulas[1]).toEqual([null, null, '=40+1', null, null]);
    expect(table.numberFormats[2]).toEqual(['General', 'General', '0.0%', '0%', 'General']);
    expect(table.beyond).toHaveLength(4);
    expect(table.beyond.every((row) => row.length === COLUMNS_READ_BEYOND_TABLE && row.every((cell) => cell === ''))).toBe(true);
  });

  it('text stays text, even when it looks like a formula or a percentage', async () => {
    const host = kpiHost();
    host.setCell('KPIs!B2', '=not a formula');
    host.setCell('KPIs!C3', '5%');
    const table = await tableOf(host.readSelectedTable());
    expect(table.values[0][1]).toBe('=not a formula');
    expect(table.formulas[0][1]).toBeNull();
    expect(table.values[1][2]).toBe('5%');
  });

  it('the block grows through cells that touch it diagonally, as Excel’s current region does', async () => {
    const host = kpiHost();
    host.setCell('KPIs!F5', 'diagonal note');
    const table = await tableOf(host.readSelectedTable());
    expect(table.location).toMatchObject({ columnCount: 6, rowCount: 4 });
  });

  it('reads the columns right of the table as formula-or-value text, so new columns never land on data unasked', async () => {
    const host = kpiHost();
    host.setCell('KPIs!G1', 'Notes');
    host.setCell('KPIs!H3', { formula: '=SUM(C2:C4)', shows: 165 });
    host.setCell('KPIs!I3', 7);
    const table = await tableOf(host.readSelectedTable());
    expect(table.location.columnCount).toBe(5);
    expect(table.beyond[0].slice(0, 3)).toEqual(['', 'Notes', '']);
    expect(table.beyond[2].slice(0, 5)).toEqual(['', '', '=SUM(C2:C4)', '7', '']);
  });

  it('an Excel table is read as the table, not with the data typed under it', async () => {
    const host = kpiHost({ asTable: true, selection: 'KPIs!C3' });
    host.setCell('KPIs!A5', 'Total');
    const table = await tableOf(host.readSelectedTable());
    expect(table.location).toEqual({ sheet: 'KPIs', tableName: 'KpiTable', headerRow: 0, firstColumn: 0, columnCount: 5, rowCount: 3 });
  });

  it('reads the row above an Excel table’s header row, where councils put a top row of roles over the periods', async () => {
    const host = new MemoryWorkbookHost({
      sheets: [{ name: 'KPIs', cells: [['', '', 'Actual', '', 'Target'], ['Ref', 'Measure', '2019/20', '2020/21', '2020/212'], ['K1', 'Visits', 10, 12, 11]] }],
      tables: [{ name: 'Years', sheet: 'KPIs', range: 'A2:E3' }],
      selection: 'KPIs!B3',
    });
    const table = await tableOf(host.readSelectedTable());
    expect(table.headerAbove).toEqual(['', '', 'Actual', '', 'Target']);
    expect((await tableOf(kpiHost().readSelectedTable())).headerAbove).toBeUndefined();
  });

  it('an empty cell with nothing around it, a lone cell, and a lone row are not tables, and say why', async () => {
    await expect(kpiHost({ selection: 'KPIs!K20' }).readSelectedTable()).resolves.toEqual({ kind: 'none', reason: NO_TABLE_REASONS.emptyCell });
    await expect(kpiHost({ selection: 'Notes!A1' }).readSelectedTable()).resolves.toEqual({ kind: 'none', reason: NO_TABLE_REASONS.loneCell });
    const host = kpiHost({ selection: 'Notes!A1' });
    host.setCell('Notes!B1', 'and more');
    await expect(host.readSelectedTable()).resolves.toEqual({ kind: 'none', reason: NO_TABLE_REASONS.oneRow });
  });
});

describe('reading a saved location', () => {
  const saved: TableLocation = { sheet: 'KPIs', tableName: 'KpiTable', headerRow: 0, firstColumn: 0, columnCount: 4, rowCount: 3 };

  it('an Excel table is read as it is now', async () => {
    const table = await tableOf(kpiHost({ asTable: true }).readTable(saved));
    expect(table.location.columnCount).toBe(5);
  });

  it('when the table is gone, the saved address is read as a plain range', async () => {
    const table = await tableOf(kpiHost().readTable(saved));
    expect(table.location).toEqual({ ...saved, tableName: null });
    expect(table.headers).toEqual(['Ref', 'Measure', 'Actual', 'Target']);
  });

  it('when the sheet is gone there is no table, and the reason names the sheet', async () => {
    await expect(kpiHost().readTable({ ...saved, sheet: 'Q1', tableName: null })).resolves.toEqual({ kind: 'none', reason: missingSheetReason('Q1') });
  });
});

describe('apply', () => {
  async function appliedTo(host: MemoryWorkbookHost, overrides: Partial<WorkbookChanges> = {}) {
    const table = await tableOf(host.readSelectedTable());
    await host.apply(changes(table.location, overrides));
    return table.location;
  }

  it('writes the new column’s header, formulas (showing their value), values and number format; leaves null cells alone', async () => {
    const host = kpiHost();
    const { location } = await tableOf(host.readSelectedTable());
    host.setCell('KPIs!F3', 'keep me');
    await host.apply(changes(location));
    expect(host.cell('KPIs!F1')).toEqual({ value: 'RAG', formula: null, numberFormat: 'General' });
    expect(host.cell('KPIs!F2')).toEqual({ value: 'Red', formula: '=KPI.RAG(C2,D2,E2)', numberFormat: '@' });
    expect(host.cell('KPIs!F3')).toEqual({ value: 'keep me', formula: null, numberFormat: '@' });
    expect(host.cell('KPIs!F4')).toEqual({ value: 'Amber', formula: null, numberFormat: '@' });
  });

  it('stores text as text: a "5%" tolerance is not turned into 0.05', async () => {
    const host = kpiHost();
    await appliedTo(host, {
      columns: [{ column: 5, header: 'Amber tolerance', isNew: true, cells: [{ value: '5%' }, { value: '5pp' }, { value: 0.05 }], numberFormat: null }],
    });
    expect([host.cell('F2').value, host.cell('F3').value, host.cell('F4').value]).toEqual(['5%', '5pp', 0.05]);
  });

  it('a new column just right of an Excel table joins the table', async () => {
    const host = kpiHost({ asTable: true });
    await appliedTo(host);
    expect(host.snapshot().tables[0]).toMatchObject({ name: 'KpiTable', columnCount: 6 });
    const table = await tableOf(host.readSelectedTable());
    expect(table.headers[5]).toBe('RAG');
  });

  it('word formats and dropdowns are replaced on a second apply, not added again; a column group is recorded once', async () => {
    const host = kpiHost();
    const groups = [{ firstColumn: 6, lastColumn: 7 }];
    await appliedTo(host, { groups });
    await appliedTo(host, { groups });
    const sheet = host.snapshot().sheets[0];
    expect(sheet.wordFormats).toEqual([{ column: 5, firstRow: 1, rowCount: 3, styles: [...RAG_PALETTE] }]);
    expect(sheet.validations).toEqual([{ column: 4, firstRow: 1, rowCount: 3, words: ['High', 'Low'] }]);
    expect(sheet.groups).toEqual(groups);
    expect(host.snapshot().settings).toBe('{"version":1}');
    expect(host.calls).toMatchObject({ readSelectedTable: 2, apply: 2, remove: 0 });
  });

  it('a missing sheet is refused with Excel’s ItemNotFound, and nothing is written', async () => {
    const host = kpiHost();
    const location = await appliedTo(host);
    const before = host.snapshot();
    const failure = host.apply(changes({ ...location, sheet: 'Gone' }));
    await expect(failure).rejects.toBeInstanceOf(MemoryHostError);
    await expect(failure).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(host.snapshot()).toEqual(before);
  });
});

describe('remove', () => {
  it('on a plain range it clears exactly the given columns, header and body, with their formats, groups and settings', async () => {
    const host = kpiHost();
    host.setCell('KPIs!J1', 'Notes');
    const table = await tableOf(host.readSelectedTable());
    const { location } = table;
    await host.apply(changes(location, { groups: [{ firstColumn: 5, lastColumn: 5 }] }));
    await host.remove({ location, columns: [5], clearValidations: [], groups: [{ firstColumn: 5, lastColumn: 5 }], sheets: [], settings: null });
    const sheet = host.snapshot().sheets[0];
    expect(sheet.cells.map((row) => row[5])).toEqual(sheet.cells.map(() => ({ value: null, formula: null, numberFormat: 'General' })));
    expect(sheet.wordFormats).toEqual([]);
    expect(sheet.validations).toHaveLength(1); // on the polarity column, which was not removed
    expect(sheet.groups).toEqual([]);
    expect(host.cell('J1').value).toBe('Notes');
    await expect(host.readSettings()).resolves.toBeNull();
  });

  it('takes the dropdown off the body of a column it keeps, leaving its values and anything outside the body', async () => {
    const host = new MemoryWorkbookHost({
      sheets: [{ name: 'KPIs', cells: KPI_CELLS }],
      validations: [{ range: 'KPIs!E1:E6', words: ['Mine'] }],
    });
    const table = await tableOf(host.readSelectedTable());
    expect(table.validations[4]).toEqual({ kind: 'list', source: 'Mine' });
    expect(table.validations[3]).toEqual({ kind: 'none' });
    await host.remove({ location: table.location, columns: [], clearValidations: [4], groups: [], sheets: [], settings: null });
    expect(host.snapshot().sheets[0].validations).toEqual([
      { column: 4, firstRow: 0, rowCount: 1, words: ['Mine'] },
      { column: 4, firstRow: 4, rowCount: 2, words: ['Mine'] },
    ]);
    expect([host.cell('E2').value, host.cell('E3').value, host.cell('E4').value]).toEqual(['High', 'Low', 'High']);
    expect((await tableOf(host.readSelectedTable())).validations[4]).toEqual({ kind: 'none' });
  });

  it('with every column put back as it was, the table reads as it did before Apply', async () => {
    const host = kpiHost();
    host.setCell('KPIs!J1', 'Notes');
    const table = await tableOf(host.readSelectedTable());
    const { location } = table;
    await host.apply(changes(location, { groups: [{ firstColumn: 5, lastColumn: 5 }] }));
    await host.remove({ location, columns: [5], clearValidations: [4], groups: [{ firstColumn: 5, lastColumn: 5 }], sheets: [], settings: null });
    expect(host.snapshot().sheets[0].validations).toEqual([]);
    expect(await tableOf(host.readTable(location))).toEqual(table);
  });

  it('in an Excel table it deletes the columns; the table’s cells right of them move left and the table shrinks', async () => {
    const host = kpiHost({ asTable: true });
    host.setCell('KPIs!H2', 'outside');
    const { location } = await tableOf(host.readSelectedTable());
    await host.apply(changes(location));
    await host.remove({ location, columns: [2], clearValidations: [], groups: [], sheets: [], settings: '{"kept":true}' });
    const table = await tableOf(host.readSelectedTable());
    expect(table.headers).toEqual(['Ref', 'Measure', 'Target', 'Polarity', 'RAG']);
    expect(host.snapshot().sheets[0].wordFormats.map((rule) => rule.column)).toEqual([4]);
    expect(host.cell('H2').value).toBe('outside');
    await expect(host.readSettings()).resolves.toBe('{"kept":true}');
  });
});

describe('sheets and the summary', () => {
  const summary = SUMMARY_WRITE;

  it('writes the summary on a new sheet: formulas showing the counts the plan gave, shares as percentages, a chart of the parts only, and the settings naming it', async () => {
    const host = kpiHost();
    await host.writeSummary(summary);
    await expect(host.sheetNames()).resolves.toEqual(['KPIs', 'Notes', 'KPI summary']);
    const sheet = host.snapshot().sheets[2];
    expect(sheet.cells.slice(2).map((row) => row.map((cell) => cell.value))).toEqual([
      ['Category', 'Count', 'Share of rated'],
      ['Green', 2, 2 / 3],
      ['Red', 1, 1 / 3],
      ['Green & Amber', 2, null],
    ]);
    expect(sheet.cells[3][1].formula).toBe('=COUNTIF(KPIs!$F$2:$F$4,"Green")');
    expect(sheet.cells[3][2].numberFormat).toBe('0%');
    // The chart's source is the Green and Red rows: the subtotal below them is not a bar.
    expect(sheet.chart).toEqual({ type: 'ColumnClustered', title: 'Measures by RAG rating', source: 'A4:B5' });
    await expect(host.readSettings()).resolves.toBe(summary.settings);
  });

  it('writing it again replaces that sheet (whatever the case of its name) instead of adding another', async () => {
    const host = kpiHost();
    await host.writeSummary(summary);
    await host.writeSummary({ ...summary, sheetName: 'kpi SUMMARY', cells: summary.cells.slice(0, 4) });
    const snapshot = host.snapshot();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['KPIs', 'Notes', 'KPI summary']);
    expect(snapshot.sheets[2].cells).toHaveLength(4);
  });
});

describe('for tests and the demo page', () => {
  it('a failure can be injected once: the call fails, nothing changes, and the next call works', async () => {
    const host = kpiHost();
    const { location } = await tableOf(host.readSelectedTable());
    const locked = Object.assign(new Error('locked'), { code: 'EditModeCannotAcquireLock' });
    host.failNext('apply', locked);
    await expect(host.apply(changes(location))).rejects.toBe(locked);
    expect(host.cell('F1').value).toBeNull();
    await host.apply(changes(location));
    expect(host.cell('F1').value).toBe('RAG');
    expect(host.calls.apply).toBe(2);
  });

  it('listeners hear of every change until they unsubscribe', async () => {
    const host = kpiHost();
    const heard = jest.fn();
    const unsubscribe = host.onChange(heard);
    host.select('KPIs!B2');
    await host.apply(changes((await tableOf(host.readSelectedTable())).location));
    unsubscribe();
    host.setCell('Z1', 1);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('a snapshot is a copy: changing it changes nothing', () => {
    const host = kpiHost();
    const snapshot = host.snapshot();
    snapshot.sheets[0].cells[0][0].value = 'changed';
    snapshot.tables.push({ name: 'x', sheet: 'KPIs', headerRow: 0, firstColumn: 0, columnCount: 1, rowCount: 1 });
    expect(host.cell('A1').value).toBe('Ref');
    expect(host.snapshot().tables).toEqual([]);
  });

  it('what the Apply planner writes reads back as the add-in’s own columns: applying again writes the same columns', async () => {
    const host = kpiHost();
    const first = await tableOf(host.readSelectedTable());
    const request = { mapping: guessMapping(first.headers), defaults: DEFAULTS, edits: new Map(), mode: 'live' as const, overwrite: false };
    const plan = planApply({ ...request, table: first, previous: null });
    if (plan.kind !== 'ready') throw new Error(plan.kind);
    await host.apply(plan.changes);
    const again = planApply({ ...request, table: await tableOf(host.readTable(first.location)), previous: plan.settings });
    if (again.kind !== 'ready') throw new Error(again.kind);
    expect(again.changes.columns.map((c) => [c.column, c.isNew])).toEqual(plan.changes.columns.map((c) => [c.column, false]));
  });

  it('a tolerance typed into a column the planner created is an input to the next Apply: it rates the row and is not written over', async () => {
    const host = kpiHost();
    const first = await tableOf(host.readSelectedTable());
    const request = { mapping: guessMapping(first.headers), edits: new Map(), mode: 'values' as const, overwrite: false };
    const plan = planApply({ ...request, defaults: DEFAULTS, table: first, previous: null });
    if (plan.kind !== 'ready') throw new Error(plan.kind);
    await host.apply(plan.changes);
    const amber = plan.settings.addedColumns.find((added) => added.kind === 'amberTolerance')!.column;
    expect(host.cell(cellAddress(1, amber)).value).toBe('5%'); // K1, 42 against 50: Red with 5% of the target
    host.setCell(cellAddress(1, amber), 10);

    // Read back at the table's own width: the created columns lie right of it.
    const table = await tableOf(host.readTable(first.location));
    const again = planApply({ ...request, defaults: { ...DEFAULTS, otherAmber: '20%' }, table, previous: plan.settings });
    if (again.kind !== 'ready') throw new Error(again.kind);
    expect(again.rows.map((row) => row.amberTolerance)).toEqual(['10', '20%', '5pp']);
    expect(again.rows[0].status).toMatchObject({ rag: 'Amber' });
    expect(again.changes.columns.find((c) => c.column === amber)!.cells).toEqual([null, { value: '20%' }, null]);
  });
});
