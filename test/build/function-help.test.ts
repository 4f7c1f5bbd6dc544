/**
 * The functions' help page: it states the rules, its defaults table is the engine's, and
 * each SPC and trend function states its method choices and their sources.
 */
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

const pageOf = (id: string) => renderHelpPage({ functions: [{ id, name: id, description: `${id} help`, parameters: [] }] }, 'KPI');

describe('method notes on the help page', () => {
  it.each(['SPC', 'VARIATION', 'ASSURANCE', 'TREND', 'TREND_TEST'])('KPI.%s has a Method list', (id) => {
    expect(pageOf(id)).toMatch(/<h3>Method<\/h3>\s*<ul>\s*<li>/);
  });

  it('SPC names the source of each default and says what trial limits are', () => {
    const spc = pageOf('SPC');
    expect(spc).toContain('screen_outliers TRUE (the default) follows NHSRplotthedots');
    expect(spc).toContain('FALSE gives the limits of the MDC Excel tool');
    expect(spc).toContain('rule_length defaults to 7, as NHSRplotthedots');
    expect(spc).toMatch(/Trial limits: limits computed from fewer than 12 points/);
  });

  it('ASSURANCE says which side of the boundary counts, and why', () => {
    expect(pageOf('ASSURANCE')).toMatch(/target equal to the lower limit is met by every value the process gives: Consistently passing/);
    expect(pageOf('ASSURANCE')).toMatch(/inclusive here, as in KPI.RAG \(11.0% meets &quot;&gt;11%&quot;\)/);
  });

  it('TREND names Fingertips, the threshold and when it cannot be calculated', () => {
    expect(pageOf('TREND')).toMatch(/Fingertips.*9\.5495.*Cannot be calculated/s);
  });

  it('functions without method choices have no Method list', () => {
    expect(pageOf('RAG')).not.toContain('<h3>Method</h3>');
  });
});
