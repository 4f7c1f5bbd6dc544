/**
 * The Office host inside Excel on the web's payload limits, and the fake Excel keeping
 * Excel's rules that decide correctness: size caps, unique headers, references moved by
 * inserts and deletes.
 */
import { a1FormulaOf } from '../../src/excel/formula-refs';
import { OfficeWorkbookHost } from '../../src/excel/office-host';
import fc from 'fast-check';
import { jsonBytes, rowChunks, utf8Bytes } from '../../src/excel/office-payload';
import { planApply } from '../../src/plan/apply-plan';
import { runApply } from '../../src/plan/run-apply';
import { DEFAULTS, guessMapping } from '../../src/plan/table-model';
import { COLUMNS_READ_BEYOND_TABLE, PAYLOAD_BUDGET_BYTES, type TableSnapshot, type WorkbookChanges } from '../../src/excel/workbook-host';
import { columnLetters } from '../../src/excel/a1';
import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT_BYTES, kpiWorkbook } from '../support/sync-counting-excel';

const hostFor = (excel: FakeExcel) => new OfficeWorkbookHost(excel.run, () => true);

async function readTable(excel: FakeExcel): Promise<TableSnapshot> {
  const result = await hostFor(excel).readSelectedTable();
  if (result.kind !== 'table') throw new Error(result.reason);
  return result.table;
}

describe('the fake Excel keeps what Excel enforces', () => {
  it('refuses a request over 5 MB, running nothing of it', async () => {
    const { excel } = kpiWorkbook({ rows: 2 });
    const big = 'x'.repeat(PAYLOAD_LIMIT_BYTES);
    const failing = excel.run(async (context) => {
      context.workbook.worksheets.getItem('KPIs').getRange('H1').values = [[big]];
      await context.sync();
    });
    await expect(failing).rejects.toThrow(FakeOfficeError);
    await expect(failing).rejects.toThrow('RequestPayloadSizeLimitExceeded');
    expect(excel.sheet('KPIs').get(0, 7).value).toBe('');
  });

  it('refuses a response over 5 MB', async () => {
    const { excel } = kpiWorkbook({ rows: 2 });
    excel.sheet('KPIs').fill(0, 7, [['y'.repeat(PAYLOAD_LIMIT_BYTES)]]);
    const failing = excel.run(async (context) => {
      context.workbook.worksheets.getItem('KPIs').getRange('H1').load('values');
      await context.sync();
    });
    await expect(failing).rejects.toThrow('ResponsePayloadSizeLimitExceeded');
  });

  it('a table of long cells, read with an earlier snapshot to size by, is never refused; guessed, it is refused and read again', async () => {
    const { excel, location } = kpiWorkbook({ rows: 2_000 });
    // Long text in every body cell of one column, as Live formulas or commentary make: far beyond the guessed row size.
    excel.sheet('KPIs').fill(1, 1, Array.from({ length: 2_000 }, () => ['m'.repeat(4_000)]));
    excel.resetCounters();
    const guessed = await hostFor(excel).readTable(location);
    if (guessed.kind !== 'table') throw new Error(guessed.reason);
    expect(excel.payloads.some((p) => p.response > PAYLOAD_LIMIT_BYTES)).toBe(true);
    excel.resetCounters();
    const sized = await hostFor(excel).readTable(location, guessed.table);
    expect(sized.kind === 'table' && sized.table.values).toEqual(guessed.table.values);
    expect(Math.max(...excel.payloads.map((p) => p.response))).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  }, 60_000);

  it('renames a table column added under a header the table has, as Excel does', async () => {
    const { excel } = kpiWorkbook({ rows: 2, asTable: true });
    await excel.run(async (context) => {
      context.workbook.tables.getItem('KpiTable').columns.add(-1, undefined, 'polarity');
      await context.sync();
    });
    expect(excel.sheet('KPIs').read('F1')).toEqual([['polarity2']]);
  });

  it('deleting a table column moves the references to cells right of it, and one to it becomes #REF!', async () => {
    const { excel } = kpiWorkbook({ rows: 2, asTable: true });
    excel.sheet('KPIs').fill(1, 9, [['=C2&E2']]);
    await excel.run(async (context) => {
      context.workbook.tables.getItem('KpiTable').columns.getItemAt(2).delete();
      await context.sync();
    });
    expect(excel.sheet('KPIs').readFormulas('I2')).toEqual([['=#REF!&D2']]);
  });
});

describe('the Office host within the payload budget', () => {
  it('counts a payload in UTF-8 bytes, as it goes over the wire', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.double(), fc.constant(null))), (values) => {
        expect(jsonBytes(values)).toBe(Buffer.byteLength(JSON.stringify(values), 'utf8'));
      }),
    );
    expect(utf8Bytes('£17.8m – Llanfairpwll ŵ 👍')).toBe(Buffer.byteLength('£17.8m – Llanfairpwll ŵ 👍', 'utf8'));
  });

  it('a table whose text is mostly outside ASCII is read in as many syncs as its UTF-8 size needs, none refused', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3_000 });
    // "ḟ" is 1 character but 3 bytes: 1.8 million characters of it are 5.4 MB on the wire.
    excel.sheet('KPIs').fill(1, 1, Array.from({ length: 3_000 }, () => ['ḟ'.repeat(600)]));
    const first = await hostFor(excel).readTable(location);
    if (first.kind !== 'table') throw new Error(first.reason);
    excel.resetCounters();
    const sized = await hostFor(excel).readTable(location, first.table);
    expect(sized.kind === 'table' && sized.table.values[2_999][1]).toBe('ḟ'.repeat(600));
    expect(excel.syncCount).toBeGreaterThan(1);
    expect(Math.max(...excel.payloads.map((p) => p.response))).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  }, 60_000);

  it('splits rows into chunks that fit, and never a chunk of no rows', () => {
    expect(rowChunks(10, 1_000, 3_300)).toEqual([[0, 3], [3, 3], [6, 3], [9, 1]]);
    expect(rowChunks(2, 10_000_000)).toEqual([[0, 1], [1, 1]]);
  });

  it('a 12,000-row Portable Apply goes in more syncs, none over 4 MB, and writes every row', async () => {
    const { excel } = kpiWorkbook({ rows: 12_000 });
    const table = await readTable(excel);
    expect(excel.payloads.every((p) => p.response <= PAYLOAD_BUDGET_BYTES)).toBe(true);
    const mapping = guessMapping(table.headers);
    excel.resetCounters();
    const run = await runApply(hostFor(excel), { table, mapping, defaults: DEFAULTS, edits: new Map(), mode: 'portable', previous: null, overwrite: false });
    if (run.plan.kind !== 'ready') throw new Error(run.plan.kind);
    expect(excel.syncCount).toBeGreaterThan(2);
    expect(Math.max(...excel.payloads.map((p) => Math.max(p.request, p.response)))).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    const rag = run.plan.changes.columns.find((write) => write.header === 'RAG')!;
    const last = rag.cells[11_999]!;
    expect(excel.sheet('KPIs').get(12_000, rag.column).formula).toBe(a1FormulaOf(last, 12_000, rag.column));
    expect(run.table.values).toHaveLength(12_000);
  }, 180_000);

  it('reads back only what it did not write: the formulas of the columns it wrote are not loaded', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    const table = await readTable(excel);
    const plan = planApply({ table, mapping: guessMapping(table.headers), defaults: DEFAULTS, edits: new Map(), mode: 'portable', previous: null, overwrite: false });
    if (plan.kind !== 'ready') throw new Error(plan.kind);
    excel.resetCounters();
    const result = await hostFor(excel).apply(plan.changes);
    if (result.kind !== 'written') throw new Error(result.kind);
    const formulaLoads = excel.calls.filter((call) => call.member === 'load' && String(call.args?.[0]).includes('formulas')).map((call) => call.object);
    const written = plan.changes.columns.filter((write) => write.isNew);
    const lastWritten = Math.max(...written.map((write) => write.column));
    expect(lastWritten).toBe(5 + written.length - 1);
    // The check reads the table as the plan saw it; the read-back loads the table's own cells and the beyond columns it did not write.
    expect(formulaLoads.slice(-2)).toEqual([
      'Range(KPIs!A2:E4)',
      `Range(KPIs!${columnLetters(lastWritten + 1)}2:${columnLetters(4 + COLUMNS_READ_BEYOND_TABLE)}4)`,
    ]);
    const rag = plan.changes.columns.find((write) => write.header === 'RAG')!;
    expect(excel.sheet('KPIs').get(1, rag.column).formula).toBe(a1FormulaOf(rag.cells[0]!, 1, rag.column));
    // What the read-back gives for the columns it wrote is what a full read gives.
    expect(result.table).toEqual(await hostFor(excel).readTable(result.table.location).then((read) => (read.kind === 'table' ? read.table : read)));
  });

  it('one R1C1 formula for a run of rows is sent once and filled down, each row getting its own references', async () => {
    const { excel, location } = kpiWorkbook({ rows: 5_000 });
    const changes: WorkbookChanges = {
      location,
      columns: [{ column: 5, header: 'RAG', isNew: true, cells: Array.from({ length: 5_000 }, () => ({ formulaR1C1: '=IF(RC[-3]>=RC[-2],"Green","Red")', shows: 'Green' })), numberFormat: null }],
      wordFormats: [],
      validations: [],
      groups: [],
      settings: '{}',
    };
    const result = await hostFor(excel).apply(changes);
    expect(excel.callsTo('formulasR1C1').map((call) => call.value)).toEqual([[['=IF(RC[-3]>=RC[-2],"Green","Red")']]]);
    expect(excel.callsTo('autoFill')).toHaveLength(1);
    expect(excel.sheet('KPIs').readFormulas('F2:F3')).toEqual([['=IF(C2>=D2,"Green","Red")'], ['=IF(C3>=D3,"Green","Red")']]);
    expect(excel.sheet('KPIs').readFormulas('F5001')).toEqual([['=IF(C5001>=D5001,"Green","Red")']]);
    expect(excel.syncCount).toBe(1);
    if (result.kind !== 'written') throw new Error(result.kind);
    expect(result.table.beyond[5_000][0]).toBe('=IF(C5001>=D5001,"Green","Red")');
  });

  it('an input changed since the read: the check, a second check and the write take three syncs in all', async () => {
    const { excel } = kpiWorkbook({ rows: 3 });
    const table = await readTable(excel);
    excel.sheet('KPIs').fill(2, 2, [[70]]);
    excel.resetCounters();
    const run = await runApply(hostFor(excel), { table, mapping: guessMapping(table.headers), defaults: DEFAULTS, edits: new Map(), mode: 'values', previous: null, overwrite: false });
    expect(run.replanned).toEqual(['KPIs!C3']);
    expect(excel.syncCount).toBe(3);
    if (run.plan.kind !== 'ready') throw new Error(run.plan.kind);
    const rag = run.plan.changes.columns.find((write) => write.header === 'RAG')!.column;
    const row = run.plan.rows[1];
    expect(row.actual).toBe(70);
    expect(excel.sheet('KPIs').get(2, rag).value).toBe(row.status.kind === 'rated' ? row.status.rag : 'not rated');
  });
});
