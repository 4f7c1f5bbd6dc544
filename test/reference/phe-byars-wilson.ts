/**
 * PHE's published Byar's limits for counts and Wilson limits for proportions (byars_lower,
 * byars_upper, wilson_lower, wilson_upper), 5 of the 13 rows PHE publishes, transcribed figure for figure: both methods, both levels,
 * and a Byar's lower limit PHE leaves blank; the full set runs from ../shared.
 */
import { type ReferenceTable } from '../support/shared';

export const PHE_BYARS_WILSON: ReferenceTable = {
  columns: ["x", "n", "lowercl", "uppercl", "confidence", "method"],
  rows: [
    ["65", "", "50.163187710459454", "82.84913854593984", "95%", "Byars"],
    ["10", "", "2.916318374695686", "24.193724927880535", "99.8%", "Byars"],
    ["65", "100", "0.5525444329688797", "0.7363575175690247", "95%", "Wilson"],
    ["0.445", "1", "0.019347006132900975", "0.9702259947019541", "99.8%", "Wilson"],
    ["1", "", "", "9.362180217908362", "99.8%", "Byars"],
  ],
};
