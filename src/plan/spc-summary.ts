/**
 * The variation × assurance matrix of an integrated performance report: how many measures
 * fall in each pair, written beside the RAG summary as COUNTIFS formulas over the word
 * columns, so that it follows the words if they are edited and reads the same without
 * the add-in. High and low special causes count together, as the report's icons do.
 */
export const MATRIX_ROWS = [
  ['Special cause improving', 'Special cause improving*'],
  ['Special cause concerning', 'Special cause concerning*'],
  ['Special cause neutral', 'Special cause neutral*'],
  ['Common cause', 'Common cause'],
  ['Not rated', 'Not rated'],
] as const;

export const MATRIX_COLUMNS = ['Consistently passing', 'Hit and miss', 'Consistently failing', 'No target', 'Not rated'] as const;

/** Ranges (A1, with their sheet) of the two word columns, over the same rows. */
export interface MatrixRanges {
  variation: string;
  assurance: string;
}

/** The matrix as cells: a header row, then per variation row its counts and total; the last row totals each column. */
export function variationAssuranceMatrix(ranges: MatrixRanges): string[][] {
  const count = (variation: string, assurance: string) =>
    `=COUNTIFS(${ranges.variation},"${variation}",${ranges.assurance},"${assurance}")`;
  const body = MATRIX_ROWS.map(([label, pattern]) => [
    label,
    ...MATRIX_COLUMNS.map((assurance) => count(pattern, assurance)),
    `=COUNTIF(${ranges.variation},"${pattern}")`,
  ]);
  const totals = ['Total', ...MATRIX_COLUMNS.map((assurance) => `=COUNTIF(${ranges.assurance},"${assurance}")`), `=COUNTA(${ranges.variation})`];
  return [['Variation by assurance', ...MATRIX_COLUMNS, 'Total'], ...body, totals];
}
