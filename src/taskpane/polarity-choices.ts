/**
 * The polarity dropdown's choices: the canonical words, plus the word the sheet uses when it
 * is another form (shown with what the engine reads it as), plus blank.
 */
import { POLARITIES, parsePolarity } from '../kpi/polarity';
import { type Choice } from './components/ChoiceDropdown';

/** The dropdown value for a blank polarity (Fluent options need a non-empty value). */
export const BLANK_POLARITY = '(blank)';

function readAs(word: string): string {
  try {
    return `${word} (read as ${parsePolarity(word)})`;
  } catch {
    return `${word} (not recognised)`;
  }
}

export function polarityChoices(blankText: string, ...wordsInUse: string[]): Choice[] {
  const otherForms = [...new Set(wordsInUse.filter((word) => word !== '' && !POLARITIES.some((polarity) => polarity === word)))];
  return [
    { value: BLANK_POLARITY, text: blankText },
    ...otherForms.map((word) => ({ value: word, text: readAs(word) })),
    ...POLARITIES.map((word) => ({ value: word, text: word })),
  ];
}

export function polarityValue(word: string | null): string {
  return word === null || word === '' ? BLANK_POLARITY : word;
}

export function polarityWord(value: string): string {
  return value === BLANK_POLARITY ? '' : value;
}
