/**
 * A colleague types over the add-in's ratings in a shared workbook: Apply again asks before
 * writing over those cells, Remove names them before deleting them, and cells the add-in
 * wrote itself (a fixed Portable word, "Not rated", "Check") are never taken for typing.
 */
import { MemoryWorkbookHost, type SeedCell } from '../../src/excel/memory-host';
import { type TableSnapshot } from '../../src/excel/workbook-host';
import { planApply, planRemoval } from '../../src/plan/apply-plan';
import { runApply } from '../../src/plan/run-apply';
import { type KpiSettings } from '../../src/plan/settings';
import { DEFAULTS, type OutputMode, guessMapping } from '../../src/plan/table-model';
import { typedOverCells } from '../../src/plan/typed-over';
import { ownedColumns } from '../../src/plan/apply-plan';

// As a council keeps it: a code, free text in the figures, a row with no polarity.
const CELLS: SeedCell[][] = [
  ['Ref', 'Measure', 'Polarity', 'Target', 'Previous', 'Actual'],
  ['ASC01', 'Reviews completed on time', 'High', { value: 0.85, numberFormat: '0%' }, { value: 0.8, numberFormat: '0.0%' }, { value: 0.83, numberFormat: '0.0%' }],
  ['ASC02', 'Delayed transfers of care (days)', 'Low', 1050, 1210, 1120],
  ['HSG03', 'Homes built', 'High', 1200, 1100, '84.5k'],
  ['PH04', 'Smoking quitters', '', 900, 870, 950],
  ['PH05', 'Health checks offered', 'High', 20000, 19500, 21040],
];

async function appliedIn(mode: OutputMode): Promise<{ host: MemoryWorkbookHost; settings: KpiSettings }> {
  const host = new MemoryWorkbookHost({ sheets: [{ name: 'KPIs', cells: CELLS, at: 'A1' }], tables: [], selection: 'KPIs!B2' });
  const table = await read(host);
  const run = await runApply(host, { table, mapping: guessMapping(table.headers), defaults: DEFAULTS, edits: new Map(), mode, previous: null, overwrite: false });
  if (run.plan.kind !== 'ready' || run.settings === null) throw new Error(`Apply did not write: ${run.plan.kind}`);
  return { host, settings: run.settings };
}

async function read(host: MemoryWorkbookHost): Promise<TableSnapshot> {
  const result = await host.readSelectedTable();
  if (result.kind !== 'table') throw new Error(result.reason);
  return result.table;
}

/** The letter of the add-in's column of this kind. */
function letterOf(settings: KpiSettings, kind: 'rag' | 'direction'): string {
  const column = settings.addedColumns.find((added) => added.kind === kind)!.column;
  return String.fromCharCode(65 + column);
}

function typedOver(table: TableSnapshot, settings: KpiSettings): string[] {
  return typedOverCells(table, settings, ownedColumns(table, settings));
}

describe('cells of the add-in’s word columns typed over in the sheet', () => {
  it('Portable: text or a word typed over a formula is the colleague’s; the fixed word of a row formulas cannot read, and Check, are the add-in’s', async () => {
    const { host, settings } = await appliedIn('portable');
    const [rag, dot] = [letterOf(settings, 'rag'), letterOf(settings, 'direction')];
    const before = await read(host);
    expect(before.values[2][before.headers.indexOf('Fixed at Apply')]).toMatch(/RAG/); // 84.5k: the RAG is a fixed value
    expect(host.cell(`KPIs!${rag}5`).value).toBe('Check'); // no polarity
    expect(typedOver(before, settings)).toEqual([]);
    // Leaving Portable, Apply takes the Fixed at Apply column away before it writes: the fixed word is still its own.
    const withoutMark = ownedColumns(before, settings).filter((added) => added.kind !== 'fixedAtApply');
    expect(typedOverCells(before, settings, withoutMark)).toEqual([]);

    host.setCell(`KPIs!${rag}2`, 'Amber - agreed at DMT');
    host.setCell(`KPIs!${rag}3`, 'Amber');
    host.setCell(`KPIs!${dot}6`, 'Better');
    expect(typedOver(await read(host), settings)).toEqual([`KPIs!${rag}2`, `KPIs!${rag}3`, `KPIs!${dot}6`]);
  });

  it('Live: any word where the add-in wrote a formula is typed; Values: only what is none of its words (a typed "Amber" cannot be told from its own)', async () => {
    const live = await appliedIn('live');
    const liveRag = letterOf(live.settings, 'rag');
    live.host.setCell(`KPIs!${liveRag}2`, 'Green');
    expect(typedOver(await read(live.host), live.settings)).toEqual([`KPIs!${liveRag}2`]);

    const values = await appliedIn('values');
    const valuesRag = letterOf(values.settings, 'rag');
    values.host.setCell(`KPIs!${valuesRag}2`, 'Amber');
    values.host.setCell(`KPIs!${valuesRag}3`, 'G (officer view)');
    expect(typedOver(await read(values.host), values.settings)).toEqual([`KPIs!${valuesRag}3`]);
  });

  it('Apply again asks about the typed cells it would write over, and with Overwrite writes its formula there', async () => {
    const { host, settings } = await appliedIn('portable');
    const rag = letterOf(settings, 'rag');
    const written = host.cell(`KPIs!${rag}2`);
    host.setCell(`KPIs!${rag}2`, 'Amber - agreed at DMT');
    const table = await read(host);
    const request = { table, mapping: guessMapping(table.headers.slice(0, CELLS[0].length) as string[]), defaults: DEFAULTS, edits: new Map(), mode: 'portable' as const, previous: settings, overwrite: false };
    expect(planApply(request)).toEqual({ kind: 'confirm', cells: [`KPIs!${rag}2`] });

    const run = await runApply(host, { ...request, overwrite: true });
    expect(run.plan.kind).toBe('ready');
    expect(written.formula).toMatch(/^=IF/);
    expect(host.cell(`KPIs!${rag}2`)).toMatchObject({ value: written.value, formula: written.formula });
  });

  it('a typed cell Apply leaves alone (the DoT of a row it does not rate) is not asked about by Apply, but Remove names it', async () => {
    const { host, settings } = await appliedIn('portable');
    const dot = letterOf(settings, 'direction');
    host.setCell(`KPIs!${dot}5`, 'Improving - see narrative'); // PH04 has no polarity, so no DoT
    const table = await read(host);
    const mapping = guessMapping(table.headers.slice(0, CELLS[0].length) as string[]);
    expect(planApply({ table, mapping, defaults: DEFAULTS, edits: new Map(), mode: 'portable', previous: settings, overwrite: false }).kind).toBe('ready');
    expect(planRemoval(table, settings).typedOver).toEqual([`KPIs!${dot}5`]);
  });
});

describe('the Over time step’s word columns', () => {
  it('a variation or assurance typed over is named; the words the step writes, in any mode, are its own', () => {
    const table = {
      location: { sheet: 'ASC', tableName: null, headerRow: 0, firstColumn: 0, columnCount: 3, rowCount: 3 },
      headers: ['Measure', 'Variation as at 1 Dec 2026', 'Assurance as at 1 Dec 2026'],
      values: [
        ['Reablement', 'Common cause', 'Hit and miss'],
        ['Delayed transfers', 'Common cause – agreed at DMT', 'Not rated'],
        ['Carers', 'Special cause improving (low)', 'Passing, we think'],
      ],
      formulas: [[null, null, null], [null, null, null], [null, null, null]],
      numberFormats: [['General', 'General', 'General'], ['General', 'General', 'General'], ['General', 'General', 'General']],
      validations: [{ kind: 'none' as const }, { kind: 'none' as const }, { kind: 'none' as const }],
      beyond: [[], [], [], []],
    };
    const owned = [
      { kind: 'variation' as const, header: table.headers[1], column: 1 },
      { kind: 'assurance' as const, header: table.headers[2], column: 2 },
    ];
    for (const mode of ['portable', 'live', 'values'] as const) {
      const settings = { mode, addedColumns: owned } as unknown as KpiSettings;
      expect(typedOverCells(table, settings, owned)).toEqual(['ASC!B3', 'ASC!C4']);
    }
  });
});
