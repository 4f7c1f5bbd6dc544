import fc from 'fast-check';
import { readFigure, readNumber } from '../../src/kpi/numbers';
import { errorMessageOf } from '../support/errors';

describe('reading the figure at the start of report text', () => {
  it.each([
    ['54.0%', 0.54, true],
    ['84.5k', 84500, false],
    ['1,373.0k', 1373000, false],
    ['£5,343 (2019/20)', 5343, false],
    ["462.0 (669 Adm's) (Full-year Forecast)", 462, false],
    ['1.04% (25 out of 1,406)', 0.0104, true],
    ['902.7 (Rate) 1,197 (Assessments)', 902.7, false],
    ['0.9 per 100k pop (163 Ave days/Mth)', 0.9, false],
    ['12.32 (Directorate)', 12.32, false],
    ['£17.2m', 17200000, false],
    ['2.5bn', 2.5e9, false],
    ['-5', -5, false],
    ['−3.5%', -0.035, true],
    ['-£5', -5, false],
    ['10 Days', 10, false],
    ['5 Months', 5, false],
    ['.5', 0.5, false],
  ])('%s reads as %d', (text, value, isPercent) => {
    const read = readNumber(text);
    expect(read).not.toBeNull();
    expect(read!.value).toBeCloseTo(value, 10);
    expect(read!.isPercent).toBe(isPercent);
  });

  it.each(['No return due to COVID-19', 'AD', '', 'Survey not to be undertaken in 20-21', 'k', '%'])('%s has no figure', (text) => {
    expect(readNumber(text)).toBeNull();
  });

  it('a number too large to hold has no figure rather than Infinity', () => {
    expect(readNumber('9'.repeat(400))).toBeNull();
  });

  it('never throws and never gives NaN or Infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (text) => {
        const read = readNumber(text);
        if (read) expect(Number.isFinite(read.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a cell figure: numbers as they are, text read, blanks and words are no data, logicals refused', () => {
    expect(readFigure(1197, 'Count')).toBe(1197);
    expect(readFigure('1,197', 'Count')).toBe(1197);
    expect(readFigure(null, 'Count')).toBeNull();
    expect(readFigure('AD', 'Count')).toBeNull();
    expect(errorMessageOf(() => readFigure(true, 'Count'))).toMatch(/^Count TRUE is a logical value/);
  });
});
