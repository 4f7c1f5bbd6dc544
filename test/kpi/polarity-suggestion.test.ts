/**
 * Polarity suggested from a measure's wording, measured on measure names written in the
 * style of council performance reports, with the polarity an analyst would give each.
 * A wrong suggestion is worse than none (the user may accept it in bulk), so wrong ones
 * are counted apart from missing ones.
 */
import { suggestPolarity } from '../../src/kpi/polarity-suggestion';

type Expected = 'High' | 'Low';

/** Written with the rules, covering every service area a council scorecard holds. */
const NAMES: readonly [string, Expected][] = [
  // Adult social care
  ['Proportion of older people (65+) who were still at home 91 days after discharge from hospital into reablement', 'High'],
  ['Permanent admissions of older people (aged 65+) to residential and nursing care homes, per 100,000 population', 'Low'],
  ['Delayed transfers of care from hospital per 100,000 population', 'Low'],
  ['Proportion of people who use services who feel safe', 'High'],
  ['Overall satisfaction of people who use services with their care and support', 'High'],
  ['Proportion of adults with a learning disability in paid employment', 'High'],
  ['Proportion of adults in contact with secondary mental health services living independently', 'High'],
  ['Carer-reported quality of life', 'High'],
  ['Percentage of service users receiving direct payments', 'High'],
  ['Number of safeguarding enquiries where the risk was removed or reduced', 'High'],
  ['Percentage of clients receiving an annual review', 'High'],
  ['Average waiting time for an occupational therapy assessment (days)', 'Low'],
  ['Number of people waiting for a care act assessment', 'Low'],
  ['Proportion of carers who find it easy to find information about services', 'High'],
  ['Social care-related quality of life score', 'High'],
  ['Reduce the number of people entering long-term residential care', 'Low'],
  ['Percentage of new short-term service clients achieving independence', 'High'],
  ['Emergency readmissions within 30 days of discharge', 'Low'],
  // Children's services
  ['Percentage of child protection plans lasting two years or more', 'Low'],
  ['Re-referrals to children’s social care within 12 months', 'Low'],
  ['Percentage of single assessments completed within 45 working days', 'High'],
  ['Percentage of looked after children with an up-to-date health assessment', 'High'],
  ['Care leavers aged 19-21 in education, employment or training', 'High'],
  ['Percentage of 16-17 year olds not in education, employment or training (NEET)', 'Low'],
  ['Number of permanent exclusions from secondary schools', 'Low'],
  ['Persistent absence rate in primary schools', 'Low'],
  ['Percentage of pupils achieving a good level of development at the end of reception', 'High'],
  ['Percentage of EHC plans issued within 20 weeks', 'High'],
  ['Average days between a child entering care and moving in with their adoptive family', 'Low'],
  ['Percentage of schools judged good or outstanding by Ofsted', 'High'],
  ['Take-up of funded early education places by eligible two year olds', 'High'],
  ['Number of first-time entrants to the youth justice system per 100,000', 'Low'],
  ['Rate of proven re-offending by young people', 'Low'],
  // Public health
  ['Smoking prevalence in adults (18+)', 'Low'],
  ['Percentage of smokers who successfully quit at four weeks', 'High'],
  ['Excess weight in 10-11 year olds', 'Low'],
  ['Prevalence of obesity in reception year children', 'Low'],
  ['Uptake of NHS Health Checks among the eligible population', 'High'],
  ['Breastfeeding prevalence at 6-8 weeks', 'High'],
  ['Under-75 mortality rate from cardiovascular disease', 'Low'],
  ['Chlamydia screening coverage of 15-24 year olds', 'High'],
  ['MMR vaccination coverage (two doses) at age 5', 'High'],
  ['Successful completion of drug treatment: opiate users', 'High'],
  ['Hospital admissions due to falls in people aged 65+', 'Low'],
  ['Percentage of physically active adults', 'High'],
  ['Alcohol-related hospital admissions per 100,000', 'Low'],
  ['Suicide rate per 100,000 population', 'Low'],
  ['Healthy life expectancy at birth (female)', 'High'],
  // Housing
  ['Number of households in temporary accommodation', 'Low'],
  ['Number of households placed in bed and breakfast accommodation', 'Low'],
  ['Number of cases where homelessness was prevented', 'High'],
  ['Average days to re-let empty council homes', 'Low'],
  ['Rent arrears as a percentage of the rent roll', 'Low'],
  ['Number of affordable homes delivered', 'High'],
  ['Number of people sleeping rough on a single night', 'Low'],
  ['Percentage of council homes meeting the Decent Homes Standard', 'High'],
  ['Percentage of urgent repairs completed on time', 'High'],
  ['Number of long-term empty homes brought back into use', 'High'],
  ['Average time to process a disabled facilities grant', 'Low'],
  ['Tenant satisfaction with the repairs service', 'High'],
  // Environment and waste
  ['Percentage of household waste sent for reuse, recycling and composting', 'High'],
  ['Residual household waste per household (kg)', 'Low'],
  ['Percentage of municipal waste sent to landfill', 'Low'],
  ['Missed bin collections per 100,000 collections', 'Low'],
  ['Number of fly-tipping incidents reported', 'Low'],
  ['Percentage of streets with unacceptable levels of litter', 'Low'],
  ['Council carbon emissions (tonnes CO2e)', 'Low'],
  ['Percentage of principal roads where maintenance should be considered', 'Low'],
  ['Number of potholes reported', 'Low'],
  ['Percentage of category 1 highway defects repaired within 24 hours', 'High'],
  ['Number of people killed or seriously injured on the roads', 'Low'],
  ['Contamination rate in dry recycling', 'Low'],
  // Community safety
  ['Total recorded crime per 1,000 population', 'Low'],
  ['Incidents of anti-social behaviour reported to the police', 'Low'],
  ['Domestic burglary rate per 1,000 households', 'Low'],
  ['Percentage of residents who feel safe in their local area after dark', 'High'],
  ['Number of repeat victims of domestic abuse', 'Low'],
  ['Violence with injury offences', 'Low'],
  // Corporate, finance and workforce
  ['Average number of working days lost to sickness absence per FTE', 'Low'],
  ['Percentage of invoices paid within 30 days', 'High'],
  ['Percentage of undisputed invoices paid late', 'Low'],
  ['Percentage of council tax collected in year', 'High'],
  ['Percentage of business rates collected', 'High'],
  ['Staff turnover rate', 'Low'],
  ['Agency staff spend as a percentage of pay bill', 'Low'],
  ['Number of complaints received', 'Low'],
  ['Percentage of complaints responded to within 10 working days', 'High'],
  ['Percentage of stage 2 complaints upheld by the Ombudsman', 'Low'],
  ['Percentage of Freedom of Information requests answered within 20 working days', 'High'],
  ['Percentage of calls to the contact centre abandoned', 'Low'],
  ['Average call waiting time in the contact centre (seconds)', 'Low'],
  ['Percentage of calls answered within 60 seconds', 'High'],
  ['Savings delivered against the medium term financial plan', 'High'],
  ['Forecast overspend on the revenue budget', 'Low'],
  ['Sundry debt outstanding over 90 days', 'Low'],
  ['Number of apprentices employed by the council', 'High'],
  ['Percentage of staff who completed mandatory training', 'High'],
  ['Number of data breaches reported to the ICO', 'Low'],
  ['Average days to process new housing benefit claims', 'Low'],
  ['Time taken to process housing benefit change events (days)', 'Low'],
  // Planning, economy, culture
  ['Percentage of major planning applications determined within 13 weeks', 'High'],
  ['Percentage of planning appeals allowed against the council', 'Low'],
  ['Number of jobs created through business support', 'High'],
  ['Claimant count unemployment rate', 'Low'],
  ['Percentage of working-age residents qualified to NVQ level 3', 'High'],
  ['Library visits (including website visits)', 'High'],
  ['Number of volunteer hours in libraries and heritage', 'High'],
  ['Leisure centre attendances', 'High'],
  ['Percentage of residents satisfied with their local area as a place to live', 'High'],
  ['Increase the number of visitors to the town centre', 'High'],
  ['Improve the percentage of residents who are physically active', 'High'],
  ['Reduce fuel poverty across the borough', 'Low'],
  ['Percentage of residents who do not feel safe in the town centre', 'Low'],
  ['Number of food hygiene inspections not completed on time', 'Low'],
  ['Air pollution: fine particulate matter (PM2.5)', 'Low'],
  ['Minimise the number of households placed out of the borough', 'Low'],
  ['Maximise income from commercial property', 'High'],
  ['Percentage of food businesses rated 3 or above', 'High'],
];

/** Written after the rules were settled and never used to tune them: the honest measure. */
const HELD_OUT: readonly [string, Expected][] = [
  ['Percentage of adult social care users who have as much social contact as they would like', 'High'],
  ['Number of households evicted from council properties', 'Low'],
  ['Average length of stay in temporary accommodation (weeks)', 'Low'],
  ['Percentage of young people leaving care in suitable accommodation', 'High'],
  ['Repeat referrals to the multi-agency safeguarding hub', 'Low'],
  ['Number of children with a child protection plan for a second time', 'Low'],
  ['Average score of carers satisfied with support', 'High'],
  ['Percentage of pupils attending a good or outstanding school', 'High'],
  ['Percentage of adults with a learning disability who live in their own home or with their family', 'High'],
  ['Number of missed assisted collections', 'Low'],
  ['Kilograms of residual waste collected per household', 'Low'],
  ['Percentage of licensed premises inspections completed to schedule', 'High'],
  ['Number of pressure ulcers acquired in care homes', 'Low'],
  ['Percentage of invoices disputed', 'Low'],
  ['Number of working days lost due to stress-related sickness', 'Low'],
  ['Percentage of residents who have volunteered in the last year', 'High'],
  ['Percentage of mothers smoking at time of delivery', 'Low'],
  ['Percentage of eligible population vaccinated against flu (65+)', 'High'],
  ['Number of new homes completed', 'High'],
  ['Percentage of non-urgent repairs completed within target', 'High'],
  ['Number of noise complaints investigated', 'Low'],
  ['Energy use in council buildings (kWh)', 'Low'],
  ['Percentage of children in year 6 classified as overweight or obese', 'Low'],
  ['Number of people supported into employment', 'High'],
  ['Average time to answer a call (seconds)', 'Low'],
  ['Percentage of FOI requests responded to on time', 'High'],
  ['Cost per household of waste collection', 'Low'],
  ['Percentage of household waste recycled', 'High'],
  ['Number of road traffic collisions resulting in injury', 'Low'],
  ['Percentage of customers satisfied with the contact centre', 'High'],
];

function measure(names: readonly [string, Expected][]) {
  const results = names.map(([name, expected]) => ({ name, expected, got: suggestPolarity(name)?.polarity ?? null }));
  const right = results.filter((r) => r.got === r.expected).length;
  const wrong = results.filter((r) => r.got !== null && r.got !== r.expected);
  const none = results.filter((r) => r.got === null);
  return { total: names.length, right, wrong, none, accuracy: right / names.length };
}

function report(label: string, outcome: ReturnType<typeof measure>): string {
  return `${label}: ${outcome.right}/${outcome.total} right (${(outcome.accuracy * 100).toFixed(1)}%), ${outcome.wrong.length} wrong, ${outcome.none.length} without a suggestion`;
}

describe('polarity suggested from the measure’s wording', () => {
  it('the issue’s examples', () => {
    expect(suggestPolarity('Reduce the number of looked after children placed out of area')?.polarity).toBe('Low');
    expect(suggestPolarity('% of invoices paid late')?.polarity).toBe('Low');
    expect(suggestPolarity('Sickness absence per FTE')?.polarity).toBe('Low');
    expect(suggestPolarity('Delayed transfers of care')?.polarity).toBe('Low');
    expect(suggestPolarity('Increase the number of volunteers')?.polarity).toBe('High');
    expect(suggestPolarity('% of people who feel safe')?.polarity).toBe('High');
    expect(suggestPolarity('Resident satisfaction')?.polarity).toBe('High');
  });

  it('an activity count with no judgement in its words gets no suggestion', () => {
    expect(suggestPolarity('Number of people aged 65+ receiving home care')).toBeNull();
    expect(suggestPolarity('New customers receiving placements and packages of care (all age groups)')).toBeNull();
  });

  it('says which words decided it', () => {
    expect(suggestPolarity('% of invoices paid late')).toEqual({ polarity: 'Low', because: '"late" is better low' });
  });

  it(`on ${NAMES.length} council measure names: at least 90% right and at most 3% wrong`, () => {
    const outcome = measure(NAMES);
    console.log(report('Polarity suggestions, names written with the rules', outcome), outcome.wrong.map((r) => `\n  wrong: ${r.name}`).join(''));
    expect(NAMES.length).toBeGreaterThanOrEqual(100);
    expect(outcome.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(outcome.wrong.length).toBeLessThanOrEqual(Math.floor(NAMES.length * 0.03));
  });

  it(`on ${HELD_OUT.length} held-out names: at least 75% right and at most 2 wrong`, () => {
    const outcome = measure(HELD_OUT);
    console.log(report('Polarity suggestions, held-out names', outcome), outcome.wrong.map((r) => `\n  wrong: ${r.name}`).join(''), outcome.none.map((r) => `\n  none: ${r.name}`).join(''));
    expect(outcome.accuracy).toBeGreaterThanOrEqual(0.75);
    expect(outcome.wrong.length).toBeLessThanOrEqual(2);
  });
});
