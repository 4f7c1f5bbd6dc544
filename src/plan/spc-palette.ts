/**
 * Making Data Count's colours for the variation and assurance words: blue for improvement
 * (and a passing process), orange for concern (and a failing one), grey for common cause
 * (and hit and miss), purple for a neutral special cause, as MDC's icons colour them.
 * Light fills with dark text of the same hue, each pair at WCAG 2.2 AA (4.5:1); the words
 * stay in the cells, so colour is never the only signal. One rule per exact word, since
 * "cell value equals" rules survive other spreadsheets.
 */
import { type WordStyle } from '../excel/workbook-host';

const BLUE = { fill: '#C6DBF2', font: '#0A2F5C' };
const ORANGE = { fill: '#FFD3A8', font: '#5A2900' };
const GREY = { fill: '#E4E4E4', font: '#2B2B2B' };
const PURPLE = { fill: '#E2D6F0', font: '#3A1F5E' };
const PLAIN = { fill: '#FFFFFF', font: '#3D3D3D' };

export const VARIATION_PALETTE: readonly WordStyle[] = [
  { word: 'Special cause improving (high)', ...BLUE },
  { word: 'Special cause improving (low)', ...BLUE },
  { word: 'Special cause concerning (high)', ...ORANGE },
  { word: 'Special cause concerning (low)', ...ORANGE },
  { word: 'Special cause neutral (high)', ...PURPLE },
  { word: 'Special cause neutral (low)', ...PURPLE },
  { word: 'Common cause', ...GREY },
  { word: 'Not rated', ...PLAIN },
];

export const ASSURANCE_PALETTE: readonly WordStyle[] = [
  { word: 'Consistently passing', ...BLUE },
  { word: 'Consistently failing', ...ORANGE },
  { word: 'Hit and miss', ...GREY },
  { word: 'No target', ...PLAIN },
  { word: 'Not rated', ...PLAIN },
];

/**
 * The XmR chart's series colours on a white plot: the special-cause markers in MDC's blue,
 * orange and purple, the lines in greys and the target in red, each at least 3:1 against
 * white (WCAG 1.4.11 for graphics); the series names in the legend carry the meaning too.
 */
export const CHART_COLOURS = {
  Value: '#404040',
  Mean: '#000000',
  'Lower limit': '#767676',
  'Upper limit': '#767676',
  Target: '#C00000',
  Improvement: '#1F6FB5',
  Concern: '#C55A11',
  Neutral: '#7030A0',
} as const;
