/**
 * The formula of a "cell value equals" conditional format, the rule type that keeps its
 * colour through LibreOffice (a "contains text" rule loses its text there).
 */

/** `="Green"` for a cell-value-equals rule; quotes inside the word are doubled, as in any formula. */
export function equalsWordFormula(word: string): string {
  return `="${word.replace(/"/g, '""')}"`;
}
