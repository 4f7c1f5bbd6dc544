import { seedCellFromText, seedTableCells, seedWorkbook } from '../../src/demo/seed-tables';
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';

describe('laying out a printed KPI table as a workbook', () => {
  it('a plain percentage becomes the number Excel stores, formatted with the decimals printed', () => {
    expect(seedCellFromText('54.0%')).toEqual({ value: 0.54, numberFormat: '0.0%' });
    expect(seedCellFromText('84%')).toEqual({ value: 0.84, numberFormat: '0%' });
    expect(seedCellFromText('20.6%')).toEqual({ value: 0.206, numberFormat: '0.0%' });
  });

  it('everything else stays text, as the council typed it', () => {
    for (const text of ['>11%', '56-61%', '84.5k', "<553 (800 Adm's)", 'N/A', '1.04% (25 out of 1,406)', 'Target Band Width']) {
      expect(seedCellFromText(text)).toBe(text);
    }
  });

  it('a header row, then a row per measure', () => {
    const cells = seedTableCells(LEICESTERSHIRE_2020_21);
    expect(cells).toHaveLength(31);
    expect(cells[0]).toEqual(['Ref', 'Measure', 'Aim', 'Target', 'Actual', 'Previous']);
    expect(cells[1]).toEqual([
      'Local',
      "% of sequels that 'Prevent Need'",
      'Target Band Width',
      '56-61%',
      { value: 0.54, numberFormat: '0.0%' },
      { value: 0.609, numberFormat: '0.0%' },
    ]);
  });

  it('a workbook with the table where asked, as an Excel table when named, its first cell selected', async () => {
    const host = new MemoryWorkbookHost(seedWorkbook(LEICESTERSHIRE_2020_21, { sheet: 'Q3 dashboard', at: 'B4', tableName: 'Dashboard' }));
    const read = await host.readSelectedTable();
    if (read.kind !== 'table') throw new Error(read.reason);
    expect(read.table.location).toEqual({ sheet: 'Q3 dashboard', tableName: 'Dashboard', headerRow: 3, firstColumn: 1, columnCount: 6, rowCount: 30 });
    expect(host.snapshot().selection).toEqual({ sheet: 'Q3 dashboard', row: 3, column: 1 });
  });
});
