/**
 * The help page's method notes: each SPC and trend function states its method choices
 * and their sources, and the page escapes them like the rest of its text.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS without type declarations */
const { renderHelpPage } = require('../../scripts/function-help.cjs') as {
  renderHelpPage: (metadata: { functions: { id: string; name: string; description: string; parameters: unknown[] }[] }, namespace: string) => string;
};

const page = (id: string) => renderHelpPage({ functions: [{ id, name: id, description: `${id} help`, parameters: [] }] }, 'KPI');

describe('method notes on the help page', () => {
  it.each(['SPC', 'VARIATION', 'ASSURANCE', 'TREND', 'TREND_TEST'])('KPI.%s has a Method list', (id) => {
    expect(page(id)).toMatch(/<h3>Method<\/h3>\s*<ul>\s*<li>/);
  });

  it('SPC names the source of each default and says what trial limits are', () => {
    const spc = page('SPC');
    expect(spc).toContain('screen_outliers TRUE (the default) follows NHSRplotthedots');
    expect(spc).toContain('FALSE gives the limits of the MDC Excel tool');
    expect(spc).toContain('rule_length defaults to 7, as NHSRplotthedots');
    expect(spc).toMatch(/Trial limits: limits computed from fewer than 12 points/);
  });

  it('ASSURANCE says which side of the boundary counts, and why', () => {
    expect(page('ASSURANCE')).toMatch(/target equal to the lower limit is met by every value the process gives: Consistently passing/);
    expect(page('ASSURANCE')).toMatch(/inclusive here, as in KPI.RAG \(11.0% meets &quot;&gt;11%&quot;\)/);
  });

  it('TREND names Fingertips, the threshold and when it cannot be calculated', () => {
    expect(page('TREND')).toMatch(/Fingertips.*9\.5495.*Cannot be calculated/s);
  });

  it('functions without method choices have no Method list', () => {
    expect(page('RAG')).not.toContain('<h3>Method</h3>');
  });
});
