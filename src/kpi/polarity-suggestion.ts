/**
 * A polarity suggested from a measure's own wording, for the pane to offer and the user to
 * accept; never applied by itself. Read as an analyst reads a measure's name:
 *
 * 1. A leading verb decides: "Reduce…", "Minimise…" are Low; "Increase…", "Improve…",
 *    "Maximise…" are High.
 * 2. Timeliness decides next: "within 28 days", "on time", "in timescale" are High (the share
 *    done in time); "paid late", "overdue", "delayed" are Low.
 * 3. Otherwise the words for what the measure counts are weighed: things to keep low
 *    (sickness absence, complaints, waiting times, admissions to care, crime, cost per…)
 *    against things to raise (satisfaction, feeling safe, independence, recycling,
 *    employment, uptake). "Not" or "un-" turns a good thing into a bad one ("do not feel
 *    safe"). Only a clear majority gives a suggestion.
 *
 * Activity counts with no judgement in their words ("Number of people receiving home
 * care") get no suggestion: they are often Context, and a guess would mislead.
 */
import { type Polarity } from './polarity';

export interface PolaritySuggestion {
  polarity: Extract<Polarity, 'High' | 'Low'>;
  /** The words that decided it, for the pane: `"paid late" is better low`. */
  because: string;
}

const LEADING_LOW = /^(?:to\s+)?(?:reduc\w*|minimi[sz]\w*|decreas\w*|lower\w*|cut\w*|tackl\w*|prevent\w*(?= (?:the )?(?:number|rate|incidence)))\b/;
const LEADING_HIGH = /^(?:to\s+)?(?:increas\w*|improv\w*|maximi[sz]\w*|rais\w*|grow\w*|boost\w*|more)\b/;

/** Done in time: "assessments completed within 45 days", "repairs completed on time". A bare "within 30 days" is a window, not a deadline. */
const IN_TIME =
  /\b(?:complet|respond|answer|paid|process|determin|issu|repair|seen|deliver|resolv|made|held|return|closed|dealt|decided|start|allocat|visit|contact|register)\w*(?: to)? within\b|\bon time\b|\bin time\b|\bin timescales?\b|\btimel(?:y|iness)\b|\bby the (?:due|target) date\b/;
const LATE = /\blate\b|\boverdue\b|\bdelay(?:ed|s)?\b|\bbacklog\b|\bbreach\w*/;

/** Phrases that turn a counted thing round, and so decide: homelessness "prevented", empty homes "brought back into use". */
const DECIDING_HIGH = /\bbrought back into use\b|\breturned to use\b|\bremoved or reduced\b|\bprevented\b|\brelieved\b|\bgood or outstanding\b/;
const DECIDING_LOW = /\bnot in education\b|\bneet\b|\bcontaminat\w*/;

/** Things a council wants fewer or less of. */
const LOW_WORDS: readonly RegExp[] = [
  /\bsick\w*|\babsence\b|\bdays? lost\b/,
  /\bcomplaints?\b|\bupheld\b/,
  /\bwait\w*|\bqueue\w*|\babandon\w*/,
  /\b(?:average|mean|median) (?:time|days|number of days|length)|\btime (?:taken|to)\b|\bdays? to\b|\bturnaround\b|\bresponse times?\b|\bprocessing times?\b/,
  /\b(?:re)?admi(?:ssions?|tted)\b|\bre-?referrals?\b|\bre-?offend\w*|\brepeat\b|\bre-?entr\w*/,
  /\bcrimes?\b|\bburglar\w*|\bviolen\w*|\banti-?social\b|\bfly-?tip\w*|\blitter\w*|\bgraffiti\b|\bvictims?\b|\boffences?\b|\bshoplifting\b/,
  /\bdeaths?\b|\bmortality\b|\bsuicides?\b|\bkilled\b|\binjur\w*|\baccidents?\b|\bfalls?\b|\bpressure ulcers?\b|\bharm\b|\babuse\b|\bself-harm\b/,
  /\bobes\w*|\boverweight\b|\bexcess weight\b|\bsmok\w*|\bunemploy\w*|\bexclu\w*|\bdrop-?outs?\b/,
  /\bfirst-?time entrants\b|\byouth justice\b|\blasting\b|\bsecond or subsequent\b|\bappeals? allowed\b/,
  /\bhomeless\w*|\btemporary accommodation\b|\bbed and breakfast\b|\bb&b\b|\brough sleep\w*|\bsleeping rough\b|\bevict\w*/,
  /\bvoids?\b|\bempty (?:homes|properties)\b|\bvacant\b|\bvacanc\w*|\bturnover\b|\bagency (?:staff|spend|workers)\b/,
  /\bcosts?\b|\bspend\b|\bexpenditure\b|\boverspend\w*|\bdebt\w*|\barrears\b|\bwrite-?offs?\b/,
  /\bmissed\b|\berrors?\b|\bfail\w*|\bincidents?\b|\bnon-?complian\w*|\boutstanding\b|\bunresolved\b|\bescalat\w*/,
  /\blandfill\w*|\bresidual\b|\bemissions?\b|\bco2\b|\bcarbon\b|\bcontaminat\w*|\bpollution\b/,
  /\bdisrepair\b|\bhazards?\b|\bcategory 1\b|\bpotholes?\b|\bdefects?\b|\bcongestion\b|\bmaintenance should be considered\b/,
];

/** Things a council wants more of. */
const HIGH_WORDS: readonly RegExp[] = [
  /\bsatisf\w*|\bfeel safe\b|\bfeel (?:safe and )?secure\b|\bsafe\b|\bquality of life\b|\bwell-?being\b|\bhappy\b/,
  /\bindependen\w*|\bat home\b|\bcontrol over\b|\bsocial contact\b|\bself-directed\b|\bdirect payments?\b|\bchoice\b/,
  /\bemploy(?:ment|ed)\b|\bin work\b|\bjobs? created\b|\bapprentice\w*|\bqualifi\w*|\bskills\b/,
  /\bsettled accommodation\b|\bhomes? (?:built|delivered|completed)\b|\baffordable homes?\b|\bprevented\b|\brelieved\b/,
  /\brecycl\w*|\bcompost\w*|\breused?\b/,
  /\bcollect(?:ed|ion rate)\b|\bpaid\b|\brecover\w*|\bincome\b|\bsavings?\b/,
  /\bsuccess\w*|\bachiev\w*|\battain\w*|\bpass(?:ed|es)?\b|\bcompleted?\b|\bresolved\b|\banswered\b|\bgood level\b|\bgood or outstanding\b/,
  /\buptake\b|\btake-?up\b|\bcoverage\b|\bvaccinat\w*|\bimmunis\w*|\bscreen\w*|\bhealth checks?\b|\bbreastfe\w*|\bquit\w*/,
  /\bparticipat\w*|\battendance\b|\bvisits?\b|\bissues\b|\bloans\b|\battendances?\b|\bvolunteer\w*|\bmembers\b|\busage\b|\bengage\w*/,
  /\breviews?(?:ed)?\b|\bassess(?:ed|ments? completed)\b|\bsupported\b|\boffered\b|\baccess(?:ed|ing)\b|\breceiv\w* (?:a|an|the) (?:review|assessment|service)/,
  /\bup[- ]to[- ]date\b|\bmeet(?:ing|s)? the\b.*\bstandard\b|\bor above\b/,
  /\blife expectancy\b|\bhealthy\b|\bactive\b|\bphysically active\b|\beasy to\b|\binformation and advice\b/,
];

const NEGATED = /\b(?:not|no|never|without)\b/;

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

function count(text: string, patterns: readonly RegExp[]): number {
  return patterns.filter((pattern) => pattern.test(text)).length;
}

const suggest = (polarity: 'High' | 'Low', words: string): PolaritySuggestion => ({
  polarity,
  because: `"${words}" is better ${polarity === 'High' ? 'high' : 'low'}`,
});

/** The polarity the measure's wording suggests, or null when the words do not say. */
export function suggestPolarity(measure: string): PolaritySuggestion | null {
  const text = measure.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();
  const leading = LEADING_LOW.exec(text) ?? LEADING_HIGH.exec(text);
  if (leading) return suggest(LEADING_LOW.test(text) ? 'Low' : 'High', leading[0]);
  const deciding = DECIDING_HIGH.exec(text) ?? DECIDING_LOW.exec(text);
  if (deciding) return suggest(DECIDING_HIGH.test(text) ? 'High' : 'Low', deciding[0]);
  const inTime = IN_TIME.exec(text);
  if (inTime) return NEGATED.test(text) ? suggest('Low', `${NEGATED.exec(text)![0]} … ${inTime[0]}`) : suggest('High', inTime[0]);
  const late = LATE.exec(text);
  if (late) return suggest('Low', late[0]);
  const lows = count(text, LOW_WORDS);
  const highs = count(text, HIGH_WORDS);
  if (highs > lows) {
    // "Do not feel safe", "unsatisfied": a good thing negated is one to keep low.
    return NEGATED.test(text) && lows === 0 ? suggest('Low', `${NEGATED.exec(text)![0]} … ${firstMatch(text, HIGH_WORDS)}`) : suggest('High', firstMatch(text, HIGH_WORDS)!);
  }
  if (lows > highs) return suggest('Low', firstMatch(text, LOW_WORDS)!);
  return null;
}
