/**
 * The special-cause rules, each alone, against NHSRplotthedots' unit tests
 * (tests/testthat/test-ptd_calculate_point_type.R): on the rule functions as those tests
 * state them, and through the rules column of a chart built from values.
 *
 * Those tests check NHSRplotthedots' intermediate flags: a run or trend flags only the
 * point that completes it (ptd_part_of_seven_trend then widens it to all seven), and
 * two-of-three flags its whole window (ptd_part_of_two_in_three then keeps the near-limit
 * points). The expectations here apply that same second step, as NHSRplotthedots does,
 * since our rules report every point of a run or trend and only near-limit points.
 */
import { type Side, runs, trends, twoOfThree } from '../../src/kpi/spc-rules';
import { type SpcRule, xmrChart } from '../../src/kpi/xmr-chart';
import { describeReference } from '../support/shared';

type RuleName = 'trend' | 'run' | 'part of seven' | 'two of three' | 'part of two of three';

interface RuleCase {
  rule: RuleName;
  input: number[];
  /** Side of the mean of each point, for two of three. */
  rtm: number[];
  expected: number[];
}

/** A flag at i for a run or trend of 7 stands for points i − 6 to i (ptd_part_of_seven_trend). */
function widened(lastPointFlags: readonly number[]): number[] {
  const flags = lastPointFlags.map(() => 0);
  lastPointFlags.forEach((flag, i) => {
    for (let j = Math.max(0, i - 6); flag !== 0 && j <= i; j++) flags[j] = flag;
  });
  return flags;
}

/** What our rules should report for a case: NHSRplotthedots' expectation after its second step. */
function reported(c: RuleCase): number[] {
  if (c.rule === 'trend') return widened(c.expected);
  // The file writes a run's expectation as flags; the run's direction is its side of the mean.
  if (c.rule === 'run') return widened(c.expected.map((flag, i) => flag * c.input[i]));
  if (c.rule === 'two of three') return c.expected.map((flag, i) => (flag && c.input[i] ? c.rtm[i] : 0));
  if (c.rule === 'part of two of three') return c.expected.map((flag, i) => flag * c.rtm[i]);
  return c.expected;
}

/** The rule function's marks for the case's input. */
function ruleMarks(c: RuleCase): Side[] {
  switch (c.rule) {
    case 'trend':
      return trends(c.input, 7);
    case 'run':
      return runs(c.input as Side[], 7);
    case 'part of seven': // the input flags the last point of a run of seven: model it as that run
      return runs(widened(c.input).map((flag) => (flag ? 1 : -1)), 7).map((mark) => (mark === 1 ? 1 : 0));
    default:
      return twoOfThree(c.input.map((near, i) => (near ? c.rtm[i] : 0)) as Side[], c.rtm as Side[]);
  }
}

/**
 * Values whose chart shows the case: trends are the values themselves; a side of the mean
 * s is 10 + s around a mean between 9 and 11; for two of three, twelve baseline points
 * 9, 11, 9, … fix the mean at 10 and the near limits at 10 ± 3.55 (limits ± 5.32), and
 * the case's points follow at 10 ± 4.5 when near the limits and 10 ± 1 when not.
 */
function chartRule(c: RuleCase): { values: number[]; baseline: number; word: SpcRule } {
  if (c.rule === 'trend') return { values: c.input, baseline: c.input.length, word: 'trend' };
  if (c.rule === 'run') return { values: c.input.map((side) => 10 + side), baseline: c.input.length, word: 'run' };
  const before = Array.from({ length: 12 }, (_, i) => (i % 2 ? 11 : 9));
  return { values: [...before, ...c.input.map((near, i) => 10 + c.rtm[i] * (near ? 4.5 : 1))], baseline: 12, word: 'two of three' };
}

function rulesColumnFlags(c: RuleCase): number[] {
  const { values, baseline, word } = chartRule(c);
  const chart = xmrChart(values, { polarity: null, baselinePoints: baseline, screenOutliers: true, ruleLength: 7 });
  return chart.points.slice(values.length - c.input.length).map((point) => (point.rules.includes(word) ? 1 : 0));
}

const numbers = (text: string): number[] => text.replace(/\s*\(.*\)$/, '').split(';').map(Number);

const RULE_OF_FUNCTION: Record<string, RuleName> = {
  ptd_seven_point_trend: 'trend',
  ptd_seven_point_one_side_mean: 'run',
  ptd_part_of_seven_trend: 'part of seven',
  ptd_two_in_three: 'two of three',
  ptd_part_of_two_in_three: 'part of two of three',
};

function caseOfRow(row: Record<string, string>): RuleCase {
  const rule = RULE_OF_FUNCTION[row.function.replace(/\s*\(.*$/, '')];
  const input = numbers(row.input);
  const rtm = row.extra_input ? numbers(row.extra_input.replace(/^rtm=/, '')) : input.map(() => 0);
  return { rule, input, rtm, expected: numbers(row.expected_output) };
}

function checkCase(c: RuleCase): void {
  expect(ruleMarks(c)).toEqual(reported(c));
  if (c.rule !== 'part of seven') expect(rulesColumnFlags(c)).toEqual(reported(c).map(Math.abs));
}

// Transcribed from spc_rule_unit_testcases_NHSRplotthedots.csv.
const CASES: RuleCase[] = [
  { rule: 'trend', input: [1, 2, 3, 3, 4, 5, 6], rtm: [], expected: [0, 0, 0, 0, 0, 0, 0] },
  { rule: 'trend', input: [2, 1, 2, 3, 4, 5, 6, 7, 3], rtm: [], expected: [0, 0, 0, 0, 0, 0, 0, 1, 0] },
  { rule: 'trend', input: [2, 7, 6, 5, 4, 3, 2, 1, 3], rtm: [], expected: [0, 0, 0, 0, 0, 0, 0, -1, 0] },
  { rule: 'part of seven', input: [0, 0, 0, 0, 0, 0, 1, 0], rtm: [], expected: [1, 1, 1, 1, 1, 1, 1, 0] },
  { rule: 'run', input: [1, 1, 1, 1, 1, 1, 1, 1, -1], rtm: [], expected: [0, 0, 0, 0, 0, 0, 1, 1, 0] },
  { rule: 'run', input: [-1, -1, -1, -1, -1, -1, -1, -1, 1], rtm: [], expected: [0, 0, 0, 0, 0, 0, 1, 1, 0] },
  { rule: 'two of three', input: [0, 0, 1, 1, 0, 0, 0], rtm: [1, 1, 1, 1, 1, 1, 1], expected: [0, 1, 1, 1, 1, 0, 0] },
  { rule: 'two of three', input: [1, 0, 1], rtm: [1, -1, 1], expected: [0, 0, 0] },
  { rule: 'part of two of three', input: [1, 0, 0, 1, 1], rtm: [1, 1, 1, 1, 1], expected: [0, 0, 0, 1, 1] },
];

describe("NHSRplotthedots' rule cases (transcribed)", () => {
  it.each(CASES.map((c) => [`${c.rule}: ${c.input.join(';')}`, c] as const))('%s', (_name, c) => checkCase(c));
});

describeReference('spc/spc_rule_unit_testcases_NHSRplotthedots.csv', "NHSRplotthedots' rule cases, every published row", (rows) => {
  it('holds 15 cases', () => expect(rows).toHaveLength(15));

  it.each(rows.map((row) => [`${row.function}: ${row.input}`, row] as const))('%s', (_name, row) => {
    checkCase(caseOfRow(row));
  });
});

describe('rules at their edges', () => {
  it('a point on the mean breaks a run', () => {
    expect(runs([1, 1, 1, 0, 1, 1, 1, 1], 7)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(runs([1, 1, 1, 1, 1, 1, 1, 0, 1], 7)).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('a peak between a rising and a falling trend takes the trend that led to it', () => {
    expect(trends([1, 2, 3, 4, 3, 2, 1], 4)).toEqual([1, 1, 1, 1, -1, -1, -1]);
  });

  it('a point beyond a limit is not a near-limit point for two of three', () => {
    const before = Array.from({ length: 12 }, (_, i) => (i % 2 ? 11 : 9));
    const chart = xmrChart([...before, 14.5, 16, 10], { polarity: 'High', baselinePoints: 12, screenOutliers: true, ruleLength: 7 });
    expect(chart.points.slice(12).map((p) => p.rules)).toEqual([[], ['outside limits'], []]);
  });
});
