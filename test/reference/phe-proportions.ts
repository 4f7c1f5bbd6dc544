/**
 * PHE's published proportions and their Wilson limits (PHEindicatormethods' phe_proportion
 * test data): 6 of its 19 rows, transcribed figure for figure (proportions, percentages, and a
 * row with a missing denominator); the full set runs from ../shared.
 */
import { type ReferenceTable } from '../support/shared';

export const PHE_PROPORTIONS: ReferenceTable = {
  columns: ["Area", "Numerator", "Denominator", "value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl", "statistic", "method", "multiplier"],
  rows: [
    ["Area1", "1", "100", "0.01", "0.0017674320641406511", "0.054486196178705294", "0.000873065697299977", "0.1045544528370582", "proportion of 1", "Wilson", "1"],
    ["Area4", "65", "100", "0.65", "0.5525444329688797", "0.7363575175690247", "0.4954946574070431", "0.7783540614089697", "proportion of 1", "Wilson", "1"],
    ["Area6", "7776456", "7564336677", "0.0010280420256339154", "0.0010273201001641094", "0.0010287644578977231", "0.0010269040118442213", "0.0010291812992698397", "proportion of 1", "Wilson", "1"],
    ["Area4", "65", "100", "65", "55.25444329688797", "73.63575175690247", "49.54946574070431", "77.83540614089696", "percentage", "Wilson", "100"],
    ["Area7", "222", "3215", "6.905132192846033", "6.07916903636366", "7.833956681383633", "5.647101964624248", "8.418414185270134", "percentage", "Wilson", "100"],
    ["Area10", "10", "", "", "", "", "", "", "proportion of 1", "Wilson", "1"],
  ],
};
