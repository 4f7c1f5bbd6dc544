/**
 * The summary by period: every period with figures is a column; the rated one counts the
 * RAG column with formulas, the others are what Apply would write for that period, fixed at
 * insert; a period with no target it can be rated against is not rated, and says so.
 */
import { DEMO_SHEETS, demoWorkbook } from '../../src/demo/demo-workbook';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { type SummaryCell, type TableSnapshot } from '../../src/excel/workbook-host';
import { planApply } from '../../src/plan/apply-plan';
import { proposeMapping } from '../../src/plan/column-guess';
import { type KpiSettings } from '../../src/plan/settings';
import { locationHolding, planSummary, ragColumnOf } from '../../src/plan/summary-plan';
import { DEFAULTS } from '../../src/plan/table-model';
import { summariseRatings } from '../../src/kpi/summary';
import { type CellValue } from '../../src/kpi/cell';

const inserted = new Date(Date.UTC(2026, 11, 1));
const WORDS = ['Green', 'Amber', 'Red', 'N/A', 'No data'] as const;

/** Apply in Values mode with the period's proposed columns; gives the table read back with its RAG column, and the settings. */
async function appliedFor(host: MemoryWorkbookHost, period: string | null) {
  const read = await host.readSelectedTable();
  if (read.kind !== 'table') throw new Error(read.reason);
  const { mapping } = proposeMapping(read.table, { period });
  const plan = planApply({ table: read.table, mapping, defaults: DEFAULTS, edits: new Map(), mode: 'values', previous: null, overwrite: false });
  if (plan.kind !== 'ready') throw new Error(plan.kind);
  await host.apply(plan.changes);
  const ragColumn = ragColumnOf(plan.settings)!;
  const counted = await host.readTable(locationHolding(read.table.location, ragColumn));
  if (counted.kind !== 'table') throw new Error(counted.reason);
  return { table: counted.table, settings: plan.settings, ragColumn };
}

function summaryOf(table: TableSnapshot, settings: KpiSettings, ragColumn: number) {
  const write = planSummary({ table, ragColumn, period: null, inserted, sheetName: 'KPI summary', settings: '{}', saved: settings });
  const labelOf = (row: (SummaryCell | null)[]) => (row[0] && 'value' in row[0] ? row[0].value : null);
  const start = write.cells.findIndex((row) => labelOf(row) === 'By period');
  const grid = write.cells.slice(start);
  const header = grid[2].slice(1).map((cell) => (cell && 'value' in cell ? cell.value : null));
  const rowNamed = (label: string) => grid.find((row) => labelOf(row) === label)!;
  const shown = (cell: SummaryCell | null): CellValue => (cell === null ? null : 'formula' in cell ? cell.shows : cell.value);
  /** The column for a period: its target text, how it is counted, and each word's count. */
  const column = (label: string) => {
    const c = 1 + header.indexOf(label);
    return {
      target: shown(rowNamed('Target')[c]),
      counted: shown(rowNamed('Counted')[c]),
      counts: Object.fromEntries(WORDS.map((word) => [word, shown(rowNamed(word)[c])])),
      cells: WORDS.map((word) => rowNamed(word)[c]),
      greenShare: rowNamed('Green share of rated')[c],
    };
  };
  return { header, column, note: shown(grid[1][0]), write };
}

describe('the demo’s quarterly scorecard, by quarter', () => {
  it('a column per quarter with figures; Q3 2024/25 (rated) counts the RAG column, each other quarter is what Apply writes for it', async () => {
    const { table, settings, ragColumn } = await appliedFor(selectQuarterly(), null);
    const summary = summaryOf(table, settings, ragColumn);
    expect(summary.header).toEqual(['Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25']);
    const rated = summary.column('Q3 2024/25');
    expect(rated.counted).toBe('formulas: recalculate');
    expect(rated.cells.every((cell) => cell !== null && 'formula' in cell && /^=\$B\$\d+$/.test(cell.formula))).toBe(true);
    expect(summary.note).toMatch(/Q3 2024\/25 counts the RAG column with formulas.*rated when this summary was inserted \(1 December 2026\)/);

    for (const quarter of ['Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25']) {
      // What Apply writes in the RAG column when that quarter is the one rated, on a fresh copy of the workbook.
      const own = await appliedFor(selectQuarterly(), quarter);
      const at = own.ragColumn - own.table.location.firstColumn;
      const written = summariseRatings(own.table.values.map((row) => row[at]).filter((word) => WORDS.includes(word as never)));
      const column = summary.column(quarter);
      expect(column.counted).toBe('fixed at 1 December 2026');
      expect(column.counts).toEqual(written.counts);
      expect(column.cells.every((cell) => cell !== null && 'value' in cell)).toBe(true);
      expect(column.greenShare && 'formula' in column.greenShare && column.greenShare.shows).toBeCloseTo(written.shares!.Green);
    }
    // No quarter but Q3 has a target of its own: the others are rated against the nearest later one, and say so.
    expect(summary.column('Q1 2024/25').target).toBe("target for Q3 2024/25 (a later period's)");
  });
});

function selectQuarterly(): MemoryWorkbookHost {
  const host = new MemoryWorkbookHost(demoWorkbook());
  host.select(`${DEMO_SHEETS.quarterly}!B2`);
  return host;
}

describe('a table of two header rows, roles over quarters', () => {
  // Hand-worked, default tolerances (amber 5% of the target, green 0), targets inclusive:
  //   A, High: Q1 50 v 55 Red (amber from 52.25); Q2 60 v Q3's 65 Red (from 61.75); Q3 70 v 65 Green.
  //   B, Low:  Q1 10 v 10 Green;                  Q2 12 v 10 Red (amber to 10.5);     Q3 9 v 10 Green.
  //   C, High: Q1 100 v 100 Green;                Q2 blank: No data;                 Q3 90 v 100 Red (from 95).
  //   Q4 has figures but no target of its own or later: not rated.
  const cells: CellValue[][] = [
    ['', '', 'Outturn', '', '', '', 'Target', ''],
    ['Measure', 'Good is', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25', 'Q1 2024/25', 'Q3 2024/25'],
    ['Measure A', 'High', 50, 60, 70, 80, 55, 65],
    ['Measure B', 'Low', 10, 12, 9, 8, 10, 10],
    ['Measure C', 'High', 100, null, 90, 95, 100, 100],
  ];
  const host = () =>
    new MemoryWorkbookHost({ sheets: [{ name: 'Scorecard', cells }], tables: [{ name: 'Quarters', sheet: 'Scorecard', range: 'A2:H5' }], selection: 'Scorecard!A3' });

  it('counts each quarter against its own target, a later one where it has none, and states the quarter it cannot rate', async () => {
    const { table, settings, ragColumn } = await appliedFor(host(), 'Q3 2024/25');
    const summary = summaryOf(table, settings, ragColumn);
    expect(summary.header).toEqual(['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25']);
    expect(summary.column('Q1 2024/25').counts).toEqual({ Green: 2, Amber: 0, Red: 1, 'N/A': 0, 'No data': 0 });
    expect(summary.column('Q2 2024/25')).toMatchObject({ target: "target for Q3 2024/25 (a later period's)", counts: { Green: 0, Amber: 0, Red: 2, 'N/A': 0, 'No data': 1 } });
    expect(summary.column('Q3 2024/25').counts).toEqual({ Green: 2, Amber: 0, Red: 1, 'N/A': 0, 'No data': 0 });
    const q4 = summary.column('Q4 2024/25');
    expect(q4.target).toBe('none: not rated');
    expect(q4.counted).toBe('not rated');
    expect(Object.values(q4.counts)).toEqual(WORDS.map(() => 'not rated'));
    expect(summary.note).toContain('A period with no target of its own or of a later period is not rated.');
  });

  it('a table with one period gets no table by period', async () => {
    const single = new MemoryWorkbookHost({
      sheets: [{ name: 'KPIs', cells: [['Measure', 'Polarity', 'Actual', 'Target'], ['A', 'High', 5, 4]] }],
      selection: 'KPIs!A2',
    });
    const { table, settings, ragColumn } = await appliedFor(single, null);
    const write = planSummary({ table, ragColumn, period: null, inserted, sheetName: 'KPI summary', settings: '{}', saved: settings });
    expect(write.cells).toHaveLength(10);
  });
});
