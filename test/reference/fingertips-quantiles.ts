/**
 * 6 of Fingertips' 15 quartile and quintile test cases, transcribed figure for figure: the
 * bounds, each polarity, and too few values; the full set runs from ../shared.
 */
import { type ReferenceTable } from '../support/shared';

export const FINGERTIPS_QUANTILES: ReferenceTable = {
  columns: ["source_test", "method", "polarity", "values", "test_value", "expected"],
  rows: [
    ["QuartilesCalculatorTest", "quartile_bounds(linear_interp_=Excel_QUARTILE.INC)", "n/a", "1..50", "bounds", "1;13.25;25.5;37.75;50"],
    ["QuartilesComparerTest", "quartile_category(value<=bound[i]->i)", "any", "1..10", "10", "4"],
    ["QuartilesComparerTest", "quartile_category", "any", "1;2;3", "1", "0 (fewer than 4 values -> not categorised)"],
    ["QuintilesComparerTest", "quintile_category", "RAG - High is good", "1..10", "3", "4"],
    ["QuintilesComparerTest", "quintile_category", "RAG - Low is good", "1..10", "3", "2"],
    ["QuintilesComparerTest", "quintile_category", "any", "1;2;3;4", "1", "0 (fewer than 5 values -> not categorised)"],
  ],
};
