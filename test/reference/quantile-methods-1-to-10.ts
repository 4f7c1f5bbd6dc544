/**
 * PHE's and Fingertips' quartiles of the values 1 to 10 side by side, transcribed figure for figure.
 */
import { type ReferenceTable } from '../support/shared';

export const QUANTILE_METHODS_1_TO_10: ReferenceTable = {
  columns: ["value", "phe_quantile_nq4_invert_FALSE", "fingertips_QuartilesComparer(QUARTILE.INC_bounds_v<=bound)", "sql_NTILE4(FingertipsNext)"],
  rows: [
    ["1", "1", "1", "1"],
    ["2", "1", "1", "1"],
    ["3", "1", "1", "1"],
    ["4", "2", "2", "2"],
    ["5", "2", "2", "2"],
    ["6", "3", "3", "2"],
    ["7", "3", "3", "3"],
    ["8", "3", "4", "3"],
    ["9", "4", "4", "4"],
    ["10", "4", "4", "4"],
  ],
};
