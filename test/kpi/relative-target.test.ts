/** Relative targets: a change on a baseline or the previous figure, read with that base and shown as used. */
import { KpiInputError } from '../../src/kpi/errors';
import { readRelativeTarget, resolveRelativeTarget } from '../../src/kpi/relative-target';
import { FreeTextTargetError, RelativeTargetError, parseTarget } from '../../src/kpi/target';

function used(text: string, base: number, baseIsPercent = false) {
  const relative = readRelativeTarget(text);
  if (relative === null) throw new Error(`${text} is not read as relative`);
  return resolveRelativeTarget(text, relative, base, baseIsPercent);
}

describe('relative targets as councils write them', () => {
  it('"+5%" on 660 is at least 693, and says so', () => {
    expect(used('+5%', 660)).toMatchObject({ value: 693, bound: 'atLeast', cellText: '>=693', shown: '+5% on 660 = 693' });
  });

  it.each([
    ['5% increase', 1000, 1050, 'atLeast'],
    ['increase by 5%', 1000, 1050, 'atLeast'],
    ['10% reduction', 500, 450, 'atMost'],
    ['reduce by 10%', 500, 450, 'atMost'],
    ['-10%', 500, 450, 'atMost'],
    ['389 fewer', 2000, 1611, 'atMost'],
    ['50 more', 2000, 2050, 'atLeast'],
    ['+50', 2000, 2050, 'atLeast'],
    ['5% decrease on last year', 200, 190, 'atMost'],
  ])('%s on %d is %d', (text, base, value, bound) => {
    const resolved = used(text, base);
    expect(resolved.value).toBeCloseTo(value, 9);
    expect(resolved.bound).toBe(bound);
  });

  it('shows big figures with thousands separators', () => {
    expect(used('389 fewer', 2000).shown).toBe('389 fewer on 2,000 = 1,611');
  });

  it('points on a percentage: "+5pp" on 45% is at least 50%', () => {
    const resolved = used('+5pp', 0.45, true);
    expect(resolved.value).toBeCloseTo(0.5, 12);
    expect(resolved.cellText).toBe('>=50%');
    expect(resolved.shown).toBe('+5pp on 45% = 50%');
    expect(parseTarget(resolved.cellText)).toEqual({ kind: 'value', value: 0.5, bound: 'atLeast', isPercent: true });
  });

  it('"+5%" on a percentage could mean points or a share: refused, saying how to write it', () => {
    expect(() => used('+5%', 0.45, true)).toThrow(/could mean points or a share.*\+5pp/);
  });

  it.each(['5% Or Less', '>11%', '10 Days', '86%', '56-61%', 'Less than 5%', '-2.5', '10 or more'])('%s is not a relative target', (text) => {
    expect(readRelativeTarget(text)).toBeNull();
  });

  it('read alone, as a function reads it, a relative target has nothing to be relative to: an error that says what to map', () => {
    expect(() => parseTarget('+5%')).toThrow(RelativeTargetError);
    expect(() => parseTarget('10% reduction')).toThrow(/Map a Baseline or Previous column/);
  });
});

describe('free-text targets', () => {
  it.each(['Due to pandemic – data is to be delayed', 'Improve', 'Maintain', 'Complete roll out', 'Top quartile'])('%s has no number: not rated, with the reason', (text) => {
    expect(() => parseTarget(text)).toThrow(FreeTextTargetError);
    expect(() => parseTarget(text)).toThrow(KpiInputError);
  });

  it('the no-target words still mean no target', () => {
    for (const text of ['N/A', 'Monitor', 'TBC', 'Context only', 'Baseline year']) expect(parseTarget(text)).toEqual({ kind: 'none' });
  });
});
