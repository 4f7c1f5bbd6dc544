/** The polarity words real tables use beyond the spec's first list. */
import { parsePolarity } from '../../src/kpi/polarity';

describe('more polarity words', () => {
  it.each([
    ['Bigger is better', 'High'],
    ['Smaller is better', 'Low'],
    ['Good is high', 'High'],
    ['Good is low', 'Low'],
    ['Increase', 'High'],
    ['Decrease', 'Low'],
    ['Aim to maximise', 'High'],
    ['Aim to minimise', 'Low'],
    ['aim to maximize', 'High'],
    ['↑', 'High'],
    ['↓', 'Low'],
    [' ↑ ', 'High'],
  ])('%s is %s', (word, polarity) => {
    expect(parsePolarity(word)).toBe(polarity);
  });

  it('an arrow the add-in does not know is still an error', () => {
    expect(() => parsePolarity('→')).toThrow(/not recognised/);
  });
});
