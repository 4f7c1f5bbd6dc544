/** Table snapshots built from rows of cells, as a host reads them, for the plan's tests. */
import { type CellValue } from '../../src/kpi/cell';
import { type TableSnapshot } from '../../src/excel/workbook-host';

export function snapshotOf(headers: string[], rows: CellValue[][] = [], headerAbove?: string[]): TableSnapshot {
  return {
    location: { sheet: 'KPIs', tableName: null, headerRow: headerAbove ? 1 : 0, firstColumn: 0, columnCount: headers.length, rowCount: rows.length },
    headers,
    ...(headerAbove ? { headerAbove } : {}),
    values: rows,
    formulas: rows.map((row) => row.map(() => null)),
    numberFormats: rows.map((row) => row.map(() => 'General')),
    validations: headers.map(() => ({ kind: 'none' as const })),
    beyond: [headers, ...rows].map(() => Array.from({ length: 16 }, () => '')),
  };
}
