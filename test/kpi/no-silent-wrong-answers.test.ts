/**
 * Issue 9's table: inputs an analyst types every day that once gave a plausible wrong
 * answer. Each now gives the right word, or an error whose message says how to fix it.
 */
import { compareWithBenchmark } from '../../src/kpi/compare';
import { directionOfTravel } from '../../src/kpi/direction';
import { readFigure } from '../../src/kpi/numbers';
import { proportionConfidenceInterval } from '../../src/kpi/proportions';
import { quantileGroup } from '../../src/kpi/quantiles';
import { ragFor } from '../../src/kpi/rag';
import { errorMessageOf } from '../support/errors';

describe('no silent wrong answers', () => {
  it('RAG(0.84, "86%") with a blank polarity asks for one instead of meaning Context', () => {
    expect(errorMessageOf(() => ragFor({ actual: 0.84, target: '86%' }))).toMatch(
      /Polarity is blank .*Enter High, Low, Band or Target .*Context to leave the row unrated/,
    );
  });

  it('RAG(0.815, "86%", "H") is Amber, as the pane says: a percentage row defaults to 5 points', () => {
    expect(ragFor({ actual: 0.815, target: '86%', polarity: 'H' })).toBe('Amber');
  });

  it('RAG(0.10, "86%", "H", 2): a plain 2 is 200 points on a percentage, so it asks "did you mean 2pp?"', () => {
    expect(errorMessageOf(() => ragFor({ actual: 0.1, target: '86%', polarity: 'H', amberTolerance: 2 }))).toMatch(
      /^Amber tolerance 2 is 200 percentage points .*Did you mean '2pp'/,
    );
  });

  it('RAG(0.84, "86%", "H", "5pp", "10pp"): a green tolerance wider than the amber one is refused', () => {
    expect(
      errorMessageOf(() => ragFor({ actual: 0.84, target: '86%', polarity: 'H', amberTolerance: '5pp', greenTolerance: '10pp' })),
    ).toMatch(/^Green tolerance 10pp is wider than the amber tolerance 5pp/);
  });

  it('RAG(580, 553, "L", "5pp"): percentage points on a count are refused', () => {
    expect(errorMessageOf(() => ragFor({ actual: 580, target: 553, polarity: 'L', amberTolerance: '5pp' }))).toMatch(
      /^Amber tolerance 5pp is in percentage points, but the actual 580 and the target are not percentages/,
    );
  });

  it('RAG(0.85, 0.9, "High", "5pp") stays Amber: a plain 0.9 may be a %-formatted cell', () => {
    expect(ragFor({ actual: 0.85, target: 0.9, polarity: 'High', amberTolerance: '5pp' })).toBe('Amber');
  });

  it('DIRECTION(84, "87.5%", "H") checks units, as RAG does', () => {
    expect(errorMessageOf(() => directionOfTravel({ current: 84, previous: '87.5%', polarity: 'H' }))).toMatch(
      /^Current 84 looks like a whole number of percent beside previous 87.5%/,
    );
  });

  it('COMPARE(0.627, 0.59, 0.66, 64.2, "High"): a benchmark in whole percent beside a fraction is refused', () => {
    expect(errorMessageOf(() => compareWithBenchmark(0.627, 0.59, 0.66, 64.2, 'High'))).toMatch(
      /^Benchmark 64.2 looks like a whole number of percent .*If you meant 64.2%, enter 0.642/,
    );
  });

  it('QUARTILE(70, comparators 0.5 to 0.95) is refused as a units mix-up', () => {
    const comparators = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
    expect(errorMessageOf(() => quantileGroup(70, comparators, 4, 'High'))).toMatch(
      /^Value 70 looks like a whole number of percent beside the comparators 0.5 to 0.95/,
    );
  });

  it('PROPORTION_CI(0.704, 169): a proportion given as the numerator asks for the count', () => {
    expect(errorMessageOf(() => proportionConfidenceInterval(0.704, 169))).toMatch(/^Numerator 0.704 looks like a proportion, not a count.*about 119/);
    expect(proportionConfidenceInterval(0, 169).lower).toBe(0); // 0 events stays valid
  });

  it('RAG("2019/20: 45%", 0.5, "H") reads 45%, not the year 2019: 5 points short, so Amber on the default', () => {
    expect(ragFor({ actual: '2019/20: 45%', target: 0.5, polarity: 'H' })).toBe('Amber');
    expect(ragFor({ actual: '2019/20: 44%', target: 0.5, polarity: 'H' })).toBe('Red');
  });

  it.each([
    ['119/169', /looks like a fraction, 119 out of 169 \(70.4%\)/],
    ['01/04/2021', /looks like a date/],
  ])('VALUE(%s) is not a figure, and says what it looks like', (text, message) => {
    expect(errorMessageOf(() => readFigure(text, 'Text'))).toMatch(message);
  });

  it.each([
    ['1e3', 1000],
    ['1 234', 1234],
  ])('VALUE(%s) is %d, not its first digit', (text, value) => {
    expect(readFigure(text, 'Text')).toBe(value);
  });

  it('VALUE("56-61%") is an error that names it as a band', () => {
    expect(errorMessageOf(() => readFigure('56-61%', 'Text'))).toMatch(/^Text '56-61%' is a band/);
  });

  it('VALUE("45pc") is 45%, as "45 %" is', () => {
    expect(readFigure('45pc', 'Text')).toBe(0.45);
    expect(readFigure('45 %', 'Text')).toBe(0.45);
  });

  it('RAG(1.04, ">50.8%", "H") is 104% and Green: real measures exceed 100%', () => {
    expect(ragFor({ actual: 1.04, target: '>50.8%', polarity: 'H' })).toBe('Green');
  });
});
