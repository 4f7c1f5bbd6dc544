/**
 * Reading one column header as councils write it: a role word ("Outturn", "Target",
 * "Good is") and, often, a period before or after it ("2020/21 Outturn", "Q3 Target",
 * "Target 2021-22", "Apr-24"). Pure text: which column wins a role is `column-guess`'s
 * job, and how periods are ordered is `periods`'.
 */

/** What a header names. `figure` is a figure column with no role word ("2020/21", "Q3"). */
export type HeaderRole =
  | 'ref'
  | 'measure'
  | 'polarity'
  | 'amberTolerance'
  | 'greenTolerance'
  | 'tolerance'
  | 'actual'
  | 'target'
  | 'previous'
  | 'lastYear'
  | 'baseline'
  | 'commentary'
  /** A column the add-in must never read as an input: a RAG, DoT, trend or quartile column. */
  | 'output';

/** A period as a header writes it. `fiscalYear` is the April-to-March year's start (2020 for 2020/21). */
export interface Period {
  fiscalYear: number | null;
  quarter: number | null;
  /** 1 = January. */
  month: number | null;
  /** "Year-end target", "Annual target": the end of the year, whichever year that is. */
  yearEnd: boolean;
}

export interface HeaderReading {
  role: HeaderRole | null;
  period: Period | null;
  /**
   * The header is its role word and nothing else but a period ("Actual", "2020/21 Target",
   * "Q3"): where two columns claim a role, it beats a longer phrase ("Current performance").
   */
  exact: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** 2020/21, 2020-21, 2020/2021, 20/21, 11/12: two consecutive years. */
const YEAR_PAIR = /\b((?:19|20)?\d\d)\s*[/\-–—]\s*((?:19|20)?\d\d)\b/;
const SINGLE_YEAR = /\b((?:19|20)\d\d)\b/;
const QUARTER = /\b(?:q|qtr|quarter)\s*([1-4])\b/;
const MONTH_YEAR = new RegExp(`\\b${MONTH}[\\s\\-'/]*((?:19|20)?\\d\\d)\\b`);
const YEAR_END = /\b(?:year[\s-]*end|end of year|annual|full[\s-]*year|yearly)\b/;

/** A month named alone, as under a year in a two-row header ("Apr", "Sept", "January"): 1 = January, else null. */
export function bareMonth(header: string): number | null {
  const match = new RegExp(`^${MONTH}$`).exec(headerWords(header).replace(/[.]+$/, ''));
  return match ? MONTHS.indexOf(match[1].slice(0, 3)) + 1 : null;
}

/** The first month of each financial quarter: April starts Q1, January Q4. */
const QUARTER_STARTS = [4, 7, 10, 1];

/**
 * A quarter written as its months, as under a year in a two-row header ("Apr-Jun",
 * "Jul - Sep", "Oct to Dec", "Jan-Mar"): 1 to 4 of the financial year, else null.
 */
export function bareQuarter(header: string): number | null {
  const match = new RegExp(`^${MONTH}\\.?\\s*(?:[-–—]|to)\\s*${MONTH}\\.?$`).exec(headerWords(header));
  if (!match) return null;
  const [first, last] = [match[1], match[2]].map((name) => MONTHS.indexOf(name.slice(0, 3)) + 1);
  const quarter = QUARTER_STARTS.indexOf(first) + 1;
  return quarter > 0 && last === ((first + 1) % 12) + 1 ? quarter : null;
}

/** Does the header name two consecutive years ("2024/25"), a financial year, rather than one calendar year? */
export function namesYearPair(header: string): boolean {
  return readYearPair(headerWords(header)).year !== null;
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Takes the first match of `pattern` out of `text`, so what is left holds only the role words. */
function takeOut(text: string, pattern: RegExp): { match: RegExpExecArray | null; rest: string } {
  const match = pattern.exec(text);
  return match ? { match, rest: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}` } : { match, rest: text };
}

function readYearPair(text: string): { year: number | null; rest: string } {
  const { match, rest } = takeOut(text, YEAR_PAIR);
  if (match) {
    const first = fullYear(match[1]);
    const second = fullYear(match[2].length === 2 && match[1].length === 4 ? match[1].slice(0, 2) + match[2] : match[2]);
    if (second === first + 1) return { year: first, rest };
  }
  return { year: null, rest: text };
}

/** The period written in a header and the header's words without it. */
export function readPeriod(words: string): { period: Period | null; rest: string } {
  let rest = words;
  const month = takeOut(rest, MONTH_YEAR);
  if (month.match) {
    const number = MONTHS.indexOf(month.match[1].slice(0, 3)) + 1;
    const calendarYear = fullYear(month.match[2]);
    const period = { fiscalYear: number >= 4 ? calendarYear : calendarYear - 1, quarter: null, month: number, yearEnd: false };
    return { period, rest: month.rest };
  }
  const quarter = takeOut(rest, QUARTER);
  rest = quarter.rest;
  const pair = readYearPair(rest);
  rest = pair.rest;
  let fiscalYear = pair.year;
  if (fiscalYear === null) {
    const single = takeOut(rest, SINGLE_YEAR);
    if (single.match) [fiscalYear, rest] = [Number(single.match[1]), single.rest];
  }
  const yearEnd = takeOut(rest, YEAR_END);
  rest = yearEnd.rest;
  if (fiscalYear === null && !quarter.match && !yearEnd.match) return { period: null, rest: words };
  const period = { fiscalYear, quarter: quarter.match ? Number(quarter.match[1]) : null, month: null, yearEnd: Boolean(yearEnd.match) && !quarter.match };
  return { period, rest };
}

/**
 * Role words, tried in this order on the header with its period taken out. Longer forms
 * come first: "Indicator Reference" is a Ref, "Direction of travel" an output, not a polarity.
 */
const ROLE_PATTERNS: readonly [HeaderRole, RegExp][] = [
  ['output', /^(?:(?:reported |previous )?rag\b|dot\b|direction of travel|trend|quartile|status\b|rating\b|performance rating|variation\b|assurance\b)/],
  // First or last ("Performance commentary", "Officer notes"), never a footnote: "Target (see note 2)" is the target.
  ['commentary', /^(?:commentary|comments?|notes?|narrative|remarks?)\b|\b(?:commentary|comments?|narrative|remarks?)$|(?<!\bsee )\bnotes?$/],
  ['amberTolerance', /\bamber\b.*\b(?:tol|threshold)/],
  ['greenTolerance', /\bgreen\b.*\b(?:tol|threshold)/],
  ['tolerance', /^(?:tolerance|threshold)s?\b/],
  ['ref', /^(?:(?:ref|reference|code|id|no|indicator ref(?:erence)?|(?:kpi|pi|measure|indicator) (?:ref|code|no|id|number))\b|number$)/],
  ['lastYear', /same (?:period|quarter|month) (?:last|previous|prior) year|same (?:period|quarter|month) (?:a year ago|ly)/],
  ['baseline', /^baseline\b/],
  ['previous', /^(?:previous|prior|last) (?:year|period|quarter|month)$|^(?:previous|prior|last)\b|\bprevious (?:year|period|quarter|month)|\blast (?:year|period|quarter|month)/],
  ['target', /^(?:target|goal|ambition)s?\b|\btargets?$/],
  ['polarity', /^(?:polarity|aim\b|good is|better is|direction\b(?! of travel)|direction of improvement|higher or lower|good performance is|is (?:high|higher) better)/],
  ['measure', /^(?:measures?|indicators?|description|key performance (?:measure|indicator)|kpis?|performance (?:measure|indicator)s?|pi|name|title)\b/],
  ['actual', /^(?:actual|outturn|latest|current|result|value|performance|figure|data|ytd|year to date)\b|\b(?:actual|outturn)$/],
];

/** Lower case, single spaces, no apostrophes; "outturn_2020_21" (a CSV's header) as "outturn 2020/21". */
export function headerWords(header: string): string {
  return header
    .toLowerCase()
    .replace(/(\d)_(\d)/g, '$1/$2')
    .replace(/['’]/g, '')
    .replace(/[_\s:]+/g, ' ')
    .trim();
}

/**
 * Words that say a column holds something else about the measure, though its header starts
 * with a role word: who ("Performance lead", "Owner"), where from ("Data source"), when
 * ("Last updated", "Target date"), what kind ("Value type"), why ("Target setting
 * rationale"), whether ("Target met?"), how it stands ("Current status"). Read as a figure,
 * a target or a polarity, such a column rates every row on the wrong thing.
 */
const OTHER_MEANING = /\b(?:leads?|owners?|officers?|responsible|sources?|status|update[ds]?|types?|rationale|reasons?|met|dates?)\b/;

/**
 * Words that say a column is some other figure for the period than the measure's own: a
 * projection ("Q4 2024/25 Projected", "2025/26 Forecast", "Forecast outturn"), a part of
 * the rate ("Numerator", "Denominator"), or a comparison ("England", "Regional",
 * "Statistical neighbours", "Benchmark"). Rated as the latest actual, such a column gives
 * a rating for a figure the council has not reached.
 */
const NOT_OWN_FIGURE =
  /\b(?:forecast(?:s|ed)?|projected|projections?|estimate[sd]?|expected|predicted|trajectory|numerators?|denominators?|benchmarks?|england|english|regions?|regional|national|comparators?|comparisons?|neighbou?rs?|averages?|median|peers?|cipfa|lower|upper|ci|confidence|population|rank(?:ing)?)\b/;

/** Roles that are the measure's own figures, which a word of `NOT_OWN_FIGURE` takes away. */
const OWN_FIGURE_ROLES: ReadonlySet<HeaderRole> = new Set(['actual', 'previous', 'lastYear', 'baseline']);

/**
 * Words beside a period that leave the column the measure's own figure for it: a qualifier
 * ("2024/25 (provisional)") or a word for the figure itself ("2023/24 Position", "Q3 Count",
 * "2023/24 Rate per 100,000", "Q2 Qtr"). Numbers among them are a rate's base.
 */
const FIGURE_WORD =
  /^(?:provisional|final|revised|cumulative|%|positions?|scores?|rates?|per|totals?|counts?|number|no|achieved|achievement|out-?turn|levels?|percentages?|percent|cent|pc|qtr|quarter|month|year|figures?|values?|data|results?|performance|\d+)$/;
const isFigureQualifier = (words: string): boolean => words.split(' ').every((word) => FIGURE_WORD.test(word));

/** "Q3 actual (lower is better)" says which way is good: its "lower" is no lower confidence limit. */
const POLARITY_PHRASE = /\b(?:lower|higher|smaller|bigger|larger|less|more) (?:is|=) (?:better|good)\b/g;

/** "Year to date" is a figure for the year so far, not a date. */
const TO_DATE = /\b(?:year )?to date\b/g;

function cleanedWords(words: string): string {
  return words.replace(/[()[\],.]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The role the words name (null for none) and whether they are that role's word and nothing more. */
function roleOf(words: string): { role: HeaderRole | null; exact: boolean } {
  const cleaned = cleanedWords(words);
  const found = cleaned === '' ? undefined : ROLE_PATTERNS.find(([, pattern]) => pattern.test(cleaned));
  if (!found) return { role: null, exact: false };
  const [role, pattern] = found;
  if (role !== 'output' && role !== 'commentary' && OTHER_MEANING.test(cleaned.replace(TO_DATE, ' '))) return { role: null, exact: false };
  if (OWN_FIGURE_ROLES.has(role) && NOT_OWN_FIGURE.test(cleaned.replace(POLARITY_PHRASE, ' '))) return { role: null, exact: false };
  return { role, exact: pattern.exec(cleaned)?.[0] === cleaned };
}

/** A header's role and period: "2020/21 Outturn" is the actual for 2020/21; "2024/25" alone is a figure for it. */
export function readHeader(header: string): HeaderReading {
  const words = headerWords(header);
  const whole = roleOf(words);
  // Phrases that name a period as their role ("Same quarter last year", "Year-end") keep it whole.
  if (whole.role === 'lastYear' || whole.role === 'previous' || whole.role === 'output' || whole.role === 'commentary') return { ...whole, period: null };
  const { period, rest } = readPeriod(words);
  if (period === null) return { ...whole, period: null };
  // A period alone ("2024/25", "Q3") is a figure column, as exact as a role word; digits
  // left over are no words (Excel names a repeated "2020/21" header "2020/212").
  const others = cleanedWords(rest);
  if (!/[a-z%]/.test(others)) return { role: null, period, exact: true };
  const read = roleOf(rest);
  // A period with words that are no role ("Q4 2024/25 Projected", "2024/25 England") is some
  // other figure for that period, not the measure's: only a qualifier keeps it a figure column.
  if (read.role === null && !isFigureQualifier(others)) return { role: null, period: null, exact: false };
  // "2023/24 Number" is a figure for 2023/24, not the measure's reference number.
  if (read.role === 'ref') return { role: null, period, exact: false };
  return { ...read, period };
}
