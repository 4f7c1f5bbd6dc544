/**
 * Reading an actual (or a previous-period figure) from its cell. A hand-written rating
 * (`Green`, `A`) passes through, as milestone measures are judged rather than computed;
 * text with no number (`AD`, `No return due to COVID-19`) is "no data"; a fraction, a date
 * or a band is an error (see `numbers`).
 */
import { type CellValue, isBlank } from './cell';
import { KpiInputError } from './errors';
import { readFigureText } from './numbers';
import { type Rating, readRatingWord } from './rating';

export type Actual =
  | { kind: 'rating'; rating: Rating }
  | { kind: 'none' }
  | { kind: 'value'; value: number; isPercent: boolean; latestOf?: string };

const NO_DATA: Actual = { kind: 'none' };

export function readActual(cell: CellValue, name = 'Actual'): Actual {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new KpiInputError(`${name} is not a finite number.`);
    return { kind: 'value', value: cell, isPercent: false };
  }
  if (isBlank(cell)) return NO_DATA;
  if (typeof cell === 'boolean') {
    throw new KpiInputError(`${name} ${cell ? 'TRUE' : 'FALSE'} is a logical value, not a figure. Enter a number, or text such as "AD" when there is no data.`);
  }
  const rating = readRatingWord(cell);
  if (rating) return { kind: 'rating', rating };
  const read = readFigureText(cell, name);
  if (!read) return NO_DATA;
  // `latestOf` tells the pane that a run of quarters gave its latest one.
  return read.latestOf ? { kind: 'value', value: read.value, isPercent: read.isPercent, latestOf: read.latestOf } : { kind: 'value', value: read.value, isPercent: read.isPercent };
}
