/** A cell's value as the pane shows it: percentages as percentages, blanks said in words. */
import { type CellValue } from '../kpi/cell';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export function cellText(value: CellValue, isPercent: boolean): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'number') return isPercent ? `${NUMBER.format(value * 100)}%` : NUMBER.format(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
