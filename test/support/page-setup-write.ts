/** A print set-up as the planner writes one for the KPI tables of the host tests (header row 1, measure column B, RAG in F). */
import { type PageSetupWrite } from '../../src/excel/workbook-host';

export const PAGE_SETUP: PageSetupWrite = {
  titleRows: { first: 0, last: 0 },
  titleColumns: { first: 1, last: 1 },
  orientation: 'landscape',
  fitToPagesWide: 1,
  columnWidths: [
    { column: 5, characters: 15 },
    { column: 1, characters: 40 },
  ],
  wrapColumns: [1],
};
