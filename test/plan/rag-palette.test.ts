/**
 * WCAG 2.2 AA for the words the add-in colours: every fill against its text at 4.5:1 or
 * more (1.4.3, normal-size text), computed from the sRGB relative luminance WCAG defines.
 */
import { DIRECTION_PALETTE, RAG_PALETTE, styleFor } from '../../src/plan/rag-palette';
import { ASSURANCE_PALETTE, VARIATION_PALETTE } from '../../src/plan/spc-palette';
import { contrast, luminance } from '../support/contrast';

describe('colour contrast of the RAG, direction and Making Data Count palettes', () => {
  it('the formula is WCAG’s: black on white is 21:1, a colour on itself 1:1, #767676 on white just passes', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrast('#F2A7A7', '#F2A7A7')).toBe(1);
    expect(contrast('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrast('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });

  it.each([...RAG_PALETTE, ...DIRECTION_PALETTE, ...VARIATION_PALETTE, ...ASSURANCE_PALETTE].map((style) => [style.word, style] as const))(
    '%s: text on its fill is at least 4.5:1',
    (_word, style) => {
      expect(contrast(style.fill, style.font)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('every word has a style of its own, written as #RRGGBB', () => {
    for (const palette of [RAG_PALETTE, DIRECTION_PALETTE, VARIATION_PALETTE, ASSURANCE_PALETTE]) {
      expect(new Set(palette.map((s) => s.word)).size).toBe(palette.length);
      for (const style of palette) {
        expect(style.fill).toMatch(/^#[0-9A-F]{6}$/);
        expect(style.font).toMatch(/^#[0-9A-F]{6}$/);
      }
    }
    expect(styleFor('Red')).toBe(RAG_PALETTE.find((s) => s.word === 'Red'));
  });

  it('Green, Amber and Red fills differ in lightness too, not only in hue (red-green colour blindness)', () => {
    const [green, amber, red] = ['Green', 'Amber', 'Red'].map((word) => luminance(styleFor(word)!.fill));
    expect(Math.min(Math.abs(green - amber), Math.abs(green - red), Math.abs(amber - red))).toBeGreaterThan(0.05);
  });
});
