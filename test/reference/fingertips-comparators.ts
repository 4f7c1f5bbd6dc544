/**
 * 11 of Fingertips' 50 benchmark comparison test cases, transcribed figure for figure: each
 * source test and each significance word; the full set runs from ../shared.
 */
import { type ReferenceTable } from '../support/shared';

export const FINGERTIPS_COMPARATORS: ReferenceTable = {
  columns: ["source_test", "method", "polarity", "value", "lower_ci95", "upper_ci95", "lower_ci998", "upper_ci998", "comparator_value", "denominator", "unit", "z", "lower_limit", "upper_limit", "use_cis", "expected_significance", "expected_rag_label"],
  rows: [
    ["SingleOverlappingCIsForTwoCILevelsComparerTest", "CI_overlaps_benchmark_95_and_99.8", "RAG - Low is good", "2.6", "2.5", "2.7", "2.3", "2.9", "3.0", "", "", "", "", "", "", "Best", "Better 99.8%"],
    ["SingleOverlappingCIsForTwoCILevelsComparerTest", "CI_overlaps_benchmark_95_and_99.8", "RAG - Low is good", "2.6", "2.5", "2.7", "2.3", "2.9", "2.8", "", "", "", "", "", "", "Better", "Better 95%"],
    ["SingleOverlappingCIsForTwoCILevelsComparerTest", "CI_overlaps_benchmark_95_and_99.8", "RAG - High is good", "2.6", "2.5", "2.7", "2.3", "2.9", "2.6", "", "", "", "", "", "", "Same", "Similar"],
    ["SingleOverlappingCIsForTwoCILevelsComparerTest", "CI_overlaps_benchmark_95_and_99.8", "RAG - High is good", "2.6", "2.5", "2.7", "2.3", "2.9", "2.4", "", "", "", "", "", "", "Better", "Better 95%"],
    ["SingleOverlappingCIsForOneCILevelComparatorTest", "CI_overlaps_benchmark_95", "RAG - Low is good", "11", "10", "12", "", "", "11", "", "", "", "", "", "", "Same", "Similar"],
    ["SingleOverlappingCIsForOneCILevelComparatorTest", "CI_overlaps_benchmark_95", "RAG - Low is good", "3.05", "2.7", "3.1", "", "", "3.0", "", "", "", "", "", "", "Same", "Similar"],
    ["SingleOverlappingCIsForOneCILevelComparatorTest", "CI_overlaps_benchmark_95", "RAG - Low is good", "2.5", "2.2", "2.8", "", "", "3.0", "", "", "", "", "", "", "Better", "Better"],
    ["SingleOverlappingCIsForOneCILevelComparatorTest", "CI_overlaps_benchmark_95", "RAG - Low is good", "4.0", "", "", "", "", "3.0", "", "", "", "", "", "", "None", "Not compared"],
    ["SpcForProportionsComparerTest", "SPC_for_proportions(Wilson_limits_around_comparator)", "RAG - Low is good", "7.7065767284991562", "7.0548320523366375", "8.4130813590727076", "", "", "8.9611086876279327", "5930", "100", "3.0902", "", "", "", "Better", "Better"],
    ["RangeTargetComparerTest", "target_range(lower=1_upper=2)", "RAG - High is good", "1", "", "", "", "", "", "", "", "", "1", "2", "FALSE", "Same", "Amber"],
    ["SingleValueTargetComparerTest", "single_target(limit=10)", "RAG - Low is good", "10", "", "", "", "", "", "", "", "", "10", "", "FALSE", "Better", "Green"],
  ],
};
