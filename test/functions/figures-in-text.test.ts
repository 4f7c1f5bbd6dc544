/** KPI.VALUE and KPI.RAG read figures in report text as an analyst reads them. */
import { rag, value } from '../../src/functions/functions';
import { ExcelError, withCustomFunctionsRuntime } from '../support/custom-functions';

withCustomFunctionsRuntime();

describe('a period label before a spaced dash', () => {
  it('KPI.VALUE reads the figure after it, not a negative one', () => {
    expect(value([['Q4 2019/20 - 88%'], ['Apr-24 – 93%'], ['2020/21 -5']])).toEqual([[0.88], [0.93], [-5]]);
  });

  it('KPI.RAG reads "2021/22 - 90%" as 90%: 50% against it is Red, and it against a target of 50% is Green', () => {
    expect(rag([[0.5]], [['2021/22 - 90%']], [['H']])).toEqual([['Red']]);
    expect(rag([['2021/22 - 90%']], [[0.5]], [['H']])).toEqual([['Green']]);
  });
});

describe('badly grouped digits', () => {
  it('KPI.VALUE refuses "1,2345", "1.234,5", "12,34" and "1,05" with a message, and still reads "1,234"', () => {
    const [bad1, bad2, bad3, bad4, good] = value([['1,2345'], ['1.234,5'], ['12,34'], ['1,05'], ['1,234']]).map((row) => row[0]);
    for (const bad of [bad1, bad2, bad3, bad4]) {
      expect(bad).toBeInstanceOf(ExcelError);
      expect((bad as ExcelError).message).toMatch(/^Text '.*' has its digits grouped in a way no number is written/);
    }
    expect(good).toBe(1234);
  });
});
