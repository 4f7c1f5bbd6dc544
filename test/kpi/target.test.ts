import { ragFor } from '../../src/kpi/rag';
import fc from 'fast-check';
import { KpiInputError } from '../../src/kpi/errors';
import { readMeasureRule } from '../../src/kpi/rule';
import { describeTarget, parseTarget } from '../../src/kpi/target';
import { BEDFORD_2020_21 } from '../../src/demo/data/bedford-2020-21';
import { LEICESTERSHIRE_2020_21 } from '../../src/demo/data/leicestershire-2020-21';
import { errorMessageOf } from '../support/errors';

describe('targets as councils write them', () => {
  it.each([
    ['86%', { kind: 'value', value: 0.86, bound: null, isPercent: true }],
    ['>11%', { kind: 'value', value: 0.11, bound: 'atLeast', isPercent: true }],
    ['≥ 11%', { kind: 'value', value: 0.11, bound: 'atLeast', isPercent: true }],
    ["<553 (800 Adm's)", { kind: 'value', value: 553, bound: 'atMost', isPercent: false }],
    ['5% Or Less', { kind: 'value', value: 0.05, bound: 'atMost', isPercent: true }],
    ['90% or more', { kind: 'value', value: 0.9, bound: 'atLeast', isPercent: true }],
    ['10 Days', { kind: 'value', value: 10, bound: null, isPercent: false }],
    ['1,050', { kind: 'value', value: 1050, bound: null, isPercent: false }],
    ['£17.2m', { kind: 'value', value: 17200000, bound: null, isPercent: false }],
    ['84.5k', { kind: 'value', value: 84500, bound: null, isPercent: false }],
    ['727.8 (220 admissions)', { kind: 'value', value: 727.8, bound: null, isPercent: false }],
    ['7.7 (2020/21)', { kind: 'value', value: 7.7, bound: null, isPercent: false }],
  ])('%s reads as a single target', (text, expected) => {
    const target = parseTarget(text);
    expect(target).toEqual({ ...expected, value: expect.closeTo((expected as { value: number }).value, 12) });
  });

  it.each([
    ['56-61%', 0.56, 0.61],
    ['17 - 22%', 0.17, 0.22],
    ['56% to 61%', 0.56, 0.61],
    ['100-200', 100, 200],
    ['61-56%', 0.56, 0.61],
    ['100 ± 5', 95, 105],
    ['100 +/- 5', 95, 105],
    ['50% ± 2pp', 0.48, 0.52],
    ['50% +/- 2 points', 0.48, 0.52],
  ])('%s reads as a band, the %% applying to both ends', (text, low, high) => {
    const target = parseTarget(text);
    expect(target.kind).toBe('band');
    if (target.kind !== 'band') return;
    expect(target.low).toBeCloseTo(low, 12);
    expect(target.high).toBeCloseTo(high, 12);
  });

  it.each(['50% ± 2%', '50% ± 2', '1000 ± 5%', '100 ± 2pp'])('%s, a spread that reads two ways, is refused with the band to write', (text) => {
    expect(() => parseTarget(text)).toThrow(/can be read two ways .*Write the band itself/);
  });

  it.each([
    ['Max. 10', 'atMost'],
    ['Min. 90%', 'atLeast'],
  ])('%s, an abbreviated bound, reads as Maximum or Minimum does', (text, bound) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'value', bound });
  });

  it('a ± band rates as the band: 103 against 100 ± 5 is Green, not 3 over a target of 100', () => {
    expect(ragFor({ actual: 103, target: '100 ± 5', polarity: 'Target' })).toBe('Green');
    expect(ragFor({ actual: 103, target: '95-105', polarity: 'Target' })).toBe('Green');
  });

  it('a number cell is taken as it is', () => {
    expect(parseTarget(0.86)).toEqual({ kind: 'value', value: 0.86, bound: null, isPercent: false });
  });

  it.each(['N/A', 'Monitor', 'Context', 'Context only', 'TBC', 'tbc', 'n/a', 'Not Set', 'Baseline year', 'New measure...', '', '   ', 'Green'])(
    '%s means there is no target',
    (text) => {
      expect(parseTarget(text)).toEqual({ kind: 'none' });
    },
  );

  it('other text is an error that names it', () => {
    expect(errorMessageOf(() => parseTarget('Improve'))).toMatch(/^Target 'Improve' has no number/);
  });

  it('a very long text is named briefly', () => {
    const message = errorMessageOf(() => parseTarget('x'.repeat(5000)));
    expect(message.length).toBeLessThan(300);
  });

  it('describes a target the way it was written', () => {
    expect(describeTarget(parseTarget('>11%'))).toBe('>11%');
    expect(describeTarget(parseTarget('56-61%'))).toBe('56-61%');
    expect(describeTarget(parseTarget("<553 (800 Adm's)"))).toBe('<553');
  });

  it('never throws anything but a KpiInputError, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 5000 }), fc.stringMatching(/^[<>]?[-£]?[0-9,.]{0,12}[%km]?( ?(-|to) ?[0-9.]{0,6}%?)?( or (less|more))?$/)), (text) => {
        try {
          parseTarget(text);
        } catch (error) {
          expect(error).toBeInstanceOf(KpiInputError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('polarity and target together', () => {
  it("every row of Leicestershire's dashboard reads", () => {
    for (const row of LEICESTERSHIRE_2020_21) expect(() => readMeasureRule(row.aim, row.target)).not.toThrow();
  });

  it("every polarity and target of Bedford's indicators reads, or is reported clearly", () => {
    const reported: string[] = [];
    for (const row of BEDFORD_2020_21) {
      try {
        readMeasureRule(row.polarity, row.target);
      } catch (error) {
        expect(error).toBeInstanceOf(KpiInputError);
        reported.push(`${row.ref}: ${(error as Error).message}`);
      }
    }
    // The only row Bedford left without a usable target is a sentence about the pandemic.
    expect(reported).toEqual([
      expect.stringMatching(/^BCF ASCOF 2Ci: Target 'Due to pandemic – data is to be delayed' has no number/),
    ]);
  });

  it('the operator decides a blank polarity', () => {
    expect(readMeasureRule(null, '>11%').polarity).toBe('High');
    expect(readMeasureRule('', '<553').polarity).toBe('Low');
    expect(readMeasureRule(null, '56-61%').polarity).toBe('Band');
    expect(readMeasureRule(null, 'TBC').polarity).toBe('Context');
  });

  it('a blank polarity beside a plain target is a question: High, Low, Band or Target, or Context', () => {
    expect(errorMessageOf(() => readMeasureRule(null, '86%'))).toMatch(/Polarity is blank .*Enter High, Low, Band or Target .*Context to leave the row unrated/);
    expect(errorMessageOf(() => readMeasureRule('', 553))).toMatch(/Polarity is blank and the target 553/);
  });
});
