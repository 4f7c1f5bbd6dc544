/**
 * An input the analyst can fix. The message names the argument, says what is wrong
 * and how to put it right; the functions layer shows it in Excel as #VALUE!.
 */
export class KpiInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KpiInputError';
  }
}

/** Text shown in messages: long cell text is cut so that Excel's error tooltip stays readable. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > 40 ? `${flat.slice(0, 37)}...` : flat}'`;
}
