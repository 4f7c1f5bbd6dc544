/**
 * One contract for every workbook host: the in-memory host (demo page, pane tests), the
 * .xlsx host (files for LibreOffice) and the Office host on the sync-counting fake Excel
 * must leave the same workbook after the same presses, through the real planner. Where
 * they once disagreed (what removing or inserting a table column does to word formats and
 * dropdowns, a column written beside a table, a table with "RAG" of its own), this suite
 * holds them to one answer.
 */
import { cellAddress } from '../../src/excel/a1';
import { type ApplyPlan, planApply, planRemoval } from '../../src/plan/apply-plan';
import { runApply } from '../../src/plan/run-apply';
import { type KpiSettings, parseSettings } from '../../src/plan/settings';
import { type ColumnMapping, DEFAULTS, type OutputMode, type TableDefaults } from '../../src/plan/table-model';
import { type SummaryWrite, type TableSnapshot, type XmrChartWrite } from '../../src/excel/workbook-host';
import { type CellValue } from '../../src/kpi/cell';
import { ragFor } from '../../src/kpi/rag';
import { SUBJECTS, SHEET, type Subject, type SubjectSeed } from '../support/host-subjects';

const HEADERS = ['Ref', 'Measure', 'Actual', 'Target', 'Polarity', 'Last year'];
const BODY: CellValue[][] = [
  ['H1', 'Households in temporary accommodation', 412, 450, 'Low', 430],
  ['A2', 'Calls answered within 60s', 0.84, 0.86, 'High', 0.9],
  ['W3', 'Residual waste per household (kg)', null, 500, 'Low', 520],
  ['S4', 'Staff turnover', 12, '10-14', 'Band', 15],
];
const MAPPING: ColumnMapping = { ref: 0, measure: 1, actual: 2, target: 3, polarity: 4, previous: 5, lastYear: null, baseline: null, amberTolerance: null, greenTolerance: null };

type Ready = Extract<ApplyPlan, { kind: 'ready' }>;

async function read(subject: Subject): Promise<TableSnapshot> {
  const result = await subject.host.readSelectedTable();
  if (result.kind !== 'table') throw new Error(result.reason);
  return result.table;
}

interface Press {
  table: TableSnapshot;
  mode: OutputMode;
  previous?: KpiSettings | null;
  mapping?: ColumnMapping;
  defaults?: TableDefaults;
  overwrite?: boolean;
}

async function press(subject: Subject, { table, mode, previous = null, mapping = MAPPING, defaults = DEFAULTS, overwrite = false }: Press) {
  const run = await runApply(subject.host, { table, mapping, defaults, edits: new Map(), mode, previous, overwrite });
  return run;
}

function ready(plan: ApplyPlan): Ready {
  if (plan.kind !== 'ready') throw new Error(`the plan is ${plan.kind}`);
  return plan;
}

const headersOf = (subject: Subject, count: number) => Array.from({ length: count }, (_, c) => subject.content(0, c));

describe.each(SUBJECTS)('%s', (_name, make) => {
  const seed = (asTable: boolean, rows = BODY, headers = HEADERS): SubjectSeed => ({ rows: [headers, ...rows], asTable });

  describe.each([
    ['an Excel table', true],
    ['a plain range', false],
  ])('Portable on %s', (_kind, asTable) => {
    it('adds the columns (through the table, or beside the range) and every formula reads its own row, as planned', async () => {
      const subject = make(seed(asTable));
      const run = await press(subject, { table: await read(subject), mode: 'portable' });
      const plan = ready(run.plan);
      const added = plan.changes.columns.filter((write) => write.isNew);
      expect(subject.tableWidth()).toBe(asTable ? HEADERS.length + added.length : null);
      for (const write of added) expect(subject.content(0, write.column)).toBe(write.header);
      // What each cell holds after all the inserts is what the plan wrote there: no insert moved a reference.
      for (const write of plan.changes.columns) {
        write.cells.forEach((cell, i) => {
          if (cell !== null && 'formula' in cell) {
            expect(subject.content(1 + i, write.column)).toBe(cell.formula);
            for (const [, row] of cell.formula.matchAll(/\$?[A-Z]{1,3}\$?(\d+)/g)) expect(Number(row)).toBe(2 + i);
          }
        });
      }
      expect(run.table.headers.slice(HEADERS.length)).toEqual(asTable ? added.map((write) => write.header) : []);
      expect(subject.wordFormatColumns()).toEqual(plan.changes.wordFormats.map((format) => format.column).sort((a, b) => a - b));
      expect(subject.dropdown(4, 1, BODY.length)).toBe('High,Low,Band,Target,Context');
    });

    it('groups the helper columns once, collapsed; Apply again nests no level; Remove takes every added column, format, dropdown and group away', async () => {
      const subject = make(seed(asTable));
      const first = await press(subject, { table: await read(subject), mode: 'portable' });
      const again = await press(subject, { table: first.table, mode: 'portable', previous: first.settings });
      const [group] = ready(again.plan).changes.groups;
      expect(ready(again.plan).changes.columns.filter((write) => write.isNew)).toEqual([]);
      for (let c = group.firstColumn; c <= group.lastColumn; c++) expect(subject.outline(c)).toEqual({ level: 1, hidden: true });

      const { removal } = planRemoval(await read(subject), again.settings!);
      const after = await subject.host.remove(removal);
      expect(after.headers).toEqual(HEADERS);
      expect(subject.tableWidth()).toBe(asTable ? HEADERS.length : null);
      expect(headersOf(subject, HEADERS.length + 12)).toEqual([...HEADERS, ...Array(12).fill('')]);
      expect(subject.wordFormatColumns()).toEqual([]);
      expect(subject.dropdown(4, 1, BODY.length)).toBeNull();
      for (let c = group.firstColumn; c <= group.lastColumn; c++) expect(subject.outline(c)).toEqual({ level: 0, hidden: false });
      BODY.forEach((row, r) => row.forEach((value, c) => expect(subject.content(1 + r, c)).toBe(value === null ? '' : String(value))));
    });
  });

  it('Live: the tolerance columns the add-in adds are grouped and collapsed; Remove ungroups and takes them away', async () => {
    const subject = make(seed(true));
    const run = await press(subject, { table: await read(subject), mode: 'live' });
    const tolerances = run.settings!.addedColumns.filter((added) => added.kind.endsWith('Tolerance')).map((added) => added.column);
    expect(tolerances).toHaveLength(2);
    for (const column of tolerances) expect(subject.outline(column)).toEqual({ level: 1, hidden: true });
    const rag = run.settings!.addedColumns.find((added) => added.kind === 'rag')!.column;
    expect(subject.outline(rag)).toEqual({ level: 0, hidden: false });
    await subject.host.remove(planRemoval(await read(subject), run.settings!).removal);
    for (const column of tolerances) expect(subject.outline(column)).toEqual({ level: 0, hidden: false });
    expect(headersOf(subject, HEADERS.length + 4)).toEqual([...HEADERS, '', '', '', '']);
  });

  it('writes over cells beside a range only once the user agrees, and then writes what the plan says', async () => {
    // Two columns clear of the range, so not part of it, but where Apply's third new column goes.
    const subject = make({ ...seed(false), extra: { I2: 'note' } });
    const table = await read(subject);
    const asked = await press(subject, { table, mode: 'values' });
    expect(asked.plan).toEqual({ kind: 'confirm', cells: [`${SHEET}!I2`] });
    expect(subject.content(1, 8)).toBe('note');
    const agreed = await press(subject, { table, mode: 'values', overwrite: true });
    const write = ready(agreed.plan).changes.columns.find((column) => column.column === 8)!;
    const cell = write.cells[0];
    expect(cell).not.toBeNull();
    expect(subject.content(1, 8)).toBe(cell !== null && 'value' in cell ? String(cell.value ?? '') : 'unexpected formula');
  });

  it('beside an Excel table, a user’s cell in the way moves right with its dropdown as the table grows through it, and comes back on Remove', async () => {
    const subject = make({ ...seed(true), extra: { G2: 'note' } });
    subject.putDropdown(1, 6, ['note', 'done']);
    const agreed = await press(subject, { table: await read(subject), mode: 'values', overwrite: true });
    const added = ready(agreed.plan).changes.columns.filter((write) => write.isNew).length;
    expect(subject.content(1, 6 + added)).toBe('note');
    expect(subject.dropdown(6 + added, 1, 1)).toBe('note,done');
    expect(subject.dropdown(6, 1, 1)).toBeNull();
    await subject.host.remove(planRemoval(await read(subject), agreed.settings!).removal);
    expect(subject.content(1, 6)).toBe('note');
    expect(subject.dropdown(6, 1, 1)).toBe('note,done');
  });

  it('a table with "RAG", "DoT" and "Polarity" columns of its own: the add-in’s are RAG2, DoT2 and Polarity2, found again and removed alone', async () => {
    const headers = [...HEADERS.slice(0, 4), 'Last year', 'RAG', 'DoT', 'Polarity'];
    // High polarity for every row (the add-in's own Polarity2 column), so no band target.
    const rows = BODY.slice(0, 3).map((row) => [...row.slice(0, 4), row[5], 'G', 'Up', 'H']);
    const mapping: ColumnMapping = { ...MAPPING, polarity: null, previous: 4 };
    const defaults: TableDefaults = { ...DEFAULTS, polarity: 'High' };
    const subject = make(seed(true, rows, headers));
    const first = await press(subject, { table: await read(subject), mode: 'values', mapping, defaults });
    const added = ready(first.plan).changes.columns.filter((write) => write.isNew).map((write) => write.header);
    expect(added).toEqual(expect.arrayContaining(['RAG2', 'DoT2', 'Polarity2']));
    expect(first.table.headers).toEqual([...headers, ...added]);
    const again = await press(subject, { table: first.table, mode: 'values', mapping, defaults, previous: first.settings });
    expect(ready(again.plan).changes.columns.filter((write) => write.isNew)).toEqual([]);
    const after = await subject.host.remove(planRemoval(await read(subject), again.settings!).removal);
    expect(after.headers).toEqual(headers);
    rows.forEach((_row, r) => expect(subject.content(1 + r, 5)).toBe('G'));
  });

  it('a column written beside an Excel table (not through it) is cleared by Remove, with its word format; the table keeps its width', async () => {
    const subject = make(seed(true));
    const table = await read(subject);
    const location = table.location;
    const column = location.firstColumn + location.columnCount + 1; // a gap: not the table's next column
    await subject.host.apply({
      location,
      columns: [{ column, header: 'RAG', isNew: true, cells: BODY.map(() => ({ value: 'Green' })), numberFormat: null }],
      wordFormats: [{ column, styles: [{ word: 'Green', fill: '#B8E0C2', font: '#0B3B1C' }] }],
      validations: [],
      groups: [],
      settings: '{}',
    });
    expect(subject.tableWidth()).toBe(HEADERS.length);
    expect(subject.wordFormatColumns()).toEqual([column]);
    await subject.host.remove({ location, columns: [column], clearValidations: [], groups: [], sheets: [], settings: null });
    expect(subject.content(0, column)).toBe('');
    expect(subject.content(1, column)).toBe('');
    expect(subject.wordFormatColumns()).toEqual([]);
    expect(subject.tableWidth()).toBe(HEADERS.length);
  });

  it('an actual changed in the sheet since the pane read it: Apply plans again and writes the word for the new figure', async () => {
    const subject = make(seed(true));
    const table = await read(subject);
    subject.type(1, 2, 470); // H1 was 412 against a Low target of 450: Green; 470 is over it
    const run = await press(subject, { table, mode: 'values' });
    const plan = ready(run.plan);
    expect(run.changed).toEqual([]);
    expect(run.replanned).toEqual([`${SHEET}!${cellAddress(1, 2)}`]);
    const rag = plan.changes.columns.find((write) => write.header === 'RAG')!;
    const word = ragFor({ actual: 470, target: 450, polarity: 'Low', amberTolerance: DEFAULTS.otherAmber, greenTolerance: DEFAULTS.otherGreen });
    expect(word).not.toBe('Green');
    expect(subject.content(1, rag.column)).toBe(word);
  });

  it('a cell Apply would write, typed into since the read: nothing is written and the cell is named', async () => {
    const subject = make(seed(false));
    const first = await press(subject, { table: await read(subject), mode: 'values' });
    const rag = ready(first.plan).changes.columns.find((write) => write.header === 'RAG')!.column;
    subject.type(2, rag, 'Amber?');
    const run = await press(subject, { table: first.table, mode: 'values', previous: first.settings });
    expect(run.changed).toEqual([`${SHEET}!${cellAddress(2, rag)}`]);
    expect(subject.content(2, rag)).toBe('Amber?');
  });

  it('keeps the settings it is given, and gives them back as saved', async () => {
    const subject = make(seed(false));
    const run = await press(subject, { table: await read(subject), mode: 'portable' });
    const saved = parseSettings(await subject.host.readSettings());
    expect(saved).toEqual({ kind: 'ok', settings: run.settings });
  });

  it('replaces its own summary sheet instead of adding another', async () => {
    const subject = make(seed(false));
    const summary = (count: number): SummaryWrite => ({
      sheetName: 'KPI summary',
      cells: [[{ value: 'Rating' }, { value: 'Measures' }, { value: 'Share' }], [{ value: 'Green' }, { value: count }, { value: count / 4 }]],
      chart: { title: 'RAG ratings', firstRow: 1, rowCount: 1 },
      settings: '{"summary":true}',
    });
    await subject.host.writeSummary(summary(3));
    await subject.host.writeSummary(summary(1));
    expect((await subject.host.sheetNames()).filter((name) => name.toLowerCase().startsWith('kpi summary'))).toEqual(['KPI summary']);
    expect(subject.sheetValues('KPI summary', 2, 3)).toEqual([['Rating', 'Measures', 'Share'], ['Green', 1, 0.25]]);
    expect(await subject.host.readSettings()).toBe('{"summary":true}');
  });

  it('Remove deletes the sheets it is given by name, whatever their case, skips a name no sheet has, and keeps the last sheet', async () => {
    const subject = make(seed(false));
    const { location } = await read(subject);
    await subject.host.writeSummary({ ...SUMMARY, sheetName: 'KPI summary' });
    await subject.host.writeSummary({ ...SUMMARY, sheetName: 'KPI summary 2' });
    // Settings null: the .xlsx host's hidden settings sheet goes too, so only these sheets are left.
    const visible = () => subject.host.sheetNames();
    const removal = { location, columns: [], clearValidations: [], groups: [], settings: null };
    await subject.host.remove({ ...removal, sheets: ['kpi SUMMARY', 'KPI summary (renamed)'] });
    expect(await visible()).toEqual([SHEET, 'KPI summary 2']);
    // Every sheet named: Excel refuses to delete the last visible one, so the first stays.
    await subject.host.remove({ ...removal, sheets: ['KPI summary 2', SHEET] });
    expect(await visible()).toEqual([SHEET]);
    expect(subject.content(1, 1)).toBe(String(BODY[0][1]));
  });
});

describe.each(SUBJECTS)('%s: XmR chart sheets', (_name, make) => {
  const seed = (): SubjectSeed => ({ rows: [HEADERS, ...BODY], asTable: false });
  const chart = (sheetName: string, latest: number): XmrChartWrite => ({
    sheetName,
    title: `${sheetName}: XmR chart`,
    cells: [
      ['Values as at 1 December 2026.'],
      [],
      ['Period', 'Value', 'Mean', 'Concern'],
      ['Apr-24', 10, 11, null],
      ['May-24', 12, 11, null],
      ['Jun-24', latest, 11, latest],
    ],
    data: { headerRow: 2, rowCount: 3 },
    series: [
      { column: 1, draw: 'line', color: '#1F4E79' },
      { column: 2, draw: 'dashed', color: '#595959' },
      { column: 3, draw: 'markers', color: '#B85C00', marker: 'square' },
    ],
    numberFormat: '0.0',
  });

  it('writes every chart’s sheet in one call, with its data as plain values and its series as asked; a second call replaces its own sheets', async () => {
    const subject = make(seed());
    await subject.host.writeXmrCharts([chart('XmR Admissions', 30), chart('XmR Delays', 9)], '{"charts":1}');
    await subject.host.writeXmrCharts([chart('XmR Admissions', 31)], '{"charts":2}');
    expect((await subject.host.sheetNames()).filter((name) => name.startsWith('XmR'))).toEqual(['XmR Admissions', 'XmR Delays']);
    expect(subject.sheetValues('XmR Admissions', 6, 4)).toEqual([
      ['Values as at 1 December 2026.', null, null, null],
      [null, null, null, null],
      ['Period', 'Value', 'Mean', 'Concern'],
      ['Apr-24', 10, 11, null],
      ['May-24', 12, 11, null],
      ['Jun-24', 31, 11, 31],
    ]);
    expect(await subject.host.readSettings()).toBe('{"charts":2}');
    // The figures in the measure's own format; the periods and headers as they are.
    expect([subject.numberFormat('XmR Admissions', 3, 1), subject.numberFormat('XmR Admissions', 5, 3)]).toEqual(['0.0', '0.0']);
    expect([subject.numberFormat('XmR Admissions', 3, 0), subject.numberFormat('XmR Admissions', 2, 1)]).toEqual(['General', 'General']);
    const charts = subject.lineCharts('XmR Admissions');
    if (charts === null) return; // exceljs writes no charts: the data cells are the whole of it there
    expect(charts).toEqual([
      {
        title: 'XmR Admissions: XmR chart',
        series: [
          { name: 'Value', values: 'B4:B6', periods: 'A4:A6', draw: 'line', color: '#1F4E79' },
          { name: 'Mean', values: 'C4:C6', periods: 'A4:A6', draw: 'dashed', color: '#595959' },
          { name: 'Concern', values: 'D4:D6', periods: 'A4:A6', draw: 'markers', color: '#B85C00', marker: 'square' },
        ],
      },
    ]);
  });

  it('refuses a chart with no period rows and writes nothing', async () => {
    const subject = make(seed());
    const before = await subject.host.sheetNames();
    const empty = { ...chart('XmR Empty', 1), data: { headerRow: 2, rowCount: 0 } };
    await expect(subject.host.writeXmrCharts([chart('XmR Fine', 1), empty], '{}')).rejects.toThrow('must name at least one period row');
    expect(await subject.host.sheetNames()).toEqual(before);
    const noSeries = { ...chart('XmR Bare', 1), series: [] };
    await expect(subject.host.writeXmrCharts([noSeries], '{}')).rejects.toThrow('chart XmR Bare must name at least one period row and one series');
    expect(await subject.host.sheetNames()).toEqual(before);
  });
});

const SUMMARY: SummaryWrite = {
  sheetName: 'KPI summary',
  cells: [[{ value: 'Rating' }, { value: 'Measures' }], [{ value: 'Green' }, { value: 1 }]],
  chart: { title: 'RAG ratings', firstRow: 1, rowCount: 1 },
  settings: '{}',
};

describe('structure before values, on the fake Excel that moves references on insert', () => {
  it('a formula written before a table column is added would point past its cells: the fake models it', async () => {
    const { officeSubject } = await import('../support/host-subjects');
    const subject = officeSubject({ rows: [HEADERS, ...BODY], asTable: true });
    subject.excel.sheet(SHEET).fill(1, 6, [['=IF(C2>=H2,"Green","Red")']]);
    await subject.excel.run(async (context) => {
      context.workbook.tables.getItem('Kpis').columns.add(-1, undefined, 'RAG');
      await context.sync();
    });
    // The formula in G2 moved to H2 with the cells, and its reference to H2 moved to I2.
    expect(subject.content(1, 7)).toBe('=IF(C2>=I2,"Green","Red")');
  });

  it('the plan the host writes needs no second press: Apply again writes nothing new', async () => {
    const { officeSubject } = await import('../support/host-subjects');
    const subject = officeSubject({ rows: [HEADERS, ...BODY], asTable: true });
    const first = await press(subject, { table: await read(subject), mode: 'portable' });
    const plan = ready(first.plan);
    const again = ready(planApply({ table: first.table, mapping: MAPPING, defaults: DEFAULTS, edits: new Map(), mode: 'portable', previous: first.settings, overwrite: false }));
    // Every formula the second plan would write is the one already there.
    for (const write of again.changes.columns) {
      write.cells.forEach((cell, i) => {
        if (cell !== null && 'formula' in cell) expect(subject.content(1 + i, write.column)).toBe(cell.formula);
      });
    }
    expect(plan.rows.filter((row) => row.status.kind === 'rated').length).toBe(BODY.length);
  });
});
