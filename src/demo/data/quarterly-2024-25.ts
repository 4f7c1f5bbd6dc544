/**
 * A quarterly corporate scorecard laid out as performance teams keep one: the same quarter
 * last year, the quarters of this year so far, the quarter's target and the year-end
 * target, a tolerance and commentary. Illustrative figures for a fictional district
 * council, written the way real scorecards hold them: percentages, counts, "AD" where the
 * data is awaited, free-text targets, and measures whose polarity nobody filled in.
 */

/** A figure as typed: a number, or text ("54.0%" becomes a percentage, "AD" stays text). */
export type ScorecardCell = number | string;

export const QUARTERLY_HEADERS = [
  'Ref',
  'Indicator',
  'Good is',
  'Q3 2023/24',
  'Q1 2024/25',
  'Q2 2024/25',
  'Q3 2024/25',
  'Q3 target',
  'Year-end target',
  'Tolerance',
  'Commentary',
] as const;

export interface QuarterlyRow {
  ref: string;
  indicator: string;
  goodIs: string;
  lastYearQ3: ScorecardCell;
  q1: ScorecardCell;
  q2: ScorecardCell;
  q3: ScorecardCell;
  q3Target: ScorecardCell;
  yearEndTarget: ScorecardCell;
  tolerance: string;
  commentary: string;
}

export const QUARTERLY_2024_25: QuarterlyRow[] = [
  { ref: 'CS01', indicator: 'Percentage of council tax collected (cumulative)', goodIs: 'High', lastYearQ3: '82.1%', q1: '29.4%', q2: '56.2%', q3: '82.6%', q3Target: '83.0%', yearEndTarget: '97.0%', tolerance: '1pp', commentary: 'Slightly behind profile; reminders issued in December.' },
  { ref: 'CS02', indicator: 'Percentage of business rates collected (cumulative)', goodIs: 'Bigger is better', lastYearQ3: '84.0%', q1: '31.0%', q2: '58.5%', q3: '85.2%', q3Target: '84.0%', yearEndTarget: '98.0%', tolerance: '1pp', commentary: '' },
  { ref: 'CS03', indicator: 'Average days to process new housing benefit claims', goodIs: 'Low', lastYearQ3: 21.4, q1: 19.8, q2: 18.2, q3: 17.5, q3Target: 18, yearEndTarget: 18, tolerance: '10%', commentary: 'New online form has cut processing time.' },
  { ref: 'CS04', indicator: 'Percentage of calls answered within 60 seconds', goodIs: 'High', lastYearQ3: '71.0%', q1: '74.5%', q2: '69.0%', q3: '66.3%', q3Target: '80.0%', yearEndTarget: '80.0%', tolerance: '5pp', commentary: 'Vacancies in the contact centre; recruitment under way.' },
  { ref: 'CS05', indicator: 'Number of complaints received', goodIs: '', lastYearQ3: 142, q1: 118, q2: 131, q3: 126, q3Target: 120, yearEndTarget: 480, tolerance: '', commentary: 'Polarity to be agreed with the service.' },
  { ref: 'HR01', indicator: 'Average working days lost to sickness absence per FTE (rolling 12 months)', goodIs: '↓', lastYearQ3: 9.8, q1: 9.1, q2: 8.9, q3: 9.3, q3Target: 8.5, yearEndTarget: 8.5, tolerance: '5%', commentary: '' },
  { ref: 'HR02', indicator: 'Staff turnover rate (rolling 12 months)', goodIs: '', lastYearQ3: '13.2%', q1: '12.5%', q2: '12.9%', q3: '12.1%', q3Target: '12.0%', yearEndTarget: '12.0%', tolerance: '1pp', commentary: '' },
  { ref: 'EN01', indicator: 'Percentage of household waste sent for reuse, recycling and composting', goodIs: 'High', lastYearQ3: '44.8%', q1: '47.2%', q2: '46.1%', q3: 'AD', q3Target: '46.0%', yearEndTarget: '46.0%', tolerance: '2pp', commentary: 'Q3 tonnages awaited from the waste disposal authority.' },
  { ref: 'EN02', indicator: 'Missed bin collections per 100,000 collections', goodIs: 'Low', lastYearQ3: 61, q1: 48, q2: 52, q3: 44, q3Target: 50, yearEndTarget: 50, tolerance: '10%', commentary: '' },
  { ref: 'EN03', indicator: 'Number of fly-tipping incidents reported', goodIs: 'Low', lastYearQ3: 389, q1: 402, q2: 377, q3: 351, q3Target: '10% reduction', yearEndTarget: 'Reduce', tolerance: '', commentary: 'Target: a tenth fewer than the quarter before.' },
  { ref: 'HS01', indicator: 'Number of households in temporary accommodation (snapshot)', goodIs: 'Low', lastYearQ3: 96, q1: 104, q2: 111, q3: 118, q3Target: 'Reduce', yearEndTarget: 'Reduce', tolerance: '', commentary: 'Rising demand; no numeric target set for this year.' },
  { ref: 'HS02', indicator: 'Number of cases where homelessness was prevented', goodIs: 'High', lastYearQ3: 64, q1: 58, q2: 71, q3: 'AD', q3Target: 65, yearEndTarget: 260, tolerance: '5%', commentary: 'Q3 figures being validated.' },
  { ref: 'PL01', indicator: 'Percentage of major planning applications determined within 13 weeks', goodIs: 'High', lastYearQ3: '88.0%', q1: '92.3%', q2: '90.0%', q3: '93.8%', q3Target: '90.0%', yearEndTarget: '90.0%', tolerance: '5pp', commentary: '' },
  { ref: 'CO01', indicator: 'Delivery of the customer access strategy', goodIs: 'High', lastYearQ3: 'Green', q1: 'Green', q2: 'Amber', q3: 'Amber', q3Target: 'Complete roll out', yearEndTarget: 'Complete roll out', tolerance: '', commentary: 'Milestone measure: self-service portal delayed to Q4.' },
  { ref: 'CO02', indicator: 'Residents satisfied with the way the council runs things', goodIs: '', lastYearQ3: '61.0%', q1: '', q2: '', q3: '63.0%', q3Target: 'Improve', yearEndTarget: 'Improve', tolerance: '', commentary: 'Annual residents survey, reported in Q3.' },
  { ref: 'LE01', indicator: 'Leisure centre attendances', goodIs: '', lastYearQ3: 48210, q1: 51200, q2: 49875, q3: 50320, q3Target: 'Context', yearEndTarget: 'Context', tolerance: '', commentary: 'Context measure: no target.' },
];
