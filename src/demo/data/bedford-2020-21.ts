/** Bedford Borough Council, adult services indicators: outturn 2020/21 and targets 2021/22, as printed. */
export interface BedfordRow { ref: string; description: string; polarity: string; outturn: string; target: string }

export const BEDFORD_2020_21: BedfordRow[] = [
  { ref: "CF5AC", description: "Adult Services - % of invoices paid late", polarity: "Low %", outturn: "1.04% (25 out of 1,406)", target: "5% Or Less" },
  { ref: "BV12A", description: "Adult Services - the number of days/ shifts lost to the authority due to sickness absence", polarity: "Low Numbers", outturn: "12.32 (Directorate)", target: "10 Days" },
  { ref: "ASCOF 1A", description: "Social Care-related quality of life (User Survey)", polarity: "High Rate", outturn: "No return due to COVID-19", target: "19.2" },
  { ref: "ASCOF 1B", description: "Enhancing control and independence, proportion of people who use services and have control, over their daily life", polarity: "High %", outturn: "81.3%", target: "70.0%" },
  { ref: "ASCOF 1C Ai", description: "Proportion of Service Users using social care who receive self-directed support", polarity: "High %", outturn: "94.1%", target: "85.0%" },
  { ref: "ASCOF 1C Aii", description: "Proportion of Carers using social care who receive self-directed support", polarity: "High %", outturn: "92.0%", target: "85.0%" },
  { ref: "ASCOF 1D", description: "Carer-reported quality of life Source: Carer Survey", polarity: "High numbers", outturn: "No return due to COVID-19", target: "7.7 (2020/21)" },
  { ref: "ASC 1 Local", description: "New customers receiving placements and packages of care (all age groups)", polarity: "Context", outturn: "1,156", target: "Context" },
  { ref: "ASC 2 Local", description: "Number of people aged 65+ receiving home care", polarity: "Context", outturn: "950", target: "Context" },
  { ref: "ASC 6a Local", description: "Gross spend per 100000 population on Assessment and Care Management", polarity: "Low spend", outturn: "£5,343 (2019/20)", target: "Context" },
  { ref: "ASC 7a Local", description: "Unit Cost per week on Residential care for people aged 18-64", polarity: "Low spend", outturn: "£1,255 (2019/20)", target: "Context" },
  { ref: "ASCOF 1E", description: "Adults with learning disabilities in paid employment", polarity: "High %", outturn: "8.3%", target: "7.5%" },
  { ref: "ASCOF 1F", description: "Adults in contact with secondary mental health services in paid employment", polarity: "High %", outturn: "13.2%", target: "11.0%" },
  { ref: "ASCOF 1G", description: "Adults with learning disabilities in settled accommodation", polarity: "High %", outturn: "77.6%", target: "70.0%" },
  { ref: "ASCOF 1H", description: "Adults in contact with secondary mental health services in settled accommodation", polarity: "High %", outturn: "91.4%", target: "65.0%" },
  { ref: "ASCOF 1Ii", description: "Proportion of Service Users reporting that they have as much social contact as they would like", polarity: "High %", outturn: "No return due to COVID-19", target: "40.0%" },
  { ref: "NI133", description: "Timeliness of social care packages following assessment within 28 days", polarity: "High %", outturn: "92.8%", target: "80.0%" },
  { ref: "NI135", description: "Carers receiving needs assessment or review and a specific carers service or advice and information", polarity: "High %", outturn: "41.9%", target: "33.1%" },
  { ref: "D40", description: "Clients receiving a review", polarity: "High %", outturn: "56.1%", target: "70.0%" },
  { ref: "BCF ASCOF2Aii", description: "Permanent admissions (age 65+) to residential and nursing care homes, per 100000 population aged 65+", polarity: "Low Rate", outturn: "462.4 (143 admissions)", target: "727.8 (220 admissions)" },
  { ref: "BCF ASCOF 2Bi", description: "Achieving independence for older people through rehabilitation/intermediate care", polarity: "High %", outturn: "70.4% (119/169 admissions)", target: "85.0%" },
  { ref: "BCF ASCOF 2Ci", description: "Delayed Transfers of Care number of days (daily rate) attributable to either NHS or Social Care or Both", polarity: "Low Numbers/ Daily Rate", outturn: "No return due to COVID-19", target: "Due to pandemic – data is to be delayed" },
  { ref: "ASCOF 2D", description: "Overall percentage of new Short-Term service clients achieving independence", polarity: "High %", outturn: "59.5%", target: "70%" },
  { ref: "NI132", description: "Timeliness of social care assessments (all adults) within 28 days", polarity: "High %", outturn: "93.7%", target: "90.0%" },
  { ref: "NI136", description: "People supported to live independently through social services (all adults)", polarity: "High Numbers", outturn: "2,028", target: "Context only" },
  { ref: "CARE ACT 2", description: "Overall percentage of adults assessed (18+) for social care support who meet the new eligibility threshold", polarity: "In-line with target", outturn: "96.4%", target: "70.0%" },
  { ref: "CARE ACT 3", description: "Overall percentage of carers assessed (18+) for carer support who meet the new eligibility threshold", polarity: "In-line with target", outturn: "100.0%", target: "95.0%" },
  { ref: "ASCOF 4B", description: "The proportion of service users who say that the services provided have made them feel safe and secure", polarity: "High %", outturn: "No return due to COVID-19", target: "85.04" },
  { ref: "ASC 10 Local", description: "Proportion of concluded section 42 safeguarding enquiries where the identified risk was reduced or removed", polarity: "High %", outturn: "96.6%", target: "85.0%" },
  { ref: "MH1 (Local)", description: "Mental health emergency psychiatric readmissions", polarity: "Low %", outturn: "1.3%", target: "Context" },
  { ref: "ADASS 46 (Local)", description: "Number of new requests for DOLS assessments received within the period per 100000 population (18+)", polarity: "High Rate", outturn: "902.7 (Rate) 1,197 (Assessments)", target: "Context" },
  { ref: "ADASS 49 (Local)", description: "Number of DOLS assessments awaiting allocation (waiting list) per 100000 population (18+)", polarity: "Low Rate", outturn: "33.9 (Rate) 45 (Assessments)", target: "Context" },
];

/** Bedford DoLS rates per 100,000 population aged 18+, 2020/21, as printed (1 d.p.). */
export const BEDFORD_RATES_2020_21 = [
  { ref: "ADASS 46", count: 1197, population: 132603, per: 100000, reportedRate: 902.7 },
  { ref: "ADASS 47", count: 1193, population: 132603, per: 100000, reportedRate: 899.7 },
  { ref: "ADASS 48", count: 0, population: 132603, per: 100000, reportedRate: 0.0 },
  { ref: "ADASS 49", count: 45, population: 132603, per: 100000, reportedRate: 33.9 },
];
