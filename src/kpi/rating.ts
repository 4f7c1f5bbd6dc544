/**
 * The words a RAG column holds. Green, Amber and Red are ratings; `N/A` means the measure
 * is not rated (no target, or Context polarity); `No data` means it would be rated but the
 * figure is missing (`AD`, `No return due to COVID-19`). Managers must see the difference.
 */
export type Rating = 'Green' | 'Amber' | 'Red';
export type RagResult = Rating | 'N/A' | 'No data';

export const RAG_RESULTS: readonly RagResult[] = ['Green', 'Amber', 'Red', 'N/A', 'No data'];

/** How a rating may be written by hand, ignoring case and surrounding spaces. */
export const RATING_FORMS: Record<Rating, readonly string[]> = { Green: ['Green', 'G'], Amber: ['Amber', 'A'], Red: ['Red', 'R'] };

const RATING_WORDS: Record<string, Rating> = Object.fromEntries(
  (Object.keys(RATING_FORMS) as Rating[]).flatMap((rating) => RATING_FORMS[rating].map((form) => [form.toLowerCase(), rating])),
);

/**
 * A rating written by hand, as milestone measures are (`Green`, `A`, `red`), or null.
 * Such an actual passes straight through to the RAG column.
 */
export function readRatingWord(text: string): Rating | null {
  return RATING_WORDS[text.trim().toLowerCase()] ?? null;
}
