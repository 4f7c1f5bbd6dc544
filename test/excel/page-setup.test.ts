/** Apply's print set-up, as each host writes it: Office.js page layout in Apply's own syncs, exceljs page setup, the demo's record. */
import { MemoryWorkbookHost } from '../../src/excel/memory-host';
import { XlsxWorkbookHost } from '../../src/excel/file-host';
import { OfficeWorkbookHost } from '../../src/excel/office-host';
import { kpiChanges, kpiWorkbook } from '../support/sync-counting-excel';
import { PAGE_SETUP } from '../support/page-setup-write';

const ALL_SETS = () => true;

describe('the print set-up Apply writes', () => {
  it('Office.js: landscape, one page wide, print titles and widths, in the same 2 syncs as an Apply without it', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    await new OfficeWorkbookHost(excel.run, ALL_SETS).apply({ ...kpiChanges(location), pageSetup: PAGE_SETUP });
    expect(excel.syncCount).toBe(2);
    const sheet = excel.sheet('KPIs');
    expect(sheet.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: '$1:$1', titleColumns: '$B:$B' });
    // 15 characters of Calibri 11 are about 79 points; "Deteriorated" then fits.
    expect(sheet.columnWidths.get(5)).toBeGreaterThanOrEqual(15 * 5.25);
    expect([...sheet.wrappedColumns]).toEqual([1]);
  });

  it('Office.js: an Apply without a print set-up leaves the page layout alone', async () => {
    const { excel, location } = kpiWorkbook({ rows: 3 });
    await new OfficeWorkbookHost(excel.run, ALL_SETS).apply(kpiChanges(location));
    expect(excel.sheet('KPIs').pageLayout).toEqual({});
  });

  it('exceljs: page setup and print titles in the file, word columns widened, never narrowed', async () => {
    const host = XlsxWorkbookHost.fromGrid({ sheet: 'KPIs', rows: [['Ref', 'Measure', 'Actual', 'Target', 'Polarity'], ['A1', 'Rough sleepers', 3, 4, 'Low']] });
    const sheet = host.workbook.getWorksheet('KPIs')!;
    sheet.getColumn(2).width = 60;
    const location = { sheet: 'KPIs', tableName: null, headerRow: 0, firstColumn: 0, columnCount: 5, rowCount: 1 };
    await host.apply({ ...kpiChanges(location), pageSetup: PAGE_SETUP });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', printTitlesColumn: 'B:B' });
    expect(sheet.getColumn(6).width).toBe(15);
    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.getCell('B2').alignment).toMatchObject({ wrapText: true });
  });

  it('the demo host records it with the sheet', async () => {
    const host = new MemoryWorkbookHost({ sheets: [{ name: 'KPIs', cells: [['Ref', 'Measure', 'Actual', 'Target', 'Polarity'], ['A1', 'Rough sleepers', 3, 4, 'Low']] }], selection: 'KPIs!A1' });
    const location = { sheet: 'KPIs', tableName: null, headerRow: 0, firstColumn: 0, columnCount: 5, rowCount: 1 };
    await host.apply({ ...kpiChanges(location), pageSetup: PAGE_SETUP });
    expect(host.snapshot().sheets[0].pageSetup).toEqual(PAGE_SETUP);
  });
});
