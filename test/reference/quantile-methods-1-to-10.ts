/**
 * PHE's and Fingertips' quartiles of the values 1 to 10 side by side: 4 of the 10 values
 * (3, 6, 8 and 10, where the methods part), transcribed figure for figure; all 10 run from ../shared.
 */
import { type ReferenceTable } from '../support/shared';

export const QUANTILE_METHODS_1_TO_10: ReferenceTable = {
  columns: ["value", "phe_quantile_nq4_invert_FALSE", "fingertips_QuartilesComparer(QUARTILE.INC_bounds_v<=bound)", "sql_NTILE4(FingertipsNext)"],
  rows: [
    ["3", "1", "1", "1"],
    ["6", "3", "3", "2"],
    ["8", "3", "4", "3"],
    ["10", "4", "4", "4"],
  ],
};
