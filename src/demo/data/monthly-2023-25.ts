/**
 * A monthly adult social care and public health report laid out as performance teams keep
 * one: a row per measure, its polarity and target, then a column per month from April 2023
 * to March 2025. Illustrative figures for a fictional county council, written the way real
 * returns hold them: rates, percentages, counts, "AD" where the data is awaited and a blank
 * for a month not returned. Admissions fall for the last eight months (a run), delayed
 * discharges jump in the latest month (outside the limits), health checks climb (a trend).
 */
import { type ScorecardCell } from './quarterly-2024-25';

export const MONTH_HEADERS = [
  'Apr-23', 'May-23', 'Jun-23', 'Jul-23', 'Aug-23', 'Sep-23', 'Oct-23', 'Nov-23', 'Dec-23', 'Jan-24', 'Feb-24', 'Mar-24',
  'Apr-24', 'May-24', 'Jun-24', 'Jul-24', 'Aug-24', 'Sep-24', 'Oct-24', 'Nov-24', 'Dec-24', 'Jan-25', 'Feb-25', 'Mar-25',
] as const;

export const MONTHLY_HEADERS = ['Ref', 'Measure', 'Good is', 'Target', ...MONTH_HEADERS] as const;

export interface MonthlyRow {
  ref: string;
  measure: string;
  goodIs: string;
  target: ScorecardCell;
  /** One figure per month of MONTH_HEADERS, as typed ("82.1%" becomes a percentage; "" is an empty cell). */
  months: ScorecardCell[];
}

export const MONTHLY_2023_25: MonthlyRow[] = [
  {
    ref: 'ASCOF 2A(2)',
    measure: 'Permanent admissions to residential and nursing care, aged 65+, per 100,000',
    goodIs: 'Low',
    target: '<560',
    months: [612, 598, 605, 620, 601, 597, 610, 603, 615, 600, 606, 599, 604, 611, 596, 602, 585, 579, 574, 570, 566, 571, 563, 559],
  },
  {
    ref: 'ASCOF 2B(1)',
    measure: 'Older people still at home 91 days after discharge into reablement',
    goodIs: 'High',
    target: '75%',
    months: ['82.1%', '83.4%', '81.9%', '84.0%', '82.7%', '83.1%', '82.5%', '83.8%', '82.2%', '84.3%', '83.0%', '82.6%', '83.5%', '82.9%', '84.1%', '82.4%', '83.3%', '82.8%', '83.9%', '82.3%', '83.6%', '83.2%', '82.7%', '84.0%'],
  },
  {
    ref: 'SG 4',
    measure: 'Safeguarding enquiries concluded within 28 days',
    goodIs: 'High',
    target: '90%',
    months: ['89.0%', '91.5%', '88.2%', '92.4%', '90.1%', '87.6%', '91.9%', '89.4%', '90.8%', '88.7%', '92.0%', '89.9%', '91.2%', '88.5%', '90.6%', '92.3%', '89.1%', '90.4%', '88.9%', '91.7%', '89.6%', '90.9%', '88.4%', '91.1%'],
  },
  {
    ref: 'BCF 3',
    measure: 'People in hospital with no right to reside, daily average',
    goodIs: 'Low',
    target: '<20',
    months: [18, 19, 17, 20, 18, 19, 21, 18, 17, 19, 20, 18, 19, 18, 20, 17, 19, 18, 20, 19, 18, 19, 18, 31],
  },
  {
    ref: 'PH 2.14',
    measure: 'Smokers quit at 4 weeks (NHS Stop Smoking Services)',
    goodIs: 'High',
    target: '>85',
    months: [88, 92, 'AD', 95, 90, '', 87, 93, 91, 89, 94, 90, 92, 88, 96, 91, 'AD', 93, 90, 89, 95, 92, 91, 94],
  },
  {
    ref: 'PH 2.22',
    measure: 'NHS Health Checks delivered',
    goodIs: 'High',
    target: 'N/A',
    months: [402, 415, 398, 421, 409, 417, 405, 412, 400, 419, 408, 414, 403, 416, 410, 401, 407, 411, 418, 424, 431, 437, 445, 452],
  },
];
