import { parsePolarity } from '../../src/kpi/polarity';
import { DEFAULT_AMBER_TOLERANCE, parseTolerance, toleranceInUnits } from '../../src/kpi/tolerance';
import { BEDFORD_2020_21 } from '../../src/demo/data/bedford-2020-21';
import { errorMessageOf } from '../support/errors';

describe('polarity words', () => {
  it.each([
    ['High', ['H', 'High', 'Higher', 'High is good', 'Higher is better', 'High %', 'High Rate', 'High Numbers', 'Up', 'RAG - High is good', 'high numbers', '  HIGH  ']],
    ['Low', ['L', 'Low', 'Lower', 'Low is good', 'Lower is better', 'Low %', 'Low Rate', 'Low Numbers', 'Low spend', 'Low Numbers/ Daily Rate', 'Down', 'RAG - Low is good']],
    ['Band', ['Band', 'Target Band Width', 'Range', 'Within band']],
    ['Target', ['Target', 'In-line with target', 'In line', 'On target']],
    ['Context', ['Context', 'Context only', 'Monitor', 'N/A', 'None', 'Not applicable', 'No judgement', 'BOB - Blue orange blue']],
  ])('%s is written as any of its usual words', (canonical, words) => {
    for (const word of words) expect(parsePolarity(word)).toBe(canonical);
  });

  it('a blank polarity is left for the target to decide', () => {
    expect(parsePolarity('')).toBeNull();
    expect(parsePolarity(null)).toBeNull();
  });

  it("every polarity in Bedford's indicators is recognised", () => {
    for (const row of BEDFORD_2020_21) expect(parsePolarity(row.polarity)).not.toBeNull();
  });

  it('an unknown word is an error naming it and listing the accepted words', () => {
    const message = errorMessageOf(() => parsePolarity('Upwards-ish'));
    expect(message).toContain("'Upwards-ish'");
    expect(message).toContain('High, Low, Band, Target or Context');
  });
});

describe('tolerances', () => {
  it('a number is in the measure’s own units', () => {
    expect(parseTolerance(0.05, DEFAULT_AMBER_TOLERANCE, 'Amber tolerance')).toEqual({ kind: 'units', amount: 0.05 });
    expect(parseTolerance('3', DEFAULT_AMBER_TOLERANCE, 'Amber tolerance')).toEqual({ kind: 'units', amount: 3 });
  });

  it.each(['5pp', '5 pp', '5 pts', '5pt', '5 points', '5 percentage points'])('%s is five percentage points', (text) => {
    const tolerance = parseTolerance(text, DEFAULT_AMBER_TOLERANCE, 'Amber tolerance');
    expect(tolerance.kind).toBe('units');
    expect(toleranceInUnits(tolerance, 0.86)).toBeCloseTo(0.05, 15);
  });

  it('"5%" is relative: 5% of the target', () => {
    const tolerance = parseTolerance('5%', DEFAULT_AMBER_TOLERANCE, 'Amber tolerance');
    expect(toleranceInUnits(tolerance, 553)).toBeCloseTo(27.65, 10);
    expect(toleranceInUnits(tolerance, -553)).toBeCloseTo(27.65, 10);
  });

  it('a blank takes the default', () => {
    expect(parseTolerance(null, DEFAULT_AMBER_TOLERANCE, 'Amber tolerance')).toBe(DEFAULT_AMBER_TOLERANCE);
  });

  it.each(['lots', '5 apples', 'pp'])('%s is refused with how to write one', (text) => {
    const message = errorMessageOf(() => parseTolerance(text, DEFAULT_AMBER_TOLERANCE, 'Amber tolerance'));
    expect(message).toMatch(/^Amber tolerance '.*' is not understood\. Write a number/);
  });

  it.each(['-5%', '-5pp', '\u22122'])('a negative tolerance, %s, must be zero or more', (text) => {
    const message = errorMessageOf(() => parseTolerance(text, DEFAULT_AMBER_TOLERANCE, 'Amber tolerance'));
    expect(message).toMatch(/^Amber tolerance '.*' must be zero or more\. Write a number/);
  });
});
