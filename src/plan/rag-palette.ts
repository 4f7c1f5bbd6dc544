/**
 * The RAG palette: one constant shared by the task pane and the conditional formats the
 * add-in writes. Light fills with dark text of the same hue: every pair meets WCAG 2.2 AA
 * (4.5:1) and the words stay in the cells, so colour is never the only signal. Fills differ
 * in lightness as well as hue, so they stay distinct for red-green colour-blind readers.
 */
import { type WordStyle } from '../excel/workbook-host';

export const RAG_PALETTE: readonly WordStyle[] = [
  { word: 'Green', fill: '#B8E0C2', font: '#0B3B1C' },
  { word: 'Amber', fill: '#FFD98A', font: '#4A3000' },
  { word: 'Red', fill: '#F2A7A7', font: '#5C0A0A' },
  { word: 'N/A', fill: '#E4E4E4', font: '#2B2B2B' },
  { word: 'No data', fill: '#FFFFFF', font: '#3D3D3D' },
];

export const DIRECTION_PALETTE: readonly WordStyle[] = [
  { word: 'Improved', fill: '#D6EEDD', font: '#0B3B1C' },
  { word: 'Deteriorated', fill: '#F8D3D3', font: '#5C0A0A' },
  { word: 'Unchanged', fill: '#EDEDED', font: '#2B2B2B' },
];

export function styleFor(word: string, palette: readonly WordStyle[] = RAG_PALETTE): WordStyle | undefined {
  return palette.find((style) => style.word === word);
}
