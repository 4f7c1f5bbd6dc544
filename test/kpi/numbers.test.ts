import fc from 'fast-check';
import { readFigure, readFigureText, readNumber, scanNumber } from '../../src/kpi/numbers';
import { readActual } from '../../src/kpi/actual';
import { parseTarget } from '../../src/kpi/target';
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

describe('figures inside text, as real tables hold them', () => {
  it.each([
    ['14.01 (End Dec 2020)', 14.01, false],
    ['2019/20: 45%', 0.45, true],
    ['Q3 2020/21 55%', 0.55, true],
    ['1 234', 1234, false],
    ['1,234', 1234, false],
    ['45pc', 0.45, true],
    ['45 per cent', 0.45, true],
    ['1e3', 1000, false],
    ['£ 17.8 m', 17800000, false],
    ['£17.2m', 17200000, false],
    ['£1.2bn', 1200000000, false],
    ['Apr-24: 312', 312, false],
    ['20/21 33.5', 33.5, false],
  ])('%s reads as %d', (text, value, isPercent) => {
    const read = readFigureText(text, 'Actual');
    expect(read?.value).toBeCloseTo(value, 10);
    expect(read?.isPercent).toBe(isPercent);
  });

  it('"Q1 126 Q2 134 Q3 155 Awaiting Q4" reads 155 and says it took Q3, the latest quarter given', () => {
    expect(readFigureText('Q1 126 Q2 134 Q3 155 Awaiting Q4', 'Actual')).toMatchObject({ value: 155, latestOf: 'Q3' });
    expect(readActual('Q1 126 Q2 134 Q3 155 Awaiting Q4')).toEqual({ kind: 'value', value: 155, isPercent: false, latestOf: 'Q3' });
  });

  it.each([
    ['119/169', /looks like a fraction, 119 out of 169 \(70.4%\), not a figure/],
    ['25 out of 1,406', /looks like a fraction, 25 out of 1,406/],
    ['01/04/2021', /looks like a date/],
    ['2021-04-01', /looks like a date/],
    ['1 April 2021', /looks like a date/],
    ['2019/20', /is a period, not a figure/],
    ['56-61%', /is a band/],
    ['10 to 15', /is a band/],
  ])('%s is not a figure, and the message says what it looks like', (text, message) => {
    expect(errorMessageOf(() => readFigureText(text, 'Actual'))).toMatch(message);
    expect(readNumber(text) === null || /band/.test(String(message))).toBe(true);
  });

  it('a target reads through the same reader: "2019/20: 45%" is 45%, "£ 17.8 m" is 17,800,000, "119/169" is refused', () => {
    expect(parseTarget('2019/20: 45%')).toEqual({ kind: 'value', value: 0.45, bound: null, isPercent: true });
    expect(parseTarget('>£ 17.8 m')).toMatchObject({ value: 17800000, bound: 'atLeast' });
    expect(errorMessageOf(() => parseTarget('119/169'))).toMatch(/^Target '119\/169' looks like a fraction/);
  });

  it('no reader ever returns a year, a day or a numerator as the figure', () => {
    const year = fc.integer({ min: 1990, max: 2035 });
    const figure = fc.integer({ min: 0, max: 99999 }).map((n) => n / 10);
    const labelled = fc.oneof(
      fc.tuple(year, figure).map(([y, f]) => ({ text: `${y}/${String((y + 1) % 100).padStart(2, '0')}: ${f}%`, not: [y].filter((n) => n !== f / 100) })),
      fc.tuple(year, figure, fc.integer({ min: 1, max: 4 })).map(([y, f, q]) => ({ text: `Q${q} ${y}-${String((y + 1) % 100).padStart(2, '0')} ${f}`, not: [y, q].filter((n) => n !== f) })),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), year).map(([d, m, y]) => ({ text: `${d}/${m}/${y}`, not: [d, m, y] })),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1000, max: 5000 })).map(([x, n]) => ({ text: `${x}/${n}`, not: [x] })),
    );
    fc.assert(
      fc.property(labelled, ({ text, not }) => {
        for (const read of [() => readNumber(text)?.value, () => readFigureText(text, 'Actual')?.value, () => {
          const target = parseTarget(text);
          return target.kind === 'value' ? target.value : null;
        }]) {
          let value: number | null | undefined;
          try {
            value = read();
          } catch {
            continue; // refused, with a message: never a wrong figure
          }
          for (const wrong of not) expect(value).not.toBe(wrong);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a period label, then a dash with a space on each side, then the figure', () => {
  // The spaced dash separates the label from its figure, as the colon in `2019/20: 45%` does.
  it.each([
    ['Q4 2019/20 - 88%', 0.88, true],
    ['2021/22 - 90%', 0.9, true],
    ['2019/20 - 45%', 0.45, true],
    ['Q3 - 55%', 0.55, true],
    ['March 2021 - 12', 12, false],
    ['2020/21 - 1,234', 1234, false],
    ['Apr-24 – 93%', 0.93, true],
    ['Apr-24 — 93%', 0.93, true],
    ['2020/21 - -5', -5, false],
  ])('%s reads as %d', (text, value, isPercent) => {
    const read = readFigureText(text, 'Actual');
    expect(read?.value).toBeCloseTo(value, 10);
    expect(read?.isPercent).toBe(isPercent);
  });

  it('a dash glued to the figure is still its sign: "2020/21 -5" is -5', () => {
    expect(readFigureText('2020/21 -5', 'Actual')?.value).toBe(-5);
    expect(readFigureText('Q3 -2.5%', 'Actual')?.value).toBeCloseTo(-0.025, 10);
  });

  it('a year alone before a spaced dash is not taken for a label: "2000 - 2500" stays a band', () => {
    expect(errorMessageOf(() => readFigureText('2000 - 2500', 'Actual'))).toMatch(/is a band/);
    expect(parseTarget('2000 - 2500')).toMatchObject({ kind: 'band', low: 2000, high: 2500 });
  });

  it('a target reads the same way: "2021/22 - 90%" is 90%', () => {
    expect(parseTarget('2021/22 - 90%')).toEqual({ kind: 'value', value: 0.9, bound: null, isPercent: true });
  });
});

describe('digits grouped in a way no number is written are refused, not read as their first digits', () => {
  const BAD_GROUPING = /has its digits grouped in a way no number is written: commas every three digits, a point before the decimals/;

  it.each(['1,2345', '1.234,5', '12,34', '1,05', '0,5', '12,5%', '1.234.567', '1 234,5', '£1,234,56', '1,234.5,6'])(
    '%s is refused, saying how numbers are grouped',
    (text) => {
      expect(scanNumber(text)).toEqual({ kind: 'refused', why: expect.stringMatching(BAD_GROUPING) });
      expect(errorMessageOf(() => readFigureText(text, 'Actual'))).toMatch(new RegExp(`^Actual '${text.replace(/[.$]/g, '\\$&')}' ${BAD_GROUPING.source}`));
      expect(errorMessageOf(() => parseTarget(text))).toMatch(/^Target .* has its digits grouped/);
    },
  );

  it('the second end of a band is judged the same way: "56-61,5%" is refused, not a band to 61 nor a target of 56', () => {
    expect(scanNumber('56-61,5%')).toMatchObject({ kind: 'refused' });
    expect(errorMessageOf(() => parseTarget('56-61,5%'))).toMatch(/has its digits grouped/);
  });

  it('a run of quarters whose latest figure is badly grouped is refused, not read as the quarter before', () => {
    expect(scanNumber('Q1 126 Q2 134 Q3 1,55')).toMatchObject({ kind: 'refused' });
  });

  it.each([
    ['1,234', 1234],
    ['1,234.5', 1234.5],
    ['1 234', 1234],
    ['1 234.5', 1234.5],
    ['£1,234,567', 1234567],
    ['45%, up from 40%', 0.45],
    ['1,234, of which 200 new', 1234],
    ['12, 34', 12],
    ['2019/20: 1,234', 1234],
  ])('%s still reads as %d', (text, value) => {
    expect(readFigureText(text, 'Actual')?.value).toBeCloseTo(value, 10);
  });
});

describe('a figure with a word or sign in front is no single figure: not No data, and not the figure', () => {
  it.each(['c. 50', 'approx 50', 'approx. 50', '~50', 'about £5m', 'Above 90%', '>90%', 'circa 1,200'])('%s as an actual is refused, saying why', (text) => {
    expect(scanNumber(text)).toEqual({ kind: 'refused', why: expect.stringMatching(/word or sign before its figure/) });
    expect(errorMessageOf(() => readActual(text))).toMatch(new RegExp(`^Actual '${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' has a word or sign before its figure`));
  });

  it('text with no figure after such a word is still no data, and a bound in a target is still a bound', () => {
    expect(readActual('Above target')).toEqual({ kind: 'none' });
    expect(readActual('About to report')).toEqual({ kind: 'none' });
    // An age group is no bound: as before, text with no figure to rate is no data.
    expect(readActual('Over 65s')).toEqual({ kind: 'none' });
    expect(readActual('Under 18s: 45%')).toEqual({ kind: 'none' });
    expect(parseTarget('>90%')).toMatchObject({ kind: 'value', value: 0.9, bound: 'atLeast' });
    expect(parseTarget('Above 90%')).toMatchObject({ kind: 'value', bound: 'atLeast' });
  });
});
