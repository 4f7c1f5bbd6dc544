/**
 * Polarity: which way is good for a measure.
 *
 * Councils write it many ways (`H`, `High is good`, `Low Numbers/ Daily Rate`,
 * `Target Band Width`, Fingertips' `RAG - Low is good`). All of them are read into one of
 * five canonical words, ignoring case, spaces and punctuation.
 */
import { KpiInputError, quote } from './errors';
import { refuseExcelError } from './excel-errors';
import { memoizeText } from './memo';

export type Polarity = 'High' | 'Low' | 'Band' | 'Target' | 'Context';

export const POLARITIES: readonly Polarity[] = ['High', 'Low', 'Band', 'Target', 'Context'];

const WORDS: Record<Polarity, readonly string[]> = {
  High: [
    'H', 'High', 'Higher', 'High is good', 'Higher is better', 'High %', 'High Rate',
    'High Numbers', 'Up', 'RAG - High is good', 'Bigger is better', 'Good is high', 'Increase',
    'Aim to maximise', 'Aim to maximize', 'Maximise', 'Maximize', '↑',
  ],
  Low: [
    'L', 'Low', 'Lower', 'Low is good', 'Lower is better', 'Low %', 'Low Rate', 'Low Numbers',
    'Low spend', 'Low Numbers/ Daily Rate', 'Down', 'RAG - Low is good', 'Smaller is better',
    'Good is low', 'Decrease', 'Aim to minimise', 'Aim to minimize', 'Minimise', 'Minimize', '↓',
  ],
  Band: ['Band', 'Target Band Width', 'Range', 'Within band'],
  Target: ['Target', 'In-line with target', 'In line', 'On target'],
  Context: [
    'Context', 'Context only', 'Monitor', 'N/A', 'None', 'Not applicable', 'No judgement',
    'BOB - Blue orange blue',
  ],
};

/** `RAG - High is good` and `rag high is good` are the same word to an analyst; an arrow is its word. */
function key(word: string): string {
  return word.toLowerCase().replace(/↑/g, 'up').replace(/↓/g, 'down').replace(/[^a-z0-9]+/g, '');
}

const BY_KEY = new Map<string, Polarity>(
  POLARITIES.flatMap((polarity) => WORDS[polarity].map((word) => [key(word), polarity] as const)),
);

/**
 * The canonical polarity for a word, or null for a blank (the target's operator then
 * decides; see `resolvePolarity`). An unknown word is an error naming it.
 */
export function parsePolarity(word: string | null | undefined): Polarity | null {
  if (word == null || word.trim() === '') return null;
  // "#N/A" would otherwise be read as the Context word N/A, rating a broken row as not judged.
  refuseExcelError(word, 'polarity');
  return parsePolarityWordOnce(word);
}

const parsePolarityWordOnce = memoizeText((word: string): Polarity => {
  const polarity = BY_KEY.get(key(word));
  if (polarity) return polarity;
  throw new KpiInputError(
    `Polarity ${quote(word)} is not recognised. Use High, Low, Band, Target or Context ` +
      `(or a common form such as H, L, "High is good", "Target Band Width", "Monitor").`,
  );
});
