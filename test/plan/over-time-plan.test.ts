/**
 * "Write over time" on the demo's monthly report, through the in-memory host: two word
 * columns beside the table, as values headed with the as-at date and coloured by MDC's
 * palette; the words the functions give for the same figures; a second run writes over the
 * same columns; Apply leaves them alone and Remove takes them away.
 */
import { monthlyCells } from '../../src/demo/demo-workbook';
import { MONTHLY_2023_25 } from '../../src/demo/data/monthly-2023-25';
import { assurance, variation } from '../../src/functions/functions';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { type TableSnapshot } from '../../src/excel/workbook-host';
import { planApply, planRemoval } from '../../src/plan/apply-plan';
import { DEFAULT_OVER_TIME } from '../../src/plan/over-time';
import { planOverTime } from '../../src/plan/over-time-plan';
import { overTimeField, overTimeRanges } from '../../src/plan/over-time-ranges';
import { type KpiSettings } from '../../src/plan/settings';
import { DEFAULTS, proposeMapping } from '../../src/plan/table-model';
import { judgeSeries, readTimeSeries } from '../../src/plan/time-series';
import { withCustomFunctionsRuntime } from '../support/custom-functions';

withCustomFunctionsRuntime();

const DAY_ONE = new Date(Date.UTC(2026, 11, 1));
const DAY_TWO = new Date(Date.UTC(2026, 11, 2));

async function monthlyTable(host: MemoryWorkbookHost): Promise<TableSnapshot> {
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(read.reason);
  return read.table;
}

function plan(table: TableSnapshot, previous: KpiSettings | null, asAt: Date) {
  const ignore = new Set((previous?.addedColumns ?? []).map((added) => added.column - table.location.firstColumn));
  const series = readTimeSeries(table, ignore)!.series;
  const judged = series.map((s) => ({ series: s, judgement: judgeSeries(s, DEFAULT_OVER_TIME) }));
  const planned = planOverTime({ table, judged, previous, fresh: { mapping: proposeMapping(table).mapping, defaults: DEFAULTS, mode: 'live' }, options: DEFAULT_OVER_TIME, asAt });
  if (planned.kind !== 'ready') throw new Error(`occupied: ${planned.cells.join(', ')}`);
  return planned;
}

/** What a figure typed as "82.1%" is once in a cell; the functions get the cells as Excel passes them. */
const asCells = (months: readonly (string | number)[]) =>
  months.map((m) => [typeof m === 'string' && m.endsWith('%') ? Number(m.slice(0, -1)) / 100 : m === '' ? null : m]);

describe('Write over time on a monthly report', () => {
  const host = new MemoryWorkbookHost({ sheets: [{ name: 'Monthly', cells: monthlyCells() }], tables: [], selection: 'Monthly!B2' });
  const sheet = () => host.snapshot().sheets[0];
  const text = (row: number, column: number) => sheet().cells[row]?.[column]?.value ?? null;
  let first: ReturnType<typeof plan>;

  beforeAll(async () => {
    first = plan(await monthlyTable(host), null, DAY_ONE);
    await host.apply(first.changes);
  });

  it('writes the variation and assurance words beside the table, as values under a dated header', () => {
    expect([text(0, 28), text(0, 29)]).toEqual(['Variation as at 1 December 2026', 'Assurance as at 1 December 2026']);
    MONTHLY_2023_25.forEach((m, i) => {
      if (m.months.includes('AD')) return;
      const words = [variation(asCells(m.months), [[m.goodIs]])[0][0], assurance(asCells(m.months), [[m.target]], [[m.goodIs]])[0][0]];
      expect([text(i + 1, 28), text(i + 1, 29)]).toEqual(words);
      expect(sheet().cells[i + 1][28].formula).toBeNull();
    });
    expect(new Set(MONTHLY_2023_25.map((_, i) => text(i + 1, 28))).size).toBeGreaterThan(2);
  });

  it('writes Not rated for the measure with AD among its months, and lists it with the month', () => {
    const smoking = MONTHLY_2023_25.findIndex((m) => m.months.includes('AD'));
    expect([text(smoking + 1, 28), text(smoking + 1, 29)]).toEqual(['Not rated', 'Not rated']);
    expect(first.notRated).toEqual([{ row: smoking, name: MONTHLY_2023_25[smoking].measure, reason: expect.stringMatching(/^Jun 2023 holds 'AD'/), assuranceOnly: false }]);
  });

  it('colours both columns with MDC’s rules, and records them as the add-in’s own', () => {
    expect(sheet().wordFormats.map((f) => f.column)).toEqual([28, 29]);
    expect(first.settings.addedColumns.map((a) => [a.kind, a.column])).toEqual([['variation', 28], ['assurance', 29]]);
  });

  it('gives the summary the two columns’ absolute ranges for its variation × assurance matrix', async () => {
    const table = await monthlyTable(host);
    expect(overTimeRanges(table, first.settings)).toEqual({ variation: 'Monthly!$AC$2:$AC$7', assurance: 'Monthly!$AD$2:$AD$7' });
    expect(overTimeField(table, null)).toEqual({});
  });

  it('a second run writes over the same two columns with its own date', async () => {
    const second = plan(await monthlyTable(host), first.settings, DAY_TWO);
    await host.apply(second.changes);
    expect([text(0, 28), text(0, 29), text(0, 30)]).toEqual(['Variation as at 2 December 2026', 'Assurance as at 2 December 2026', null]);
    expect(second.settings.addedColumns.map((a) => a.header)).toEqual(['Variation as at 2 December 2026', 'Assurance as at 2 December 2026']);
    first = second;
  });

  it('Apply leaves them alone, placing its RAG beside them; Remove takes them away', async () => {
    const table = await monthlyTable(host);
    const mapping = proposeMapping(table, { ignore: new Set([28, 29]) }).mapping;
    const applied = planApply({ table, mapping, defaults: DEFAULTS, edits: new Map(), mode: 'live', previous: first.settings, overwrite: false });
    if (applied.kind !== 'ready') throw new Error(applied.kind);
    expect(applied.changes.columns.some((c) => c.column === 28 || c.column === 29)).toBe(false);
    expect(applied.settings.addedColumns.filter((a) => a.kind === 'variation' || a.kind === 'assurance').map((a) => a.column)).toEqual([28, 29]);
    expect(Math.min(...applied.settings.addedColumns.filter((a) => a.kind === 'rag').map((a) => a.column))).toBeGreaterThan(29);
    // The options the words were judged by stay recorded with them.
    expect(first.settings.overTime).toEqual(DEFAULT_OVER_TIME);
    expect(applied.settings.overTime).toEqual(first.settings.overTime);
    expect(planRemoval(table, first.settings).removal.columns).toEqual([28, 29]);
  });
});
