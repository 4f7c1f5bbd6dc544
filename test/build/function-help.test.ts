/** The functions' help page states the rules, and its defaults table is the engine's. */
import { renderHelpPage } from '../../scripts/function-help.cjs';
import { DEFAULT_TOLERANCE_TEXT } from '../../src/kpi/default-tolerances';

const page: string = renderHelpPage({ functions: [{ id: 'RAG', name: 'RAG', description: 'Rates a measure.', parameters: [] }] }, 'KPI');

describe('the functions help page', () => {
  it('gives the default tolerances the engine uses, one row for percentage rows and one for the others', () => {
    const rows = [...page.matchAll(/<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[2], m[3].split(' ')[0]]);
    expect(rows).toEqual([
      [DEFAULT_TOLERANCE_TEXT.percent.green, DEFAULT_TOLERANCE_TEXT.percent.amber],
      [DEFAULT_TOLERANCE_TEXT.other.green, DEFAULT_TOLERANCE_TEXT.other.amber],
    ]);
  });

  it('says that < and > are inclusive, and that a blank polarity beside a plain target is a question', () => {
    expect(page).toMatch(/Operators are inclusive/);
    expect(page).toMatch(/at least 11%/);
    expect(page).toMatch(/at most 553/);
    expect(page).toMatch(/asks for High, Low, Band or Target, or Context/);
  });

  it('says how interval results spill', () => {
    expect(page).toMatch(/a column of n counts spills n rows of lower, upper;\s+a row of n spills two rows/);
  });
});
