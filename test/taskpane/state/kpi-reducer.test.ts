import { LEICESTERSHIRE_2020_21 } from '../../../src/demo/data/leicestershire-2020-21';
import { QUARTERLY_HEADERS } from '../../../src/demo/data/quarterly-2024-25';
import { DEMO_SHEETS, demoWorkbook } from '../../../src/demo/demo-workbook';
import { type SeedMeasure, seedWorkbook } from '../../../src/demo/seed-tables';
import { MemoryWorkbookHost } from '../../../src/excel/memory-host';
import { type TableSnapshot } from '../../../src/excel/workbook-host';
import { type KpiSettings, SETTINGS_VERSION } from '../../../src/plan/settings';
import { DEFAULTS, guessMapping } from '../../../src/plan/table-model';
import { type KpiAction, type KpiState, initialState, kpiReducer } from '../../../src/taskpane/state/kpi-reducer';

const MEASURES = LEICESTERSHIRE_2020_21.slice(10, 16);
const NO_OPENING = { saved: null, table: null, message: null, status: '' };

async function read(measures: readonly SeedMeasure[], change?: (host: MemoryWorkbookHost) => void): Promise<TableSnapshot> {
  const host = new MemoryWorkbookHost(seedWorkbook(measures));
  change?.(host);
  const result = await host.readSelectedTable();
  if (result.kind !== 'table') throw new Error(result.reason);
  return result.table;
}

const run = (state: KpiState, ...actions: KpiAction[]) => actions.reduce(kpiReducer, state);
const found = (table: TableSnapshot): KpiAction => ({ type: 'tableFound', table, owned: new Set() });

describe('the pane’s state', () => {
  it('before any table: nothing mapped, the defaults, Portable, and the opening message and status', () => {
    const state = initialState({ ...NO_OPENING, message: { intent: 'warning', title: 'Saved settings not used', text: 'x' }, status: 'Restored' });
    expect(state).toMatchObject({ table: null, defaults: DEFAULTS, mode: 'portable', message: { title: 'Saved settings not used' }, status: { kind: 'text', text: 'Restored' } });
    expect(Object.values(state.mapping).every((column) => column === null)).toBe(true);
  });

  it('a table found for the first time gets the mapping its headers suggest, and a status worded when shown', async () => {
    const table = await read(MEASURES);
    const state = run(initialState(NO_OPENING), found(table));
    expect(state.mapping).toEqual(guessMapping(table.headers));
    expect(state.status).toEqual({ kind: 'found', location: table.location });
  });

  it('reading the same table again keeps the mapping chosen and the edits not yet applied, with the sheet’s new values', async () => {
    const table = await read(MEASURES);
    const edited = run(
      initialState(NO_OPENING),
      found(table),
      { type: 'columnChosen', role: 'previous', column: null },
      { type: 'rowsEdited', indexes: [2], edit: { amberTolerance: '1pp' } },
    );
    const again = await read(MEASURES, (host) => host.setCell('KPIs!E3', 0.5));
    const state = kpiReducer(edited, found(again));
    expect(state.mapping.previous).toBeNull();
    expect(state.edits).toEqual(new Map([[2, { amberTolerance: '1pp' }]]));
    expect(state.table?.values[1][4]).toBe(0.5);
    expect(state.message).toBeNull();
  });

  it('an edit follows its measure when rows have been inserted above it', async () => {
    const table = await read(MEASURES);
    const edited = run(initialState(NO_OPENING), found(table), { type: 'rowsEdited', indexes: [3], edit: { target: '90%' } });
    const inserted = await read([LEICESTERSHIRE_2020_21[0], LEICESTERSHIRE_2020_21[1], ...MEASURES]);
    expect(kpiReducer(edited, found(inserted)).edits).toEqual(new Map([[5, { target: '90%' }]]));
  });

  it('an edit whose measure is gone, or now has a twin of the same ref and name, is dropped and the pane says so', async () => {
    const table = await read(MEASURES);
    const edited = run(
      initialState(NO_OPENING),
      found(table),
      { type: 'rowsEdited', indexes: [0], edit: { polarity: 'Low' } },
      { type: 'rowsEdited', indexes: [1, 5], edit: { polarity: 'High' } },
    );
    // A copy of the second measure above the first; the last measure deleted.
    const changed = await read([MEASURES[1], MEASURES[0], MEASURES[1], ...MEASURES.slice(2, 5)]);
    const state = kpiReducer(edited, found(changed));
    expect(state.edits).toEqual(new Map([[1, { polarity: 'Low' }]]));
    expect(state.message?.title).toBe('2 edits not kept.');
  });

  it('a mapped column is followed to where its header now is when a column is inserted before it', async () => {
    const table = await read(MEASURES);
    const edited = run(initialState(NO_OPENING), found(table), { type: 'columnChosen', role: 'previous', column: null });
    const host = new MemoryWorkbookHost({
      sheets: [{ name: 'KPIs', cells: [['Notes', ...table.headers], ...table.values.map((row) => ['', ...row.map((cell) => cell ?? '')])] }],
      selection: 'KPIs!B1',
    });
    const shifted = await host.readSelectedTable();
    if (shifted.kind !== 'table') throw new Error(shifted.reason);
    const state = kpiReducer(edited, found(shifted.table));
    expect(state.mapping).toMatchObject({ ref: 1, measure: 2, polarity: 3, target: 4, actual: 5, previous: null });
  });

  it('another table starts afresh; the table the saved settings name gets their mapping back', async () => {
    const table = await read(MEASURES);
    const other = await read(MEASURES, () => undefined);
    const moved: TableSnapshot = { ...other, location: { ...other.location, sheet: 'Other' } };
    const edited = run(initialState(NO_OPENING), found(table), { type: 'rowsEdited', indexes: [0], edit: { polarity: 'Low' } });
    expect(kpiReducer(edited, found(moved)).edits.size).toBe(0);

    const saved: KpiSettings = {
      version: SETTINGS_VERSION,
      location: table.location,
      mapping: { ...guessMapping(table.headers), previous: null },
      defaults: { ...DEFAULTS, percentGreen: '0.5pp' },
      mode: 'live',
      palette: 'standard',
      addedColumns: [],
      addedValidations: [],
      summarySheet: null,
    };
    const reopened = run(initialState({ ...NO_OPENING, saved }), found(table));
    expect(reopened).toMatchObject({ mapping: { previous: null }, defaults: { percentGreen: '0.5pp' }, mode: 'live' });
  });

  it('following the sheet keeps the status and any message; a find replaces them', async () => {
    const table = await read(MEASURES);
    const before = run(initialState(NO_OPENING), found(table), { type: 'failed', message: { intent: 'error', title: 't', text: 'x' } });
    const followed = kpiReducer(before, { type: 'tableRefreshed', table, owned: new Set() });
    expect(followed.message?.title).toBe('t');
    expect(followed.status.kind).toBe('found');
    expect(kpiReducer(followed, { type: 'messageDismissed' }).message).toBeNull();
  });

  it('bulk edits merge with each row’s earlier edits', async () => {
    const table = await read(MEASURES);
    const state = run(
      initialState(NO_OPENING),
      found(table),
      { type: 'rowsEdited', indexes: [1], edit: { target: '80%' } },
      { type: 'rowsEdited', indexes: [1, 2], edit: { polarity: 'Low', greenTolerance: '1pp' } },
    );
    expect(state.edits).toEqual(
      new Map([
        [1, { target: '80%', polarity: 'Low', greenTolerance: '1pp' }],
        [2, { polarity: 'Low', greenTolerance: '1pp' }],
      ]),
    );
  });

  it('Apply that wrote clears the edits, now in the sheet; Apply that stopped keeps them and asks', async () => {
    const table = await read(MEASURES);
    const edited = run(initialState(NO_OPENING), found(table), { type: 'rowsEdited', indexes: [0], edit: { polarity: 'Low' } });
    const settings = { version: SETTINGS_VERSION } as KpiSettings;
    const stopped = kpiReducer(edited, { type: 'appliedNothing', table, settings: null, message: null, overwriteCells: ['KPIs!G1'] });
    expect(stopped).toMatchObject({ overwriteCells: ['KPIs!G1'], edits: edited.edits });
    expect(kpiReducer(stopped, { type: 'overwriteCancelled' })).toMatchObject({ overwriteCells: null, status: { text: 'Nothing was written.' } });
    const applied = kpiReducer(edited, { type: 'applied', table, settings, status: 'Applied (Live)', message: null });
    expect(applied).toMatchObject({ saved: settings, status: { kind: 'text', text: 'Applied (Live)' } });
    expect(applied.edits.size).toBe(0);
  });

  it('starting a button’s work clears the last message, status and questions; the polarity question waits for an answer', async () => {
    const table = await read(MEASURES);
    const asked = run(initialState(NO_OPENING), found(table), { type: 'polarityAsked', rows: [1, 3] }, { type: 'failed', message: { intent: 'error', title: 't', text: 'x' } });
    expect(asked.polarityQuestion).toEqual([1, 3]);
    expect(kpiReducer(asked, { type: 'polarityQuestionClosed' }).polarityQuestion).toBeNull();
    expect(kpiReducer(asked, { type: 'started', action: 'apply' })).toMatchObject({ busy: 'apply', message: null, status: { kind: 'none' }, polarityQuestion: null });
    expect(kpiReducer(kpiReducer(asked, { type: 'started', action: 'apply' }), { type: 'finished' }).busy).toBeNull();
  });

  it('the filter and the search are kept as chosen', () => {
    const state = run(initialState(NO_OPENING), { type: 'filterChosen', filter: 'Red' }, { type: 'searched', search: 'carers' });
    expect(state).toMatchObject({ filter: 'Red', search: 'carers' });
  });
});

describe('the periods of a table with a column per quarter', () => {
  const column = (header: (typeof QUARTERLY_HEADERS)[number]) => QUARTERLY_HEADERS.indexOf(header);

  async function readQuarterly(change?: (host: MemoryWorkbookHost) => void): Promise<TableSnapshot> {
    const host = new MemoryWorkbookHost({ ...demoWorkbook(), selection: `${DEMO_SHEETS.quarterly}!A1` });
    change?.(host);
    const result = await host.readSelectedTable();
    if (result.kind !== 'table') throw new Error(result.reason);
    return result.table;
  }

  it('are kept with the one rated, the latest with figures, and what was chosen and why', async () => {
    const state = run(initialState(NO_OPENING), found(await readQuarterly()));
    expect(state.periods.map((p) => [p.label, p.column])).toEqual([
      ['Q3 2023/24', column('Q3 2023/24')],
      ['Q1 2024/25', column('Q1 2024/25')],
      ['Q2 2024/25', column('Q2 2024/25')],
      ['Q3 2024/25', column('Q3 2024/25')],
    ]);
    expect(state.period).toBe('Q3 2024/25');
    expect(state.mapping).toMatchObject({ actual: column('Q3 2024/25'), previous: column('Q2 2024/25'), lastYear: column('Q3 2023/24'), target: column('Q3 target') });
    expect(state.periodNotes).toEqual(['Rating Q3 2024/25, the latest period with figures.']);
  });

  it('choosing another period re-proposes its columns and keeps the other roles and the edits not yet applied', async () => {
    const table = await readQuarterly();
    const state = run(
      initialState(NO_OPENING),
      found(table),
      { type: 'columnChosen', role: 'amberTolerance', column: null },
      { type: 'rowsEdited', indexes: [4], edit: { polarity: 'Low' } },
      { type: 'periodChosen', period: 'Q2 2024/25', owned: new Set() },
    );
    expect(state.mapping).toMatchObject({ actual: column('Q2 2024/25'), previous: column('Q1 2024/25'), lastYear: null, amberTolerance: null, polarity: column('Good is') });
    expect(state.period).toBe('Q2 2024/25');
    expect(state.periodNotes).toContain('No target for Q2 2024/25: rated against the target for Q3 2024/25.');
    expect(state.edits).toEqual(new Map([[4, { polarity: 'Low' }]]));
  });

  it('choosing Actual by hand moves the period and leaves the proposal’s notes behind; reading again keeps the period chosen', async () => {
    const chosen = run(initialState(NO_OPENING), found(await readQuarterly()), { type: 'columnChosen', role: 'actual', column: column('Q1 2024/25') });
    expect(chosen).toMatchObject({ period: 'Q1 2024/25', periodNotes: [] });
    expect(kpiReducer(chosen, { type: 'columnChosen', role: 'actual', column: column('Ref') }).period).toBeNull();
    const picked = kpiReducer(chosen, { type: 'periodChosen', period: 'Q2 2024/25', owned: new Set() });
    const again = kpiReducer(picked, found(await readQuarterly((host) => host.setCell(`${DEMO_SHEETS.quarterly}!F2`, 57))));
    expect(again).toMatchObject({ period: 'Q2 2024/25', mapping: { actual: column('Q2 2024/25') } });
    expect(again.periodNotes[0]).toBe('Rating Q2 2024/25.');
  });
});

describe('the Over time step’s state', () => {
  it('picks and unpicks measures for charts, and a different table starts with none picked', async () => {
    const table = await read(MEASURES);
    const picked = run(initialState(NO_OPENING), found(table), { type: 'chartPicked', rows: [1, 3], picked: true }, { type: 'chartPicked', rows: [1], picked: false });
    expect([...picked.chartPicks]).toEqual([3]);
    expect([...run(picked, found(table)).chartPicks]).toEqual([3]);
    const moved = { ...table, location: { ...table.location, sheet: 'Elsewhere' } };
    expect(run(picked, found(moved)).chartPicks.size).toBe(0);
  });

  it('a row inserted above a picked measure, seen when following the sheet, moves the pick with its measure', async () => {
    const table = await read(MEASURES);
    const picked = run(initialState(NO_OPENING), found(table), { type: 'chartPicked', rows: [3], picked: true });
    const grown = await read([MEASURES[0], { ...MEASURES[1], measure: 'A measure typed in above' }, ...MEASURES.slice(1)]);
    const followed = kpiReducer(picked, { type: 'tableRefreshed', table: grown, owned: new Set() });
    expect([...followed.chartPicks].map((row) => grown.values[row][followed.mapping.measure!])).toEqual([MEASURES[3].measure]);
  });

  it('changes one method option at a time; writing over time keeps the edits not yet applied', async () => {
    const table = await read(MEASURES);
    const state = run(initialState(NO_OPENING), found(table), { type: 'overTimeOptionsChanged', change: { ruleLength: 6 } }, { type: 'rowsEdited', indexes: [0], edit: { target: '9' } });
    expect(state.overTime).toEqual({ baselinePoints: null, screenOutliers: true, ruleLength: 6 });
    const settings = { version: SETTINGS_VERSION, location: table.location, mapping: state.mapping, defaults: DEFAULTS, mode: 'live', palette: 'standard', addedColumns: [], addedValidations: [], summarySheet: null } satisfies KpiSettings;
    const written = run(state, { type: 'overTimeWritten', table, settings, status: 'Wrote', message: null });
    expect(written.edits.get(0)).toEqual({ target: '9' });
    expect(written.saved).toBe(settings);
  });
});
